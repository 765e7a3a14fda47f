package com.estatecare.reporting.internal;

import java.util.List;
import java.util.Locale;

import com.estatecare.club.ClubFigures;

/**
 * The customer club's section of the monthly and quarterly report (客户会): members, activities held, attendance
 * (attended ÷ confirmed sign-ups of the activities held), points earned and redeemed; one label and value a line.
 */
final class ClubSection {

    private ClubSection() {
    }

    static MonthlyReport.Club of(ClubFigures.Period club) {
        return new MonthlyReport.Club(club.members(), club.newMembers(), club.activitiesHeld(), club.signedUp(),
                club.attended(), Layout.rate(club.attended(), club.signedUp() - club.attended()), club.pointsEarned(),
                club.pointsRedeemed());
    }

    /** The section's lines: a label and a count, or the attendance rate (a Double 0–1, null without sign-ups). */
    static List<Object[]> lines(MonthlyReport.Club club, ReportLabels labels, Locale locale) {
        return List.of(line("report.club.members", club.members(), labels, locale),
                line("report.club.newMembers", club.newMembers(), labels, locale),
                line("report.club.activitiesHeld", club.activitiesHeld(), labels, locale),
                line("report.club.signedUp", club.signedUp(), labels, locale),
                line("report.club.attended", club.attended(), labels, locale),
                new Object[] { labels.text("report.club.attendanceRate", locale), club.attendanceRate() },
                line("report.club.pointsEarned", club.pointsEarned(), labels, locale),
                line("report.club.pointsRedeemed", club.pointsRedeemed(), labels, locale));
    }

    private static Object[] line(String key, long count, ReportLabels labels, Locale locale) {
        return new Object[] { labels.text(key, locale), count };
    }
}
