package com.estatecare.notifications.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.registry.CustomerView;

/**
 * Writes an owner's message into the outbox: one row per channel the owner takes (an address on file, not opted
 * out, a way out configured), in the owner's language, from the company's template of the kind.
 */
@Component
class OutboundMessages {

    /** The outbox's columns: a template full of long placeholders is cut rather than refused (the event stays). */
    static final int MAX_SUBJECT = 400;
    static final int MAX_BODY = 2000;

    private final Outbox outbox;
    private final MessageTemplates templates;
    private final ContactPreferences preferences;
    private final Channels channels;

    OutboundMessages(Outbox outbox, MessageTemplates templates, ContactPreferences preferences, Channels channels) {
        this.outbox = outbox;
        this.templates = templates;
        this.preferences = preferences;
        this.channels = channels;
    }

    /**
     * Queues the message of {@code kind} for {@code key} (the event's own, the same however often it arrives).
     * A value may be given per language as {@code name@en}; {@code customer} is the owner's name.
     */
    @Transactional
    int queue(long companyId, String scopePath, CustomerView customer, MessageKind kind, String key, Long requestId,
            String number, Map<String, String> values) {
        Rendered message = render(companyId, customer, kind, values);
        int queued = 0;
        for (ContactChannel channel : ChannelChoice.channels(message.contact(), message.choices().enabled())) {
            if (channels.available(channel) && outbox.queue(new Outbox.Queued(companyId, scopePath, key, kind, channel,
                    customer.id(), null, requestId, number, ChannelChoice.address(message.contact(), channel),
                    message.choices().language(), message.subject(), message.body()))) {
                queued++;
            }
        }
        return queued;
    }

    /**
     * Queues the message by one channel only, if the owner takes it (their address, their choice) and it is
     * configured; answers the new row's id, empty when it is not queued or was queued before under {@code key}.
     */
    @Transactional
    Optional<Long> queueBy(ContactChannel channel, long companyId, String scopePath, CustomerView customer,
            MessageKind kind, String key, Map<String, String> values) {
        Rendered message = render(companyId, customer, kind, values);
        if (!channels.available(channel)
                || !ChannelChoice.channels(message.contact(), message.choices().enabled()).contains(channel)) {
            return Optional.empty();
        }
        return outbox.queued(new Outbox.Queued(companyId, scopePath, key, kind, channel, customer.id(), null, null,
                null, ChannelChoice.address(message.contact(), channel), message.choices().language(),
                message.subject(), message.body()));
    }

    /** The message in the owner's language, with their contact and choices. */
    private record Rendered(ChannelChoice.Contact contact, ContactPreferences.Choices choices, String subject,
            String body) {
    }

    private Rendered render(long companyId, CustomerView customer, MessageKind kind, Map<String, String> values) {
        ContactPreferences.Choices choices = preferences.of(customer.id());
        ChannelChoice.Contact contact = new ChannelChoice.Contact(customer.email(), customer.phone(), customer.wechat());
        String language = choices.language();
        MessageTemplates.Template template = templates.of(companyId, kind, language);
        Map<String, String> rendered = new HashMap<>();
        values.forEach((name, value) -> {
            if (!name.contains("@")) {
                rendered.put(name, value);
            }
        });
        values.forEach((name, value) -> {
            if (name.endsWith("@" + language)) {
                rendered.put(name.substring(0, name.indexOf('@')), value);
            }
        });
        rendered.put("customer", customer.name());
        return new Rendered(contact, choices, cut(TemplateText.render(template.subject(), rendered), MAX_SUBJECT),
                cut(TemplateText.render(template.body(), rendered), MAX_BODY));
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
