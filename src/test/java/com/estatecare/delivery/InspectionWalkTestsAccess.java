package com.estatecare.delivery;

import com.estatecare.support.Api;

/** The walk tests' fixtures for the tests of {@code delivery.internal}. */
public final class InspectionWalkTestsAccess {

    private InspectionWalkTestsAccess() {
    }

    public static long unitOwnedBy(Api api, String owner, String prefix) {
        return InspectionWalkTests.unitOwnedBy(api, owner, prefix);
    }

    public static long project(Api api, String name) {
        return InspectionWalkTests.project(api, name);
    }
}
