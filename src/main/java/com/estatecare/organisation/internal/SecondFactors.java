package com.estatecare.organisation.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.AccountChanged;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldCipher;

/**
 * A staff member's second factor (二次验证): a TOTP secret sealed by the platform's {@link FieldCipher}, enabled by
 * a first code, with ten recovery codes shown once and kept as hashes. Required of the roles named by
 * {@code estatecare.security.second-factor.required-roles} (administrators and HQ in the {@code prod} profile).
 * Every change is told as an {@link AccountChanged} ({@code SECOND_FACTOR}), which the audit log records.
 */
@Component
class SecondFactors {

    static final String PURPOSE = "account.totp_secret";
    private static final int SECRET_BYTES = 20;

    record SecondFactorEnrolment(String secret, String uri) {
    }

    record SecondFactorStatus(boolean enabled, boolean required, int recoveryCodesLeft) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Set<Role> requiredRoles;
    private final String issuer;
    private final TotpCodes codes = new TotpCodes();
    private final SecureRandom random = new SecureRandom();

    SecondFactors(JdbcClient jdbc, FieldCipher cipher, Clock clock, ApplicationEventPublisher events,
            @Value("${estatecare.security.second-factor.required-roles:}") Set<Role> requiredRoles,
            @Value("${estatecare.security.second-factor.issuer:EstateCare}") String issuer) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.events = events;
        this.requiredRoles = Set.copyOf(requiredRoles);
        this.issuer = issuer;
    }

    boolean enabled(long accountId) {
        return jdbc.sql("select count(*) from account_second_factor where account_id = :a and enabled_at is not null")
                .param("a", accountId).query(Long.class).single() > 0;
    }

    /** Whether the account's roles must have a second factor before they reach anything. */
    boolean required(CurrentUser user) {
        return user.hasAny(requiredRoles);
    }

    SecondFactorStatus status(CurrentUser user) {
        int left = jdbc.sql("select count(*) from account_recovery_code where account_id = :a and used_at is null")
                .param("a", user.accountId()).query(Integer.class).single();
        return new SecondFactorStatus(enabled(user.accountId()), required(user), left);
    }

    /** A new secret awaiting its first code; replaces an earlier unconfirmed one. Refused while one is enabled. */
    @Transactional
    SecondFactorEnrolment start(CurrentUser user) {
        if (enabled(user.accountId())) {
            throw DomainException.conflict("second-factor-enabled");
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        FieldCipher.Sealed sealed = cipher.seal(PURPOSE, TotpCodes.base32(secret));
        jdbc.sql("delete from account_second_factor where account_id = :a").param("a", user.accountId()).update();
        jdbc.sql("""
                insert into account_second_factor (account_id, secret, secret_key, created_at)
                values (:a, :secret, :key, :now)""")
                .param("a", user.accountId()).param("secret", sealed.data()).param("key", sealed.keyId())
                .param("now", Timestamp.from(clock.instant())).update();
        return new SecondFactorEnrolment(TotpCodes.base32(secret), TotpCodes.uri(issuer, user.username(), secret));
    }

    /**
     * The first code proves the app holds the secret: the factor is enabled and ten recovery codes are made,
     * returned once. A wrong code is refused as a bad {@code code} and enables nothing.
     */
    @Transactional
    List<String> confirm(CurrentUser user, String code) {
        Secret pending = secret(user.accountId()).filter(s -> !s.enabled())
                .orElseThrow(() -> DomainException.conflict("second-factor-not-started"));
        OptionalLong step = codes.matchingStep(pending.bytes(), code, clock.instant(), pending.lastStep());
        if (step.isEmpty()) {
            throw DomainException.invalidField("code", "totp-code-wrong");
        }
        jdbc.sql("update account_second_factor set enabled_at = :now, last_step = :step where account_id = :a")
                .param("now", Timestamp.from(clock.instant())).param("step", step.getAsLong())
                .param("a", user.accountId()).update();
        List<String> recovery = newRecoveryCodes(user.accountId());
        told(user.accountId(), "ENABLED");
        return recovery;
    }

    /**
     * Whether {@code code} is the account's current TOTP code not used before, or one of its unused recovery codes
     * (used up by this). A TOTP step is taken by a conditional update, so two requests racing with one code cannot
     * both succeed.
     */
    @Transactional
    boolean check(long accountId, String code) {
        Optional<Secret> secret = secret(accountId).filter(Secret::enabled);
        if (secret.isEmpty() || code == null) {
            return false;
        }
        if (!TotpCodes.wellFormed(code)) {
            return useRecoveryCode(accountId, code);
        }
        OptionalLong step = codes.matchingStep(secret.get().bytes(), code, clock.instant(), secret.get().lastStep());
        return step.isPresent() && jdbc.sql("""
                update account_second_factor set last_step = :step where account_id = :a and last_step < :step""")
                .param("step", step.getAsLong()).param("a", accountId).update() == 1;
    }

    /** The person turns their second factor off, proving it with a code; refused where it is required. */
    @Transactional
    void disable(CurrentUser user, String code) {
        if (required(user)) {
            throw DomainException.conflict("second-factor-required");
        }
        if (!check(user.accountId(), code)) {
            throw DomainException.invalidField("code", "totp-code-wrong");
        }
        remove(user.accountId());
    }

    /** An administrator removes a person's second factor (a lost phone): they sign in by password and enrol again. */
    @Transactional
    void reset(long accountId) {
        if (jdbc.sql("select count(*) from account_second_factor where account_id = :a").param("a", accountId)
                .query(Long.class).single() == 0) {
            throw DomainException.notFound("second-factor");
        }
        remove(accountId);
    }

    private void remove(long accountId) {
        jdbc.sql("delete from account_recovery_code where account_id = :a").param("a", accountId).update();
        jdbc.sql("delete from account_second_factor where account_id = :a").param("a", accountId).update();
        told(accountId, "DISABLED");
    }

    private List<String> newRecoveryCodes(long accountId) {
        jdbc.sql("delete from account_recovery_code where account_id = :a").param("a", accountId).update();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String code = RecoveryCodes.next(random);
            made.add(code);
            jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (:a, :hash)")
                    .param("a", accountId).param("hash", RecoveryCodes.hash(RecoveryCodes.normalise(code).orElseThrow()))
                    .update();
        }
        return made;
    }

    private boolean useRecoveryCode(long accountId, String code) {
        return RecoveryCodes.normalise(code).map(normal -> jdbc.sql("""
                update account_recovery_code set used_at = :now
                where id = (
                        select id from account_recovery_code
                        where account_id = :a and code_hash = :hash and used_at is null
                        limit 1)
                  and used_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("a", accountId)
                .param("hash", RecoveryCodes.hash(normal)).update() == 1).orElse(false);
    }

    private record Secret(byte[] bytes, boolean enabled, long lastStep) {
    }

    private Optional<Secret> secret(long accountId) {
        return jdbc.sql("""
                select secret, secret_key, enabled_at is not null as enabled, last_step from account_second_factor
                where account_id = :a for update""").param("a", accountId)
                .query((rs, row) -> new Secret(TotpCodes.base32Decode(cipher.open(PURPOSE,
                        new FieldCipher.Sealed(rs.getString("secret_key"), rs.getBytes("secret")))),
                        rs.getBoolean("enabled"), rs.getLong("last_step"))).optional();
    }

    private void told(long accountId, String change) {
        var row = jdbc.sql("select username, org_node_id from account where id = :a").param("a", accountId)
                .query((rs, n) -> Map.entry(rs.getString("username"), rs.getLong("org_node_id"))).single();
        String before = "ENABLED".equals(change) ? "off" : "on";
        String after = "ENABLED".equals(change) ? "on" : "off";
        events.publishEvent(new AccountChanged(accountId, row.getKey(), row.getValue(), "SECOND_FACTOR",
                Map.of("secondFactor", before), Map.of("secondFactor", after), clock.instant()));
    }
}
