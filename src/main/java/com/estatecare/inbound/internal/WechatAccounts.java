package com.estatecare.inbound.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.inbound.WechatAccountChanged;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldCipher;
import com.estatecare.platform.FieldProblem;

/**
 * A company's WeChat official account (公众号): its original id and the token WeChat signs callbacks with, for the
 * safe (encrypted) mode its AppID and EncodingAESKey (decision 042), and the relay its media are fetched through
 * (decision 047); the token, the key and the relay's token sealed by the platform's {@link FieldCipher} (decision
 * 024). They are written by an administrator of the company and read back by nobody: only the callback opens them,
 * to check a signature and decrypt a message; the screen sees the key masked.
 */
@Service
class WechatAccounts {

    static final String PURPOSE = "wechat_account.token";
    static final String KEY_PURPOSE = "wechat_account.aes_key";
    static final String RELAY_PURPOSE = "wechat_account.relay_token";

    /** Where a company's media are fetched: its own relay, or the deployment's default. */
    record Relay(URI url, String token) {

        @Override
        public String toString() {
            return "Relay " + url.getHost();
        }
    }

    /**
     * The account as a callback needs it; {@code encryption} is null in plaintext mode, and set when the account
     * is in safe mode (then it takes encrypted messages only); {@code relay} is null when media are not fetched.
     */
    record Account(long companyId, String scopePath, String accountId, String token, WechatEncryption encryption,
            Relay relay) {

        boolean safeMode() {
            return encryption != null;
        }

        @Override
        public String toString() {
            return "Account " + accountId + " of company " + companyId + (safeMode() ? " (safe mode)" : "");
        }
    }

    /**
     * What an administrator reads back: whether a token is set, the mode, the AppID (not secret), the key masked,
     * the relay's address and whether its token is set, and whether media are fetched at all (the company's relay
     * or the deployment's default) — never the token or the key.
     */
    record WechatAccountView(long companyId, String accountId, boolean tokenSet, boolean encrypted,
            WechatSettingsRule.Mode mode, String appId, String encodingAesKeyMasked, String relayUrl,
            boolean relayTokenSet, boolean mediaFetched, Instant updatedAt) {
    }

    private record Row(String accountId, String appId, String key, String relayUrl, boolean relayTokenSet,
            Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Organisation organisation;
    private final WechatMediaProperties defaults;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WechatAccounts(JdbcClient jdbc, FieldCipher cipher, Organisation organisation, WechatMediaProperties defaults,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.organisation = organisation;
        this.defaults = defaults;
        this.events = events;
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
                select account_id, token_key, token_sealed, app_id, aes_key_key, aes_key_sealed, relay_url,
                    relay_token_key, relay_token_sealed
                from wechat_account where company_id = :company""")
                .param("company", companyId)
                .query((rs, n) -> new Account(companyId, company.get().path(), rs.getString("account_id"),
                        cipher.open(PURPOSE, new FieldCipher.Sealed(rs.getString("token_key"),
                                rs.getBytes("token_sealed"))),
                        rs.getBytes("aes_key_sealed") == null ? null : WechatEncryption.of(cipher.open(KEY_PURPOSE,
                                new FieldCipher.Sealed(rs.getString("aes_key_key"), rs.getBytes("aes_key_sealed"))),
                                rs.getString("app_id")).orElseThrow(),
                        relay(rs)))
                .optional();
    }

    /** The relay a company's media are fetched through, if any. */
    @Transactional(readOnly = true)
    Optional<Relay> relayOf(long companyId) {
        return jdbc.sql("""
                select relay_url, relay_token_key, relay_token_sealed from wechat_account where company_id = :company""")
                .param("company", companyId).query((rs, n) -> Optional.ofNullable(relay(rs))).optional()
                .orElseGet(() -> Optional.ofNullable(defaultRelay()));
    }

    private Relay relay(ResultSet rs) throws SQLException {
        String url = rs.getString("relay_url");
        if (url == null) {
            return defaultRelay();
        }
        byte[] sealed = rs.getBytes("relay_token_sealed");
        return new Relay(URI.create(url), sealed == null ? null
                : cipher.open(RELAY_PURPOSE, new FieldCipher.Sealed(rs.getString("relay_token_key"), sealed)));
    }

    private Relay defaultRelay() {
        return defaults.configured() ? new Relay(defaults.url(), defaults.token()) : null;
    }

    /** Sets the company's account and token, in plaintext mode, without a relay of its own. */
    @Transactional
    WechatAccountView set(long companyId, String accountId, String token, CurrentUser user) {
        return save(companyId, new WechatSettingsRule.Settings(accountId, token, WechatSettingsRule.Mode.PLAIN, null,
                null, null, null), user);
    }

    /**
     * Saves the company's settings (only an administrator whose branch covers the company, else 404): a token or
     * key left empty keeps the stored one; plaintext mode clears the AppID and the key; an empty relay address
     * returns to the deployment's default (and forgets the relay's token); a relay token of {@code ""} is removed.
     * Refused whole (400, naming each field) when a field breaks {@link WechatSettingsRule}; audited.
     */
    @Transactional
    WechatAccountView save(long companyId, WechatSettingsRule.Settings s, CurrentUser user) {
        OrgNodeView company = companyOf(companyId, user);
        Optional<Row> stored = row(company.id());
        List<FieldProblem> problems = WechatSettingsRule.problems(s, stored
                .map(r -> new WechatSettingsRule.Stored(true, r.key() != null))
                .orElse(WechatSettingsRule.Stored.NONE));
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        boolean safe = s.effectiveMode() == WechatSettingsRule.Mode.SAFE;
        String relayUrl = WechatSettingsRule.given(s.relayUrl()) ? s.relayUrl().strip() : null;
        Instant now = clock.instant();
        jdbc.sql("""
                insert into wechat_account (company_id, account_id, token_key, token_sealed, updated_at, updated_by)
                values (:company, :account, :key, :sealed, :at, :by)
                on conflict (company_id) do update set account_id = excluded.account_id,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("company", company.id()).param("account", s.accountId())
                .param("key", "-").param("sealed", new byte[0]).param("at", Timestamp.from(now))
                .param("by", user.accountId()).update();
        if (WechatSettingsRule.given(s.token())) {
            FieldCipher.Sealed token = cipher.seal(PURPOSE, s.token());
            jdbc.sql("update wechat_account set token_key = :key, token_sealed = :sealed where company_id = :company")
                    .param("key", token.keyId()).param("sealed", token.data()).param("company", company.id()).update();
        }
        if (!safe) {
            jdbc.sql("""
                    update wechat_account set app_id = null, aes_key_key = null, aes_key_sealed = null
                    where company_id = :company""").param("company", company.id()).update();
        } else if (WechatSettingsRule.given(s.encodingAesKey())) {
            FieldCipher.Sealed key = cipher.seal(KEY_PURPOSE, s.encodingAesKey());
            jdbc.sql("""
                    update wechat_account set app_id = :app, aes_key_key = :key, aes_key_sealed = :sealed
                    where company_id = :company""")
                    .param("app", s.appId()).param("key", key.keyId()).param("sealed", key.data())
                    .param("company", company.id()).update();
        } else {
            jdbc.sql("update wechat_account set app_id = :app where company_id = :company")
                    .param("app", s.appId()).param("company", company.id()).update();
        }
        jdbc.sql("update wechat_account set relay_url = :url where company_id = :company")
                .param("url", relayUrl).param("company", company.id()).update();
        if (relayUrl == null || "".equals(s.relayToken())) {
            setRelayToken(company.id(), null);
        } else if (WechatSettingsRule.given(s.relayToken())) {
            setRelayToken(company.id(), cipher.seal(RELAY_PURPOSE, s.relayToken()));
        }
        Row after = row(company.id()).orElseThrow();
        audit(company, stored, after, s);
        return view(company.id(), after);
    }

    private void setRelayToken(long companyId, FieldCipher.Sealed sealed) {
        jdbc.sql("""
                update wechat_account set relay_token_key = :key, relay_token_sealed = :sealed
                where company_id = :company""")
                .param("key", sealed == null ? null : sealed.keyId()).param("sealed", sealed == null ? null : sealed.data())
                .param("company", companyId).update();
    }

    private void audit(OrgNodeView company, Optional<Row> before, Row after, WechatSettingsRule.Settings s) {
        Map<String, String> was = plain(before.orElse(null));
        Map<String, String> now = plain(after);
        List<String> changed = new ArrayList<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(was.get(field), value)) {
                changed.add(field);
            }
        });
        if (WechatSettingsRule.given(s.token())) {
            changed.add("token");
        }
        if (WechatSettingsRule.given(s.encodingAesKey()) && after.key() != null) {
            changed.add("encodingAesKey");
        }
        if (WechatSettingsRule.given(s.relayToken()) && after.relayTokenSet()
                || before.map(Row::relayTokenSet).orElse(false) && !after.relayTokenSet()) {
            changed.add("relayToken");
        }
        events.publishEvent(new WechatAccountChanged(company.id(), company.path(), List.copyOf(changed), was, now));
    }

    /** The settings that are not secret, as the audit log keeps them. */
    private static Map<String, String> plain(Row row) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("accountId", row == null ? null : row.accountId());
        values.put("mode", row == null ? null : row.key() == null ? "PLAIN" : "SAFE");
        values.put("appId", row == null ? null : row.appId());
        values.put("relayUrl", row == null ? null : row.relayUrl());
        return values;
    }

    @Transactional(readOnly = true)
    WechatAccountView view(long companyId, CurrentUser user) {
        OrgNodeView company = companyOf(companyId, user);
        return row(company.id()).map(r -> view(company.id(), r))
                .orElse(new WechatAccountView(company.id(), null, false, false, WechatSettingsRule.Mode.PLAIN, null,
                        null, null, false, defaults.configured(), null));
    }

    private WechatAccountView view(long companyId, Row r) {
        return new WechatAccountView(companyId, r.accountId(), true, r.key() != null,
                r.key() == null ? WechatSettingsRule.Mode.PLAIN : WechatSettingsRule.Mode.SAFE, r.appId(),
                WechatSettingsRule.masked(r.key()), r.relayUrl(), r.relayTokenSet(),
                r.relayUrl() != null || defaults.configured(), r.updatedAt());
    }

    private Optional<Row> row(long companyId) {
        return jdbc.sql("""
                select account_id, app_id, aes_key_key, aes_key_sealed, relay_url, relay_token_sealed is not null
                    as relay_token_set, updated_at
                from wechat_account where company_id = :company""")
                .param("company", companyId)
                .query((rs, n) -> new Row(rs.getString("account_id"), rs.getString("app_id"),
                        rs.getBytes("aes_key_sealed") == null ? null : cipher.open(KEY_PURPOSE,
                                new FieldCipher.Sealed(rs.getString("aes_key_key"), rs.getBytes("aes_key_sealed"))),
                        rs.getString("relay_url"), rs.getBoolean("relay_token_set"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** A company node the caller's branch covers, else 404 (another company's is never revealed). */
    private OrgNodeView companyOf(long companyId, CurrentUser user) {
        return organisation.node(companyId).filter(n -> n.companyId() != null && n.companyId() == companyId)
                .filter(n -> user.covers(n.path())).orElseThrow(() -> DomainException.notFound("company"));
    }
}
