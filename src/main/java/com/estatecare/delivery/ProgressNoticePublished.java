package com.estatecare.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A project's construction progress notice (工程进度通知) of a month was published to its buyers: the owners and
 * co-owners of its units not yet handed over when it was published ({@code customerIds}). The customer file
 * records it on each buyer's file; outbound channels may send it.
 */
public record ProgressNoticePublished(long noticeId, long companyId, long projectId, String project, String month,
        String title, List<Long> customerIds, Instant at) {
}
