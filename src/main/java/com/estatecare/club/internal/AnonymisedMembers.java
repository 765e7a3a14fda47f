package com.estatecare.club.internal;

import java.sql.Timestamp;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.registry.CustomerAnonymised;

/**
 * When the registry erases a customer (删除, PIPL art. 47), the club forgets what it keeps of the person — the
 * birthday, the magazine choice, the comments of their merchant ratings and of their activity evaluations — ends the
 * membership, gives up their places in the activities still to come (a confirmed one to the first in line) and takes
 * them off the waiting lists, in the same transaction; the number, the ledger, the ratings' scores and the sign-ups
 * of past activities (with attendance and score, counted in the club's figures) stay as records without a person
 * (decision 051).
 */
@Component
class AnonymisedMembers {

    private final JdbcClient jdbc;
    private final Activities activities;

    AnonymisedMembers(JdbcClient jdbc, Activities activities) {
        this.jdbc = jdbc;
        this.activities = activities;
    }

    @EventListener
    void on(CustomerAnonymised e) {
        activities.releaseUpcoming(e.companyId(), e.customerId());
        jdbc.sql("""
                update club_member set birthday = null, greetings = false, magazine = false, status = 'LEFT',
                    left_at = coalesce(left_at, :at), version = version + 1
                where company_id = :c and customer_id = :customer""")
                .param("at", Timestamp.from(e.at())).param("c", e.companyId()).param("customer", e.customerId())
                .update();
        jdbc.sql("""
                update club_merchant_rating set comment = null
                where company_id = :c and member_id in (select id from club_member where company_id = :c
                    and customer_id = :customer)""")
                .param("c", e.companyId()).param("customer", e.customerId()).update();
        jdbc.sql("""
                update club_activity_signup set comment = null,
                    status = case when status = 'WAITING' then 'CANCELLED' else status end
                where company_id = :c and customer_id = :customer""")
                .param("c", e.companyId()).param("customer", e.customerId()).update();
    }
}
