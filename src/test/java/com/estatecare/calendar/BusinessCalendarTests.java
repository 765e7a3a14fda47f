package com.estatecare.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.OwnDatabase;

import tools.jackson.databind.JsonNode;

/** The business calendar around Spring Festival and National Day 2026 and across year ends (Asia/Shanghai). */
@EstateCareTest
@OwnDatabase
class BusinessCalendarTests {

    @Autowired
    Api api;

    @Test
    void makeUpSaturdaysAreWorkingDaysAndHolidaysAreNot() {
        assertThat(working("2026-02-14T10:00:00+08:00")).isTrue();
        assertThat(working("2026-10-10T10:00:00+08:00")).isTrue();
        assertThat(working("2026-02-16T10:00:00+08:00")).isFalse();
        assertThat(working("2026-10-05T10:00:00+08:00")).isFalse();
        assertThat(working("2026-11-21T10:00:00+08:00")).as("an ordinary Saturday").isFalse();
        assertThat(working("2026-11-24T08:59:00+08:00")).as("before office hours").isFalse();
        assertThat(working("2026-11-24T09:00:00+08:00")).isTrue();
        assertThat(working("2026-11-24T18:00:00+08:00")).as("office hours end at 18:00").isFalse();
    }

    @Test
    void workingHoursAddedAcrossSpringFestivalSkipTheHolidayAndUseTheMakeUpSaturday() {
        assertThat(add("2026-02-13T17:30:00+08:00", "workingHours", 1)).isEqualTo("2026-02-14T01:30:00Z");
        assertThat(add("2026-02-14T17:30:00+08:00", "workingHours", 1)).isEqualTo("2026-02-24T01:30:00Z");
    }

    @Test
    void workingHoursAddedAcrossNationalDaySkipTheGoldenWeek() {
        assertThat(add("2026-09-30T17:00:00+08:00", "workingHours", 2)).isEqualTo("2026-10-08T02:00:00Z");
        assertThat(between("2026-09-30T17:00:00+08:00", "2026-10-08T10:00:00+08:00")).isEqualTo(120);
        assertThat(between("2026-10-09T17:00:00+08:00", "2026-10-12T10:00:00+08:00"))
                .as("Fri 1h, make-up Sat 10 Oct 9h, Mon 1h").isEqualTo(11 * 60);
    }

    @Test
    void workingDaysAddedAcrossTheYearEndSkipNewYearHolidays() {
        assertThat(add("2025-12-31T17:00:00+08:00", "workingDays", 1)).as("Dec 31 1h, Jan 1–3 off, Sun 4 Jan worked")
                .isEqualTo("2026-01-04T09:00:00Z");
        assertThat(between("2025-12-31T09:00:00+08:00", "2026-01-05T09:00:00+08:00")).isEqualTo(18 * 60);
    }

    @Test
    void outsideWorkingHoursTheNextWorkingPeriodStartsTheClock() {
        JsonNode night = api.as("agent").get("/api/v1/calendar/check", Map.of("at", "2026-11-24T22:15:00+08:00")).json();
        assertThat(night.get("nextWorkingMoment").asString()).isEqualTo("2026-11-25T01:00:00Z");
        assertThat(add("2026-11-24T22:15:00+08:00", "workingHours", 1)).isEqualTo("2026-11-25T02:00:00Z");
    }

    @Test
    void administratorImportsNextYearsHolidaysFromIcs() throws IOException {
        assertThat(working("2024-02-18T10:00:00+08:00")).as("a Sunday before the import").isFalse();
        byte[] ics = getClass().getResourceAsStream("/calendar/chinese-days-1.5.7-holidays.ics").readAllBytes();
        var imported = api.as("admin").multipart("/api/v1/calendar/ics?reason=" + "2024%E5%B9%B4%E9%80%9A%E7%9F%A5",
                "holidays.ics", ics);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("years").valueStream().map(JsonNode::asInt).toList()).contains(2024);
        assertThat(working("2024-02-18T10:00:00+08:00")).as("调休 Sunday 18 Feb 2024").isTrue();
        assertThat(working("2024-02-12T10:00:00+08:00")).as("Spring Festival 2024").isFalse();
    }

    @Test
    void companyMarksItsOwnHolidayWithAReason() {
        var marked = api.as("admin").put("/api/v1/calendar/days/2026-12-01",
                Map.of("kind", "HOLIDAY", "name", "公司周年庆", "reason", "董事会决定"));
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        assertThat(working("2026-12-01T10:00:00+08:00")).isFalse();
        var noReason = api.as("admin").put("/api/v1/calendar/days/2026-12-02", Map.of("kind", "HOLIDAY", "name", "x"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(api.as("agent").put("/api/v1/calendar/days/2026-12-03",
                Map.of("kind", "HOLIDAY", "name", "x", "reason", "y")).status()).isEqualTo(403);
    }

    @Test
    void workingHoursThatCannotWorkAreRefusedAndTheCalendarInForceStays() {
        int before = api.as("admin").get("/api/v1/policies/calendar").json().get("version").asInt();
        var overlapping = api.as("admin").put("/api/v1/policies/calendar", Map.of("reason", "午休", "policy", Map.of(
                "zone", "Asia/Shanghai", "workingDays", List.of("MONDAY"),
                "periods", List.of(Map.of("start", "09:00", "end", "12:30"), Map.of("start", "12:00", "end", "18:00")))));
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.json().get("errors").get(0).get("field").asString()).isEqualTo("policy.periods");
        var noWorkingDay = api.as("admin").put("/api/v1/policies/calendar", Map.of("reason", "x", "policy", Map.of(
                "zone", "Asia/Shanghai", "workingDays", List.of(),
                "periods", List.of(Map.of("start", "09:00", "end", "18:00")))));
        assertThat(noWorkingDay.status()).isEqualTo(400);
        assertThat(noWorkingDay.json().get("errors").get(0).get("field").asString()).isEqualTo("policy.workingDays");
        assertThat(api.as("admin").get("/api/v1/policies/calendar").json().get("version").asInt()).isEqualTo(before);
        assertThat(working("2026-11-24T10:00:00+08:00")).isTrue();
    }

    @Test
    void lunchBreakFromTheWorkingHoursPolicyIsNotWorkingTime() {
        var changed = api.as("admin").put("/api/v1/policies/calendar", Map.of("reason", "增加午休", "policy", Map.of(
                "zone", "Asia/Shanghai", "workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                "periods", List.of(Map.of("start", "09:00", "end", "12:00"), Map.of("start", "13:00", "end", "18:00")))));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        try {
            assertThat(working("2026-11-24T12:30:00+08:00")).isFalse();
            assertThat(add("2026-11-24T11:30:00+08:00", "workingHours", 1)).isEqualTo("2026-11-24T05:30:00Z");
            assertThat(api.as("admin").get("/api/v1/policies/calendar/versions").json().get("items").size()).isGreaterThanOrEqualTo(2);
        } finally {
            api.as("admin").put("/api/v1/policies/calendar", Map.of("reason", "恢复", "policy", Map.of(
                    "zone", "Asia/Shanghai", "workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                    "periods", List.of(Map.of("start", "09:00", "end", "18:00")))));
        }
    }

    private boolean working(String at) {
        var response = api.as("agent").get("/api/v1/calendar/check", Map.of("at", at));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("workingTime").asBoolean();
    }

    private String add(String from, String unit, int amount) {
        var response = api.as("agent").get("/api/v1/calendar/add", Map.of("from", from, unit, amount));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("result").asString();
    }

    private long between(String from, String to) {
        return api.as("agent").get("/api/v1/calendar/between", Map.of("from", from, "to", to)).json()
                .get("workingMinutes").asLong();
    }
}
