package com.estatecare.inbound.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.platform.DomainException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The callback URL of a company's WeChat official account (服务器配置): no sign-in, but every call is signed with the
 * company's token and refused when the signature is wrong or the timestamp outside the replay window.
 */
@RestController
@RequestMapping("/api/v1/inbound/wechat/{company}")
@Tag(name = "WeChat in", description = "The official account's callback (微信公众号消息接入), signed with the company's token")
class WechatCallbackController {

    private final WechatInbox inbox;

    WechatCallbackController(WechatInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "WeChat's check of the server URL: answers echostr when the signature verifies")
    ResponseEntity<String> echo(@PathVariable long company, @RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
            @RequestParam(required = false) String echostr) {
        inbox.verified(company, signature, timestamp, nonce);
        if (echostr == null || echostr.isEmpty() || echostr.length() > 200) {
            throw DomainException.invalidField("echostr", "required");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(echostr);
    }

    @PostMapping(produces = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_PLAIN_VALUE })
    @Operation(summary = "A message or event from WeChat (XML): an owner's message becomes a request or goes on their "
            + "open request, an unknown sender's waits for staff; answered with a passive reply or success. In safe "
            + "mode (encrypt_type=aes) the message is encrypted and signed by msg_signature, and so is the reply")
    ResponseEntity<String> message(@PathVariable long company, @RequestParam(required = false) String signature,
            @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
            @RequestParam(name = "encrypt_type", required = false) String encryptType,
            @RequestParam(name = "msg_signature", required = false) String msgSignature,
            @RequestBody(required = false) byte[] body) {
        WechatAccounts.Account account = inbox.verified(company, signature, timestamp, nonce);
        boolean encrypted = WechatSafeMode.encrypted(account, encryptType);
        if (body == null || body.length == 0) {
            throw DomainException.invalidField("body", "required");
        }
        String xml = new String(body, StandardCharsets.UTF_8);
        WechatXml.Message message = WechatXml.parse(encrypted
                ? WechatSafeMode.opened(account, timestamp, nonce, msgSignature, xml) : xml);
        WechatInbox.Handled handled = inbox.receive(account, message);
        String reply = WechatReplies.text(handled);
        if (reply == null) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("success");
        }
        String answer = WechatXml.textReply(handled.sender(), handled.account(), Long.parseLong(timestamp), reply);
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .body(encrypted ? WechatSafeMode.sealed(account, timestamp, nonce, answer) : answer);
    }
}
