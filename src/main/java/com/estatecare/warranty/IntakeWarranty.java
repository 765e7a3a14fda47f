package com.estatecare.warranty;

import java.time.LocalDate;

/**
 * What intake decides for a repair naming a component of a unit, on the day it is received: in or out of
 * warranty, the warranty's last day (null when the unit was never handed over), and the certificate version that
 * decided it, which a later edit of the certificate does not change.
 */
public record IntakeWarranty(Coverage coverage, LocalDate endsOn, int certificateVersion) {
}
