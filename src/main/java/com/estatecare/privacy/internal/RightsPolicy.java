package com.estatecare.privacy.internal;

/**
 * How many working days of the customer's company's business calendar staff have to answer an owner's rights request
 * (个人信息权利请求的答复期限), default 15; an administrator changes it at {@code PUT /api/v1/policies/rights-requests}.
 */
public record RightsPolicy(int workingDays) {

    static RightsPolicy defaults() {
        return new RightsPolicy(15);
    }
}
