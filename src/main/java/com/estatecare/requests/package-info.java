/**
 * Requests 工单: intake of every kind from every channel, the life of a request
 * from received to archived, first-contact responsibility, the append-only
 * timeline, human-readable numbers, investigation, solution and repair plan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests")
package com.estatecare.requests;
