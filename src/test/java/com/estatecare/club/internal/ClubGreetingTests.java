package com.estatecare.club.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.calendar.CalendarDays;
import com.estatecare.club.ClubOwners;
import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.policies.Policies;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;

/**
 * 会员关怀: a member is greeted on their birthday once, by each channel they take, whether two instances sweep at the
 * same moment (one through ShedLock, one past it, so that only the unique key can stop it) or an instance sweeps
 * again after a restart (a new sweeper, nothing in memory); a member who turned greetings off is not greeted; on the
 * first day of 国庆节 every member who wants greetings is greeted once.
 */
@EstateCareTest
class ClubGreetingTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Greetings greetings;
    @Autowired
    ClubSweeps scheduled;
    @Autowired
    Policies policies;
    @Autowired
    CalendarDays calendar;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MutableClock clock;

    @Test
    void aMemberIsGreetedOnTheirBirthdayOnceAcrossConcurrentSweepsAndARestart() throws Exception {
        Owner greeted = ClubOwners.owner(api, "agent", "2020-01-01");
        Owner quiet = ClubOwners.owner(api, "agent", "2020-01-01");
        long member = ClubOwners.join(greeted).get("id").asLong();
        long silent = ClubOwners.join(quiet).get("id").asLong();
        assertThat(greeted.caller().put("/api/v1/me/club/data", Map.of("birthday", "1980-11-25", "greetings", true))
                .status()).isEqualTo(200);
        assertThat(quiet.caller().put("/api/v1/me/club/data", Map.of("birthday", "1980-11-25", "greetings", false))
                .status()).isEqualTo(200);

        greetings.sweep(); // 24 November: not yet
        assertThat(taken(member)).isZero();
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> afterStart(start, scheduled::run), instances);
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> afterStart(start, greetings::sweep),
                    instances);
            start.countDown();
            CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
        } finally {
            instances.shutdown();
        }
        new Greetings(jdbc, policies, calendar, events, transactions, clock).sweep();

        assertThat(taken(member)).isEqualTo(1);
        assertThat(taken(silent)).isZero();
        String key = "club-greeting:" + member + ":BIRTHDAY:2026-11-25";
        await().atMost(Duration.ofSeconds(30)).until(() -> !messages(key).isEmpty());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> messages(key).size() == 1);
        assertThat(messages(key)).containsExactly("SMS CLUB_BIRTHDAY");
        assertThat(jdbc.sql("select body from outbound_message where event_key = :k").param("k", key)
                .query(String.class).single()).contains("生日快乐");
    }

    @Test
    void onTheFirstDayOfNationalDayEachMemberWhoWantsGreetingsIsGreetedOnce() {
        Owner owner = ClubOwners.owner(api, "hz-agent", "2020-01-01");
        long member = ClubOwners.join(owner).get("id").asLong();

        clock.set(Instant.parse("2026-10-01T02:00:00Z"));
        greetings.sweep();
        greetings.sweep();
        clock.set(Instant.parse("2026-10-02T02:00:00Z")); // the second day of the holiday: no greeting
        greetings.sweep();

        assertThat(jdbc.sql("select occasion || ' ' || on_day from club_greeting where member_id = :m")
                .param("m", member).query(String.class).list()).containsExactly("HOLIDAY:国庆节 2026-10-01");
        String key = "club-greeting:" + member + ":HOLIDAY:2026-10-01";
        await().atMost(Duration.ofSeconds(30)).until(() -> !messages(key).isEmpty());
        assertThat(jdbc.sql("select body from outbound_message where event_key = :k").param("k", key)
                .query(String.class).list()).allSatisfy(body -> assertThat(body).contains("国庆节"));
    }

    private long taken(long member) {
        return jdbc.sql("select count(*) from club_greeting where member_id = :m and occasion = 'BIRTHDAY'")
                .param("m", member).query(Long.class).single();
    }

    private List<String> messages(String key) {
        return jdbc.sql("select channel || ' ' || kind from outbound_message where event_key = :k order by id")
                .param("k", key).query(String.class).list();
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
