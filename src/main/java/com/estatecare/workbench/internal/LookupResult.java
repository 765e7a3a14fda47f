package com.estatecare.workbench.internal;

import java.util.List;

import com.estatecare.registry.CustomerGrade;
import com.estatecare.registry.CustomerKind;
import com.estatecare.registry.OwnershipRole;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;
import com.estatecare.requests.OpenRequests;
import com.estatecare.requests.SimilarRequests;
import com.estatecare.workbench.IntakeQuery;

/**
 * The intake lookup's answer: how the query was read, the callers found (at
 * most 10) and, for a unit, the units (at most 10) with their owners;
 * {@code more} when there were more matches than shown (type more to narrow).
 * Phones are masked.
 */
record LookupResult(IntakeQuery.Kind interpretedAs, List<Caller> customers, List<UnitMatch> units, boolean more) {

    /** A customer who may be calling, with what the agent needs before registering anything. */
    record Caller(long id, String name, CustomerKind kind, CustomerGrade grade, String phone,
            String preferredChannel, List<UnitBrief> units, List<OpenRequests.Summary> openRequests,
            List<SimilarRequests.Match> similarRequests) {
    }

    /** A unit in brief, with the label the list and the requests show ({@code 翠湖苑 3栋 1803}). */
    record UnitBrief(long id, long projectId, String project, long buildingId, String building, String unitNo,
            String label) {

        static UnitBrief of(UnitView u) {
            return new UnitBrief(u.id(), u.projectId(), u.project(), u.buildingId(), u.building(), u.unitNo(),
                    Registry.label(u));
        }
    }

    /** A unit that the query named, its owners and the open requests on it (whoever reported them). */
    record UnitMatch(UnitBrief unit, List<Owner> owners, List<OpenRequests.Summary> openRequests) {
    }

    /** An owner of a unit (产权人 or 共有产权人); the full record is among {@code customers}. */
    record Owner(long customerId, String name, OwnershipRole role, String phone) {
    }
}
