package com.estatecare.inbound.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A company's official account as administrators set it, and the WeChat messages that wait for staff (triage). */
@RestController
@RequestMapping("/api/v1/inbound")
@Tag(name = "WeChat in", description = "The official account's callback (微信公众号消息接入), signed with the company's token")
class WechatStaffController {

    /**
     * The official account's original id (gh_…) and the token entered in its server configuration: WeChat allows
     * 3–32 letters and digits. For the safe (encrypted) mode also its AppID and the EncodingAESKey of the server
     * configuration (43 letters and digits): both, or neither for the plaintext mode.
     */
    record AccountSettings(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") String accountId,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9]{3,32}") String token,
            @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String appId,
            @Pattern(regexp = "[A-Za-z0-9]{43}") String encodingAesKey) {
    }

    private final WechatAccounts accounts;
    private final WechatTriage triage;
    private final Organisation organisation;

    WechatStaffController(WechatAccounts accounts, WechatTriage triage, Organisation organisation) {
        this.accounts = accounts;
        this.triage = triage;
        this.organisation = organisation;
    }

    @GetMapping("/wechat-accounts/{company}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Whether the company's official account is set up (never the token)")
    WechatAccounts.WechatAccountView account(@PathVariable long company) {
        return accounts.view(company, organisation.currentUser());
    }

    @PutMapping("/wechat-accounts/{company}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Sets the company's official account and callback token, and for the safe (encrypted) mode "
            + "its AppID and EncodingAESKey (stored sealed, never shown again); without them the plaintext mode")
    WechatAccounts.WechatAccountView setAccount(@PathVariable long company, @Valid @RequestBody AccountSettings body) {
        return accounts.set(company, body.accountId(), body.token(), blankToNull(body.appId()),
                blankToNull(body.encodingAesKey()), organisation.currentUser());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @GetMapping("/wechat-messages")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    @Operation(summary = "WeChat messages from senders not linked to one customer (triage), newest first; "
            + "before: the last id of the previous page")
    List<WechatTriage.TriageItem> triage(@RequestParam(required = false) @Min(1) Long before,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return triage.waiting(before, limit, organisation.currentUser());
    }
}
