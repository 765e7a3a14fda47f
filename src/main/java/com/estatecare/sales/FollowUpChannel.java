package com.estatecare.sales;

/** How a consultant followed a prospect up (跟进方式). */
public enum FollowUpChannel {
    /** 到访 */
    VISIT,
    /** 电话 */
    PHONE,
    /** 微信 */
    WECHAT,
    /** 短信 */
    SMS,
    /** 其他 */
    OTHER
}
