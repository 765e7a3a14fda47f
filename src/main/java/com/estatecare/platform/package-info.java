/**
 * Cross-cutting foundations every module may use: the problem responses
 * (RFC 9457), the injected clock, idempotent writes, cursor pages and the
 * value objects shared by several modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package com.estatecare.platform;
