package com.estatecare.live.internal;

import java.time.Instant;
import java.util.Set;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.requests.RequestStatus;

/** Test data for the live stream: people and changes in two companies of one group. */
final class LiveNotes {

    /** 上海城市公司 under the group, and a project of it; the second company beside it. */
    static final String GROUP = "/1/";
    static final String SHANGHAI = "/1/2/";
    static final String SHANGHAI_PROJECT = "/1/2/5/";
    static final String HANGZHOU = "/1/3/";
    static final String HANGZHOU_PROJECT = "/1/3/9/";

    private LiveNotes() {
    }

    static CurrentUser staff(long id, String scopePath, long companyId, Role role) {
        return new CurrentUser(id, "staff" + id, "员工" + id, Set.of(role), id, scopePath, companyId, null, null);
    }

    static CurrentUser owner(long id, Long customerId, long companyId) {
        return new CurrentUser(id, "owner" + id, "业主" + id, Set.of(Role.OWNER), id, SHANGHAI, companyId, customerId,
                null);
    }

    static Note change(long requestId, String scopePath, long companyId, Long customerId, boolean toldToCustomer) {
        return new Note(requestId, "BX-20261125-" + requestId, RequestStatus.DISPATCHED, 42L, 3, LiveChange.ASSIGNED,
                "dispatch", null, Instant.parse("2026-11-25T08:00:00Z"), scopePath, companyId, customerId,
                toldToCustomer);
    }
}
