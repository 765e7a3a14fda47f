package com.estatecare.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import com.estatecare.support.TestDatabase;
import com.estatecare.timelimits.ClockBreached;

/**
 * The ladder as a module among the modules it depends on (Spring Modulith
 * {@code @ApplicationModuleTest}): the events it receives and the events it
 * publishes, without the modules that react to it (fines, notifications).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "demo")
@TestDatabase(demoData = true)
@TestPropertySource(properties = { "estatecare.demo-data=true", "estatecare.demo-history.requests=0",
        "estatecare.timelimits.sweep-interval=PT1H" })
class EscalationModuleTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void breachedTimeLimitThatEscalatesMovesTheRequestOneLevelUp(Scenario scenario) {
        Request request = aDemoRequest();
        Instant now = Instant.parse("2026-11-25T02:00:00Z");

        scenario.publish(new ClockBreached(7001L, request.id(), request.companyId(), "RESPONSE", "RESPONSE", now, now, true))
                .andWaitForEventOfType(RequestEscalated.class)
                .matching(event -> event.requestId() == request.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.fromLevel()).isEqualTo(EscalationLevel.PROPERTY_COMPANY);
                    assertThat(event.toLevel()).isEqualTo(EscalationLevel.PROJECT_COMPANY);
                    assertThat(event.reasonCode()).isEqualTo(EscalationReason.TIME_LIMIT_BREACHED);
                    assertThat(event.timelineAction()).isEqualTo("ESCALATE");
                });
    }

    @Test
    void breachAtHeadquartersLeavesTheRequestAtTheTop(Scenario scenario) {
        Request request = aDemoRequest();
        Instant now = Instant.parse("2026-11-25T02:00:00Z");
        scenario.publish(new ClockBreached(7101L, request.id(), request.companyId(), "RESPONSE", "RESPONSE", now, now, true))
                .andWaitForEventOfType(RequestEscalated.class)
                .matching(event -> event.requestId() == request.id()
                        && event.toLevel() == EscalationLevel.PROJECT_COMPANY)
                .toArrive();
        scenario.publish(new ClockBreached(7102L, request.id(), request.companyId(), "REPAIR", "REPAIR", now, now, true))
                .andWaitForEventOfType(RequestEscalated.class)
                .matching(event -> event.requestId() == request.id()
                        && event.toLevel() == EscalationLevel.HEADQUARTERS)
                .toArrive();

        scenario.publish(new ClockBreached(7103L, request.id(), request.companyId(), "REPAIR", "REPAIR", now, now, true))
                .andWaitForEventOfType(EscalationStayedAtTop.class)
                .matching(event -> event.requestId() == request.id())
                .toArriveAndVerify(event -> assertThat(event.level()).isEqualTo(EscalationLevel.HEADQUARTERS));
    }

    private record Request(long id, long companyId) {
    }

    /** A repair of the demo data that no rule moves (it is linked to nothing) and that has not climbed yet. */
    private Request aDemoRequest() {
        return jdbc.sql("""
                select id, company_id from request r
                where kind = 'REPAIR' and related_request_id is null
                  and not exists (select 1 from escalation_case c where c.request_id = r.id)
                order by id limit 1""").query(Request.class).single();
    }
}
