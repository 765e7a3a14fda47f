package com.estatecare.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.reporting.QueuedReportFiles;
import com.estatecare.reporting.ReportQueued;

/**
 * The periodic reports by e-mail (decisions 037, 042): when reporting has generated a company's monthly report
 * (客服月报, to the headquarters address of its policy) or its product-defect report (项目缺陷反馈, to the design and
 * engineering address of its policy), one mail to that address, worded by the company's template of the report's
 * kind (Chinese), with the PDF and the Excel workbook attached within {@link MailAttachments}' bounds (a file beyond
 * them is named in the text, to be downloaded from the report's page of the workbench). Once per report, however
 * often the event arrives. Both reports take this one path; only their {@link Mailed} facts differ.
 */
@Component
class ReportMail {

    static final String LANGUAGE = "zh-CN";

    /** What differs between the reports: the template, the outbox key and file names, the page to download from. */
    record Mailed(MessageKind kind, String name, String pageZh, String pageEn) {

        static Mailed of(ReportQueued.Report report) {
            return switch (report) {
                case MONTHLY -> new Mailed(MessageKind.MONTHLY_REPORT, "monthly-report", "客服月报", "Monthly report");
                case DEFECTS -> new Mailed(MessageKind.DEFECT_REPORT, "defect-report", "项目缺陷反馈", "Defect feedback");
            };
        }

        /** The outbox's key of the report's mail: one mail per report, whatever the event's deliveries. */
        String eventKey(long reportId) {
            return name + ":" + reportId;
        }
    }

    private final Outbox outbox;
    private final MessageTemplates templates;
    private final Channels channels;
    private final QueuedReportFiles files;

    ReportMail(Outbox outbox, MessageTemplates templates, Channels channels, QueuedReportFiles files) {
        this.outbox = outbox;
        this.templates = templates;
        this.channels = channels;
        this.files = files;
    }

    @ApplicationModuleListener
    void on(ReportQueued event) {
        if (!channels.available(ContactChannel.EMAIL)) {
            return;
        }
        Mailed mailed = Mailed.of(event.report());
        files.of(event.reportId()).ifPresent(report -> {
            String stem = mailed.name() + "-" + report.period();
            MailAttachments.Bounded bounded = MailAttachments.bound(List.of(
                    new OutboundChannel.Attachment(stem + ".pdf", "application/pdf", report.pdf()),
                    new OutboundChannel.Attachment(stem + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report.xlsx())));
            Map<String, String> values = Map.of("company", event.companyName(), "month", event.period(),
                    "period", event.period());
            MessageTemplates.Template template = templates.of(event.companyId(), mailed.kind(), LANGUAGE);
            String body = TemplateText.render(template.body(), values) + leftOut(mailed, bounded.left());
            outbox.queued(new Outbox.Queued(event.companyId(), event.scopePath(), mailed.eventKey(event.reportId()),
                    mailed.kind(), ContactChannel.EMAIL, null, null, null, null, event.recipient(), LANGUAGE,
                    OutboundMessages.cut(TemplateText.render(template.subject(), values), OutboundMessages.MAX_SUBJECT),
                    OutboundMessages.cut(body, OutboundMessages.MAX_BODY)))
                    .ifPresent(id -> bounded.taken().forEach(file -> outbox.attach(id, file)));
        });
    }

    /**
     * The files too large to attach, and the workbench page they are on instead (in Chinese and English: the reader
     * may be either).
     */
    static String leftOut(Mailed mailed, List<String> left) {
        if (left.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("以下文件超出邮件附件大小限制，请登录工作台“" + mailed.pageZh() + "”页面下载 / too large to attach, please "
                + "download them from the workbench's " + mailed.pageEn() + " page: " + String.join(", ", left));
        return String.join("\n", lines);
    }
}
