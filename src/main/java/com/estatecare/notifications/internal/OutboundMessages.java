package com.estatecare.notifications.internal;

import java.util.HashMap;
import java.util.Map;

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
        String subject = cut(TemplateText.render(template.subject(), rendered), MAX_SUBJECT);
        String body = cut(TemplateText.render(template.body(), rendered), MAX_BODY);
        int queued = 0;
        for (ContactChannel channel : ChannelChoice.channels(contact, choices.enabled())) {
            if (channels.available(channel) && outbox.queue(new Outbox.Queued(companyId, scopePath, key, kind, channel,
                    customer.id(), null, requestId, number, ChannelChoice.address(contact, channel), language, subject,
                    body))) {
                queued++;
            }
        }
        return queued;
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
