package com.estatecare.requests;

/** Where a request came in (SPEC §3). */
public enum Channel {
    /** 电话 / 400 热线 */
    PHONE,
    /** 来访 */
    WALK_IN,
    EMAIL,
    /** 网站 / 移动端 */
    PORTAL,
    WECHAT,
    /** 夜间对讲报修 to the property monitoring centre */
    NIGHT_INTERCOM,
    /** received by another department and handed to the centre */
    DEPARTMENT,
    /** 12345 政务服务便民热线: a case the city's government-service hotline forwarded */
    CITY_HOTLINE;

    /** Channels where the agent speaks with the customer and must read the request back (复述确认). */
    public boolean needsReadBack() {
        return this == PHONE || this == WALK_IN || this == NIGHT_INTERCOM;
    }
}
