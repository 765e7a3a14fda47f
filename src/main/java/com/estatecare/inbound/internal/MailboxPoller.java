package com.estatecare.inbound.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Polls every enabled mailbox over IMAP on one instance at a time (ShedLock): the unread mails, at most the
 * policy's batch per poll, each read without marking it (IMAP peek), taken by {@link MailIntake} in a transaction
 * of its own, and only then marked read. A crash before the mark leaves the mail unread: the next poll finds it
 * stored and only marks it. A mail whose intake fails stays unread and is tried at the next poll.
 */
@Component
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    /** How a poll of one mailbox went. */
    record Polled(int read, int taken, int failed) {
    }

    private final Mailboxes mailboxes;
    private final MailIntake intake;
    private final Clock clock;

    MailboxPoller(Mailboxes mailboxes, MailIntake intake, Clock clock) {
        this.mailboxes = mailboxes;
        this.intake = intake;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${estatecare.mail-in.interval:PT1M}",
            initialDelayString = "${estatecare.mail-in.interval:PT1M}")
    @SchedulerLock(name = "mail-in-poll", lockAtMostFor = "PT10M")
    void run() {
        for (Mailboxes.Connection box : mailboxes.enabled()) {
            poll(box);
        }
    }

    /** One poll of one mailbox; its outcome (or the reason it failed) is kept on the mailbox. */
    Polled poll(Mailboxes.Connection box) {
        if (box.password() == null) {
            mailboxes.polled(box.id(), "the password does not open: its key is no longer configured");
            return new Polled(0, 0, 0);
        }
        Session session = Session.getInstance(properties(box));
        try (Store store = session.getStore(box.security() == Mailboxes.Security.TLS ? "imaps" : "imap")) {
            store.connect(box.host(), box.port(), box.username(), box.password());
            Folder folder = store.getFolder(box.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Polled polled = take(box, folder);
                mailboxes.polled(box.id(), polled.failed() == 0 ? null : polled.failed() + " mail(s) not taken");
                return polled;
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
            log.warn("mailbox {} of company {}: {}", box.id(), box.companyId(), reason);
            mailboxes.polled(box.id(), reason.length() > 500 ? reason.substring(0, 500) : reason);
            return new Polled(0, 0, 0);
        }
    }

    /** What a test of the connection found: the folder's mail count, or why it could not be opened. */
    record Checked(boolean ok, Integer messages, String error) {
    }

    /** Connects, opens the folder read-only and closes it: nothing is read, marked or stored. */
    Checked check(Mailboxes.Connection box) {
        if (box.password() == null) {
            return new Checked(false, null, "the password does not open: its key is no longer configured");
        }
        try (Store store = Session.getInstance(properties(box))
                .getStore(box.security() == Mailboxes.Security.TLS ? "imaps" : "imap")) {
            store.connect(box.host(), box.port(), box.username(), box.password());
            Folder folder = store.getFolder(box.folder());
            folder.open(Folder.READ_ONLY);
            try {
                return new Checked(true, folder.getMessageCount(), null);
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
            return new Checked(false, null, reason.length() > 500 ? reason.substring(0, 500) : reason);
        }
    }

    private Polled take(Mailboxes.Connection box, Folder folder) throws MessagingException {
        MailIntakePolicy policy = intake.policy(box.companyId());
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        Message[] batch = Arrays.copyOf(unseen, Math.min(unseen.length, policy.batch()));
        int taken = 0;
        int failed = 0;
        for (Message message : batch) {
            try {
                IncomingMail mail = MailReader.read(message, policy, clock.instant());
                if (takeOrTriage(box, mail).firstTime()) {
                    taken++;
                }
                message.setFlag(Flags.Flag.SEEN, true);
            } catch (MessagingException | RuntimeException e) {
                failed++;
                log.warn("mailbox {}: a mail was not taken ({}), it stays unread", box.id(),
                        e.getClass().getSimpleName());
            }
        }
        return new Polled(batch.length, taken, failed);
    }

    private MailIntake.Taken takeOrTriage(Mailboxes.Connection box, IncomingMail mail) {
        try {
            return intake.take(box, mail);
        } catch (RuntimeException e) {
            log.warn("mailbox {}: the intake of a mail failed ({}); it goes to the triage list", box.id(),
                    e.getClass().getSimpleName());
            return intake.failed(box, mail);
        }
    }

    /** Timeouts on every step; certificates and host names checked on TLS; STARTTLS required when chosen. */
    private static Properties properties(Mailboxes.Connection box) {
        Properties p = new Properties();
        // headers in UTF-8 as they come (RFC 6532), not only in RFC 2047's encoded words
        p.put("mail.mime.allowutf8", "true");
        for (String protocol : new String[] { "imap", "imaps" }) {
            p.put("mail." + protocol + ".connectiontimeout", "10000");
            p.put("mail." + protocol + ".timeout", "30000");
            p.put("mail." + protocol + ".writetimeout", "30000");
            p.put("mail." + protocol + ".peek", "true");
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
            p.put("mail." + protocol + ".partialfetch", "true");
        }
        if (box.security() == Mailboxes.Security.STARTTLS) {
            p.put("mail.imap.starttls.enable", "true");
            p.put("mail.imap.starttls.required", "true");
        }
        return p;
    }
}
