package com.estatecare.notifications.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The messages the outbox sends, each with the placeholders its template may use: {@code {customer}} (the owner's
 * name) in every owner's message, {@code {staff}} (the staff member's name) in every staff member's.
 */
enum MessageKind {
    /** 受理: a request of theirs was registered. */
    REQUEST_RECEIVED(Audience.OWNER, "number", "unit", "time"),
    /** 派工: somebody was given it. */
    DISPATCHED(Audience.OWNER, "number", "unit"),
    /** 预约: a repair visit was agreed or moved. */
    APPOINTMENT_SET(Audience.OWNER, "number", "unit", "time"),
    /** 完工，请确认: the work is done; the owner is asked to confirm and rate it. */
    WORK_DONE(Audience.OWNER, "number", "unit"),
    /** 回访: a revisit is due by a time. */
    REVISIT_DUE(Audience.OWNER, "number", "unit", "time"),
    /** 温馨提示: a component's warranty ends soon. */
    WARRANTY_REMINDER(Audience.OWNER, "unit", "component", "endsOn"),
    /** 工程进度通知: a project's construction progress notice of a month was published to its buyers. */
    PROGRESS_NOTICE(Audience.OWNER, "project", "month", "title"),
    /** 收房提醒: the delivery inspection is past and the keys of the unit are still to be collected. */
    KEYS_REMINDER(Audience.OWNER, "unit"),
    /** 付款提醒: an instalment of the buyer's payment schedule falls due on a day (decision 041). */
    PAYMENT_REMINDER(Audience.OWNER, "unit", "seq", "amount", "dueOn"),
    /** 满意度调查: a satisfaction survey asks for their answer by a day (the portal's 问卷 page). */
    SURVEY_INVITATION(Audience.OWNER, "survey", "dueOn"),
    /** 生日祝福: a club member's birthday greeting (会员关怀). */
    CLUB_BIRTHDAY(Audience.OWNER),
    /** 节日问候: a club member's greeting on the first day of a holiday. */
    CLUB_HOLIDAY(Audience.OWNER, "holiday"),
    /** 会刊: an issue of the member magazine, by e-mail with its PDF, to a member who opted in (decision 051). */
    CLUB_MAGAZINE(Audience.OWNER, "number", "title"),
    /** 活动取消: a club activity they signed up for (confirmed or waiting) was cancelled. */
    CLUB_ACTIVITY_CANCELLED(Audience.OWNER, "theme", "time"),
    /** 开放日时段调整: staff changed or removed the open day's time slot they signed up for, cancelling their sign-up. */
    OPEN_DAY_SLOT_CANCELLED(Audience.OWNER, "title", "time"),
    /** 派工 to the handler: a request was given to them. */
    STAFF_ASSIGNED(Audience.STAFF, "number", "unit"),
    /** 时限预警: a time limit of a request they own is about to be breached. */
    STAFF_TIME_LIMIT_WARNING(Audience.STAFF, "number", "limit"),
    /** 时限超时: a time limit was breached (to the owners of the request and their managers). */
    STAFF_TIME_LIMIT_BREACHED(Audience.STAFF, "number", "limit"),
    /** 升级: a request reached a level of the escalation ladder. */
    STAFF_ESCALATED(Audience.STAFF, "number", "level"),
    /** 客服月报: the monthly report to headquarters, its PDF and Excel attached. */
    MONTHLY_REPORT(Audience.REPORT_READER, "company", "month"),
    /** 项目缺陷反馈: the product-defect report of a month or quarter to design and engineering, its PDF and Excel attached. */
    DEFECT_REPORT(Audience.REPORT_READER, "company", "period"),
    /** 验证码: a portal sign-in code; its text is the portal's, never a template (a template could lose the code). */
    SIGN_IN_CODE(Audience.CODE),
    /** 客服消息: a staff member's own answer to an owner's WeChat message (decision 047); their words, no template. */
    WECHAT_REPLY(Audience.REPLY);

    /** Who a message is for, which decides the name placeholder and whether administrators may word it. */
    enum Audience {
        OWNER, STAFF, REPORT_READER, CODE, REPLY
    }

    private final Audience audience;
    private final List<String> placeholders;

    MessageKind(Audience audience, String... placeholders) {
        List<String> all = new ArrayList<>();
        if (audience == Audience.OWNER) {
            all.add("customer");
        } else if (audience == Audience.STAFF) {
            all.add("staff");
        }
        all.addAll(List.of(placeholders));
        this.audience = audience;
        this.placeholders = List.copyOf(all);
    }

    List<String> placeholders() {
        return placeholders;
    }

    Audience audience() {
        return audience;
    }

    /** Whether administrators word it at 消息模板 (every kind but the sign-in code and staff's own replies). */
    boolean templated() {
        return audience != Audience.CODE && audience != Audience.REPLY;
    }

    static List<MessageKind> templatedKinds() {
        return Arrays.stream(values()).filter(MessageKind::templated).toList();
    }
}
