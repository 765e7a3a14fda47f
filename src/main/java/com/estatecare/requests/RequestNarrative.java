package com.estatecare.requests;

/**
 * What people wrote on a request, for the modules that learn from it (the case library, 客服案例库): the
 * description, where and since when, what the customer expected, what the investigation found, the agreed
 * measures and the completion note's department. No personal data: no name, no phone.
 */
public record RequestNarrative(long id, String description, String locationInUnit, String expectedOutcome,
        String investigationCause, String responsibleParty, String solutionMeasures, String solutionDepartment) {

    static RequestNarrative of(Request r) {
        Investigation investigation = r.investigation;
        Solution solution = r.solution;
        return new RequestNarrative(r.id, r.description, r.locationInUnit, r.expectedOutcome,
                investigation == null ? null : investigation.cause(),
                investigation == null ? null : investigation.responsibleParty(),
                solution == null ? null : solution.measures(), solution == null ? null : solution.department());
    }
}
