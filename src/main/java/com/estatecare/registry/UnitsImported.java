package com.estatecare.registry;

import java.time.Instant;

/** A file of units and owners was imported into a project (登记导入): how many rows, buildings and customers. */
public record UnitsImported(long projectId, long companyId, String scopePath, int units,
        int buildingsCreated, int customersCreated, Instant at) {
}
