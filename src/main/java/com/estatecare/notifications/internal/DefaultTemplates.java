package com.estatecare.notifications.internal;

import java.util.Map;

/** The wording every company starts with (seeded in code: a company's own row, once saved, stands before it). */
final class DefaultTemplates {

    /** A subject (the e-mail's, the WeChat message's title) and the body every channel sends. */
    record Text(String subject, String body) {
    }

    private static final Map<String, Text> TEXTS = Map.ofEntries(
            Map.entry("REQUEST_RECEIVED/zh-CN", new Text("您的工单 {number} 已受理",
                    "尊敬的{customer}：您于 {time} 反映的问题（{unit}）已受理，工单号 {number}，我们会尽快处理。")),
            Map.entry("REQUEST_RECEIVED/en", new Text("Your request {number} has been received",
                    "Dear {customer}, what you told us on {time} ({unit}) has been received as request {number}; we will take care of it promptly.")),
            Map.entry("DISPATCHED/zh-CN", new Text("工单 {number} 已派专人处理",
                    "尊敬的{customer}：您的工单 {number}（{unit}）已安排专人处理。")),
            Map.entry("DISPATCHED/en", new Text("Request {number} has been assigned",
                    "Dear {customer}, your request {number} ({unit}) has been assigned to a member of our staff.")),
            Map.entry("APPOINTMENT_SET/zh-CN", new Text("工单 {number} 维修预约：{time}",
                    "尊敬的{customer}：工单 {number}（{unit}）的维修人员将于 {time} 上门，如需改约请联系客服中心。")),
            Map.entry("APPOINTMENT_SET/en", new Text("Request {number}: repair visit on {time}",
                    "Dear {customer}, for request {number} ({unit}) our repair staff will visit on {time}; to change the time, please call the service centre.")),
            Map.entry("WORK_DONE/zh-CN", new Text("工单 {number} 已完工，请确认",
                    "尊敬的{customer}：您的工单 {number}（{unit}）已处理完毕，请登录业主服务确认并评价。")),
            Map.entry("WORK_DONE/en", new Text("Request {number} is done: please confirm",
                    "Dear {customer}, the work on your request {number} ({unit}) is done; please confirm and rate it in the owner portal.")),
            Map.entry("REVISIT_DUE/zh-CN", new Text("工单 {number} 回访",
                    "尊敬的{customer}：我们将在 {time} 前就工单 {number}（{unit}）的处理情况回访您，感谢您的配合。")),
            Map.entry("REVISIT_DUE/en", new Text("Request {number}: we will ask how it went",
                    "Dear {customer}, before {time} we will ask you how request {number} ({unit}) was handled; thank you.")),
            Map.entry("WARRANTY_REMINDER/zh-CN", new Text("温馨提示：{component}保修期将于 {endsOn} 到期",
                    "尊敬的{customer}：您的房屋 {unit} 的{component}保修期将于 {endsOn} 到期，如有问题请及时报修。")),
            Map.entry("WARRANTY_REMINDER/en", new Text("Reminder: the warranty of {component} ends on {endsOn}",
                    "Dear {customer}, the warranty of {component} of your home {unit} ends on {endsOn}; please report any problem before then.")),
            Map.entry("SURVEY_INVITATION/zh-CN", new Text("满意度调查：{survey}",
                    "尊敬的{customer}：诚邀您在 {dueOn} 前参加“{survey}”，请登录业主服务页面的“问卷”填写，感谢您的宝贵意见。")),
            Map.entry("SURVEY_INVITATION/en", new Text("Satisfaction survey: {survey}",
                    "Dear {customer}, please answer \"{survey}\" by {dueOn} on the Surveys page of the owner portal; thank you for your opinion.")));

    private DefaultTemplates() {
    }

    static Text of(MessageKind kind, String language) {
        return TEXTS.get(kind.name() + "/" + language);
    }
}
