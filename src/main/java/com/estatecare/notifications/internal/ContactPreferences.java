package com.estatecare.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An owner's choices of channels and language, kept as a history: each change is a row with its time and who
 * made it (the owner, or staff on their behalf), and the newest row of each channel counts.
 */
@Component
class ContactPreferences {

    static final String DEFAULT_LANGUAGE = "zh-CN";

    /** A channel's current choice and when it was made (null: never chosen, the channel is on). */
    record Choice(boolean enabled, Instant changedAt) {
    }

    /** Everything an owner chose: per channel, and the language of their messages. */
    record Choices(Map<ContactChannel, Choice> channels, String language, Instant languageChangedAt) {

        Map<ContactChannel, Boolean> enabled() {
            Map<ContactChannel, Boolean> enabled = new EnumMap<>(ContactChannel.class);
            channels.forEach((channel, choice) -> enabled.put(channel, choice.enabled()));
            return enabled;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ContactPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Choices of(long customerId) {
        Map<ContactChannel, Choice> channels = new EnumMap<>(ContactChannel.class);
        String[] language = { DEFAULT_LANGUAGE };
        Instant[] languageAt = { null };
        jdbc.sql("""
                select distinct on (channel) channel, enabled, language, changed_at from contact_preference
                where customer_id = :customer order by channel, id desc""")
                .param("customer", customerId).query(rs -> {
                    Instant at = rs.getTimestamp("changed_at").toInstant();
                    if ("LANGUAGE".equals(rs.getString("channel"))) {
                        language[0] = rs.getString("language");
                        languageAt[0] = at;
                    } else {
                        channels.put(ContactChannel.valueOf(rs.getString("channel")),
                                new Choice(rs.getBoolean("enabled"), at));
                    }
                });
        return new Choices(channels, language[0], languageAt[0]);
    }

    /** Records the channels and language that differ from the current choice; returns the choices now. */
    @Transactional
    Choices record(long companyId, long customerId, Map<ContactChannel, Boolean> wanted, String language,
            long accountId) {
        Choices current = of(customerId);
        Timestamp now = Timestamp.from(clock.instant());
        wanted.forEach((channel, enabled) -> {
            Choice was = current.channels().get(channel);
            boolean wasEnabled = was == null || was.enabled();
            if (was == null || wasEnabled != enabled) {
                insert(companyId, customerId, channel.name(), enabled, null, accountId, now);
            }
        });
        if (language != null && (current.languageChangedAt() == null || !language.equals(current.language()))) {
            insert(companyId, customerId, "LANGUAGE", true, language, accountId, now);
        }
        return of(customerId);
    }

    private void insert(long companyId, long customerId, String channel, boolean enabled, String language,
            long accountId, Timestamp at) {
        jdbc.sql("""
                insert into contact_preference (company_id, customer_id, channel, enabled, language, changed_by,
                    changed_at)
                values (:company, :customer, :channel, :enabled, :language, :by, :at)""")
                .param("company", companyId).param("customer", customerId).param("channel", channel)
                .param("enabled", enabled).param("language", language).param("by", accountId).param("at", at)
                .update();
    }
}
