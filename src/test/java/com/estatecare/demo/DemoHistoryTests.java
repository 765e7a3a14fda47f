package com.estatecare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;
import com.estatecare.support.TestDatabase;

/**
 * The demo history on a first start, against PostgreSQL: a small count, written
 * through the modules' APIs as of the past, spread as the profile says; a rerun
 * of the demo data adds nothing.
 */
@TestDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "estatecare.demo-data=true", "estatecare.demo-history.requests=200",
                "spring.flyway.clean-disabled=true", "estatecare.timelimits.sweep-interval=PT1H",
                "estatecare.grading.sweep-interval=PT1H", "spring.task.execution.shutdown.await-termination=true",
                "spring.task.execution.shutdown.await-termination-period=30s" })
class DemoHistoryTests {

    @Autowired
    HistoryGenerator generator;
    @Autowired
    DemoData demoData;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sixMonthsOfHistoryInEveryStateKindAndGradeForBothCompaniesAndARerunAddsNothing() throws Exception {
        HistoryGenerator.Summary summary = generator.await(Duration.ofMinutes(10));
        assertThat(summary).as("the history is written").isNotNull();
        assertThat(summary.requests()).isEqualTo(200);
        assertThat(summary.failed()).as("steps refused").isZero();
        List<Map<String, Object>> history = jdbc.queryForList("""
                select id, company_id, kind, channel, status, number, received_at
                  from request
                 where received_at < now() - interval '1 day'""");
        assertThat(history.size()).isGreaterThan(150);

        assertThat(distinct("select distinct status from request")).containsAll(
                Arrays.stream(RequestStatus.values()).map(Enum::name).toList());
        assertThat(distinct("select distinct kind from request where received_at < now() - interval '1 day'"))
                .containsAll(Arrays.stream(RequestKind.values()).map(Enum::name).toList());
        assertThat(distinct("select distinct channel from request where received_at < now() - interval '1 day'"))
                .contains("PHONE", "WECHAT", "PORTAL", "EMAIL", "DEPARTMENT");
        assertThat(count("select count(distinct company_id) from request where received_at < now() - interval '1 day'"))
                .isEqualTo(2);
        assertThat(count("""
                select count(distinct to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM'))
                  from request""")).isGreaterThanOrEqualTo(6);
        assertThat(count("select count(distinct (company_id, number)) from request"))
                .as("each company numbers its own requests, once each").isEqualTo(count("select count(*) from request"));

        assertThat(count("""
                select count(*)
                  from time_limit_clock
                 where status = 'BREACHED'
                   and breached_at < now() - interval '7 days'""")).as("clocks breached in the past").isPositive();
        assertThat(count("select count(*) from time_limit_clock where warned_at < now() - interval '7 days'"))
                .as("clocks warned in the past").isPositive();
        assertThat(distinct("select distinct grade::text from complaint_grade")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from escalation_step where at < now() - interval '7 days'"))
                .as("escalations in the past, by the after-commit listeners").isPositive();

        long requests = count("select count(*) from request");
        long timeline = count("select count(*) from request_timeline");
        demoData.prepare();
        assertThat(count("select count(*) from request")).isEqualTo(requests);
        assertThat(count("select count(*) from request_timeline")).isEqualTo(timeline);
    }

    private List<String> distinct(String sql) {
        return jdbc.queryForList(sql, String.class);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
