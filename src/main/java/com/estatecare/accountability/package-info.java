/**
 * Accountability 累计处罚制: when a request the centre failed to solve climbs
 * the ladder ({@code RequestEscalated} from {@code escalation}), a fine is
 * proposed against the party responsible by cause, scaled by the complaint's
 * grade and doubled at headquarters; a manager approves or waives it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accountability")
package com.estatecare.accountability;
