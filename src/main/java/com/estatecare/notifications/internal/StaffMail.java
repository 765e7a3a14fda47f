package com.estatecare.notifications.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffContact;
import com.estatecare.registry.Registry;
import com.estatecare.requests.RequestFacts;

/**
 * E-mail to staff (派工, 时限预警, 超时, 升级), beside the notice in their inbox: one message per staff member with an
 * e-mail address and event (the key {@code staff:<the inbox's event key>:<account>}, so that an event delivered
 * twice is mailed once), in the staff member's language, from the company's template of the kind, through the
 * outbox and its SMTP server.
 */
@Component
class StaffMail {

    private final Outbox outbox;
    private final MessageTemplates templates;
    private final Channels channels;
    private final Organisation organisation;
    private final Registry registry;
    private final MessageSource texts;

    StaffMail(Outbox outbox, MessageTemplates templates, Channels channels, Organisation organisation,
            Registry registry, MessageSource texts) {
        this.outbox = outbox;
        this.templates = templates;
        this.channels = channels;
        this.organisation = organisation;
        this.registry = registry;
        this.texts = texts;
    }

    /**
     * Mails each of {@code accounts} about the request. {@code subject} is a limit or a level, translated into each
     * reader's language as the {@code limit} or {@code level} placeholder; returns how many mails were queued.
     */
    @Transactional
    int send(Collection<Long> accounts, MessageKind kind, RequestFacts facts, String subject, String eventKey) {
        if (!channels.available(ContactChannel.EMAIL)) {
            return 0;
        }
        int queued = 0;
        for (Long account : accounts.stream().distinct().toList()) {
            StaffContact contact = organisation.contact(account).filter(c -> c.email() != null).orElse(null);
            if (contact != null && queue(contact, kind, facts, subject, eventKey)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean queue(StaffContact contact, MessageKind kind, RequestFacts facts, String subject,
            String eventKey) {
        String language = contact.language();
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> values = new HashMap<>();
        values.put("staff", contact.displayName());
        values.put("number", facts.number());
        if (subject != null) {
            String translated = texts.getMessage("subject." + subject, null, subject, locale);
            values.put("limit", translated);
            values.put("level", translated);
        }
        if (facts.unitId() != null) {
            registry.unit(facts.unitId()).ifPresent(unit -> values.put("unit", Registry.label(unit)));
        }
        MessageTemplates.Template template = templates.of(facts.companyId(), kind, language);
        String text = OutboundMessages.cut(TemplateText.render(template.body(), values), OutboundMessages.MAX_BODY);
        return outbox.queue(new Outbox.Queued(facts.companyId(), facts.scopePath(),
                "staff:" + eventKey + ":" + contact.accountId(), kind, ContactChannel.EMAIL, null, contact.accountId(),
                facts.id(), facts.number(), contact.email(), language,
                OutboundMessages.cut(TemplateText.render(template.subject(), values), OutboundMessages.MAX_SUBJECT),
                text));
    }
}
