package com.estatecare.reporting;

/**
 * Where and how often the product-defect report (项目缺陷反馈) goes to design and engineering: the company's
 * design and engineering e-mail address, and the period each report covers — a month (by default) or a quarter —
 * queued on the first working day after the period ends.
 */
public record DefectReportPolicy(String designAddress, Cadence cadence) {

    /** The period of one defect report. */
    public enum Cadence {
        MONTHLY, QUARTERLY
    }

    public static DefectReportPolicy defaults() {
        return new DefectReportPolicy("sheji-gongcheng@estatecare.example", Cadence.MONTHLY);
    }
}
