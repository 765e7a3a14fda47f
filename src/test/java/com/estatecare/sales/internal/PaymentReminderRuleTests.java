package com.estatecare.sales.internal;

import static com.estatecare.sales.internal.PaymentReminderRule.Decision.DEAL_ENDED;
import static com.estatecare.sales.internal.PaymentReminderRule.Decision.NOT_YET;
import static com.estatecare.sales.internal.PaymentReminderRule.Decision.PAID;
import static com.estatecare.sales.internal.PaymentReminderRule.Decision.PAST_DUE;
import static com.estatecare.sales.internal.PaymentReminderRule.Decision.REMIND;
import static com.estatecare.sales.internal.PaymentReminderRule.Decision.SCHEDULE_PAID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.estatecare.sales.DealStatus;
import com.estatecare.sales.PaymentReminderPolicy;

/** 付款提醒, counted in calendar days before the due day (decision 041). */
class PaymentReminderRuleTests {

    private static final PaymentReminderPolicy WEEK = new PaymentReminderPolicy(7);
    /** 2027-02-10 is a Wednesday of the Spring Festival holiday. */
    private static final LocalDate DUE = LocalDate.parse("2027-02-10");

    @Test
    void anInstalmentIsRemindedFromThePolicysCalendarDaysBeforeItsDueDay() {
        assertThat(PaymentReminderRule.remindFrom(DUE, WEEK)).isEqualTo(LocalDate.parse("2027-02-03"));
        assertThat(decide(DUE, 100_00, 0, false, LocalDate.parse("2027-02-02"), WEEK))
                .isEqualTo(NOT_YET);
        assertThat(decide(DUE, 100_00, 0, false, LocalDate.parse("2027-02-03"), WEEK))
                .isEqualTo(REMIND);
    }

    @Test
    void theReminderDayIsACalendarDayEvenOnAHolidayOrAWeekend() {
        // 2027-02-06 is a Saturday: the reminder of an instalment due a week later goes that day all the same
        LocalDate saturday = LocalDate.parse("2027-02-06");
        assertThat(decide(saturday.plusDays(7), 100_00, 0, false, saturday, WEEK))
                .isEqualTo(REMIND);
    }

    @Test
    void aSweepThatMissedTheFirstDayStillRemindsUpToTheDueDayButNotAfter() {
        assertThat(decide(DUE, 100_00, 0, false, DUE, WEEK)).isEqualTo(REMIND);
        assertThat(decide(DUE, 100_00, 0, false, DUE.plusDays(1), WEEK)).isEqualTo(PAST_DUE);
    }

    @Test
    void aPaidInstalmentIsNeverReminded() {
        assertThat(decide(DUE, 100_00, 100_00, false, DUE.minusDays(3), WEEK)).isEqualTo(PAID);
    }

    @Test
    void aPartlyPaidInstalmentIsStillReminded() {
        assertThat(decide(DUE, 100_00, 40_00, false, DUE.minusDays(3), WEEK)).isEqualTo(REMIND);
    }

    @Test
    void aFullyPaidScheduleIsNeverReminded() {
        assertThat(decide(DUE, 100_00, 0, true, DUE.minusDays(3), WEEK)).isEqualTo(SCHEDULE_PAID);
    }

    @Test
    void theDaysBeforeComeFromThePolicy() {
        PaymentReminderPolicy month = new PaymentReminderPolicy(30);
        assertThat(decide(DUE, 100_00, 0, false, DUE.minusDays(30), month)).isEqualTo(REMIND);
        assertThat(decide(DUE, 100_00, 0, false, DUE.minusDays(30), WEEK)).isEqualTo(NOT_YET);
    }

    @Test
    void noReminderForAnEndedDeal() {
        // a check-out granted (decision 049): not even an unpaid instalment in its week, on its due day
        assertThat(PaymentReminderRule.decide(DealStatus.CHECKED_OUT, DUE, 100_00, 0, false, DUE.minusDays(3), WEEK))
                .isEqualTo(DEAL_ENDED);
        assertThat(PaymentReminderRule.decide(DealStatus.CHECKED_OUT, DUE, 100_00, 0, false, DUE, WEEK))
                .isEqualTo(DEAL_ENDED);
        assertThat(PaymentReminderRule.decide(DealStatus.HANDED_OVER, DUE, 100_00, 0, false, DUE, WEEK))
                .isEqualTo(REMIND);
    }

    /** The rule for a deal under contract. */
    private static PaymentReminderRule.Decision decide(LocalDate dueOn, long amountFen, long paidFen,
            boolean schedulePaid, LocalDate today, PaymentReminderPolicy policy) {
        return PaymentReminderRule.decide(DealStatus.CONTRACTED, dueOn, amountFen, paidFen, schedulePaid, today,
                policy);
    }
}
