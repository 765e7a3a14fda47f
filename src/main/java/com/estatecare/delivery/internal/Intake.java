package com.estatecare.delivery.internal;

import org.springframework.stereotype.Component;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.requests.Rectification;
import com.estatecare.requests.Requests;

/**
 * Hands a finding to repair through the requests module's intake, by the rule of {@link FindingRequest}, with the
 * contractor responsible and the day to rectify by in the intake command (the requests module never asks back).
 */
@Component
public class Intake {

    /** The request a finding became. */
    public record Registered(long id, String number, String status) {
    }

    private final Requests requests;

    Intake(Requests requests) {
        this.requests = requests;
    }

    public Registered register(long unitId, long customerId, InspectionRows.FindingRow finding, CurrentUser user) {
        Requests.Registered registered = requests.register(FindingRequest.of(unitId, customerId, finding.room(),
                finding.componentCode(), finding.description()),
                Rectification.of(finding.contractor(), finding.rectifyBy()), user);
        return new Registered(registered.id(), registered.number(), registered.status().name());
    }
}
