package com.estatecare.warranty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.policies.Policies;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * 温馨提示: the owner of a unit handed over on 1 July 2024 (building 1 of 翠湖苑) is reminded that the five years
 * against leaks end on 30 June 2029 from 30 May 2029, once per component, whether two instances sweep at the same
 * moment (one through ShedLock, one past it, so that only the unique key can stop it) or an instance sweeps again
 * after a restart (a new sweeper, nothing in memory).
 */
@EstateCareTest
class WarrantyReminderTests {

    private static final List<String> AGAINST_LEAKS = List.of("ROOF", "EXTERIOR_WALL", "BATHROOM_WATERPROOFING");

    @Autowired
    WarrantyReminders reminders;
    @Autowired
    WarrantyReminderSweep scheduled;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CertificateStore certificates;
    @Autowired
    Policies policies;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutableClock clock;
    @Autowired
    Api api;

    @Test
    void eachOwnerIsRemindedOnceAMonthBeforeAWarrantyEndsAcrossConcurrentSweepsAndARestart() throws Exception {
        long unit = api.homeOf("owner");

        clock.set(Instant.parse("2029-05-29T02:00:00Z")); // 10:00 in Shanghai, the day before the month
        reminders.sweep();
        assertThat(sent(unit)).as("not before the month").isZero();

        clock.set(Instant.parse("2029-05-30T02:00:00Z"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> afterStart(start, scheduled::run), instances);
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> afterStart(start, reminders::sweep), instances);
            start.countDown();
            CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
        } finally {
            instances.shutdown();
        }
        WarrantyReminders afterRestart = new WarrantyReminders(jdbc, certificates, policies, events, clock,
                ZoneId.of("Asia/Shanghai"));
        new TransactionTemplate(transactions).executeWithoutResult(status -> afterRestart.sweep());
        clock.set(Instant.parse("2029-06-30T02:00:00Z")); // the last day: still due, already sent
        reminders.sweep();

        assertThat(sent(unit)).isEqualTo(AGAINST_LEAKS.size());
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders().size() >= AGAINST_LEAKS.size());
        List<String> titles = reminders();
        assertThat(titles).hasSize(AGAINST_LEAKS.size())
                .anySatisfy(t -> assertThat(t).contains("温馨提示", "屋面", "自检"))
                .anySatisfy(t -> assertThat(t).contains("外墙"));
        assertThat(StreamSupport.stream(api.as("owner").english().get("/api/v1/me/inbox?limit=100").json()
                .get("items").spliterator(), false).filter(n -> n.get("kind").asString().equals("WARRANTY_ENDING"))
                .map(n -> n.get("title").asString())).anySatisfy(t -> assertThat(t).contains("warranty", "roof"));
    }

    /** The owner's reminders of the warranties ending on 30 June 2029, as the inbox titles them. */
    private List<String> reminders() {
        return StreamSupport.stream(api.as("owner").get("/api/v1/me/inbox?limit=100").json().get("items")
                .spliterator(), false)
                .filter(n -> n.get("kind").asString().equals("WARRANTY_ENDING"))
                .map(n -> n.get("title").asString()).filter(t -> t.contains("2029-06-30")).toList();
    }

    private long sent(long unit) {
        return jdbc.sql("""
                select count(*) from warranty_reminder where unit_id = :unit and component_code in (:codes)""")
                .param("unit", unit).param("codes", AGAINST_LEAKS).query(Long.class).single();
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
