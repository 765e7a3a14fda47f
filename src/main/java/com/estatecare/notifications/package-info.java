/**
 * Notifications inside the application: each staff member's inbox of
 * assignments, warnings, breaches, escalations and approvals. Fed by other
 * modules' events through Spring Modulith's persisted event publications, so
 * a crash between a change and its notification loses nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package com.estatecare.notifications;
