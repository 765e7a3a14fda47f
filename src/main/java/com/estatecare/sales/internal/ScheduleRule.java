package com.estatecare.sales.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.Money;

/**
 * A payment schedule (付款计划) agreed at the contract: at least one instalment and at most {@link #MAX_INSTALMENTS},
 * each a positive amount on a day after the one before and not before the contract, within the horizon of
 * {@code years} from the contract; together they are the price (the deposit counts towards the first).
 */
public final class ScheduleRule {

    /** A schedule longer than this is not a schedule but a mistake (a loan's monthly repayments are the bank's). */
    public static final int MAX_INSTALMENTS = 120;

    /** One instalment as agreed. */
    public record Instalment(LocalDate dueOn, long amountFen) {
    }

    private ScheduleRule() {
    }

    public static List<FieldProblem> refusals(List<Instalment> instalments, Money price, LocalDate contractedOn,
            int years) {
        List<FieldProblem> problems = new ArrayList<>();
        if (instalments == null || instalments.isEmpty()) {
            return List.of(FieldProblem.of("instalments", "required"));
        }
        if (instalments.size() > MAX_INSTALMENTS) {
            return List.of(new FieldProblem("instalments", "max-items", new Object[] { MAX_INSTALMENTS }));
        }
        LocalDate latest = contractedOn.plusYears(years);
        LocalDate previous = null;
        long total = 0;
        for (int i = 0; i < instalments.size(); i++) {
            Instalment instalment = instalments.get(i);
            String at = "instalments[" + i + "].";
            if (instalment == null || instalment.dueOn() == null) {
                problems.add(FieldProblem.of(at + "dueOn", "required"));
                continue;
            }
            if (instalment.amountFen() <= 0) {
                problems.add(FieldProblem.of(at + "amountFen", "positive"));
            } else {
                total = Math.addExact(total, instalment.amountFen());
            }
            if (instalment.dueOn().isBefore(contractedOn) || instalment.dueOn().isAfter(latest)) {
                problems.add(new FieldProblem(at + "dueOn", "horizon", new Object[] { contractedOn, latest }));
            } else if (previous != null && !instalment.dueOn().isAfter(previous)) {
                problems.add(new FieldProblem(at + "dueOn", "after-previous", new Object[] { previous }));
            }
            previous = instalment.dueOn();
        }
        if (problems.isEmpty() && total != price.fen()) {
            problems.add(new FieldProblem("instalments", "sum-is-price", new Object[] { price.fen(), total }));
        }
        return problems;
    }
}
