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
 * A company's WeChat official account (公众号): its original id and the token WeChat signs callbacks with, sealed by
 * the platform's {@link FieldCipher} (decision 024). The token is written by an administrator of the company and
 * read back by nobody: only the callback opens it, to check a signature.
 */
@Service
class WechatAccounts {

    static final String PURPOSE = "wechat_account.token";

    /** The account as a callback needs it. */
    record Account(long companyId, String scopePath, String accountId, String token) {
    }

    /** What an administrator reads back: whether a token is set, never the token. */
    record WechatAccountView(long companyId, String accountId, boolean tokenSet, Instant updatedAt) {
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
        return jdbc.sql("select account_id, token_key, token_sealed from wechat_account where company_id = :company")
                .param("company", companyId)
                .query((rs, n) -> new Account(companyId, company.get().path(), rs.getString("account_id"),
                        cipher.open(PURPOSE, new FieldCipher.Sealed(rs.getString("token_key"),
                                rs.getBytes("token_sealed")))))
                .optional();
    }

    /** Sets the company's account and token; only an administrator whose branch covers the company. */
    @Transactional
    WechatAccountView set(long companyId, String accountId, String token, CurrentUser user) {
        OrgNodeView company = companyOf(companyId, user);
        FieldCipher.Sealed sealed = cipher.seal(PURPOSE, token);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into wechat_account (company_id, account_id, token_key, token_sealed, updated_at, updated_by)
                values (:company, :account, :key, :sealed, :at, :by)
                on conflict (company_id) do update set account_id = excluded.account_id,
                    token_key = excluded.token_key, token_sealed = excluded.token_sealed,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("company", company.id()).param("account", accountId).param("key", sealed.keyId())
                .param("sealed", sealed.data()).param("at", Timestamp.from(now)).param("by", user.accountId())
                .update();
        return new WechatAccountView(company.id(), accountId, true, now);
    }

    @Transactional(readOnly = true)
    WechatAccountView view(long companyId, CurrentUser user) {
        OrgNodeView company = companyOf(companyId, user);
        return jdbc.sql("select account_id, updated_at from wechat_account where company_id = :company")
                .param("company", company.id())
                .query((rs, n) -> new WechatAccountView(company.id(), rs.getString("account_id"), true,
                        rs.getTimestamp("updated_at").toInstant()))
                .optional().orElse(new WechatAccountView(company.id(), null, false, null));
    }

    /** A company node the caller's branch covers, else 404 (another company's is never revealed). */
    private OrgNodeView companyOf(long companyId, CurrentUser user) {
        return organisation.node(companyId).filter(n -> n.companyId() != null && n.companyId() == companyId)
                .filter(n -> user.covers(n.path())).orElseThrow(() -> DomainException.notFound("company"));
    }
}
