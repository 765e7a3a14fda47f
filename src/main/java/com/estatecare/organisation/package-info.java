/**
 * The organisation tree (group HQ → city/project company → project 楼盘 →
 * building 楼栋), staff and owner accounts with their roles, sign-in, and the
 * scope rule: a staff member sees only what lies under their node.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package com.estatecare.organisation;
