package com.estatecare.escalation.internal;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.EscalationReason;

/** A rule's decision: the level the request goes to, the rule's reason code and the policy version that decided. */
record LadderStep(EscalationLevel level, EscalationReason reason, int policyVersion) {
}
