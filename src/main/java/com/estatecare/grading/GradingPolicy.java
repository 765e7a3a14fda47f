package com.estatecare.grading;

import java.util.ArrayList;
import java.util.List;

import com.estatecare.platform.FieldProblem;

/**
 * The thresholds of the complaint grades (SPEC §3, seed 002 §3.3), as versioned
 * policy data ({@code /api/v1/policies/grading}).
 *
 * @param collectiveMajor         complainants of a collective complaint that make it major (5)
 * @param collectiveHotspot       complainants of a collective complaint that make it a hotspot (3)
 * @param hotspotComplainants     different complainants with the same category in one project (3)
 * @param hotspotWindowDays       … within this many days (30)
 * @param unresolvedMajorDays     days after registration, unresolved through our fault → major (30)
 * @param unresolvedHotspotDays   days after registration, unresolved through our fault → hotspot (7)
 */
public record GradingPolicy(int collectiveMajor, int collectiveHotspot, int hotspotComplainants,
        int hotspotWindowDays, int unresolvedMajorDays, int unresolvedHotspotDays) {

    /** The spec's numbers. */
    public static GradingPolicy defaults() {
        return new GradingPolicy(5, 3, 3, 30, 30, 7);
    }

    /** What makes the policy unworkable: counts and days below 1, grade 1 looser than grade 2. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        atLeast(problems, "collectiveMajor", collectiveMajor, 1);
        atLeast(problems, "collectiveHotspot", collectiveHotspot, 1);
        atLeast(problems, "hotspotComplainants", hotspotComplainants, 1);
        atLeast(problems, "hotspotWindowDays", hotspotWindowDays, 1);
        atLeast(problems, "unresolvedMajorDays", unresolvedMajorDays, 1);
        atLeast(problems, "unresolvedHotspotDays", unresolvedHotspotDays, 1);
        if (collectiveHotspot >= 1 && collectiveMajor < collectiveHotspot) {
            problems.add(new FieldProblem("collectiveMajor", "not-below-field",
                    new Object[] { "collectiveHotspot", collectiveHotspot }));
        }
        if (unresolvedHotspotDays >= 1 && unresolvedMajorDays < unresolvedHotspotDays) {
            problems.add(new FieldProblem("unresolvedMajorDays", "not-below-field",
                    new Object[] { "unresolvedHotspotDays", unresolvedHotspotDays }));
        }
        return problems;
    }

    private static void atLeast(List<FieldProblem> problems, String field, int value, int minimum) {
        if (value < minimum) {
            problems.add(new FieldProblem(field, "at-least", new Object[] { minimum }));
        }
    }
}
