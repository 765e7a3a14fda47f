package com.estatecare.inbound.internal;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.Idempotency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff's customer-service replies (客服消息) to an owner who wrote on WeChat, from the request's timeline. */
@RestController
@RequestMapping("/api/v1/inbound/wechat-replies")
@PreAuthorize("hasAnyRole('AGENT','MANAGER','HANDLER')")
@Tag(name = "WeChat in", description = "The official account's callback (微信公众号消息接入), signed with the company's token")
class WechatReplyController {

    /** The request whose owner is answered, and the text (at most 600 characters, as WeChat shows a message). */
    @Schema(name = "WechatReplyInput")
    record ReplyInput(@NotNull @Min(1) Long requestId, @NotBlank @Size(max = 600) String text) {
    }

    private final WechatCustomerService service;
    private final Organisation organisation;
    private final Idempotency idempotency;

    WechatReplyController(WechatCustomerService service, Organisation organisation, Idempotency idempotency) {
        this.service = service;
        this.organisation = organisation;
        this.idempotency = idempotency;
    }

    @GetMapping("/window")
    @Operation(summary = "Whether the request's owner has a linked WeChat and can be answered now: their last message "
            + "to the account and until when the reply window is open", operationId = "wechatReplyWindow")
    WechatCustomerService.Window window(@RequestParam @Min(1) long requestId) {
        return service.window(requestId, organisation.currentUser());
    }

    @PostMapping
    @Operation(summary = "Answer the request's owner by WeChat customer-service message: on the timeline and sent once "
            + "through the outbox; 409 wechat-reply-window outside the policy's window (use a template message), "
            + "409 wechat-not-linked without a linked WeChat; an Idempotency-Key makes a retry return the first result",
            operationId = "replyOnWechat")
    ResponseEntity<?> reply(@Valid @RequestBody ReplyInput body,
            @RequestHeader(name = Idempotency.KEY_HEADER, required = false) String idempotencyKey) {
        CurrentUser user = organisation.currentUser();
        return idempotency.once(user.accountId(), idempotencyKey, body, () -> {
            WechatCustomerService.Reply reply = service.reply(body.requestId(), body.text(), user);
            return ResponseEntity.created(URI.create("/api/v1/requests/" + reply.requestId())).body(reply);
        });
    }
}
