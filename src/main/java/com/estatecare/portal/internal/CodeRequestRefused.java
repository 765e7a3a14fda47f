package com.estatecare.portal.internal;

/** A code asked for too soon or too often: refused until the refusal's time. */
class CodeRequestRefused extends RuntimeException {

    private final transient CodeRules.Refusal refusal;

    CodeRequestRefused(CodeRules.Refusal refusal) {
        super(refusal.limit().problem);
        this.refusal = refusal;
    }

    CodeRules.Refusal refusal() {
        return refusal;
    }
}
