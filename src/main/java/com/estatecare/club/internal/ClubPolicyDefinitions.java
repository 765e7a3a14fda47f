package com.estatecare.club.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;

/** The club's three policies, with what makes each unworkable. */
@Configuration(proxyBeanMethods = false)
class ClubPolicyDefinitions {

    static final int MAX_POINTS = 1_000_000;
    static final int MAX_LEVELS = 10;
    static final int MAX_HOLIDAYS = 20;

    @Bean
    PolicyDefinition<LevelPolicy> levelPolicyDefinition() {
        return definition("club-levels", LevelPolicy.class, LevelPolicy.defaults(), ClubPolicyDefinitions::problems);
    }

    @Bean
    PolicyDefinition<PointsPolicy> pointsPolicyDefinition() {
        return definition("club-points", PointsPolicy.class, PointsPolicy.defaults(), ClubPolicyDefinitions::problems);
    }

    @Bean
    PolicyDefinition<GreetingPolicy> greetingPolicyDefinition() {
        return definition("club-greetings", GreetingPolicy.class, GreetingPolicy.defaults(),
                ClubPolicyDefinitions::problems);
    }

    /** Levels: one to ten, codes unique, names given, thresholds never negative nor lower than the level's below. */
    static List<FieldProblem> problems(LevelPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        List<LevelPolicy.Level> levels = policy.levels();
        if (levels == null || levels.isEmpty() || levels.size() > MAX_LEVELS) {
            problems.add(new FieldProblem("levels", "length", new Object[] { 1, MAX_LEVELS }));
            return problems;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            LevelPolicy.Level level = levels.get(i);
            String at = "levels[" + i + "].";
            if (level == null) {
                problems.add(FieldProblem.of("levels[" + i + "]", "required"));
                continue;
            }
            if (level.code() == null || !level.code().matches("[A-Z][A-Z0-9_]{0,19}")) {
                problems.add(FieldProblem.of(at + "code", "malformed"));
            } else if (!codes.add(level.code())) {
                problems.add(FieldProblem.of(at + "code", "duplicate"));
            }
            text(problems, at + "nameZh", level.nameZh());
            text(problems, at + "nameEn", level.nameEn());
            range(problems, at + "minUnits", level.minUnits(), 0, 1000);
            range(problems, at + "minYears", level.minYears(), 0, 100);
        }
        return problems;
    }

    static List<FieldProblem> problems(PointsPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        range(problems, "joining", policy.joining(), 0, MAX_POINTS);
        range(problems, "attending", policy.attending(), 0, MAX_POINTS);
        range(problems, "referral", policy.referral(), 0, MAX_POINTS);
        range(problems, "survey", policy.survey(), 0, MAX_POINTS);
        range(problems, "validYears", policy.validYears(), 1, 10);
        return problems;
    }

    static List<FieldProblem> problems(GreetingPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> holidays = policy.holidays() == null ? List.of() : policy.holidays();
        if (holidays.size() > MAX_HOLIDAYS) {
            problems.add(new FieldProblem("holidays", "length", new Object[] { 0, MAX_HOLIDAYS }));
        }
        for (int i = 0; i < Math.min(holidays.size(), MAX_HOLIDAYS); i++) {
            text(problems, "holidays[" + i + "]", holidays.get(i));
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "required"));
        } else if (value.length() > 40) {
            problems.add(new FieldProblem(field, "length", new Object[] { 1, 40 }));
        }
    }

    private static void range(List<FieldProblem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, "range", new Object[] { min, max }));
        }
    }

    private static <T> PolicyDefinition<T> definition(String kind, Class<T> type, T defaults,
            java.util.function.Function<T, List<FieldProblem>> validate) {
        return new PolicyDefinition<>() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public T defaults() {
                return defaults;
            }

            @Override
            public List<FieldProblem> validate(T policy) {
                return validate.apply(policy);
            }
        };
    }
}
