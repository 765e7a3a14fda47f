package com.estatecare.notifications.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.accountability.FineProposed;
import com.estatecare.consultations.ConsultationOverdue;
import com.estatecare.consultations.ConsultationRequested;
import com.estatecare.escalation.EscalationLevel;
import com.estatecare.escalation.RequestEscalated;
import com.estatecare.grading.ComplaintGraded;
import com.estatecare.grading.SpecialReportOpened;
import com.estatecare.notifications.Inbox;
import com.estatecare.organisation.Role;
import com.estatecare.organisation.Organisation;
import com.estatecare.requests.Action;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.requests.Requests;
import com.estatecare.timelimits.ClockBreached;
import com.estatecare.timelimits.ClockWarned;

/**
 * Turns other modules' events into notices: an assignment to the assignee; a
 * warning to the request's owners (first contact and assignee); a breach to
 * them and to their supervisors. These four, and an escalation, are also
 * mailed to whoever of them has an e-mail address ({@link StaffMail}).
 */
@Component
class NotificationListeners {

    private final Inbox inbox;
    private final StaffMail mail;
    private final Requests requests;
    private final Organisation organisation;

    NotificationListeners(Inbox inbox, StaffMail mail, Requests requests, Organisation organisation) {
        this.inbox = inbox;
        this.mail = mail;
        this.requests = requests;
        this.organisation = organisation;
    }

    @ApplicationModuleListener
    void on(RequestTransitioned event) {
        if (event.action() != Action.DISPATCH) {
            return;
        }
        requests.facts(event.requestId()).filter(facts -> facts.assigneeId() != null).ifPresent(facts -> {
            String key = "assigned:" + event.requestId() + ":" + event.step();
            inbox.deliver(List.of(facts.assigneeId()), event.companyId(), "ASSIGNED", event.requestId(),
                    event.number(), null, key);
            mail.send(List.of(facts.assigneeId()), MessageKind.STAFF_ASSIGNED, facts, null, key);
        });
    }

    @ApplicationModuleListener
    void on(ClockWarned event) {
        requests.facts(event.requestId()).ifPresent(facts -> {
            inbox.deliver(owners(facts), event.companyId(), "TIME_LIMIT_WARNING", facts.id(), facts.number(),
                    event.limit(), "warned:" + event.clockId());
            mail.send(owners(facts), MessageKind.STAFF_TIME_LIMIT_WARNING, facts, event.limit(),
                    "warned:" + event.clockId());
        });
    }

    @ApplicationModuleListener
    void on(ClockBreached event) {
        requests.facts(event.requestId()).ifPresent(facts -> {
            List<Long> owners = owners(facts);
            List<Long> recipients = new ArrayList<>(owners);
            owners.forEach(owner -> recipients.addAll(organisation.supervisorsOf(owner)));
            inbox.deliver(recipients, event.companyId(), "TIME_LIMIT_BREACHED", facts.id(), facts.number(),
                    event.limit(), "breached:" + event.clockId());
            mail.send(recipients, MessageKind.STAFF_TIME_LIMIT_BREACHED, facts, event.limit(),
                    "breached:" + event.clockId());
        });
    }

    /** 温馨提示 to the owners of a unit whose component's warranty ends soon (warranty module). */
    @ApplicationModuleListener
    void on(com.estatecare.warranty.WarrantyEnding event) {
        inbox.deliver(event.ownerAccounts(), event.companyId(), "WARRANTY_ENDING", null, event.endsOn().toString(),
                "component." + event.componentCode(), event.key());
    }

    /** 未收房: the owners of a unit whose keys are not collected are reminded (delivery module). */
    @ApplicationModuleListener
    void on(com.estatecare.delivery.KeysNotCollected event) {
        inbox.deliver(event.ownerAccounts(), event.companyId(), "KEYS_NOT_COLLECTED", null, null, event.unit(),
                event.key());
    }

    /**
     * 工程进度通知: each buyer the month's notice was published to reads it in their inbox, once per notice, with the
     * month and its title (delivery module; the notice itself, with its photos, is on the portal's delivery page).
     */
    @ApplicationModuleListener
    void on(com.estatecare.delivery.ProgressNoticePublished event) {
        inbox.deliver(organisation.ownerAccountsOf(event.customerIds()), event.companyId(), "PROGRESS_NOTICE", null,
                event.month(), event.title(), "progress-notice:" + event.noticeId());
    }

    /**
     * 会刊: each member who opted in reads the published issue's notice in their portal inbox, once per issue (the key
     * is the issue's), however often the event is delivered — after a restart, Spring Modulith delivers it again.
     */
    @ApplicationModuleListener
    void on(com.estatecare.club.ClubMagazinePublished event) {
        inbox.deliver(organisation.ownerAccountsOf(event.customerIds()), event.companyId(), "CLUB_MAGAZINE", null,
                String.valueOf(event.number()), event.title(), event.key());
    }

    /**
     * 候补转正: a member waiting for a club activity got a place when a confirmed member cancelled; they read it in
     * their inbox once per confirmation, with the activity's start (Shanghai) and theme.
     */
    @ApplicationModuleListener
    void on(com.estatecare.club.ActivityPlaceConfirmed event) {
        String starts = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(event.startsAt().atZone(java.time.ZoneId.of("Asia/Shanghai")));
        inbox.deliver(organisation.ownerAccountsOf(List.of(event.customerId())), event.companyId(),
                "CLUB_ACTIVITY_CONFIRMED", null, starts, event.theme(), event.key());
    }

    /**
     * 活动取消: each member signed up for a cancelled club activity, confirmed or waiting, reads it in their inbox once
     * per activity (the key is the activity's), however often the event is delivered.
     */
    @ApplicationModuleListener
    void on(com.estatecare.club.ActivityCancelled event) {
        String starts = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(event.startsAt().atZone(java.time.ZoneId.of("Asia/Shanghai")));
        inbox.deliver(organisation.ownerAccountsOf(event.customerIds()), event.companyId(),
                "CLUB_ACTIVITY_CANCELLED", null, starts, event.theme(), event.key());
    }

    /**
     * 开放日时段调整: each owner whose sign-up a change or removal of an open day's slot cancelled reads it in their
     * inbox once per sign-up cancelled (the key is the sign-up's as it was held).
     */
    @ApplicationModuleListener
    void on(com.estatecare.delivery.OpenDaySlotChanged event) {
        String time = OutboundListeners.slotTime(event.signedUpFor());
        event.cancelled().forEach(c -> inbox.deliver(organisation.ownerAccountsOf(List.of(c.customerId())),
                event.companyId(), "OPEN_DAY_SLOT_CANCELLED", null, time, event.dayTitle(),
                com.estatecare.delivery.OpenDaySlotChanged.key(c)));
    }

    /** Up the ladder: the request's owners and the staff of the new level (项目公司 or 总部). */
    @ApplicationModuleListener
    void on(RequestEscalated event) {
        List<Long> recipients = new ArrayList<>();
        RequestFacts facts = requests.facts(event.requestId()).orElse(null);
        if (facts != null) {
            recipients.addAll(owners(facts));
        }
        Role level = event.toLevel() == EscalationLevel.HEADQUARTERS ? Role.HQ : Role.PROJECT_COMPANY;
        recipients.addAll(organisation.staffWithRoleCovering(level, event.companyId()));
        String key = "escalated:" + event.requestId() + ":" + event.toLevel();
        inbox.deliver(recipients, event.companyId(), "ESCALATED", event.requestId(), event.number(),
                event.toLevel().name(), key);
        if (facts != null) {
            mail.send(recipients, MessageKind.STAFF_ESCALATED, facts, event.toLevel().name(), key);
        }
    }

    /**
     * 重大投诉 is reported to headquarters at once. The condition is checked
     * before an event publication is stored: grading an ordinary complaint
     * costs no publication and no transactions after the commit.
     */
    @ApplicationModuleListener(condition = "#event.reportToHeadquarters()")
    void on(ComplaintGraded event) {
        inbox.deliver(organisation.staffWithRoleCovering(Role.HQ, event.companyId()), event.companyId(),
                "MAJOR_COMPLAINT", event.requestId(), event.number(), null, "major:" + event.requestId());
    }

    /** 专题报告 of a grade-1 or grade-2 complaint: headquarters and the company's managers are told. */
    @ApplicationModuleListener
    void on(SpecialReportOpened event) {
        List<Long> recipients = new ArrayList<>(organisation.staffWithRoleCovering(Role.HQ, event.companyId()));
        recipients.addAll(organisation.staffWithRoleCovering(Role.MANAGER, event.companyId()));
        requests.facts(event.requestId()).ifPresent(facts -> inbox.deliver(recipients, event.companyId(),
                "SPECIAL_REPORT", facts.id(), facts.number(), null, "special-report:" + event.reportId()));
    }

    /** A proposed fine waits for a manager's approval or waiver. */
    @ApplicationModuleListener
    void on(FineProposed event) {
        requests.facts(event.requestId()).ifPresent(facts -> inbox.deliver(
                organisation.staffWithRoleCovering(Role.MANAGER, event.companyId()), event.companyId(),
                "APPROVAL_NEEDED", facts.id(), facts.number(), null, "fine:" + event.fineId()));
    }

    /** 顾问支持: the named consultant, else every consultant of the company. */
    @ApplicationModuleListener
    void on(ConsultationRequested event) {
        List<Long> consultants = event.consultantId() != null ? List.of(event.consultantId())
                : organisation.staffWithRoleCovering(Role.CONSULTANT, event.companyId());
        requests.facts(event.requestId()).ifPresent(facts -> inbox.deliver(consultants, event.companyId(),
                "CONSULTATION_REQUESTED", facts.id(), facts.number(), null, "consultation:" + event.consultationId()));
    }

    /**
     * 顾问支持: an opinion past its due time — the staff member who asked and the consultant's managers (of the
     * named consultant, else of every consultant of the company). Sent once: the sweep publishes it once.
     */
    @ApplicationModuleListener
    void on(ConsultationOverdue event) {
        List<Long> consultants = event.consultantId() != null ? List.of(event.consultantId())
                : organisation.staffWithRoleCovering(Role.CONSULTANT, event.companyId());
        List<Long> recipients = new ArrayList<>(List.of(event.requestedById()));
        consultants.forEach(consultant -> recipients.addAll(organisation.supervisorsOf(consultant)));
        requests.facts(event.requestId()).ifPresent(facts -> inbox.deliver(recipients.stream().distinct().toList(),
                event.companyId(), "CONSULTATION_OVERDUE", facts.id(), facts.number(), null,
                "consultation-overdue:" + event.consultationId()));
    }

    /** 首问负责人 and the assignee: who owns the request now. */
    private static List<Long> owners(RequestFacts facts) {
        List<Long> owners = new ArrayList<>();
        if (facts.firstContactId() != null) {
            owners.add(facts.firstContactId());
        }
        if (facts.assigneeId() != null) {
            owners.add(facts.assigneeId());
        }
        return owners;
    }
}
