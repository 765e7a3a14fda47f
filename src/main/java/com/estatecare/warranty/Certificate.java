package com.estatecare.warranty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 住宅质量保证书 — a project's warranty certificate in one version: the project's completion date (竣工验收),
 * and each component's period with the statutory floor beside it. Version 0 is the statutory floor itself, in
 * force until the company states its own.
 */
public record Certificate(long projectId, long companyId, int version, LocalDate completedOn, List<Period> periods,
        String changedBy, Instant changedAt) {

    /**
     * One component's period; {@code months} null: not covered (a component without a floor the company has not
     * agreed a period for).
     */
    public record Period(String componentCode, String nameZh, String nameEn, String warrantyGroup,
            Integer floorMonths, Integer months) {
    }

    public Optional<Period> period(String componentCode) {
        return periods.stream().filter(p -> p.componentCode().equals(componentCode)).findFirst();
    }
}
