package com.estatecare.reporting;

/**
 * Where the monthly report (客服月报) goes on the first working day of the next month: the headquarters
 * customer-relations centre's e-mail address (a policy: the group's, or a company's own).
 */
public record MonthlyReportPolicy(String hqAddress) {

    public static MonthlyReportPolicy defaults() {
        return new MonthlyReportPolicy("kefu-zongbu@estatecare.example");
    }
}
