/**
 * The registry: projects 楼盘, buildings 楼栋, units 房号, the building
 * components a repair can name, customers (prospects, new and long-standing
 * owners, co-owners) and who owns which unit. Bulk import from CSV and Excel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package com.estatecare.registry;
