package com.estatecare.notifications.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.club.ClubMagazineFiles;
import com.estatecare.club.ClubMagazinePublished;
import com.estatecare.registry.Registry;

/**
 * 会刊 by e-mail (decision 051): each member who opted in to the magazine, has an e-mail address and takes e-mail
 * (the owner's channel choices, as every owner's message) gets the published issue once, with its PDF attached
 * within {@link MailAttachments}' bounds (a PDF beyond them is left out and the mail says where to read it). Each
 * mail has its member's key ({@link ClubMagazinePublished#mailKey}), so a redelivered event queues nothing more; an
 * owner who opts out of e-mail before the mail leaves is skipped by the sender, as any message.
 */
@Component
class MagazineMail {

    private final OutboundMessages messages;
    private final Registry registry;
    private final ClubMagazineFiles files;
    private final Outbox outbox;

    MagazineMail(OutboundMessages messages, Registry registry, ClubMagazineFiles files, Outbox outbox) {
        this.messages = messages;
        this.registry = registry;
        this.files = files;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(ClubMagazinePublished event) {
        Optional<OutboundChannel.Attachment> pdf = files.published(event.companyId(), event.issueId())
                .map(file -> new OutboundChannel.Attachment(file.filename(), "application/pdf", file.content()))
                .filter(file -> MailAttachments.bound(List.of(file)).left().isEmpty());
        Map<String, String> values = Map.of("number", String.valueOf(event.number()), "title", event.title());
        for (long customerId : event.customerIds()) {
            registry.customer(customerId).ifPresent(customer -> messages.queueBy(ContactChannel.EMAIL,
                    event.companyId(), event.scopePath(), customer, MessageKind.CLUB_MAGAZINE,
                    event.mailKey(customerId), values)
                    .ifPresent(id -> pdf.ifPresent(file -> outbox.attach(id, file))));
        }
    }
}
