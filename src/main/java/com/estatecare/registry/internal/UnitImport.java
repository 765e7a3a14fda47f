package com.estatecare.registry.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.registry.CustomerKind;
import com.estatecare.registry.OwnershipRole;

/**
 * The rules each row of a unit import must follow, checked before anything is
 * written: required building and unit number, well-formed numbers, dates,
 * phone numbers and kinds, an owner with both name and phone, and no unit
 * that exists already or appears twice in the file.
 */
final class UnitImport {

    static final int MAX_BUILDING_NAME = 30;
    private static final BigDecimal MAX_AREA = new BigDecimal("99999999.99");
    private static final Map<String, CustomerKind> KINDS = Map.of("潜在客户", CustomerKind.PROSPECT,
            "新业主", CustomerKind.NEW_OWNER, "准业主", CustomerKind.NEW_OWNER, "老业主", CustomerKind.LONG_STANDING_OWNER);
    private static final Map<String, OwnershipRole> ROLES = Map.of("产权人", OwnershipRole.OWNER,
            "业主", OwnershipRole.OWNER, "共有产权人", OwnershipRole.CO_OWNER);

    /** Who owns an imported unit; the phone is normalised to digits. */
    record Owner(String name, String phone, CustomerKind kind, OwnershipRole role) {
    }

    /** A row that passed every rule. */
    record Line(int row, String building, String unitNo, Integer floor, BigDecimal areaSqm, String layout,
            LocalDate deliveredOn, Owner owner) {
    }

    /** A row that broke at least one rule, with every problem found in it. */
    record Rejected(int row, List<FieldProblem> errors) {
    }

    record Checked(List<Line> lines, List<Rejected> rejected) {
    }

    private UnitImport() {
    }

    /** The key that identifies a unit within a project. */
    static String key(String building, String unitNo) {
        return building + '\u0000' + unitNo;
    }

    static Checked check(List<ImportRow> rows, Set<String> existingUnits) {
        List<Line> lines = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Map<String, Integer> firstRowOfUnit = new HashMap<>();
        for (ImportRow row : rows) {
            RowCheck check = new RowCheck(row);
            Line line = check.line();
            if (line.building() != null && line.unitNo() != null) {
                String key = key(line.building(), line.unitNo());
                Integer first = firstRowOfUnit.putIfAbsent(key, row.number());
                if (existingUnits.contains(key)) {
                    check.problem(ImportColumn.UNIT_NO, "duplicate");
                } else if (first != null) {
                    check.problem(ImportColumn.UNIT_NO, "duplicate-in-file", String.valueOf(first));
                }
            }
            if (check.problems.isEmpty()) {
                lines.add(line);
            } else {
                rejected.add(new Rejected(row.number(), List.copyOf(check.problems)));
            }
        }
        return new Checked(lines, rejected);
    }

    /** Reads one row, collecting every problem instead of stopping at the first. */
    private static final class RowCheck {
        private final ImportRow row;
        private final List<FieldProblem> problems = new ArrayList<>();

        RowCheck(ImportRow row) {
            this.row = row;
        }

        Line line() {
            String building = text(ImportColumn.BUILDING, true, MAX_BUILDING_NAME);
            String unitNo = text(ImportColumn.UNIT_NO, true, 40);
            return new Line(row.number(), building, unitNo, floor(), area(), text(ImportColumn.LAYOUT, false, 40),
                    date(ImportColumn.DELIVERED_ON), owner());
        }

        void problem(ImportColumn column, String reason, Object... arguments) {
            problems.add(new FieldProblem(column.field, reason, arguments));
        }

        private String text(ImportColumn column, boolean required, int max) {
            String value = row.get(column);
            if (value == null && required) {
                problem(column, "required");
            } else if (value != null && value.length() > max) {
                problem(column, "length", 1, max);
                return null;
            }
            return value;
        }

        private Integer floor() {
            String value = row.get(ImportColumn.FLOOR);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                problem(ImportColumn.FLOOR, "malformed");
                return null;
            }
        }

        private BigDecimal area() {
            String value = row.get(ImportColumn.AREA_SQM);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal area = new BigDecimal(value).setScale(2, RoundingMode.HALF_UP);
                if (area.signum() < 0 || area.compareTo(MAX_AREA) > 0) {
                    problem(ImportColumn.AREA_SQM, "range", 0, MAX_AREA.toPlainString());
                    return null;
                }
                return area;
            } catch (NumberFormatException e) {
                problem(ImportColumn.AREA_SQM, "malformed");
                return null;
            }
        }

        private LocalDate date(ImportColumn column) {
            String value = row.get(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(column, "date-format");
                return null;
            }
        }

        private Owner owner() {
            String name = text(ImportColumn.OWNER_NAME, false, 100);
            String phone = phone();
            CustomerKind kind = choice(ImportColumn.OWNER_KIND, CustomerKind.class, KINDS, CustomerKind.NEW_OWNER);
            OwnershipRole role = choice(ImportColumn.OWNERSHIP_ROLE, OwnershipRole.class, ROLES, OwnershipRole.OWNER);
            boolean hasName = row.get(ImportColumn.OWNER_NAME) != null;
            boolean hasPhone = row.get(ImportColumn.OWNER_PHONE) != null;
            if (hasPhone && !hasName) {
                problem(ImportColumn.OWNER_NAME, "required");
            }
            if (hasName && !hasPhone) {
                problem(ImportColumn.OWNER_PHONE, "required");
            }
            return name == null || phone == null ? null : new Owner(name, phone, kind, role);
        }

        private String phone() {
            String raw = row.get(ImportColumn.OWNER_PHONE);
            String digits = PhoneNumber.normalise(raw);
            if (raw != null && !PhoneNumber.isValid(digits)) {
                problem(ImportColumn.OWNER_PHONE, "phone");
                return null;
            }
            return digits;
        }

        private <E extends Enum<E>> E choice(ImportColumn column, Class<E> type, Map<String, E> chinese, E fallback) {
            String value = row.get(column);
            if (value == null) {
                return fallback;
            }
            if (chinese.containsKey(value)) {
                return chinese.get(value);
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            problem(column, "one-of", String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).toList()));
            return fallback;
        }
    }
}
