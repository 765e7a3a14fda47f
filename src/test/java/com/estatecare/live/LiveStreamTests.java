package com.estatecare.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.EventStream;
import com.estatecare.support.Fixtures;
import com.estatecare.support.LiveStreams;
import com.estatecare.support.Session;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/live} over real HTTP against PostgreSQL: a colleague's
 * change reaches the people who may see the request within seconds, and
 * nobody else; the stream's limits and hostile headers.
 */
@EstateCareTest
@TestPropertySource(properties = { "estatecare.live.max-per-user=2", "estatecare.live.heartbeat=PT1S" })
class LiveStreamTests {

    private static final Duration SECONDS = LiveStreams.SECONDS;

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final LiveStreams live = new LiveStreams();

    @Test
    void managerSeesAnAgentsNewRequestWithinSecondsAndTheOtherCompanyDoesNot() {
        EventStream manager = live.ready("manager");
        EventStream otherCompany = live.ready("hz-agent");

        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        String number = given.get(id).get("number").asString();

        JsonNode event = manager.awaitRequest(number, SECONDS).json();
        assertThat(event.get("requestId").asLong()).isEqualTo(id);
        assertThat(event.get("change").asString()).isEqualTo("REGISTERED");
        assertThat(event.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(event.get("version").isNumber()).isTrue();
        assertThat(event.has("at")).isTrue();
        assertThat(event.propertyNames()).containsExactlyInAnyOrder("requestId", "number", "status", "assigneeId",
                "version", "change", "action", "limit", "at");
        long hangzhouUnit = api.as("hz-agent").get("/api/v1/units?limit=1").json().get("items").get(0).get("id")
                .asLong();
        long theirs = api.as("hz-agent").post("/api/v1/requests", given.repairBody(hangzhouUnit)).json().get("id")
                .asLong();
        otherCompany.await(e -> e.name().equals("request") && e.json().get("requestId").asLong() == theirs, SECONDS);
        assertThat(otherCompany.events()).as("the other company never hears of this company's request")
                .noneMatch(e -> e.name().equals("request") && e.json().get("requestId").asLong() == id);
    }

    @Test
    void aDispatchReachesColleaguesAsAssignedWithTheNewVersion() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.act(id, "agent", "classify", Map.of());
        long version = given.get(id).get("version").asLong();
        EventStream manager = live.ready("hq");

        given.act(id, "agent", "dispatch", Map.of("assigneeId", given.staffId("engineer")));

        // the classification may reach the stream after it opened: wait for the dispatch itself
        JsonNode event = manager.await(e -> e.name().equals("request") && e.json().get("requestId").asLong() == id
                && "dispatch".equals(e.json().get("action").asString()), SECONDS).json();
        assertThat(event.get("change").asString()).isEqualTo("ASSIGNED");
        assertThat(event.get("action").asString()).isEqualTo("dispatch");
        assertThat(event.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(event.get("assigneeId").asLong()).isEqualTo(given.staffId("engineer"));
        assertThat(event.get("version").asLong()).isGreaterThan(version);
    }

    @Test
    void eventsCarryNoPersonalData() {
        EventStream manager = live.ready("engineer");

        long id = given.register(given.repairBody(given.unit().get("id").asLong()));

        EventStream.Event event = manager.await(e -> e.name().equals("request")
                && e.json().get("requestId").asLong() == id, SECONDS);
        assertThat(event.data()).doesNotContain("13800138000", "王先生", "漏水", "reporter", "customerName");
    }

    @Test
    void ownerGetsOnlyOwnRequestsAndNoInternalFacts() {
        EventStream owner = live.ready("owner");
        long ownUnit = api.homeOf("owner");
        long someoneElses = api.as("engineer").get("/api/v1/units?limit=50").json().get("items").valueStream()
                .mapToLong(u -> u.get("id").asLong()).filter(u -> u != ownUnit).findFirst().orElseThrow();
        long notHis = given.register(given.repairBody(someoneElses));

        long his = api.as("owner").post("/api/v1/requests", Map.of("kind", "REPAIR", "channel", "PORTAL", "unitId",
                ownUnit, "category", "FACILITY_FAILURE", "description", "阳台推拉门卡住")).json().get("id").asLong();

        JsonNode event = owner.await(e -> e.name().equals("request") && e.json().get("requestId").asLong() == his,
                SECONDS).json();
        assertThat(event.get("assigneeId").isNull()).isTrue();
        assertThat(event.get("version").isNull()).isTrue();
        assertThat(owner.events()).noneMatch(e -> e.name().equals("request")
                && e.json().get("requestId").asLong() == notHis);
    }

    @Test
    void unauthenticatedIsRefusedWithAProblem() {
        EventStream anonymous = EventStream.open(api.url("/api/v1/live"), Map.of());

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.body()).contains("urn:estatecare:problem:unauthorized");
    }

    @Test
    void aBogusLastEventIdIsAnsweredWithReload() {
        String bogus = "'; drop table request; -- ".repeat(150);

        EventStream stream = live.open("agent", Map.of("Last-Event-ID", bogus));

        assertThat(stream.status()).isEqualTo(200);
        stream.awaitNamed("reload", SECONDS);
        assertThat(stream.names()).startsWith("ready", "reload");
    }

    /** The server notices a client that left at its next write: the heartbeat (every second here). */
    @Test
    void tooManyStreamsAreRefusedWithAProblemUntilOneCloses() {
        EventStream first = live.ready("handler");
        live.ready("handler");

        EventStream third = EventStream.open(api.url("/api/v1/live"), Map.of("Authorization",
                api.as("handler").authorization(), "Accept-Language", "en"));

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.header("Retry-After")).isEqualTo("30");
        JsonNode problem = Api.parse(third.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:estatecare:problem:too-many-live-streams");
        assertThat(problem.get("title").asString()).isEqualTo("Too many live streams");
        assertThat(problem.get("limit").asInt()).isEqualTo(2);
        first.close();
        await().atMost(SECONDS).until(() -> {
            EventStream again = live.open("handler", Map.of());
            return again.status() == 200;
        });
    }

    @Test
    void aBrowserSessionOpensTheStreamWithItsCookie() {
        Session browser = Session.signIn(api, "manager");

        EventStream stream = live.opened(EventStream.open(api.url("/api/v1/live"), Map.of("Cookie",
                browser.cookies())));

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
        stream.awaitNamed("ready", SECONDS);
    }

    @Test
    void liveUpdatesStoreNoEventPublication() {
        jdbc.sql("""
                create table if not exists t_publication_log (listener_id text);
                create or replace function t_log_publication() returns trigger language plpgsql as $$
                begin insert into t_publication_log values (new.listener_id); return new; end $$;
                drop trigger if exists t_publication_logged on event_publication;
                create trigger t_publication_logged after insert on event_publication
                    for each row execute function t_log_publication()""").update();
        EventStream manager = live.ready("agent");

        long id = given.register(given.repairBody(given.unit().get("id").asLong()));

        manager.await(e -> e.name().equals("request") && e.json().get("requestId").asLong() == id, SECONDS);
        assertThat(jdbc.sql("select listener_id from t_publication_log").query(String.class).list())
                .noneMatch(listener -> listener.contains(".live."));
    }
}
