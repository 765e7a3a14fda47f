package com.estatecare.privacy.internal;

/** What an audit entry records; a search names one of these. */
enum AuditAction {
    /** 登录: a session opened by password or an owner's code. */
    SIGN_IN,
    /** A sign-in refused: wrong password or code, locked or disabled account. */
    SIGN_IN_FAILED,
    /** 查看完整信息: a full phone number shown, with the reason; or refused. */
    REVEAL,
    /** 导出: the audit log exported as CSV. */
    EXPORT,
    /** 导入: units and owners imported from a file. */
    IMPORT,
    /** A customer record created or changed. */
    CUSTOMER_CHANGED,
    /** An account created, its roles, enabled state or password changed. */
    ACCOUNT_CHANGED,
    /** A personal access token issued or revoked. */
    ACCESS_TOKEN_CHANGED,
    /** A new version of a policy. */
    POLICY_CHANGED,
    /** 同意记录: a customer's consent to a purpose given or withdrawn. */
    CONSENT_CHANGED,
    /** 留存清理: personal data past its retention period removed or anonymised by the sweep. */
    RETENTION,
    /** 法律冻结: a legal hold put on a customer or a request, or released. */
    LEGAL_HOLD,
    /** 个人信息权利请求: an owner's correction or erasure request made ({@code MADE}) or decided ({@code DECIDED}). */
    RIGHTS_REQUEST,
    /** 客户会: a customer joined the club or left it. */
    CLUB_MEMBERSHIP,
    /** 积分: an entry of a member's points ledger — earned, redeemed or expired. */
    CLUB_POINTS,
    /** 代会员报名: a staff member signed a member up for a club activity on their behalf. */
    CLUB_ACTIVITY_SIGN_UP,
    /** 公众号设置: a company's WeChat official-account settings saved (the secrets named, never given). */
    WECHAT_ACCOUNT_CHANGED,
    /** 开放日时段: a time slot of an open day added, changed or removed, with the owners' sign-ups it cancelled. */
    OPEN_DAY_SLOT_CHANGED
}
