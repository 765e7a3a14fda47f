package com.estatecare.delivery;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.delivery.internal.ChecklistRule;
import com.estatecare.delivery.internal.ChecklistStore;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.registry.Registry;

/**
 * The company's delivery inspection checklist (验房标准): read by its staff, changed by its managers and
 * administrators into a new version; the manual's standards until then.
 */
@Service
public class Checklists {

    static final Set<Role> EDITORS = EnumSet.of(Role.MANAGER, Role.ADMIN);

    private final ChecklistStore store;
    private final Registry registry;
    private final Clock clock;

    Checklists(ChecklistStore store, Registry registry, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.clock = clock;
    }

    /** The current version, or the one named (an inspection's); an unknown version is a 404. */
    @Transactional
    public Checklist of(Integer version, CurrentUser user) {
        long company = company(user);
        Checklist current = store.current(company, clock.instant());
        return version == null ? current
                : store.version(company, version).orElseThrow(() -> DomainException.notFound("checklist"));
    }

    /** The company's versions, newest first, a page at a time (the manual's version 1 at least). */
    @Transactional
    public CursorPage<Checklist.ChecklistVersion> versions(String cursor, int limit, CurrentUser user) {
        long company = company(user);
        long before = CursorPage.decode(cursor);
        store.current(company, clock.instant());
        return CursorPage.of(store.versions(company, before, limit), limit, Checklist.ChecklistVersion::version);
    }

    /** A new version of the company's checklist, after checking an inspector can record against it. */
    @Transactional
    public Checklist change(List<Checklist.ChecklistItem> items, CurrentUser user) {
        if (!user.hasAny(EDITORS)) {
            throw DomainException.forbidden("forbidden");
        }
        List<FieldProblem> problems = ChecklistRule.problems(items, registry::componentExists);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        List<Checklist.ChecklistItem> stripped = items.stream().map(i -> new Checklist.ChecklistItem(i.code(), i.title().strip(),
                i.titleEn().strip(), i.rooms() == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(i.rooms())),
                i.componentCode(), i.kind(), i.unit(), i.min(), i.max(), i.source())).toList();
        return store.append(company(user), stripped, user.displayName(), clock.instant());
    }

    private static long company(CurrentUser user) {
        if (user.isOwner() || user.companyId() == null) {
            throw DomainException.notFound("checklist");
        }
        return user.companyId();
    }
}
