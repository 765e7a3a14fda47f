/**
 * Workbench 工作台: what the staff's screens need beyond one module's data —
 * the intake lookup of a caller (registry and requests together, and later
 * warranty) and each person's saved views of the list and the queues. It sits
 * above the modules it reads; none of them knows it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench")
package com.estatecare.workbench;
