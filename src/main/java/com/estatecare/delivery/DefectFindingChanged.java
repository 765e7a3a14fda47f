package com.estatecare.delivery;

import java.time.Instant;

/**
 * A defect (整改项) of a delivery inspection was found, withdrawn (its result recorded again as passing before it
 * was handed to repair) or handed to repair as request {@code requestId}. Published in the transaction that changed
 * it, so that the defect feedback (项目缺陷反馈) counts a defect from the day it was found and, once it is a repair,
 * by that repair alone. {@code recordedAt} is when it was found.
 */
public record DefectFindingChanged(long companyId, long findingId, long unitId, String scopePath,
        String componentCode, Instant recordedAt, Change change, Long requestId) {

    /** What happened to the defect. */
    public enum Change { FOUND, WITHDRAWN, HANDED_TO_REPAIR }
}
