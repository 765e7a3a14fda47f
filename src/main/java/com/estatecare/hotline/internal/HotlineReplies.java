package com.estatecare.hotline.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.hotline.HotlineReplyRecorded;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;

/**
 * The steps on a hotline case: the citizen was contacted; the reply drafted, approved by another person (a
 * manager) and recorded with its time, or sent back. Each step locks the case's row, so two managers approving at
 * once approve once.
 */
@Service
class HotlineReplies {

    private final JdbcClient jdbc;
    private final HotlineCases cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HotlineReplies(JdbcClient jdbc, HotlineCases cases, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    private record Locked(HotlineReply.State state, Long draftedBy, long requestId, String caseNumber,
            String replyText, Instant replyDue) {
    }

    private Locked lock(long id, CurrentUser user) {
        cases.find(id, user);
        return jdbc.sql("""
                select reply_state, drafted_by, request_id, case_number, reply_text, reply_due_at
                from hotline_case where id = :id for update""").param("id", id)
                .query((rs, n) -> new Locked(HotlineReply.State.valueOf(rs.getString("reply_state")),
                        rs.getObject("drafted_by", Long.class), rs.getLong("request_id"), rs.getString("case_number"),
                        rs.getString("reply_text"), rs.getTimestamp("reply_due_at").toInstant()))
                .single();
    }

    /** The citizen was contacted (by phone, in person): the contact deadline stops, if it had not already. */
    @Transactional
    HotlineCaseView contacted(long id, CurrentUser user) {
        lock(id, user);
        jdbc.sql("update hotline_case set contacted_at = coalesce(contacted_at, :at), version = version + 1 where id = :id")
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
        return cases.find(id, user);
    }

    /** A (new) draft of the reply, by its drafter; it waits for a manager's approval. */
    @Transactional
    HotlineCaseView draft(long id, String text, CurrentUser user) {
        HotlineReply.checkDraft(lock(id, user).state());
        jdbc.sql("""
                update hotline_case set reply_state = 'DRAFTED', reply_text = :text, drafted_by = :by,
                    drafter_name = :name, drafted_at = :at, rejected_reason = null, version = version + 1
                where id = :id""")
                .param("text", text).param("by", user.accountId()).param("name", user.displayName())
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
        return cases.find(id, user);
    }

    /** Approves the draft (not one's own): the reply is recorded as sent to the hotline now, and on the timeline. */
    @Transactional
    HotlineCaseView approve(long id, CurrentUser user) {
        Locked locked = lock(id, user);
        HotlineReply.checkDecision(locked.state(), locked.draftedBy(), user.accountId());
        Instant now = clock.instant();
        jdbc.sql("""
                update hotline_case set reply_state = 'APPROVED', approved_by = :by, approver_name = :name,
                    replied_at = :at, version = version + 1
                where id = :id""")
                .param("by", user.accountId()).param("name", user.displayName()).param("at", Timestamp.from(now))
                .param("id", id).update();
        events.publishEvent(new HotlineReplyRecorded(locked.requestId(), id, locked.caseNumber(), locked.replyText(),
                locked.draftedBy(), !now.isAfter(locked.replyDue()), user.accountId(), user.displayName(), now));
        return cases.find(id, user);
    }

    /** Sends the draft back to be written again, with the reason. */
    @Transactional
    HotlineCaseView reject(long id, String reason, CurrentUser user) {
        Locked locked = lock(id, user);
        HotlineReply.checkDecision(locked.state(), locked.draftedBy(), user.accountId());
        jdbc.sql("""
                update hotline_case set reply_state = 'NONE', rejected_reason = :reason, version = version + 1
                where id = :id""").param("reason", reason).param("id", id).update();
        return cases.find(id, user);
    }

    /** A step on the case's request that reached the citizen stops the contact deadline, once. */
    @Transactional
    void contactedByRequestStep(long requestId, Instant at) {
        jdbc.sql("update hotline_case set contacted_at = :at where request_id = :request and contacted_at is null")
                .param("at", Timestamp.from(at)).param("request", requestId).update();
    }

}
