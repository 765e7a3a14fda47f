/**
 * Grading 投诉分级: the four grades of a complaint (SPEC §3) — major, hotspot,
 * important, ordinary — computed at registration, recomputed when a fact
 * changes or time passes, rising automatically and never falling
 * automatically; manual changes with a reason; special reports (专题报告) for
 * grades 1 and 2.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grading")
package com.estatecare.grading;
