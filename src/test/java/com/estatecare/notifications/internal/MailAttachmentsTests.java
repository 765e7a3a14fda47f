package com.estatecare.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.reporting.ReportQueued;

/** An e-mail carries files within a bound per file and in all; the rest are named, for a download instead. */
class MailAttachmentsTests {

    @Test
    void filesWithinTheBoundsAreAttachedInOrder() {
        MailAttachments.Bounded bounded = MailAttachments.bound(List.of(file("report.pdf", 300_000),
                file("report.xlsx", 40_000)));
        assertThat(bounded.taken()).extracting(OutboundChannel.Attachment::filename)
                .containsExactly("report.pdf", "report.xlsx");
        assertThat(bounded.left()).isEmpty();
    }

    @Test
    void aFileOverTheBoundOrBeyondTheTotalIsLeftOutAndNamed() {
        MailAttachments.Bounded bounded = MailAttachments.bound(List.of(file("huge.pdf", MailAttachments.MAX_EACH + 1),
                file("a.xlsx", MailAttachments.MAX_EACH), file("b.xlsx", MailAttachments.MAX_TOTAL
                        - MailAttachments.MAX_EACH + 1), file("empty.pdf", 0), file("c.xlsx", 10)));
        assertThat(bounded.taken()).extracting(OutboundChannel.Attachment::filename).containsExactly("a.xlsx", "c.xlsx");
        assertThat(bounded.left()).containsExactly("huge.pdf", "b.xlsx", "empty.pdf");
        assertThat(ReportMail.leftOut(ReportMail.Mailed.of(ReportQueued.Report.MONTHLY), bounded.left()))
                .contains("客服月报", "Monthly report", "huge.pdf, b.xlsx, empty.pdf");
        assertThat(ReportMail.leftOut(ReportMail.Mailed.of(ReportQueued.Report.DEFECTS), bounded.left()))
                .contains("项目缺陷反馈", "Defect feedback").doesNotContain("客服月报");
        assertThat(ReportMail.leftOut(ReportMail.Mailed.of(ReportQueued.Report.MONTHLY), List.of())).isEmpty();
    }

    @Test
    void eachReportIsMailedOnceUnderItsOwnKindKeyAndFileNames() {
        ReportMail.Mailed monthly = ReportMail.Mailed.of(ReportQueued.Report.MONTHLY);
        ReportMail.Mailed defects = ReportMail.Mailed.of(ReportQueued.Report.DEFECTS);
        assertThat(monthly.kind()).isEqualTo(MessageKind.MONTHLY_REPORT);
        assertThat(defects.kind()).isEqualTo(MessageKind.DEFECT_REPORT);
        assertThat(monthly.eventKey(7)).isEqualTo("monthly-report:7");
        assertThat(defects.eventKey(7)).isEqualTo("defect-report:7").isNotEqualTo(monthly.eventKey(7));
        assertThat(java.util.Arrays.stream(ReportQueued.Report.values()).map(ReportMail.Mailed::of))
                .as("every report has its template").allMatch(m -> m.kind().templated());
    }

    @Test
    void anAttachmentNeverPrintsItsContent() {
        assertThat(file("report.pdf", 3).toString()).isEqualTo("Attachment report.pdf (3 bytes)");
    }

    private static OutboundChannel.Attachment file(String name, long size) {
        return new OutboundChannel.Attachment(name, "application/octet-stream", new byte[(int) size]);
    }
}
