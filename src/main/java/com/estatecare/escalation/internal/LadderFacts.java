package com.estatecare.escalation.internal;

import java.util.List;

import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;

/**
 * What the ladder's rules read of the same problem: the new request's kind,
 * how many requests of that kind the chain of links holds (the new one
 * included), and whether the customer rejected the repair before it at
 * verification or revisit (not satisfied, 二次处理 recorded).
 */
record LadderFacts(RequestKind kind, int sameKindReports, boolean earlierRepairRejected) {

    /** @param chain the request and the earlier ones it is linked to, newest first */
    static LadderFacts of(List<RequestFacts> chain) {
        RequestFacts request = chain.get(0);
        int reports = (int) chain.stream().filter(r -> r.kind() == request.kind()).count();
        boolean rejected = chain.stream().skip(1).filter(r -> r.kind() == RequestKind.REPAIR).findFirst()
                .map(LadderFacts::rejectedByTheCustomer).orElse(false);
        return new LadderFacts(request.kind(), reports, rejected);
    }

    /** A repair goes into a second handling round only when the customer said "not satisfied". */
    private static boolean rejectedByTheCustomer(RequestFacts repair) {
        return repair.handlingRound() > 1;
    }
}
