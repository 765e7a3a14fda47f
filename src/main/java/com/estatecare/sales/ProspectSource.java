package com.estatecare.sales;

/** How a prospect found the sales office (客户来源). */
public enum ProspectSource {
    /** 自然到访 */
    WALK_IN,
    /** 老带新 / 朋友介绍 */
    REFERRAL,
    /** 网络 */
    ONLINE,
    /** 活动 */
    EVENT,
    /** 来电 */
    PHONE,
    /** 其他 */
    OTHER
}
