package com.estatecare.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.registry.Registry;
import com.estatecare.requests.ActionCommand.WarrantyStatus;

/**
 * Carries out one allowed step: checks the fields that step needs, changes the
 * request through its intent methods and notes the facts for the timeline.
 */
final class ActionSteps {

    private final Registry registry;
    private final Organisation organisation;
    private final Requests requests;
    private final Instant now;
    private final List<FieldProblem> problems = new ArrayList<>();
    /** How an owner's confirmation reaches staff; on the portal the owner confirms it himself. */
    static final java.util.Set<Channel> CONFIRMATION_CHANNELS = java.util.EnumSet.of(Channel.PHONE, Channel.WALK_IN,
            Channel.EMAIL, Channel.WECHAT);

    ActionSteps(Registry registry, Organisation organisation, Requests requests, Instant now) {
        this.registry = registry;
        this.organisation = organisation;
        this.requests = requests;
        this.now = now;
    }

    void apply(Request r, Action action, ActionCommand c, CurrentUser user, Map<String, Object> details) {
        switch (action) {
            case CLASSIFY -> classify(r, c, details);
            case DISPATCH -> dispatch(r, c, user, details);
            case RESPOND -> r.respond();
            case INVESTIGATE -> {
                require("cause", c.cause());
                check();
                r.investigate(c.cause(), name(c.responsibleParty()), name(c.severity()), c.scope());
                put(details, "responsibleParty", c.responsibleParty(), "severity", c.severity());
            }
            case AGREE_PLAN -> agreePlan(r, c, details);
            case COMPLETE -> complete(r, c, details);
            case ANSWER -> {
                require("note", c.note());
                check();
                r.answer();
            }
            case VERIFY -> verify(r, c, user, details);
            case REVISIT -> {
                require("satisfied", c.satisfied());
                require("satisfaction", c.satisfaction());
                check();
                r.revisit(c.satisfied(), c.satisfaction(), now);
                put(details, "satisfied", c.satisfied(), "satisfaction", c.satisfaction());
                put(details, "followedUp", c.followedUp(), "handlingRound", r.handlingRound);
            }
            case ARCHIVE -> r.archive(now);
            case REOPEN -> {
                require("note", c.note());
                check();
                r.reopen();
                put(details, "handlingRound", r.handlingRound, null, null);
            }
            case CANCEL -> {
                require("note", c.note());
                check();
                r.cancel(now);
            }
            case LINK -> link(r, c, user, details);
            case UPDATE_FACTS -> updateFacts(r, c, details);
            case NOTE, NOTIFY_PROGRESS -> {
                require("note", c.note());
                check();
            }
        }
    }

    private void classify(Request r, ActionCommand c, Map<String, Object> details) {
        Category category = c.category() != null ? c.category() : r.category;
        if (category == null && r.kind.needsFullHandling()) {
            problems.add(FieldProblem.of("category", "required"));
        } else if (category != null && !category.appliesTo(r.kind)) {
            problems.add(new FieldProblem("category", "category-for-kind", new Object[] { r.kind }));
        }
        if (c.componentCode() != null && !registry.componentExists(c.componentCode())) {
            problems.add(FieldProblem.of("componentCode", "unknown"));
        }
        check();
        put(details, "category", category, "previousCategory", r.category);
        r.classify(category, c.componentCode(), c.emergency());
        put(details, "componentCode", r.componentCode, "emergency", r.emergency);
    }

    /** 派单, or a hand-off to another department or person, recorded with its time. */
    private void dispatch(Request r, ActionCommand c, CurrentUser user, Map<String, Object> details) {
        if (c.assigneeId() == null && (c.department() == null || c.department().isBlank())) {
            problems.add(FieldProblem.of("assigneeId", "assignee"));
        }
        check();
        AccountView assignee = c.assigneeId() == null ? null
                : organisation.staffCovering(c.assigneeId(), r.scopePath)
                        .orElseThrow(() -> DomainException.unknownReference("assigneeId"));
        boolean handOff = r.assigneeId != null || r.department != null;
        if (handOff) {
            put(details, "handOff", true, "handedOffAt", now);
            put(details, "fromAssignee", r.assigneeName, "fromDepartment", r.department);
        }
        String department = c.department() != null ? c.department() : assignee != null ? assignee.department() : null;
        r.dispatch(assignee == null ? null : assignee.id(), assignee == null ? null : assignee.displayName(), department);
        put(details, "assignee", r.assigneeName, "department", r.department);
    }

    /** Repairs: time, materials, people, advance notice. Complaints: measures, deadline, department. */
    private void agreePlan(Request r, ActionCommand c, Map<String, Object> details) {
        if (r.kind == RequestKind.REPAIR) {
            require("scheduledAt", c.scheduledAt());
            check();
            r.agreeRepairPlan(c.scheduledAt(), c.materials(), c.workers(), c.ownerNotifiedAt());
            put(details, "scheduledAt", c.scheduledAt(), "workers", c.workers());
            put(details, "materials", c.materials(), "ownerNotifiedAt", c.ownerNotifiedAt());
        } else {
            require("measures", c.measures());
            check();
            r.agreeSolution(c.measures(), c.deadline(), c.solutionDepartment());
            put(details, "deadline", c.deadline(), "solutionDepartment", c.solutionDepartment());
        }
    }

    /** Repairs record whether the work was inside warranty (free) or outside (paid, with the price). */
    private void complete(Request r, ActionCommand c, Map<String, Object> details) {
        if (r.kind == RequestKind.REPAIR) {
            require("warranty", c.warranty());
            if (c.warranty() == WarrantyStatus.OUT_OF_WARRANTY) {
                require("chargeFen", c.chargeFen());
            }
            check();
            long charge = c.warranty() == WarrantyStatus.IN_WARRANTY ? 0 : c.chargeFen();
            r.complete(c.warranty().name(), charge, now);
            put(details, "warranty", c.warranty(), "chargeFen", charge);
        } else {
            r.complete(null, null, now);
        }
    }

    /**
     * The owner's confirmation: given by the owner on the portal, or recorded by
     * staff with the channel it came through (never by whoever did the work).
     */
    private void verify(Request r, ActionCommand c, CurrentUser user, Map<String, Object> details) {
        require("satisfied", c.satisfied());
        Channel via = user.isOwner() ? Channel.PORTAL : c.confirmedVia();
        if (user.isOwner() && c.confirmedVia() != null) {
            problems.add(FieldProblem.of("confirmedVia", "staff-only"));
        } else if (!user.isOwner()) {
            require("confirmedVia", via);
            if (via != null && !CONFIRMATION_CHANNELS.contains(via)) {
                problems.add(new FieldProblem("confirmedVia", "one-of", new Object[] { CONFIRMATION_CHANNELS }));
            }
        }
        check();
        r.verify(c.satisfied(), now);
        put(details, "satisfied", c.satisfied(), "handlingRound", r.handlingRound);
        details.put("confirmedVia", via);
    }

    private void link(Request r, ActionCommand c, CurrentUser user, Map<String, Object> details) {
        require("relatedRequestId", c.relatedRequestId());
        check();
        if (c.relatedRequestId() == r.id.longValue()) {
            throw DomainException.invalidField("relatedRequestId", "self-link");
        }
        Request related = requests.visibleForLink(c.relatedRequestId(), user);
        r.link(related.id);
        put(details, "relatedRequestId", related.id, "relatedNumber", related.number);
    }

    /** A complaint's facts changed; the timeline keeps each one before and after. */
    private void updateFacts(Request r, ActionCommand c, Map<String, Object> details) {
        if (c.complainantCount() == null && c.lawsuit() == null && c.media() == null && c.needsSupport() == null) {
            problems.add(FieldProblem.of("complainantCount", "one-fact"));
        }
        check();
        Map<String, Object> before = Map.of("complainantCount", r.complainantCount, "lawsuit", r.lawsuit,
                "media", r.media, "needsSupport", r.needsSupport);
        r.updateFacts(c.complainantCount(), c.lawsuit(), c.media(), c.needsSupport());
        Map<String, Object> after = Map.of("complainantCount", r.complainantCount, "lawsuit", r.lawsuit,
                "media", r.media, "needsSupport", r.needsSupport);
        before.forEach((fact, value) -> {
            if (!value.equals(after.get(fact))) {
                details.put(fact, Map.of("from", value, "to", after.get(fact)));
            }
        });
    }

    private void require(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(FieldProblem.of(field, "required"));
        }
    }

    private void check() {
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
    }

    private static void put(Map<String, Object> details, String k1, Object v1, String k2, Object v2) {
        if (v1 != null) {
            details.put(k1, v1);
        }
        if (k2 != null && v2 != null) {
            details.put(k2, v2);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
