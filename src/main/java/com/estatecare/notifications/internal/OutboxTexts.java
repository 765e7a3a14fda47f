package com.estatecare.notifications.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.notifications.Message;
import com.estatecare.notifications.NotificationChannel;

/**
 * Text messages of other modules (the portal's sign-in codes) through the outbox's SMS channel: the HTTP gateway
 * where one is configured, else the development sink (demo profile). The row is committed, then sent at once; a
 * failure is retried by the sender like any message. The outbox keeps the recipient masked for staff and, once the
 * message has left, its digits wiped; the log never sees the text.
 */
@Component
class OutboxTexts implements NotificationChannel {

    private final Outbox outbox;
    private final OutboxSender sender;
    private final Channels channels;
    private final TransactionTemplate transactions;

    OutboxTexts(Outbox outbox, OutboxSender sender, Channels channels, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.sender = sender;
        this.channels = channels;
        this.transactions = transactions;
    }

    @Override
    public boolean available() {
        return channels.available(ContactChannel.SMS);
    }

    @Override
    public void send(Message message) {
        if (!available()) {
            throw new IllegalStateException("no SMS channel is configured");
        }
        Long id = transactions.execute(tx -> outbox.queued(new Outbox.Queued(message.companyId(),
                message.scopePath(), "sign-in-code:" + UUID.randomUUID(), MessageKind.SIGN_IN_CODE,
                ContactChannel.SMS, null, null, null, null, message.to().value(), message.language(), null,
                message.text())).orElseThrow());
        sender.sendNow(id);
    }
}
