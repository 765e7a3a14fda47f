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
            Map.entry("PROGRESS_NOTICE/zh-CN", new Text("{project} {month} 工程进度通知：{title}",
                    "尊敬的{customer}：{project} {month} 的工程进度通知“{title}”已发布，请登录业主服务页面的“交付”查看详情与现场照片。")),
            Map.entry("PROGRESS_NOTICE/en", new Text("{project}, construction progress of {month}: {title}",
                    "Dear {customer}, the construction progress notice of {project} for {month}, \"{title}\", is out; read it with its photos on the Delivery page of the owner portal.")),
            Map.entry("KEYS_REMINDER/zh-CN", new Text("收房提醒：{unit} 的钥匙尚未领取",
                    "尊敬的{customer}：您的房屋 {unit} 已完成交付验房，钥匙尚未领取，请尽快预约办理收房手续。")),
            Map.entry("KEYS_REMINDER/en", new Text("Reminder: the keys of {unit} are waiting for you",
                    "Dear {customer}, the delivery inspection of your home {unit} is done and its keys are still to be collected; please arrange to collect them soon.")),
            Map.entry("PAYMENT_REMINDER/zh-CN", new Text("付款提醒：第 {seq} 期房款将于 {dueOn} 到期",
                    "尊敬的{customer}：您购买的 {unit} 第 {seq} 期房款 {amount} 元将于 {dueOn} 到期，请按时支付；如已支付请忽略本提醒。")),
            Map.entry("PAYMENT_REMINDER/en", new Text("Payment reminder: instalment {seq} is due on {dueOn}",
                    "Dear {customer}, instalment {seq} of {amount} yuan for {unit} is due on {dueOn}; please pay it on time, or ignore this reminder if you have paid.")),
            Map.entry("SURVEY_INVITATION/zh-CN", new Text("满意度调查：{survey}",
                    "尊敬的{customer}：诚邀您在 {dueOn} 前参加“{survey}”，请登录业主服务页面的“问卷”填写，感谢您的宝贵意见。")),
            Map.entry("SURVEY_INVITATION/en", new Text("Satisfaction survey: {survey}",
                    "Dear {customer}, please answer \"{survey}\" by {dueOn} on the Surveys page of the owner portal; thank you for your opinion.")),
            Map.entry("CLUB_BIRTHDAY/zh-CN", new Text("生日快乐",
                    "尊敬的{customer}：值此生日之际，客户会全体同仁祝您生日快乐，阖家幸福！")),
            Map.entry("CLUB_BIRTHDAY/en", new Text("Happy birthday",
                    "Dear {customer}, everyone at the customer club wishes you a happy birthday and a joyful year ahead.")),
            Map.entry("CLUB_HOLIDAY/zh-CN", new Text("{holiday}快乐",
                    "尊敬的{customer}：{holiday}到来之际，客户会祝您和家人节日快乐，万事如意！")),
            Map.entry("CLUB_HOLIDAY/en", new Text("Season's greetings: {holiday}",
                    "Dear {customer}, the customer club wishes you and your family a happy {holiday}.")),
            Map.entry("CLUB_MAGAZINE/zh-CN", new Text("会刊第 {number} 期：{title}",
                    "尊敬的{customer}：客户会会刊第 {number} 期“{title}”已出版，附件为本期 PDF，也可在业主服务页面的“会刊”阅读。如不想再收到，可在“会刊”页面取消订阅。")),
            Map.entry("CLUB_MAGAZINE/en", new Text("Member magazine no. {number}: {title}",
                    "Dear {customer}, issue {number} of the club's member magazine, \"{title}\", is out: its PDF is attached, and you can also read it on the Magazine page of the owner portal, where you can stop receiving it.")),
            Map.entry("CLUB_ACTIVITY_CANCELLED/zh-CN", new Text("活动取消：{theme}",
                    "尊敬的{customer}：您报名的会员活动“{theme}”（{time}）已取消，给您带来不便，敬请谅解。")),
            Map.entry("CLUB_ACTIVITY_CANCELLED/en", new Text("Cancelled: {theme}",
                    "Dear {customer}, the club activity \"{theme}\" ({time}) you signed up for has been cancelled; we apologise for the inconvenience.")),
            Map.entry("OPEN_DAY_SLOT_CANCELLED/zh-CN", new Text("开放日时段调整：{title}",
                    "尊敬的{customer}：您报名的“{title}”{time} 时段已调整，您的报名已取消，给您带来不便，敬请谅解。请登录业主服务页面的“交付”重新选择时段。")),
            Map.entry("OPEN_DAY_SLOT_CANCELLED/en", new Text("Open day slot changed: {title}",
                    "Dear {customer}, the slot {time} of \"{title}\" you signed up for was changed and your sign-up cancelled; we apologise for the inconvenience. Please choose a slot again on the Delivery page of the owner portal.")),
            Map.entry("STAFF_ASSIGNED/zh-CN", new Text("派工：工单 {number} 已派给您",
                    "{staff}您好：工单 {number}（{unit}）已派给您处理，请登录工作台查看并按时限处理。")),
            Map.entry("STAFF_ASSIGNED/en", new Text("Assigned to you: request {number}",
                    "Dear {staff}, request {number} ({unit}) has been assigned to you; please open it in the workbench and handle it within its time limits.")),
            Map.entry("STAFF_TIME_LIMIT_WARNING/zh-CN", new Text("时限预警：工单 {number} 的{limit}即将超时",
                    "{staff}您好：工单 {number} 的{limit}即将超时，请尽快处理。")),
            Map.entry("STAFF_TIME_LIMIT_WARNING/en", new Text("Time limit warning: {limit} of request {number}",
                    "Dear {staff}, the {limit} of request {number} is about to be breached; please handle it promptly.")),
            Map.entry("STAFF_TIME_LIMIT_BREACHED/zh-CN", new Text("超时：工单 {number} 的{limit}已超时",
                    "{staff}您好：工单 {number} 的{limit}已超时，请立即跟进。")),
            Map.entry("STAFF_TIME_LIMIT_BREACHED/en", new Text("Time limit breached: {limit} of request {number}",
                    "Dear {staff}, the {limit} of request {number} has been breached; please follow it up now.")),
            Map.entry("STAFF_ESCALATED/zh-CN", new Text("升级：工单 {number} 已升级至{level}",
                    "{staff}您好：工单 {number} 已升级至{level}，请登录工作台跟进。")),
            Map.entry("STAFF_ESCALATED/en", new Text("Escalated: request {number} reached {level}",
                    "Dear {staff}, request {number} has been escalated to {level}; please follow it up in the workbench.")),
            Map.entry("MONTHLY_REPORT/zh-CN", new Text("{company} {month} 客服月报",
                    "您好：附件为{company} {month} 的客服月报（PDF 与 Excel）。本邮件由系统自动发送，请勿直接回复。")),
            Map.entry("MONTHLY_REPORT/en", new Text("{company}: customer service report {month}",
                    "Hello, attached is the customer service report of {company} for {month} (PDF and Excel). This mail was sent automatically; please do not reply to it.")),
            Map.entry("DEFECT_REPORT/zh-CN", new Text("{company} {period} 项目缺陷反馈",
                    "设计、工程部门：附件为{company} {period} 的项目缺陷反馈（PDF 与 Excel），列出本期重复出现的缺陷、与上期的对比和近 12 个月的趋势，供设计改进与工程整改参考。本邮件由系统自动发送，请勿直接回复。")),
            Map.entry("DEFECT_REPORT/en", new Text("{company}: product defect report {period}",
                    "To design and engineering: attached is the product defect report of {company} for {period} (PDF and Excel): the defects that recur this period, the period before and the trend of the last 12 months, for design improvements and site corrections. This mail was sent automatically; please do not reply to it.")));

    private DefaultTemplates() {
    }

    static Text of(MessageKind kind, String language) {
        return TEXTS.get(kind.name() + "/" + language);
    }
}
