package com.estatecare.escalation.internal;

import java.util.List;
import java.util.Objects;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.LiableParty;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;

/**
 * 累计处罚制 (seed 001, SPEC §7): who answers for a request that climbed
 * unsolved. A repair: construction quality within warranty → the contractor,
 * anything else → property maintenance. A complaint about a repair (slow
 * repair) → the repair person; any other complaint → the responsible specialist.
 */
final class Liability {

    private Liability() {
    }

    /** @param chain the request and the earlier ones it is linked to, newest first */
    static LiableParty partyFor(RequestFacts request, List<RequestFacts> chain) {
        if (request.kind() == RequestKind.COMPLAINT) {
            return chain.stream().anyMatch(r -> r.kind() == RequestKind.REPAIR) ? LiableParty.REPAIR_PERSON
                    : LiableParty.RESPONSIBLE_SPECIALIST;
        }
        boolean outOfWarranty = chain.stream().map(RequestFacts::warrantyStatus).filter(Objects::nonNull).findFirst()
                .map("OUT_OF_WARRANTY"::equals).orElse(false);
        return constructionQuality(chain) && !outOfWarranty ? LiableParty.CONTRACTOR
                : LiableParty.PROPERTY_MAINTENANCE;
    }

    /** The investigation's responsible party when there is one, else the category 房屋质量问题. */
    private static boolean constructionQuality(List<RequestFacts> chain) {
        return chain.stream().map(RequestFacts::investigationParty).filter(Objects::nonNull).findFirst()
                .map(party -> party.equals("CONTRACTOR") || party.equals("DEVELOPER"))
                .orElseGet(() -> chain.stream().anyMatch(r -> r.kind() == RequestKind.REPAIR
                        && r.category() == Category.HOUSING_QUALITY));
    }

    /**
     * The grade a fine is scaled by when the request has no complaint grade (yet): a complaint that reached
     * headquarters counts as grade 1 (major, 重大), everything else as grade 4 (ordinary).
     */
    static int provisionalGrade(RequestKind kind, EscalationLevel level) {
        return kind == RequestKind.COMPLAINT && level == EscalationLevel.HEADQUARTERS ? 1 : 4;
    }
}
