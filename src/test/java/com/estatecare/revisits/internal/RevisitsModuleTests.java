package com.estatecare.revisits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import com.estatecare.organisation.Organisation;
import com.estatecare.requests.Action;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.requests.Visibility;
import com.estatecare.revisits.RevisitAnswered;
import com.estatecare.support.TestDatabase;

/**
 * Revisits as a module among the modules it depends on (Spring Modulith {@code @ApplicationModuleTest}): a
 * completed repair brings a task; its unsatisfied answer comes back from {@code requests} as the revisit step
 * that sent the request to a second handling.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "demo")
@TestDatabase(demoData = true)
@TestPropertySource(properties = { "estatecare.demo-data=true", "estatecare.demo-history.requests=0",
        "estatecare.timelimits.sweep-interval=PT1H" })
class RevisitsModuleTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RevisitTasks tasks;
    @Autowired
    RevisitTemplates templates;
    @Autowired
    Organisation organisation;

    private record Repair(long id, long companyId, String number, int handlingRound) {
    }

    @Test
    void completedRepairGetsATaskAndItsUnsatisfiedAnswerReopensTheRequest(Scenario scenario) {
        Repair repair = jdbc.sql("""
                select id, company_id, number, handling_round from request
                where kind = 'REPAIR' and status = 'VERIFIED' order by id limit 1""").query(Repair.class).single();
        Instant completed = Instant.parse("2026-11-24T02:00:00Z");

        scenario.publish(new RequestTransitioned(repair.id(), repair.companyId(), repair.number(),
                RequestKind.REPAIR, null, Action.COMPLETE, RequestStatus.PLAN_AGREED, RequestStatus.DONE,
                repair.handlingRound(), 5, completed, Visibility.CUSTOMER))
                .andWaitForStateChange(() -> jdbc.sql("""
                        select id from revisit_task where request_id = :id and status = 'OPEN'""")
                        .param("id", repair.id()).query(Long.class).optional().orElse(null))
                .andVerify(id -> assertThat(id).isPositive());
        long task = openTask(repair.id());

        long template = templates.current(repair.companyId()).get(0).id();
        scenario.stimulate(() -> tasks.answer(task, template, RevisitAnswered.Method.HOME_VISIT, null,
                Map.of("satisfaction", 1, "followedUp", false, "comment", "墙面又起皮了"),
                organisation.userByUsername("agent")))
                .andWaitForEventOfType(RequestTransitioned.class)
                .matching(event -> event.requestId() == repair.id() && event.action() == Action.REVISIT)
                .toArriveAndVerify(event -> {
                    assertThat(event.to()).isEqualTo(RequestStatus.DISPATCHED);
                    assertThat(event.handlingRound()).isEqualTo(repair.handlingRound() + 1);
                });
        assertThat(jdbc.sql("select status from revisit_task where id = :id").param("id", task)
                .query(String.class).single()).isEqualTo("ANSWERED");
    }

    private long openTask(long requestId) {
        return jdbc.sql("select id from revisit_task where request_id = :id and status = 'OPEN'")
                .param("id", requestId).query(Long.class).single();
    }
}
