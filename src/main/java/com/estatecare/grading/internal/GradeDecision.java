package com.estatecare.grading.internal;

import com.estatecare.grading.ComplaintGrade;
import com.estatecare.grading.GradeReason;

/** A grade rule fired: the rule's reason code and the version of the policy whose thresholds it applied. */
public record GradeDecision(GradeReason reason, int policyVersion) {

    public ComplaintGrade grade() {
        return reason.grade();
    }
}
