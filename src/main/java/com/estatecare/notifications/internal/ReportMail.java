package com.estatecare.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.reporting.MonthlyReportFiles;
import com.estatecare.reporting.MonthlyReportQueued;

/**
 * 客服月报 by e-mail: when reporting has generated a company's monthly report, one mail to the headquarters address
 * of its policy, worded by the company's MONTHLY_REPORT template (Chinese), with the PDF and the Excel workbook
 * attached within {@link MailAttachments}' bounds (a file beyond them is named in the text, to be downloaded from
 * the workbench's 客服月报 page). Once per report, however often the event arrives.
 */
@Component
class ReportMail {

    static final String LANGUAGE = "zh-CN";

    private final Outbox outbox;
    private final MessageTemplates templates;
    private final Channels channels;
    private final MonthlyReportFiles files;

    ReportMail(Outbox outbox, MessageTemplates templates, Channels channels, MonthlyReportFiles files) {
        this.outbox = outbox;
        this.templates = templates;
        this.channels = channels;
        this.files = files;
    }

    @ApplicationModuleListener
    void on(MonthlyReportQueued event) {
        if (!channels.available(ContactChannel.EMAIL)) {
            return;
        }
        files.of(event.reportId()).ifPresent(report -> {
            MailAttachments.Bounded bounded = MailAttachments.bound(List.of(
                    new OutboundChannel.Attachment("monthly-report-" + report.period() + ".pdf", "application/pdf",
                            report.pdf()),
                    new OutboundChannel.Attachment("monthly-report-" + report.period() + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report.xlsx())));
            Map<String, String> values = Map.of("company", event.companyName(), "month", event.period());
            MessageTemplates.Template template = templates.of(event.companyId(), MessageKind.MONTHLY_REPORT, LANGUAGE);
            String body = TemplateText.render(template.body(), values) + leftOut(bounded.left());
            outbox.queued(new Outbox.Queued(event.companyId(), event.scopePath(), "monthly-report:" + event.reportId(),
                    MessageKind.MONTHLY_REPORT, ContactChannel.EMAIL, null, null, null, null, event.recipient(),
                    LANGUAGE, OutboundMessages.cut(TemplateText.render(template.subject(), values),
                            OutboundMessages.MAX_SUBJECT),
                    OutboundMessages.cut(body, OutboundMessages.MAX_BODY)))
                    .ifPresent(id -> bounded.taken().forEach(file -> outbox.attach(id, file)));
        });
    }

    /** The files too large to attach, and where they are instead (in Chinese and English: the reader may be either). */
    static String leftOut(List<String> left) {
        if (left.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("以下文件超出邮件附件大小限制，请登录工作台“客服月报”页面下载 / too large to attach, please download them "
                + "from the workbench's Monthly report page: " + String.join(", ", left));
        return String.join("\n", lines);
    }
}
