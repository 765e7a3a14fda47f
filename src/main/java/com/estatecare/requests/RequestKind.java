package com.estatecare.requests;

/** Kinds of request and the prefix of their numbers ({@code BX-20261123-0007}). */
public enum RequestKind {
    /** 咨询 */
    CONSULTATION("ZX"),
    /** 报修 */
    REPAIR("BX"),
    /** 投诉 */
    COMPLAINT("TS"),
    /** 建议 */
    SUGGESTION("JY"),
    /** 表扬 */
    PRAISE("BY");

    private final String prefix;

    RequestKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** Repairs and complaints go the whole way: plan, work, owner's verification, revisit. */
    public boolean needsFullHandling() {
        return this == REPAIR || this == COMPLAINT;
    }
}
