package com.estatecare.delivery;

import com.estatecare.support.Api;

/** The walk tests' fixtures for the tests of {@code delivery.internal}. */
public final class InspectionWalkTestsAccess {

    private InspectionWalkTestsAccess() {
    }

    public static long unitOwnedBy(Api api, String owner, String prefix) {
        return InspectionWalkTests.unitOwnedBy(api, owner, prefix);
    }

    /** A second owner of a unit of the project with a portal account (password secret-123): their username. */
    public static String secondOwner(Api api, long project) {
        return OpenDayTests.secondOwner(api, project);
    }

    public static long project(Api api, String name) {
        return InspectionWalkTests.project(api, name);
    }
}
