package com.estatecare.inbound.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The media downloads of WeChat messages that failed (媒体下载失败), for administrators, managers and headquarters
 * within their branch (as the outbox's failed messages), and "retry now".
 */
@RestController
@RequestMapping("/api/v1/inbound/wechat-media")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER','HQ')")
@Tag(name = "WeChat in", description = "The official account's callback (微信公众号消息接入), signed with the company's token")
class WechatMediaController {

    private final WechatMediaFailures failures;
    private final Organisation organisation;

    WechatMediaController(WechatMediaFailures failures, Organisation organisation) {
        this.failures = failures;
        this.organisation = organisation;
    }

    @GetMapping("/failures")
    @Operation(summary = "Media downloads of the caller's branch that failed: still retried (RETRYING, with the next "
            + "attempt) or given up (FAILED), with the reason and attempts; newest first", operationId = "listWechatMediaFailures")
    CursorPage<WechatMediaFailures.Failure> failures(@RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return failures.list(cursor, CursorPage.limit(limit), organisation.currentUser());
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Fetch a message's media again now, its attempts counted afresh; 409 when it is attached "
            + "already", operationId = "retryWechatMedia")
    WechatMediaFailures.Failure retry(@PathVariable long id) {
        return failures.retry(id, organisation.currentUser());
    }
}
