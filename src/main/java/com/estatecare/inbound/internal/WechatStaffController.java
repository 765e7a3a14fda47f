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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A company's official account as administrators set it, and the WeChat messages that wait for staff (triage). */
@RestController
@RequestMapping("/api/v1/inbound")
@Tag(name = "WeChat in", description = "The official account's callback (微信公众号消息接入), signed with the company's token")
class WechatStaffController {

    /**
     * The official account's settings (公众号设置): its original id (gh_…), the token entered in its server
     * configuration (3–32 letters and digits), the message mode, for the safe mode its AppID and EncodingAESKey (43
     * characters), and the relay its media are fetched through, with the relay's bearer token. The token, the key
     * and the relay token are write-only: left out, the stored ones stay.
     */
    @Schema(name = "WechatAccountSettings")
    record AccountSettings(@Size(max = 64) String accountId, @Size(max = 32) String token,
            WechatSettingsRule.Mode mode, @Size(max = 32) String appId, @Size(max = 43) String encodingAesKey,
            @Size(max = 500) String relayUrl, @Size(max = 200) String relayToken) {

        WechatSettingsRule.Settings settings() {
            return new WechatSettingsRule.Settings(accountId, token, mode, appId, encodingAesKey, relayUrl,
                    relayToken);
        }

        @Override
        public String toString() {
            return "AccountSettings " + accountId + " (secrets not shown)";
        }
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
    @Operation(summary = "Sets the company's official account: callback token, mode, for the safe (encrypted) mode its "
            + "AppID and EncodingAESKey, and the relay media are fetched through (token, key and relay token stored "
            + "sealed, never shown again; left out, the stored ones stay); audited")
    WechatAccounts.WechatAccountView setAccount(@PathVariable long company, @Valid @RequestBody AccountSettings body) {
        return accounts.save(company, body.settings(), organisation.currentUser());
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
