/**
 * The customer file 客户服务档案: one timeline of everything about a customer
 * (registration, the sales stage, ownership, every request and every step on it), built from
 * the other modules' events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer file")
package com.estatecare.customerfile;
