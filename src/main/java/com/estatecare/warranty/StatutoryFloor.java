package com.estatecare.warranty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import com.estatecare.platform.FieldProblem;

/**
 * The statutory minimum periods per warranty group (SPEC §8) and the rule of the certificate: a company may
 * lengthen a statutory minimum, never shorten it. A group without a floor ({@code OTHER}) is whatever the
 * company agrees with the buyer, or not covered.
 *
 * @param monthsByGroup the floor in months of each warranty group; {@code null} for a group without one
 */
public record StatutoryFloor(Map<String, Integer> monthsByGroup) {

    /** The floor of the group, or {@code null} when the law sets none. */
    public Integer months(String warrantyGroup) {
        return monthsByGroup.get(warrantyGroup);
    }

    /** The period a certificate states when the company has not lengthened it: the floor itself. */
    public Integer defaultMonths(String warrantyGroup) {
        return months(warrantyGroup);
    }

    /**
     * The refusals of a proposed certificate: each period below its component's floor, negative, beyond
     * {@link WarrantyPeriod#MAX_MONTHS}, or of a component the registry does not know; empty when it may stand.
     *
     * @param proposed months by component code, as the company states them
     * @param groups   the warranty group of every known component, by code
     */
    public List<FieldProblem> refusals(Map<String, Integer> proposed, Map<String, String> groups) {
        List<FieldProblem> problems = new ArrayList<>();
        proposed.forEach((component, months) -> {
            String field = "periods." + component + ".months";
            String group = groups.get(component);
            if (group == null) {
                problems.add(FieldProblem.of("periods." + component, "unknown"));
            } else if (months == null) {
                problems.add(FieldProblem.of(field, "required"));
            } else if (months < 0 || months > WarrantyPeriod.MAX_MONTHS) {
                problems.add(new FieldProblem(field, "range", new Object[] { 0, WarrantyPeriod.MAX_MONTHS }));
            } else if (months(group) != null && months < months(group)) {
                problems.add(new FieldProblem(field, "below-statutory-floor", new Object[] { months(group),
                        new DefaultMessageSourceResolvable(new String[] { "warranty-group." + group }, group) }));
            }
        });
        return problems;
    }
}
