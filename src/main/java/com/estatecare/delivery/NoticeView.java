package com.estatecare.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A construction progress notice (工程进度通知) of a project for a month: its text, its photos (ids, read at
 * {@code /api/v1/delivery/notices/{id}/photos/{photoId}}), when and by whom it was published, to how many buyers.
 */
public record NoticeView(long id, long projectId, String project, String month, String title, String body,
        List<Long> photoIds, String publishedBy, Instant publishedAt, int recipients) {
}
