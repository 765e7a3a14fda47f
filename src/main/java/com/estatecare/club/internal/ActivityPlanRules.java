package com.estatecare.club.internal;

import java.time.LocalDate;

import com.estatecare.platform.DomainException;

/**
 * The rules of a yearly club activity plan (年度活动计划, seed 001: the club's activity specialist draws up the yearly
 * plan and each month's plan, the club manager controls the club's spending): a draft is submitted, a club manager
 * who did not submit it approves it or returns it (四眼原则, as an activity's budget); a submitted plan waits
 * unchanged for that decision; an approved plan may still be adjusted during the year, which makes it revised (in
 * force, its changes recorded) until it is submitted and approved again.
 */
final class ActivityPlanRules {

    enum Status { DRAFT, SUBMITTED, APPROVED, REVISED }

    enum Kind { FESTIVAL, FAMILY, HEALTH, LECTURE, SPORTS, CULTURE, SOCIAL, CHARITY, OTHER }

    private ActivityPlanRules() {
    }

    /** Items are added, changed or removed except while the plan waits for a manager's decision. */
    static void itemsEditable(Status status) {
        if (status == Status.SUBMITTED) {
            throw DomainException.conflict("club-plan-submitted").with("currentStatus", status);
        }
    }

    /** The plan's state after one of its items changed: a draft stays a draft, an approved plan becomes revised. */
    static Status afterItemChange(Status status) {
        itemsEditable(status);
        return status == Status.DRAFT ? Status.DRAFT : Status.REVISED;
    }

    /** A draft or a revised plan with at least one item is submitted for approval. */
    static void submit(Status status, int items) {
        if (!(status == Status.DRAFT || status == Status.REVISED)) {
            throw DomainException.conflict("club-plan-not-submittable").with("currentStatus", status);
        }
        if (items == 0) {
            throw DomainException.conflict("club-plan-empty");
        }
    }

    /**
     * A submitted plan is decided by a club manager who did not submit it; approved it is in force, returned it goes
     * back to a draft (or, once approved before, to revised: the approved plan stays the reference).
     */
    static Status decide(Status status, Long submittedBy, long decider, boolean approved, boolean approvedBefore) {
        if (status != Status.SUBMITTED) {
            throw DomainException.conflict("club-plan-not-submitted").with("currentStatus", status);
        }
        if (submittedBy != null && submittedBy == decider) {
            throw DomainException.forbidden("club-plan-four-eyes");
        }
        return approved ? Status.APPROVED : approvedBefore ? Status.REVISED : Status.DRAFT;
    }

    /** An item's planned day, when it has one, lies in the item's month of the plan's year. */
    static boolean inMonth(LocalDate day, int year, int month) {
        return day == null || (day.getYear() == year && day.getMonthValue() == month);
    }

    /** An item with activities that realise it stays: the plan's record of what was planned for them. */
    static void removable(int activities) {
        if (activities > 0) {
            throw DomainException.conflict("club-plan-item-realised", activities).with("activities", activities);
        }
    }

    /** An activity realises an item of a plan of its own project and of the year it takes place in. */
    static boolean realises(long activityProject, int activityYear, long planProject, int planYear) {
        return activityProject == planProject && activityYear == planYear;
    }
}
