package com.estatecare.workbench.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.estatecare.escalation.EscalationPolicy;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.policies.Policies;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.IntakeSearch;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;
import com.estatecare.requests.Category;
import com.estatecare.requests.OpenRequests;
import com.estatecare.requests.SimilarRequests;
import com.estatecare.workbench.IntakeQuery;
import com.estatecare.workbench.internal.LookupResult.Caller;
import com.estatecare.workbench.internal.LookupResult.Owner;
import com.estatecare.workbench.internal.LookupResult.UnitBrief;
import com.estatecare.workbench.internal.LookupResult.UnitMatch;

/**
 * The intake lookup (受理): who is calling, with their units, their open
 * requests and the earlier requests on their units within the similar-request
 * window, in one answer. At most {@value #MAX_MATCHES} callers and units, each
 * with at most {@value #EACH} requests of each list; a fixed number of indexed
 * queries whatever was typed.
 */
@Service
class IntakeLookup {

    static final int MAX_MATCHES = 10;
    static final int EACH = 10;

    private final IntakeSearch search;
    private final Registry registry;
    private final OpenRequests openRequests;
    private final SimilarRequests similar;
    private final Policies policies;
    private final Clock clock;

    IntakeLookup(IntakeSearch search, Registry registry, OpenRequests openRequests, SimilarRequests similar,
            Policies policies, Clock clock) {
        this.search = search;
        this.registry = registry;
        this.openRequests = openRequests;
        this.similar = similar;
        this.policies = policies;
        this.clock = clock;
    }

    /** Not one transaction: each read is its own (reading the policy may store its first version). */
    LookupResult lookup(IntakeQuery query, Category category, String componentCode, CurrentUser user) {
        if (user.isOwner()) {
            throw DomainException.forbidden("forbidden");
        }
        List<CustomerView> customers;
        List<UnitMatch> units = List.of();
        boolean more;
        switch (query.kind()) {
            case PHONE -> customers = search.byPhoneEnding(query.text(), MAX_MATCHES + 1, user);
            case NAME -> customers = search.byNameStart(query.text(), MAX_MATCHES + 1, user);
            default -> {
                List<UnitView> found = search.byLabel(query.unit(), MAX_MATCHES + 1, user);
                more = found.size() > MAX_MATCHES;
                found = found.subList(0, Math.min(found.size(), MAX_MATCHES));
                var owners = search.ownersOf(found.stream().map(UnitView::id).toList(), user);
                var open = openRequests.onUnits(found.stream().map(UnitView::id).toList(), EACH, user);
                Map<Long, CustomerView> byId = new LinkedHashMap<>();
                List<UnitMatch> matches = new ArrayList<>();
                for (UnitView unit : found) {
                    List<IntakeSearch.UnitOwner> of = owners.getOrDefault(unit.id(), List.of());
                    of.forEach(o -> byId.putIfAbsent(o.customer().id(), o.customer()));
                    matches.add(new UnitMatch(UnitBrief.of(unit), of.stream().map(o -> new Owner(o.customer().id(),
                            o.customer().name(), o.role(), PhoneNumber.mask(o.customer().phone()))).toList(),
                            open.getOrDefault(unit.id(), List.of())));
                }
                units = matches;
                customers = new ArrayList<>(byId.values());
                return new LookupResult(query.kind(), callers(trim(customers), category, componentCode, user), units,
                        more || customers.size() > MAX_MATCHES);
            }
        }
        return new LookupResult(query.kind(), callers(trim(customers), category, componentCode, user), units,
                customers.size() > MAX_MATCHES);
    }

    private List<Caller> callers(List<CustomerView> customers, Category category, String componentCode,
            CurrentUser user) {
        List<Long> ids = customers.stream().map(CustomerView::id).toList();
        Map<Long, List<UnitView>> units = registry.unitsOf(ids);
        var open = openRequests.ofCustomers(ids, EACH, user);
        Instant since = clock.instant().minus(Duration.ofDays(similarWithinDays(user)));
        List<Caller> callers = new ArrayList<>();
        for (CustomerView c : customers) {
            List<UnitView> theirs = units.getOrDefault(c.id(), List.of());
            List<Long> unitIds = theirs.stream().map(UnitView::id).limit(MAX_MATCHES).toList();
            callers.add(new Caller(c.id(), c.name(), c.kind(), c.grade(), PhoneNumber.mask(c.phone()),
                    c.preferredChannel(), theirs.stream().limit(MAX_MATCHES).map(UnitBrief::of).toList(),
                    open.getOrDefault(c.id(), List.of()),
                    similar.find(unitIds, category, componentCode, since, null, EACH, user)));
        }
        return callers;
    }

    /** The similar-request window of the escalation policy (投诉上移制) of the caller's company. */
    private int similarWithinDays(CurrentUser user) {
        long company = user.companyId() == null ? Policies.GROUP : user.companyId();
        return policies.current(EscalationPolicy.class, company).policy().similarWithinDays();
    }

    private static List<CustomerView> trim(List<CustomerView> customers) {
        return customers.subList(0, Math.min(customers.size(), MAX_MATCHES));
    }
}
