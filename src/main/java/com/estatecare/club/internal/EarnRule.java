package com.estatecare.club.internal;

/** The ways to earn points (积分获取规则); each one's points are the points policy's. */
enum EarnRule {
    /** 入会: once, on joining. */
    JOIN,
    /** 参加活动: once per activity attended. */
    ACTIVITY,
    /** 推荐成交: once per contract a referred buyer signs. */
    REFERRAL,
    /** 参与调查: once per survey answered. */
    SURVEY
}
