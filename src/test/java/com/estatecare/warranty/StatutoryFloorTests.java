package com.estatecare.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.estatecare.platform.FieldProblem;

/** The statutory floor of SPEC §8 as the migration stores it, and the rule of the certificate over it. */
class StatutoryFloorTests {

    private static final StatutoryFloor FLOOR = new StatutoryFloor(floorFromMigration());
    private static final Map<String, String> GROUPS = Map.of("WINDOW", "DOORS_WINDOWS", "ROOF", "WATERPROOFING",
            "FOUNDATION_STRUCTURE", "STRUCTURE", "PUBLIC_AREA", "OTHER", "BLOCKED_PIPE", "BLOCKED_PIPES");

    @ParameterizedTest(name = "{0}: {1} months")
    @CsvSource({
            "STRUCTURE, 600", // design service life, usually 50 years (art. 40)
            "WATERPROOFING, 60", // 5 years (art. 40), higher than the certificate rules' 3 and 1
            "HEATING_COOLING, 24", // two heating or cooling seasons
            "PIPES_ELECTRICAL_FITOUT, 24", // 2 years
            "PLASTER_FLOOR, 12", "DOORS_WINDOWS, 12", "SANITARY, 12", // 1 year (1998 rules, art. 5)
            "BLOCKED_PIPES, 2", // 2 months
            "LAMPS_SWITCHES, 6" }) // 6 months
    void eachStatutoryDefaultIsTheHigherOfTheTwoMinimums(String group, int months) {
        assertThat(FLOOR.months(group)).isEqualTo(months);
        assertThat(FLOOR.defaultMonths(group)).isEqualTo(months);
    }

    @Test
    void anythingElseIsAsTheCompanyAgreesWithTheBuyer() {
        assertThat(floorFromMigration()).containsKey("OTHER");
        assertThat(FLOOR.months("OTHER")).isNull();
        assertThat(FLOOR.refusals(Map.of("PUBLIC_AREA", 0), GROUPS)).isEmpty();
    }

    @Test
    void aCompanyMayLengthenButNotShortenAStatutoryMinimum() {
        assertThat(FLOOR.refusals(Map.of("WINDOW", 12, "ROOF", 96, "FOUNDATION_STRUCTURE", 1200), GROUPS)).isEmpty();

        var refused = FLOOR.refusals(Map.of("WINDOW", 11), GROUPS);

        assertThat(refused).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("periods.WINDOW.months");
            assertThat(p.reasonCode()).isEqualTo("below-statutory-floor");
            assertThat(p.arguments()[0]).isEqualTo(12);
        });
    }

    @Test
    void aNegativeOrHugePeriodOrAnUnknownComponentIsRefused() {
        Map<String, Integer> proposed = new LinkedHashMap<>();
        proposed.put("BLOCKED_PIPE", -1);
        proposed.put("ROOF", WarrantyPeriod.MAX_MONTHS + 1);
        proposed.put("NO_SUCH_PART", 12);
        proposed.put("WINDOW", null);

        assertThat(FLOOR.refusals(proposed, GROUPS)).extracting(FieldProblem::field, FieldProblem::reasonCode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("periods.BLOCKED_PIPE.months", "range"),
                        org.assertj.core.groups.Tuple.tuple("periods.ROOF.months", "range"),
                        org.assertj.core.groups.Tuple.tuple("periods.NO_SUCH_PART", "unknown"),
                        org.assertj.core.groups.Tuple.tuple("periods.WINDOW.months", "required"));
    }

    /** The floor as V37 seeds it, read from the migration itself so that the test checks the data shipped. */
    private static Map<String, Integer> floorFromMigration() {
        try {
            String sql = Files.readString(Path.of("src/main/resources/db/migration/V37__warranty.sql"));
            Matcher row = Pattern.compile("\\('([A-Z_]+)', (\\d+|null), '").matcher(sql);
            Map<String, Integer> floor = new HashMap<>();
            while (row.find()) {
                floor.put(row.group(1), "null".equals(row.group(2)) ? null : Integer.valueOf(row.group(2)));
            }
            return floor;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
