package com.estatecare.portal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.notifications.Message;
import com.estatecare.notifications.NotificationChannel;
import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.portal.internal.CodeRules.StoredCode;
import com.estatecare.portal.internal.CodeRules.Verdict;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;

/**
 * Issues and checks one-time sign-in codes. Every request for a code is
 * stored and limited alike, whether or not the phone belongs to an owner, and
 * costs the same hash, so that neither the answer nor the limits tell who is
 * an owner; only an owner's phone is sent the code. Codes are kept as hashes
 * (the application's password encoder); phones as the SHA-256 of their digits,
 * a key to count by, never shown.
 */
@Service
class PortalCodes {

    private static final Logger log = LoggerFactory.getLogger(PortalCodes.class);
    /** Rows older than this are of no use to any rule and are deleted, a few at a time. */
    private static final Duration KEPT = Duration.ofDays(1);

    /** A company the caller may choose between, when their phone is a customer's in several. */
    record Company(long id, String name) {
    }

    /** How an attempt to sign in ended. */
    sealed interface Outcome {
        record SignedIn(AccountView account) implements Outcome {
        }

        record Invalid() implements Outcome {
        }

        record ChooseCompany(List<Company> companies) implements Outcome {
        }

        record UnknownCompany() implements Outcome {
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PasswordEncoder hashes;
    private final Registry registry;
    private final Organisation organisation;
    private final ObjectProvider<NotificationChannel> channel;
    private final MessageSource messages;
    private final CodeRules rules;
    private final SecureRandom random = new SecureRandom();

    PortalCodes(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, PasswordEncoder hashes,
            Registry registry, Organisation organisation, ObjectProvider<NotificationChannel> channel,
            MessageSource messages, CodeRules rules) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.hashes = hashes;
        this.registry = registry;
        this.organisation = organisation;
        this.channel = channel;
        this.messages = messages;
        this.rules = rules;
    }

    /** Whether a channel is configured: without one, no code can reach anybody and none is offered. */
    boolean available() {
        NotificationChannel found = channel.getIfAvailable();
        return found != null && found.available();
    }

    /** A new code for this phone, replacing any earlier one; sent only if the phone is a portal customer's. */
    void request(PhoneNumber phone, String address, Locale locale) {
        String key = key(phone);
        String code = CodeRules.newCode(random);
        String hash = hashes.encode(code);
        CustomerView owner = registry.ownersByPhone(phone.value()).stream().findFirst().orElse(null);
        Instant now = clock.instant();
        transactions.executeWithoutResult(tx -> {
            lock(key);
            List<Instant> forPhone = times("phone_key", key, now);
            List<Instant> fromAddress = times("client_address", address, now);
            rules.refusal(forPhone, fromAddress, now).ifPresent(refusal -> {
                throw new CodeRequestRefused(refusal);
            });
            jdbc.sql("""
                    update portal_code set voided_at = :now
                    where phone_key = :key and used_at is null and voided_at is null""")
                    .param("now", Timestamp.from(now)).param("key", key).update();
            jdbc.sql("""
                    insert into portal_code (phone_key, code_hash, client_address, created_at, expires_at, wrong_attempts)
                    values (:key, :hash, :address, :now, :expires, 0)""")
                    .param("key", key).param("hash", hash).param("address", address)
                    .param("now", Timestamp.from(now)).param("expires", Timestamp.from(rules.expiresAt(now))).update();
            jdbc.sql("delete from portal_code where id in (select id from portal_code where created_at < :old limit 100)")
                    .param("old", Timestamp.from(now.minus(KEPT))).update();
        });
        log.info("Sign-in code requested for {} from {}{}", phone.masked(), address,
                owner != null ? "" : ": no owner, not sent");
        if (owner != null) {
            send(phone, owner, code, locale);
        }
    }

    /** Through the outbox's SMS channel, for the (first) company the phone is an owner's in. */
    private void send(PhoneNumber phone, CustomerView owner, String code, Locale locale) {
        String text = messages.getMessage("portal.code.message", new Object[] { code, rules.validity().toMinutes() },
                locale);
        try {
            channel.getObject().send(new Message(phone, text, owner.companyId(), owner.scopePath(),
                    locale.getLanguage()));
        } catch (RuntimeException e) {
            log.warn("Sign-in code for {} not sent: {}", phone.masked(), e.getClass().getName());
        }
    }

    /**
     * Checks the code against the phone's newest one and, when it is right,
     * finds (or creates) the owner account it signs into; a wrong guess is
     * counted on the code. The code is used up only by a sign-in.
     */
    Outcome signIn(PhoneNumber phone, String code, Long company) {
        String key = key(phone);
        Instant now = clock.instant();
        return transactions.execute(tx -> {
            lock(key);
            StoredCode stored = jdbc.sql("""
                    select id, code_hash, expires_at, wrong_attempts, used_at, voided_at from portal_code
                    where phone_key = :key order by id desc limit 1""").param("key", key)
                    .query((rs, row) -> new StoredCode(rs.getLong("id"), rs.getString("code_hash"),
                            rs.getTimestamp("expires_at").toInstant(), rs.getInt("wrong_attempts"),
                            instant(rs.getTimestamp("used_at")), instant(rs.getTimestamp("voided_at"))))
                    .optional().orElse(null);
            Verdict verdict = rules.verdict(stored, () -> hashes.matches(code, stored.hash()), now);
            if (verdict.countsAsWrongAttempt()) {
                jdbc.sql("""
                        update portal_code set wrong_attempts = wrong_attempts + 1,
                               voided_at = case when :voids then cast(:now as timestamp with time zone) end
                        where id = :id""").param("voids", verdict == Verdict.WRONG_AND_VOIDED)
                        .param("now", Timestamp.from(now)).param("id", stored.id()).update();
            }
            return verdict == Verdict.ACCEPTED ? accepted(phone, company, stored, now) : new Outcome.Invalid();
        });
    }

    private Outcome accepted(PhoneNumber phone, Long company, StoredCode stored, Instant now) {
        List<CustomerView> owners = registry.ownersByPhone(phone.value());
        List<Long> companies = owners.stream().map(CustomerView::companyId).distinct().toList();
        if (company == null && companies.size() > 1) {
            return new Outcome.ChooseCompany(companies.stream().map(id -> new Company(id,
                    organisation.node(id).map(OrgNodeView::name).orElse(""))).toList());
        }
        if (company != null && !companies.contains(company)) {
            return owners.isEmpty() ? used(stored, now, new Outcome.Invalid()) : new Outcome.UnknownCompany();
        }
        Optional<AccountView> account = owners.stream().filter(c -> company == null || c.companyId() == company)
                .findFirst()
                .flatMap(c -> organisation.ownerAccountFor(c.id(), c.companyId(), c.scopePath(), c.name()));
        return used(stored, now, account.<Outcome>map(Outcome.SignedIn::new).orElse(new Outcome.Invalid()));
    }

    private Outcome used(StoredCode stored, Instant now, Outcome outcome) {
        jdbc.sql("update portal_code set used_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", stored.id()).update();
        return outcome;
    }

    /** One request at a time per phone, across instances, until the transaction ends. */
    private void lock(String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", key).query(Object.class)
                .single();
    }

    private List<Instant> times(String column, String value, Instant now) {
        return jdbc.sql("select created_at from portal_code where " + column + " = :value and created_at > :since")
                .param("value", value).param("since", Timestamp.from(now.minus(CodeRules.HOUR)))
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).list();
    }

    /** What the sign-in throttle counts failures by: the phone's key, never its digits. */
    static String subject(PhoneNumber phone) {
        return "phone:" + key(phone);
    }

    static String key(PhoneNumber phone) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(phone.value().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
