package com.estatecare.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import com.estatecare.organisation.Organisation;
import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.Lawsuit;
import com.estatecare.requests.Media;
import com.estatecare.requests.NewRequest;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.Requests;
import com.estatecare.support.TestClockConfiguration;
import com.estatecare.support.TestDatabase;

/**
 * The grading module alone with what it depends on (no notifications, no
 * escalation, no time limits): a registered complaint's event flows into a
 * published {@link ComplaintGraded}, which puts the grade on the timeline.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "demo")
@TestDatabase(demoData = true)
@TestPropertySource(properties = { "estatecare.demo-data=true", "estatecare.demo-history.requests=0" })
@Import(TestClockConfiguration.class)
class GradingModuleTests {

    @Autowired
    Requests requests;
    @Autowired
    Organisation organisation;
    @Autowired
    JdbcClient jdbc;

    @Test
    void registeredComplaintOfFivePeopleIsPublishedAsMajorAndRecordedOnTheTimeline(Scenario scenario) {
        var agent = organisation.userByUsername("agent");
        NewRequest complaint = new NewRequest(RequestKind.COMPLAINT, Channel.PHONE, null, null,
                new NewRequest.Reporter("王先生", "13800138000"), Category.ENGINEERING_QUALITY, null, false,
                "五户业主联名投诉地下车库渗水", null, null, null, null, true, null, null, null, 5, Lawsuit.NONE,
                Media.NONE, false, null);

        scenario.stimulate(() -> requests.register(complaint, agent))
                .andWaitForEventOfType(ComplaintGraded.class)
                .toArriveAndVerify((graded, registered) -> {
                    assertThat(graded.requestId()).isEqualTo(registered.id());
                    assertThat(graded.fromGrade()).isNull();
                    assertThat(graded.toGrade()).isEqualTo(ComplaintGrade.MAJOR.number());
                    assertThat(graded.reasonCodes()).containsExactly("COLLECTIVE_MAJOR");
                    assertThat(graded.reportToHeadquarters()).isTrue();
                    assertThat(jdbc.sql("""
                            select actor_name from request_timeline where request_id = :id and action = 'GRADE'""")
                            .param("id", registered.id()).query(String.class).list())
                            .containsExactly("投诉分级规则");
                });
    }
}
