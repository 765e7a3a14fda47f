package com.estatecare.requests;

/** The life of a request (SPEC §4). */
public enum RequestStatus {
    /** 已受理 */
    RECEIVED,
    /** 已分类 (and graded, for complaints) */
    CLASSIFIED,
    /** 已派单 */
    DISPATCHED,
    /** 已响应 — contacted or surveyed on site */
    RESPONDED,
    /** 方案确认 */
    PLAN_AGREED,
    /** 已完成 */
    DONE,
    /** 业主确认 */
    VERIFIED,
    /** 已回访 */
    REVISITED,
    /** 已归档 */
    ARCHIVED,
    /** 已撤销 */
    CANCELLED;

    public boolean isOpen() {
        return this != ARCHIVED && this != CANCELLED;
    }
}
