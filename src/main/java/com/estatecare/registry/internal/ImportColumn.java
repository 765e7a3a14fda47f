package com.estatecare.registry.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A column of a unit import file, recognised by its English or Chinese header. */
enum ImportColumn {
    BUILDING("building", "楼栋"),
    UNIT_NO("unitNo", "房号"),
    FLOOR("floor", "楼层"),
    AREA_SQM("areaSqm", "面积"),
    LAYOUT("layout", "户型"),
    DELIVERED_ON("deliveredOn", "交付日期"),
    OWNER_NAME("ownerName", "业主姓名"),
    OWNER_PHONE("ownerPhone", "业主电话"),
    OWNER_KIND("ownerKind", "客户类型"),
    OWNERSHIP_ROLE("ownershipRole", "产权角色");

    /** The name used in the report's {@code field}. */
    final String field;
    final String chinese;

    ImportColumn(String field, String chinese) {
        this.field = field;
        this.chinese = chinese;
    }

    /** {@code unitNo}, {@code UNITNO}, {@code 房号} and {@code 房号(必填)} all name the unit number. */
    static Optional<ImportColumn> byHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String cleaned = header.replace("\uFEFF", "").replaceAll("[（(].*$", "").trim();
        return Arrays.stream(values())
                .filter(c -> c.field.toLowerCase(Locale.ROOT).equals(cleaned.toLowerCase(Locale.ROOT))
                        || c.chinese.equals(cleaned))
                .findFirst();
    }

    String header() {
        return field + "/" + chinese;
    }
}
