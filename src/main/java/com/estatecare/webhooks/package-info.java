/**
 * Webhooks for integrators (property-management and ERP systems): an administrator subscribes a URL of a company
 * to event types (a request registered, a step taken, an escalation, a breached time limit); each event is queued
 * once per subscription, signed with HMAC-SHA256 and delivered by a sweep that retries with exponential backoff
 * and keeps a delivery log (docs/channels-in.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
package com.estatecare.webhooks;
