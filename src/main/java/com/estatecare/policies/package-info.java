/**
 * Rules as data: every rule of the manuals (business calendar, time limits,
 * complaint grades, the escalation ladder, fines) is a versioned policy whose
 * defaults come from the spec and which an administrator edits. A request
 * keeps the versions it was registered under.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policies")
package com.estatecare.policies;
