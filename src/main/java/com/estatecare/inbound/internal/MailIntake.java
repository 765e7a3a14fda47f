package com.estatecare.inbound.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.inbound.CustomerMessageReceived;
import com.estatecare.inbound.MailBounced;
import com.estatecare.inbound.Triage;
import com.estatecare.inbound.TriageArrival;
import com.estatecare.inbound.TriageChannel;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.policies.Policies;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;
import com.estatecare.requests.Channel;
import com.estatecare.requests.NewRequest;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.Requests;

/**
 * Takes one mail of a company's mailbox, once (its key is stored first: a second instance or a poll after a
 * restart finds it and changes nothing), and sends it where {@link MailRoute} says: a new request of the owner,
 * registered as the owner through the requests module's intake with the files attached; a customer message on
 * the timeline of the request it answers; the triage list; or nowhere (machine mail, a storm).
 */
@Service
class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

    /** What became of a mail: the outcome stored in {@code inbound_mail}. */
    record Taken(boolean firstTime, String outcome, String reason, Long requestId, Long triageId) {
    }

    private final JdbcClient jdbc;
    private final Registry registry;
    private final Requests requests;
    private final Organisation organisation;
    private final Triage triage;
    private final Policies policies;
    private final ApplicationEventPublisher events;

    MailIntake(JdbcClient jdbc, Registry registry, Requests requests, Organisation organisation, Triage triage,
            Policies policies, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.requests = requests;
        this.organisation = organisation;
        this.triage = triage;
        this.policies = policies;
        this.events = events;
    }

    MailIntakePolicy policy(long companyId) {
        return policies.current(MailIntakePolicy.class, companyId).policy();
    }

    @Transactional
    Taken take(Mailboxes.Connection box, IncomingMail mail) {
        Optional<Long> id = jdbc.sql("""
                insert into inbound_mail (company_id, mailbox_id, message_key, sender, outcome, received_at)
                values (:company, :mailbox, :key, :sender, 'TAKING', :at)
                on conflict (company_id, mailbox_id, message_key) do nothing returning id""")
                .param("company", box.companyId()).param("mailbox", box.id()).param("key", mail.messageKey())
                .param("sender", mail.from()).param("at", Timestamp.from(mail.receivedAt())).query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return new Taken(false, "DUPLICATE", null, null, null);
        }
        MailIntakePolicy policy = policy(box.companyId());
        List<Long> senders = registry.customersByEmail(box.companyId(), mail.from(), 2).stream()
                .map(CustomerView::id).toList();
        List<String> numbers = RequestNumbersInMail.of(mail.references(), mail.subject());
        List<MailRoute.Named> named = numbers.stream().limit(RequestNumbersInMail.MAX)
                .map(n -> requests.factsByNumber(box.companyId(), n)).flatMap(Optional::stream)
                .map(f -> new MailRoute.Named(f.id(), f.customerId())).toList();
        MailRoute route = MailRoute.decide(mail, fromSenderThisHour(box, mail), policy, senders, numbers, named);
        Taken taken = follow(route, box, mail, senders, policy);
        jdbc.sql("""
                update inbound_mail set outcome = :outcome, reason = :reason, request_id = :request,
                    triage_id = :triage
                where id = :id""")
                .param("outcome", taken.outcome()).param("reason", taken.reason()).param("request", taken.requestId())
                .param("triage", taken.triageId()).param("id", id.get()).update();
        log.info("mail {} of mailbox {}: {} {}", id.get(), box.id(), taken.outcome(),
                taken.reason() == null ? "" : taken.reason());
        return taken;
    }

    /**
     * A mail whose intake failed (a rule of intake refused it, a bug): on the triage list instead, in a
     * transaction of its own, so that it is neither lost nor tried again at every poll.
     */
    @Transactional
    Taken failed(Mailboxes.Connection box, IncomingMail mail) {
        Optional<Long> id = jdbc.sql("""
                insert into inbound_mail (company_id, mailbox_id, message_key, sender, outcome, reason, received_at)
                values (:company, :mailbox, :key, :sender, 'TRIAGE', 'INTAKE_FAILED', :at)
                on conflict (company_id, mailbox_id, message_key) do nothing returning id""")
                .param("company", box.companyId()).param("mailbox", box.id()).param("key", mail.messageKey())
                .param("sender", mail.from()).param("at", Timestamp.from(mail.receivedAt())).query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return new Taken(false, "DUPLICATE", null, null, null);
        }
        Taken taken = triaged(box, mail, "INTAKE_FAILED");
        jdbc.sql("update inbound_mail set triage_id = :triage where id = :id").param("triage", taken.triageId())
                .param("id", id.get()).update();
        return taken;
    }

    // Java 17: no pattern switch over the sealed routes yet
    private Taken follow(MailRoute route, Mailboxes.Connection box, IncomingMail mail, List<Long> senders,
            MailIntakePolicy policy) {
        if (route instanceof MailRoute.Ignored ignored) {
            bounced(box, mail);
            return new Taken(true, "IGNORED", ignored.reason(), null, null);
        } else if (route instanceof MailRoute.Limited) {
            return new Taken(true, "LIMITED", "per-sender-limit", null, null);
        } else if (route instanceof MailRoute.Reply reply) {
            return reply(mail, reply.requestId(), senders.get(0));
        } else if (route instanceof MailRoute.NewRequest request) {
            return newRequest(box, mail, request.customerId(), policy);
        }
        return triaged(box, mail, ((MailRoute.Triaged) route).reason());
    }

    /** A bounce naming failed recipients is told (the outbox stops mailing them); it is not answered. */
    private void bounced(Mailboxes.Connection box, IncomingMail mail) {
        if (mail.bounce() != null && !mail.bounce().failed().isEmpty()) {
            events.publishEvent(new MailBounced(box.companyId(), mail.messageKey(), mail.bounce().failed(),
                    mail.bounce().originalMessageId(), mail.receivedAt()));
        }
    }

    private int fromSenderThisHour(Mailboxes.Connection box, IncomingMail mail) {
        return mail.from() == null ? 0 : jdbc.sql("""
                select count(*) from inbound_mail
                where mailbox_id = :mailbox and sender = :sender and received_at > :since
                    and outcome in ('REQUEST', 'REPLY', 'TRIAGE')""")
                .param("mailbox", box.id()).param("sender", mail.from())
                .param("since", Timestamp.from(mail.receivedAt().minus(Duration.ofHours(1)))).query(Integer.class)
                .single();
    }

    private Taken newRequest(Mailboxes.Connection box, IncomingMail mail, long customerId, MailIntakePolicy policy) {
        CustomerView customer = registry.customer(customerId).orElseThrow();
        Optional<CurrentUser> owner = owner(customer);
        if (owner.isEmpty()) {
            return triaged(box, mail, "OWNER_DISABLED");
        }
        List<UnitView> units = registry.unitsOf(customerId);
        Long unitId = units.size() == 1 ? units.get(0).id() : null;
        RequestKind kind = policy.newMailKind() == RequestKind.REPAIR && unitId == null ? RequestKind.CONSULTATION
                : policy.newMailKind();
        Requests.Registered registered = requests.register(new NewRequest(kind, Channel.EMAIL, unitId, customerId,
                null, null, null, false, description(mail), null, null, null, null, null, null, null, null),
                owner.get());
        attach(registered.id(), mail, owner.get());
        if (!mail.left().isEmpty()) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("filesLeft", leftFiles(mail, List.of()));
            events.publishEvent(new CustomerMessageReceived(registered.id(), TriageChannel.EMAIL, null, null, false,
                    null, "邮件受理", mail.receivedAt(), facts));
        }
        return new Taken(true, "REQUEST", kind.name(), registered.id(), null);
    }

    private Taken reply(IncomingMail mail, long requestId, long customerId) {
        CustomerView customer = registry.customer(customerId).orElseThrow();
        Optional<CurrentUser> owner = owner(customer);
        RequestFacts facts = requests.facts(requestId).orElseThrow();
        List<String> left = List.of();
        if (owner.isPresent() && facts.status().isOpen()) {
            attach(requestId, mail, owner.get());
        } else {
            left = mail.files().stream().map(f -> f.filename() + ": request-closed").toList();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (!left.isEmpty() || !mail.left().isEmpty()) {
            details.put("filesLeft", leftFiles(mail, left));
        }
        events.publishEvent(new CustomerMessageReceived(requestId, TriageChannel.EMAIL, text(mail), mail.subject(),
                true, owner.map(CurrentUser::accountId).orElse(null), customer.name(), mail.receivedAt(), details));
        return new Taken(true, "REPLY", null, requestId, null);
    }

    private Taken triaged(Mailboxes.Connection box, IncomingMail mail, String reason) {
        String sender = mail.from() == null ? "" : mail.from();
        long item = triage.hold(new TriageArrival(box.companyId(), box.scopePath(), TriageChannel.EMAIL,
                mail.messageKey(), sender, maskedAddress(sender), mail.fromName(), mail.subject(), mail.text(), reason,
                mail.receivedAt(), mail.files().stream()
                        .map(f -> new TriageArrival.File(f.filename(), f.contentType(), f.content())).toList()));
        return new Taken(true, "TRIAGE", reason, null, item);
    }

    /** Attaches the mail's files as the owner sent them (their types were checked as they were read). */
    private void attach(long requestId, IncomingMail mail, CurrentUser owner) {
        for (IncomingMail.File f : mail.files()) {
            requests.attach(requestId, f.filename(), f.content(), true, owner);
        }
    }

    private static List<String> leftFiles(IncomingMail mail, List<String> more) {
        List<String> all = new ArrayList<>(more);
        mail.left().forEach(l -> all.add(l.filename() + ": " + l.reason()));
        return all;
    }

    /** The customer's owner account (made at the first mail, as at the first sign-in by code), if not disabled. */
    private Optional<CurrentUser> owner(CustomerView customer) {
        return organisation.ownerAccountFor(customer.id(), customer.companyId(), customer.scopePath(), customer.name())
                .map(a -> organisation.userByUsername(a.username()));
    }

    static String description(IncomingMail mail) {
        String subject = mail.subject() == null || mail.subject().isBlank() ? "" : mail.subject().strip();
        String text = text(mail);
        String both = subject.isEmpty() ? text : text.isEmpty() ? subject : subject + "\n\n" + text;
        String description = both.isBlank() ? "（邮件没有正文 / the mail has no text）" : both;
        return description.length() > 4000 ? description.substring(0, 4000) : description;
    }

    private static String text(IncomingMail mail) {
        String text = mail.text() == null ? "" : mail.text().strip();
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    /** {@code z***@example.com}: the first letter and the domain, as the outbox shows addresses. */
    static String maskedAddress(String address) {
        if (address == null || address.isBlank()) {
            return "***";
        }
        int at = address.indexOf('@');
        return at <= 1 ? "***" + address.substring(Math.max(at, 0)) : address.charAt(0) + "***"
                + address.substring(at);
    }
}
