package com.estatecare.requests;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/requests/{id}/actions/{action}}: one record
 * per action, each with the fields of that step only. Every step may give
 * {@code version} (when given it must be the current one: optimistic locking),
 * a {@code note}, and {@code internal: true} to keep a step that the customer
 * is told about (and its note) off the customer's timeline. Sizes are checked
 * at the edge (Bean Validation); which fields a step needs in the request's
 * state is the aggregate's rule ({@link Request}).
 */
public sealed interface ActionCommand {

    Long version();

    String note();

    Boolean internal();

    /** The step this command takes. */
    Action action();

    /** The record that carries the body of {@code action}. */
    static Class<? extends ActionCommand> typeOf(Action action) {
        return switch (action) {
            case CLASSIFY -> Classify.class;
            case DISPATCH -> Dispatch.class;
            case RESPOND -> Respond.class;
            case INVESTIGATE -> Investigate.class;
            case AGREE_PLAN -> AgreePlan.class;
            case CONFIRM_PLAN -> ConfirmPlan.class;
            case COMPLETE -> Complete.class;
            case ANSWER -> Answer.class;
            case VERIFY -> Verify.class;
            case REVISIT -> Revisit.class;
            case ARCHIVE -> Archive.class;
            case REOPEN -> Reopen.class;
            case CANCEL -> Cancel.class;
            case RESCHEDULE -> Reschedule.class;
            case LINK -> Link.class;
            case NOTE -> Note.class;
            case NOTIFY_PROGRESS -> NotifyProgress.class;
            case UPDATE_FACTS -> UpdateFacts.class;
        };
    }

    /** 分类: the category (required for repairs and complaints), the component, whether it is an emergency. */
    @Schema(name = "ClassifyCommand")
    record Classify(Long version, @Size(max = 4000) String note, Boolean internal, Category category,
            @Size(max = 40) String componentCode, Boolean emergency) implements ActionCommand {
        public Action action() {
            return Action.CLASSIFY;
        }
    }

    /** 派单, or a hand-off: to a person ({@code assigneeId}) or a department, at least one of them. */
    @Schema(name = "DispatchCommand")
    record Dispatch(Long version, @Size(max = 4000) String note, Boolean internal, Long assigneeId,
            @Size(max = 40) String department) implements ActionCommand {
        public Action action() {
            return Action.DISPATCH;
        }
    }

    /** 响应: the handler took it up. */
    @Schema(name = "RespondCommand")
    record Respond(Long version, @Size(max = 4000) String note, Boolean internal) implements ActionCommand {
        public Action action() {
            return Action.RESPOND;
        }
    }

    /** 调查 of a complaint: the cause (required), the responsible party, severity and scope. */
    @Schema(name = "InvestigateCommand")
    record Investigate(Long version, @Size(max = 4000) String note, Boolean internal, @Size(max = 2000) String cause,
            ResponsibleParty responsibleParty, Severity severity, @Size(max = 2000) String scope)
            implements ActionCommand {
        public Action action() {
            return Action.INVESTIGATE;
        }
    }

    /**
     * The plan agreed with the customer. A repair's plan: {@code scheduledAt}
     * (required), materials, workers, the owner's advance notice, and the price quoted
     * in fen when the work will be paid (outside warranty). A complaint's solution:
     * {@code measures} (required), deadline, solution department.
     */
    @Schema(name = "AgreePlanCommand")
    record AgreePlan(Long version, @Size(max = 4000) String note, Boolean internal, Instant scheduledAt,
            @Size(max = 2000) String materials, @Size(max = 400) String workers, Instant ownerNotifiedAt,
            @Size(max = 2000) String measures, Instant deadline, @Size(max = 40) String solutionDepartment,
            @Min(0) @Max(100_000_000) Long quotedFen) implements ActionCommand {
        public Action action() {
            return Action.AGREE_PLAN;
        }
    }

    /**
     * 方案确认 by the owner on the portal: {@code accepted} (required) the plan and its
     * quoted price, or not, with the reason in {@code note} (required when rejecting).
     */
    @Schema(name = "ConfirmPlanCommand")
    record ConfirmPlan(Long version, @Size(max = 4000) String note, Boolean internal, Boolean accepted)
            implements ActionCommand {
        public Action action() {
            return Action.CONFIRM_PLAN;
        }
    }

    /** The work is done. A repair says whether it was inside warranty, or outside with its charge in fen. */
    @Schema(name = "CompleteCommand")
    record Complete(Long version, @Size(max = 4000) String note, Boolean internal, WarrantyStatus warranty,
            @Min(0) Long chargeFen) implements ActionCommand {
        public Action action() {
            return Action.COMPLETE;
        }
    }

    /**
     * A consultation, suggestion or praise answered: the answer is the note (required). A check-out request (退房,
     * category {@code CHECK_OUT}) is answered with its outcome: {@code granted} (required there, refused elsewhere)
     * true when the check-out is granted, false when it is refused.
     */
    @Schema(name = "AnswerCommand")
    record Answer(Long version, @Size(max = 4000) String note, Boolean internal, Boolean granted)
            implements ActionCommand {
        public Answer(Long version, String note, Boolean internal) {
            this(version, note, internal, null);
        }

        public Action action() {
            return Action.ANSWER;
        }
    }

    /**
     * 业主确认: whether the owner is satisfied (required); staff name the
     * channel the confirmation came through ({@code confirmedVia}), an owner
     * confirming on the portal does not, but rates the work 1–5 ({@code rating},
     * required of an owner) and may comment on it in {@code note}.
     */
    @Schema(name = "VerifyCommand")
    record Verify(Long version, @Size(max = 4000) String note, Boolean internal, Boolean satisfied,
            Channel confirmedVia, @Min(1) @Max(5) Integer rating) implements ActionCommand {
        public Action action() {
            return Action.VERIFY;
        }
    }

    /** 回访: satisfied or not, the satisfaction 1–5 (both required), and whether it was followed up. */
    @Schema(name = "RevisitCommand")
    record Revisit(Long version, @Size(max = 4000) String note, Boolean internal, Boolean satisfied,
            @Min(1) @Max(5) Integer satisfaction, Boolean followedUp) implements ActionCommand {
        public Action action() {
            return Action.REVISIT;
        }
    }

    /** 归档. */
    @Schema(name = "ArchiveCommand")
    record Archive(Long version, @Size(max = 4000) String note, Boolean internal) implements ActionCommand {
        public Action action() {
            return Action.ARCHIVE;
        }
    }

    /** A second handling (二次处理) of a closed step; the note (required) says why. */
    @Schema(name = "ReopenCommand")
    record Reopen(Long version, @Size(max = 4000) String note, Boolean internal) implements ActionCommand {
        public Action action() {
            return Action.REOPEN;
        }
    }

    /** Cancelled before the work started; the note (required) says why. */
    @Schema(name = "CancelCommand")
    record Cancel(Long version, @Size(max = 4000) String note, Boolean internal) implements ActionCommand {
        public Action action() {
            return Action.CANCEL;
        }
    }

    /**
     * 改约: the agreed visit moved to {@code scheduledAt}, to the engineer {@code assigneeId}, or both (at
     * least one). A move onto another visit of the engineer or onto a day off of the business calendar is
     * refused with the conflicts ({@code schedule-conflict}) unless {@code acceptConflicts} is true; the
     * timeline then keeps the conflicts that were accepted.
     */
    @Schema(name = "RescheduleCommand")
    record Reschedule(Long version, @Size(max = 4000) String note, Boolean internal, Instant scheduledAt,
            Long assigneeId, Boolean acceptConflicts) implements ActionCommand {
        public Action action() {
            return Action.RESCHEDULE;
        }
    }

    /** Links another request the caller may see ({@code relatedRequestId}, required) about the same problem. */
    @Schema(name = "LinkCommand")
    record Link(Long version, @Size(max = 4000) String note, Boolean internal, Long relatedRequestId)
            implements ActionCommand {
        public Action action() {
            return Action.LINK;
        }
    }

    /** A staff note (required) on the timeline. */
    @Schema(name = "NoteCommand")
    record Note(Long version, @Size(max = 4000) String note, Boolean internal) implements ActionCommand {
        public Action action() {
            return Action.NOTE;
        }
    }

    /** A progress message (required) written to the customer. */
    @Schema(name = "NotifyProgressCommand")
    record NotifyProgress(Long version, @Size(max = 4000) String note, Boolean internal) implements ActionCommand {
        public Action action() {
            return Action.NOTIFY_PROGRESS;
        }
    }

    /** A complaint's facts changed: at least one of them. */
    @Schema(name = "UpdateFactsCommand")
    record UpdateFacts(Long version, @Size(max = 4000) String note, Boolean internal, @Min(1) Integer complainantCount,
            Lawsuit lawsuit, Media media, Boolean needsSupport) implements ActionCommand {
        public Action action() {
            return Action.UPDATE_FACTS;
        }
    }

    /** 责任方 found by the complaint investigation. */
    enum ResponsibleParty { DEVELOPER, CONTRACTOR, SUPPLIER, PROPERTY_COMPANY, CUSTOMER, OTHER }

    /** How serious the investigated problem is. */
    enum Severity { LOW, MEDIUM, HIGH, CRITICAL }

    /** Inside warranty the repair is free; outside it is paid at the quoted price. */
    enum WarrantyStatus { IN_WARRANTY, OUT_OF_WARRANTY }
}
