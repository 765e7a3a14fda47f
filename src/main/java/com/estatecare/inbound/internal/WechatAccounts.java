package com.estatecare.inbound.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldCipher;

/**
 * A company's WeChat official account (公众号): its original id and the token WeChat signs callbacks with, and for
 * the safe (encrypted) mode its AppID and EncodingAESKey (decision 042), the token and the key sealed by the
 * platform's {@link FieldCipher} (decision 024). They are written by an administrator of the company and read back
 * by nobody: only the callback opens them, to check a signature and decrypt a message.
 */
@Service
class WechatAccounts {

    static final String PURPOSE = "wechat_account.token";
    static final String KEY_PURPOSE = "wechat_account.aes_key";

    /**
     * The account as a callback needs it; {@code encryption} is null in plaintext mode, and set when the account
     * is in safe mode (then it takes encrypted messages only).
     */
    record Account(long companyId, String scopePath, String accountId, String token, WechatEncryption encryption) {

        boolean safeMode() {
            return encryption != null;
        }

        @Override
        public String toString() {
            return "Account " + accountId + " of company " + companyId + (safeMode() ? " (safe mode)" : "");
        }
    }

    /**
     * What an administrator reads back: whether a token is set and whether messages come encrypted (with the AppID,
     * which is not secret), never the token or the key.
     */
    record WechatAccountView(long companyId, String accountId, boolean tokenSet, boolean encrypted, String appId,
            Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Organisation organisation;
    private final Clock clock;

    WechatAccounts(JdbcClient jdbc, FieldCipher cipher, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The company's account with its token opened, if the company has one. */
    @Transactional(readOnly = true)
    Optional<Account> of(long companyId) {
        Optional<OrgNodeView> company = organisation.node(companyId)
                .filter(n -> n.companyId() != null && n.companyId() == companyId);
        if (company.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select account_id, token_key, token_sealed, app_id, aes_key_key, aes_key_sealed
                from wechat_account where company_id = :company""")
                .param("company", companyId)
                .query((rs, n) -> new Account(companyId, company.get().path(), rs.getString("account_id"),
                        cipher.open(PURPOSE, new FieldCipher.Sealed(rs.getString("token_key"),
                                rs.getBytes("token_sealed"))),
                        rs.getBytes("aes_key_sealed") == null ? null : WechatEncryption.of(cipher.open(KEY_PURPOSE,
                                new FieldCipher.Sealed(rs.getString("aes_key_key"), rs.getBytes("aes_key_sealed"))),
                                rs.getString("app_id")).orElseThrow()))
                .optional();
    }

    /** Sets the company's account and token, in plaintext mode; only an administrator whose branch covers it. */
    @Transactional
    WechatAccountView set(long companyId, String accountId, String token, CurrentUser user) {
        return set(companyId, accountId, token, null, null, user);
    }

    /**
     * Sets the company's account and token, and with an AppID and EncodingAESKey its safe mode (both or neither:
     * without them the account is in plaintext mode); only an administrator whose branch covers the company.
     */
    @Transactional
    WechatAccountView set(long companyId, String accountId, String token, String appId, String encodingAesKey,
            CurrentUser user) {
        OrgNodeView company = companyOf(companyId, user);
        if ((appId == null) != (encodingAesKey == null)) {
            throw DomainException.invalidField(appId == null ? "appId" : "encodingAesKey", "required");
        }
        FieldCipher.Sealed sealed = cipher.seal(PURPOSE, token);
        FieldCipher.Sealed key = encodingAesKey == null ? null : cipher.seal(KEY_PURPOSE, encodingAesKey);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into wechat_account (company_id, account_id, token_key, token_sealed, app_id, aes_key_key,
                    aes_key_sealed, updated_at, updated_by)
                values (:company, :account, :key, :sealed, :appId, :aesKeyId, :aesSealed, :at, :by)
                on conflict (company_id) do update set account_id = excluded.account_id,
                    token_key = excluded.token_key, token_sealed = excluded.token_sealed, app_id = excluded.app_id,
                    aes_key_key = excluded.aes_key_key, aes_key_sealed = excluded.aes_key_sealed,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("company", company.id()).param("account", accountId).param("key", sealed.keyId())
                .param("sealed", sealed.data()).param("appId", appId)
                .param("aesKeyId", key == null ? null : key.keyId()).param("aesSealed", key == null ? null : key.data())
                .param("at", Timestamp.from(now)).param("by", user.accountId())
                .update();
        return new WechatAccountView(company.id(), accountId, true, key != null, appId, now);
    }

    @Transactional(readOnly = true)
    WechatAccountView view(long companyId, CurrentUser user) {
        OrgNodeView company = companyOf(companyId, user);
        return jdbc.sql("select account_id, app_id, updated_at from wechat_account where company_id = :company")
                .param("company", company.id())
                .query((rs, n) -> new WechatAccountView(company.id(), rs.getString("account_id"), true,
                        rs.getString("app_id") != null, rs.getString("app_id"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional().orElse(new WechatAccountView(company.id(), null, false, false, null, null));
    }

    /** A company node the caller's branch covers, else 404 (another company's is never revealed). */
    private OrgNodeView companyOf(long companyId, CurrentUser user) {
        return organisation.node(companyId).filter(n -> n.companyId() != null && n.companyId() == companyId)
                .filter(n -> user.covers(n.path())).orElseThrow(() -> DomainException.notFound("company"));
    }
}
