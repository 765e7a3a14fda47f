package com.estatecare.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.policies.Policies;
import com.estatecare.registry.Registry;
import com.estatecare.sales.ASale;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * 付款提醒: a buyer whose instalments fall due on 28 November 2026, 20 January and 20 March 2027 is reminded of each
 * unpaid one once, a week (by policy) of calendar days before it — whether two instances sweep at the same moment
 * (one through ShedLock, one past it, so that only the unique key can stop it) or an instance sweeps again after a
 * restart — and never of an instalment paid, nor of anything once the whole schedule is paid.
 */
@EstateCareTest
class PaymentReminderTests {

    @Autowired
    PaymentReminders reminders;
    @Autowired
    PaymentReminderSweep scheduled;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Policies policies;
    @Autowired
    Registry registry;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutableClock clock;
    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void eachUnpaidInstalmentIsRemindedOnceAcrossConcurrentSweepsAndARestart() throws Exception {
        JsonNode deal = new ASale(api, given).contracted("HT-" + UUID.randomUUID().toString().substring(0, 8));
        long first = instalment(deal, 1);
        long second = instalment(deal, 2);

        clock.set(Instant.parse("2026-11-20T02:00:00Z")); // 10:00 in Shanghai, eight days before the first
        reminders.sweep();
        assertThat(taken(first)).as("not before the week").isZero();

        clock.set(Instant.parse("2026-11-21T02:00:00Z"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> one = CompletableFuture.runAsync(() -> afterStart(start, scheduled::run), instances);
            CompletableFuture<Void> two = CompletableFuture.runAsync(() -> afterStart(start, reminders::sweep), instances);
            start.countDown();
            CompletableFuture.allOf(one, two).get(60, TimeUnit.SECONDS);
        } finally {
            instances.shutdown();
        }
        PaymentReminders afterRestart = new PaymentReminders(jdbc, policies, registry, events, clock,
                ZoneId.of("Asia/Shanghai"));
        clock.set(Instant.parse("2026-11-28T02:00:00Z")); // the due day: still due, already sent
        new TransactionTemplate(transactions).executeWithoutResult(status -> afterRestart.sweep());

        assertThat(taken(first)).isEqualTo(1);
        assertThat(taken(second)).as("seven weeks ahead").isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> queued(first) > 0);
        assertThat(queued(first)).isEqualTo(channels(first));
        String text = jdbc.sql("select body from outbound_message where event_key = :key limit 1")
                .param("key", "payment:" + first + ":2026-11-28").query(String.class).single();
        assertThat(text).contains("第 1 期", "1000000.00", "2026-11-28");
    }

    @Test
    void aPaidInstalmentOrAPaidScheduleIsNeverReminded() {
        JsonNode deal = new ASale(api, given).contracted("HT-" + UUID.randomUUID().toString().substring(0, 8));
        long dealId = deal.get("id").asLong();
        long first = instalment(deal, 1);
        long second = instalment(deal, 2);
        long third = instalment(deal, 3);
        pay(dealId, 1, 1_000_000_00L, "2026-11-24");

        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        reminders.sweep();
        assertThat(taken(first)).as("paid before its week").isZero();

        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        pay(dealId, 2, 500_000_00L, "2026-11-24");
        pay(dealId, 3, 1_500_000_00L, "2026-11-24");
        for (String day : new String[] { "2027-01-15T02:00:00Z", "2027-03-15T02:00:00Z" }) {
            clock.set(Instant.parse(day));
            reminders.sweep();
        }
        assertThat(taken(second) + taken(third)).as("the schedule is paid").isZero();
    }

    private void pay(long deal, int seq, long fen, String on) {
        Api.Response paid = api.as("agent").post("/api/v1/sales/deals/" + deal + "/payments",
                Map.of("seq", seq, "amountFen", fen, "paidOn", on));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    }

    private long instalment(JsonNode deal, int seq) {
        return jdbc.sql("select id from sales_instalment where deal_id = :deal and seq = :seq")
                .param("deal", deal.get("id").asLong()).param("seq", seq).query(Long.class).single();
    }

    private long taken(long instalment) {
        return jdbc.sql("select count(*) from sales_payment_reminder where instalment_id = :id")
                .param("id", instalment).query(Long.class).single();
    }

    private long queued(long instalment) {
        return jdbc.sql("select count(*) from outbound_message where event_key like :key and kind = 'PAYMENT_REMINDER'")
                .param("key", "payment:" + instalment + ":%").query(Long.class).single();
    }

    private long channels(long instalment) {
        return jdbc.sql("""
                select count(distinct channel) from outbound_message where event_key like :key
                and kind = 'PAYMENT_REMINDER'""")
                .param("key", "payment:" + instalment + ":%").query(Long.class).single();
    }

    private static void afterStart(CountDownLatch start, Runnable sweep) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        sweep.run();
    }
}
