package com.estatecare.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A unit with its place in the tree: what requests and the API show of it. */
public record UnitView(long id, long companyId, long projectId, String project, long buildingId, String building,
        String unitNo, Integer floor, BigDecimal areaSqm, String layout, LocalDate deliveredOn, String scopePath) {
}
