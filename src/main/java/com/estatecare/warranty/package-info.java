/**
 * Warranty and house care (SPEC §8): a project's warranty certificate
 * (住宅质量保证书) lists each component's period, never shorter than the
 * statutory floor of its warranty group; a unit's warranty runs from its
 * handover; intake asks whether a repair of a component is still covered
 * ({@link com.estatecare.warranty.Warranties#atIntake}); owners are reminded
 * (温馨提示) a month, by policy, before a component's warranty ends; and a care
 * guide (养护指南) tells owners what to check and how. It reads the registry and
 * publishes {@link com.estatecare.warranty.WarrantyEnding}, which the notifications
 * module turns into inbox reminders; it never calls {@code requests}, which reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Warranty")
package com.estatecare.warranty;
