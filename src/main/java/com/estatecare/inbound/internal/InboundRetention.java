package com.estatecare.inbound.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.retention.RetentionPolicy;
import com.estatecare.retention.RetentionSwept;
import com.estatecare.retention.RetentionSwept.DataKind;

/**
 * One bounded batch of each retention rule over what the inbound channels keep of one company, each in its own
 * transaction with its audit entries ({@link RetentionSwept}); rows are locked with {@code skip locked}, so two
 * instances never take the same ones. A record whose request or customer is under legal hold is left alone (read
 * in SQL from the tables of requests and registry, as the prospect sweep reads requests, decision 025). Each returns
 * how many records it took: fewer than the batch means done.
 */
@Component
class InboundRetention {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    InboundRetention(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Held: the record's request is, or that request's customer, or the customer the record names. */
    private static String notHeld(String alias, String customerColumn) {
        String request = alias + ".request_id";
        String byCustomer = customerColumn == null ? "" : " or h.id = " + alias + "." + customerColumn;
        return "not exists (select 1 from request r where r.id = " + request + " and r.legal_hold_at is not null)"
                + " and not exists (select 1 from customer h where h.legal_hold_at is not null"
                + " and (h.id = (select r.customer_id from request r where r.id = " + request + ")" + byCustomer + "))";
    }

    /**
     * Calls of the screen pop (来电) received before the cutoff of call recordings are deleted: the caller's number,
     * the customer found and the recording's reference go with the row.
     */
    @Transactional
    public int deleteCalls(long companyId, int policyVersion, Instant cutoff, int batch) {
        List<Long> deleted = jdbc.sql("""
                with due as (
                    select c.id from inbound_call c
                    where c.company_id = :company and c.received_at < :cutoff and\s""" + notHeld("c", "customer_id") + """

                    order by c.received_at, c.id
                    limit :batch
                    for update of c skip locked)
                delete from inbound_call c using due where c.id = due.id
                returning c.id""")
                .param("company", companyId).param("cutoff", Timestamp.from(cutoff)).param("batch", batch)
                .query(Long.class).list();
        audit(DataKind.CALL_RECORDING, companyId, policyVersion, cutoff, "INBOUND_CALL", deleted);
        return deleted.size();
    }

    /**
     * Triage items (待分拣) dealt with (made a request of, attached or discarded) and received before the cutoff of
     * closed requests: the sender's address becomes its masked form, name, subject, body and discard reason
     * {@link RetentionPolicy#ANONYMISED}, the attachments go.
     */
    @Transactional
    public int anonymiseTriage(long companyId, int policyVersion, Instant cutoff, Instant now, int batch) {
        List<Long> done = jdbc.sql("""
                with due as (
                    select t.id from triage_item t
                    where t.company_id = :company and t.received_at < :cutoff and t.anonymised_at is null
                      and t.state <> 'OPEN' and\s""" + notHeld("t", null) + """

                    order by t.received_at, t.id
                    limit :batch
                    for update of t skip locked)
                update triage_item t
                set sender = t.sender_masked,
                    sender_name = case when t.sender_name is null then null else :marker end,
                    subject = case when t.subject is null then null else :marker end,
                    body = case when t.body is null then null else :marker end,
                    discard_reason = case when t.discard_reason is null then null else :marker end,
                    anonymised_at = :now
                from due where t.id = due.id
                returning t.id""")
                .param("company", companyId).param("cutoff", Timestamp.from(cutoff)).param("batch", batch)
                .param("marker", RetentionPolicy.ANONYMISED).param("now", Timestamp.from(now))
                .query(Long.class).list();
        if (!done.isEmpty()) {
            jdbc.sql("delete from triage_attachment where triage_id in (:ids)").param("ids", done).update();
        }
        audit(DataKind.CHANNEL_MESSAGE, companyId, policyVersion, cutoff, "TRIAGE_ITEM", done);
        return done.size();
    }

    /** WeChat messages received before the cutoff of closed requests lose their text and media reference. */
    @Transactional
    public int anonymiseWechat(long companyId, int policyVersion, Instant cutoff, Instant now, int batch) {
        List<Long> done = jdbc.sql("""
                with due as (
                    select w.id from wechat_message w
                    where w.company_id = :company and w.received_at < :cutoff and w.anonymised_at is null
                      and (w.text is not null or w.media_id is not null) and\s""" + notHeld("w", "customer_id") + """

                    order by w.received_at, w.id
                    limit :batch
                    for update of w skip locked)
                update wechat_message w
                set text = case when w.text is null then null else :marker end,
                    media_id = null, media_format = null, anonymised_at = :now
                from due where w.id = due.id
                returning w.id""")
                .param("company", companyId).param("cutoff", Timestamp.from(cutoff)).param("batch", batch)
                .param("marker", RetentionPolicy.ANONYMISED).param("now", Timestamp.from(now))
                .query(Long.class).list();
        audit(DataKind.CHANNEL_MESSAGE, companyId, policyVersion, cutoff, "WECHAT_MESSAGE", done);
        return done.size();
    }

    /** Mail taken from a mailbox before the cutoff of closed requests forgets its sender's address. */
    @Transactional
    public int forgetMailSenders(long companyId, int policyVersion, Instant cutoff, int batch) {
        List<Long> done = jdbc.sql("""
                with due as (
                    select m.id from inbound_mail m
                    where m.company_id = :company and m.received_at < :cutoff and m.sender is not null
                      and\s""" + notHeld("m", null) + """

                    order by m.received_at, m.id
                    limit :batch
                    for update of m skip locked)
                update inbound_mail m set sender = null from due where m.id = due.id
                returning m.id""")
                .param("company", companyId).param("cutoff", Timestamp.from(cutoff)).param("batch", batch)
                .query(Long.class).list();
        audit(DataKind.CHANNEL_MESSAGE, companyId, policyVersion, cutoff, "INBOUND_MAIL", done);
        return done.size();
    }

    private void audit(DataKind kind, long companyId, int policyVersion, Instant cutoff, String recordType,
            List<Long> ids) {
        if (!ids.isEmpty()) {
            events.publishEvent(new RetentionSwept(kind, companyId, policyVersion, cutoff, recordType,
                    ids.stream().sorted().toList()));
        }
    }
}
