package com.estatecare.inbound.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Tries again the media downloads whose relay did not answer, once their backoff has passed, at most a batch per
 * run (decision 047): on one instance at a time (ShedLock), and each download claimed by its row besides, so that
 * the first attempt of a new message, an administrator's "retry now" and this sweep never fetch one file twice.
 */
@Component
class WechatMediaSweep {

    private final JdbcClient jdbc;
    private final WechatMediaDownload download;
    private final WechatMediaProperties properties;
    private final Clock clock;

    WechatMediaSweep(JdbcClient jdbc, WechatMediaDownload download, WechatMediaProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.download = download;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${estatecare.inbound.wechat.media.sweep-interval:PT1M}",
            initialDelayString = "${estatecare.inbound.wechat.media.sweep-interval:PT1M}")
    @SchedulerLock(name = "wechat-media-retry", lockAtMostFor = "PT30M")
    void run() {
        sweep();
    }

    /** The downloads due now, each tried once; answers how many were tried. */
    int sweep() {
        List<Long> due = jdbc.sql("""
                select id from wechat_message where media_state = 'PENDING' and media_next_at <= :now
                order by media_next_at, id limit :batch""")
                .param("now", Timestamp.from(clock.instant())).param("batch", properties.batch())
                .query(Long.class).list();
        due.forEach(download::attempt);
        return due.size();
    }
}
