package com.estatecare.sales;

import java.util.Arrays;
import java.util.List;

/**
 * The steps of a buyer's loan (按揭) and certificate (产权证), in the order they happen: a step is recorded only
 * after the one before it, never on an earlier day (decision 041).
 */
public enum ProgressStep {
    /** 按揭资料已提交银行 */
    LOAN_APPLIED(Track.LOAN),
    /** 银行审批通过 */
    LOAN_APPROVED(Track.LOAN),
    /** 借款合同已签订 */
    LOAN_CONTRACT_SIGNED(Track.LOAN),
    /** 银行已放款 */
    LOAN_DISBURSED(Track.LOAN),
    /** 合同已备案 */
    CERTIFICATE_FILED(Track.CERTIFICATE),
    /** 产权登记已受理 */
    CERTIFICATE_ACCEPTED(Track.CERTIFICATE),
    /** 产权证已办出 */
    CERTIFICATE_ISSUED(Track.CERTIFICATE),
    /** 业主已领取产权证 */
    CERTIFICATE_COLLECTED(Track.CERTIFICATE);

    /** 按揭 or 产权证. */
    public enum Track {
        LOAN, CERTIFICATE
    }

    private final Track track;

    ProgressStep(Track track) {
        this.track = track;
    }

    public Track track() {
        return track;
    }

    /** The steps of a track, in order. */
    public static List<ProgressStep> of(Track track) {
        return Arrays.stream(values()).filter(s -> s.track == track).toList();
    }

    /** The step before this one on its track, if any. */
    public java.util.Optional<ProgressStep> previous() {
        List<ProgressStep> steps = of(track);
        int at = steps.indexOf(this);
        return at == 0 ? java.util.Optional.empty() : java.util.Optional.of(steps.get(at - 1));
    }
}
