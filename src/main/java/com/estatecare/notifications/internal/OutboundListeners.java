package com.estatecare.notifications.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.club.ClubGreetingDue;
import com.estatecare.delivery.KeysNotCollected;
import com.estatecare.delivery.ProgressNoticePublished;
import com.estatecare.organisation.Organisation;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;
import com.estatecare.requests.Action;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestRegistered;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.requests.Requests;
import com.estatecare.requests.VisitRescheduled;
import com.estatecare.revisits.RevisitScheduled;
import com.estatecare.sales.PaymentDue;
import com.estatecare.sales.Sales;
import com.estatecare.surveys.SurveyInvited;
import com.estatecare.warranty.WarrantyEnding;

/**
 * The owners' notices: each event that concerns an owner (their request received, dispatched, a visit agreed or
 * moved, the work done, a revisit due, a warranty ending, a construction progress notice, keys waiting) queues one message per channel they take, in the
 * outbox. The acknowledgement of a new request is queued in the intake's own transaction (the message row is the
 * outbox: it commits with the request); the others in the listener's transaction after the step has committed
 * (Spring Modulith keeps the event until the listener has committed).
 */
@Component
class OutboundListeners {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OutboundMessages messages;
    private final Requests requests;
    private final Registry registry;
    private final Organisation organisation;
    private final MessageSource texts;
    private final Sales sales;

    OutboundListeners(OutboundMessages messages, Requests requests, Registry registry, Organisation organisation,
            MessageSource texts, Sales sales) {
        this.sales = sales;
        this.messages = messages;
        this.requests = requests;
        this.registry = registry;
        this.organisation = organisation;
        this.texts = texts;
    }

    /**
     * 已受理: queued in the intake's own transaction, from what the event carries — the acknowledgement commits
     * with the request or not at all, and an intake stores no event publication for it. A request without a
     * customer has nobody to tell (checked here rather than in a SpEL condition: this runs on every intake).
     */
    @EventListener
    void on(RequestRegistered event) {
        if (event.customerId() == null) {
            return;
        }
        about(new About(event.companyId(), event.scopePath(), event.customerId(), event.unitId(), event.requestId(),
                event.number()), MessageKind.REQUEST_RECEIVED, "received:" + event.requestId(),
                Map.of("time", time(event.receivedAt())));
    }

    @ApplicationModuleListener(condition = "#event.customerId() != null")
    void on(RequestTransitioned event) {
        MessageKind kind = kindOf(event);
        if (kind == null) {
            return;
        }
        requests.facts(event.requestId()).ifPresent(facts -> {
            Map<String, String> values = new HashMap<>();
            if (kind == MessageKind.APPOINTMENT_SET) {
                requests.scheduledVisit(facts.id()).ifPresent(at -> values.put("time", time(at)));
            }
            about(facts, kind, kind.name().toLowerCase(Locale.ROOT) + ":" + facts.id() + ":" + event.step(), values);
        });
    }

    /** 派工, 预约 (the repair plan agreed), 完工 (please confirm): the steps an owner is told by message. */
    static MessageKind kindOf(RequestTransitioned event) {
        return switch (event.action()) {
            case DISPATCH -> MessageKind.DISPATCHED;
            case AGREE_PLAN -> event.kind() == RequestKind.REPAIR ? MessageKind.APPOINTMENT_SET : null;
            case COMPLETE -> event.to() == RequestStatus.DONE ? MessageKind.WORK_DONE : null;
            default -> null;
        };
    }

    @ApplicationModuleListener
    void on(VisitRescheduled event) {
        if (event.toScheduledAt() == null || event.toScheduledAt().equals(event.fromScheduledAt())) {
            return;
        }
        requests.facts(event.requestId()).filter(f -> f.customerId() != null).ifPresent(facts -> about(facts,
                MessageKind.APPOINTMENT_SET, "rescheduled:" + facts.id() + ":" + event.toScheduledAt(),
                Map.of("time", time(event.toScheduledAt()))));
    }

    @ApplicationModuleListener(condition = "#event.customerId() != null")
    void on(RevisitScheduled event) {
        requests.facts(event.requestId()).ifPresent(facts -> about(facts, MessageKind.REVISIT_DUE,
                "revisit:" + event.taskId(), Map.of("time", time(event.dueAt()))));
    }

    /** 温馨提示 to each owner and co-owner of the unit through the channels they take, in their language. */
    @ApplicationModuleListener
    void on(WarrantyEnding event) {
        registry.unit(event.unitId()).ifPresent(unit -> owners(event.customerIds()).forEach(customer -> {
            Map<String, String> values = new HashMap<>();
            values.put("unit", Registry.label(unit));
            values.put("endsOn", event.endsOn().toString());
            values.put("component@zh-CN", component(event.componentCode(), Locale.SIMPLIFIED_CHINESE));
            values.put("component@en", component(event.componentCode(), Locale.ENGLISH));
            messages.queue(event.companyId(), unit.scopePath(), customer, MessageKind.WARRANTY_REMINDER,
                    event.key() + ":" + customer.id(), null, null, values);
        }));
    }

    /**
     * 工程进度通知: each buyer the month's notice was published to, through the channels they take, once per notice
     * and buyer however often the event arrives (the outbox's key; the notice with its photos is in the portal).
     */
    @ApplicationModuleListener
    void on(ProgressNoticePublished event) {
        Map<String, String> values = Map.of("project", event.project(), "month", event.month(),
                "title", event.title());
        owners(event.customerIds()).forEach(customer -> messages.queue(event.companyId(), customer.scopePath(),
                customer, MessageKind.PROGRESS_NOTICE, "progress-notice:" + event.noticeId() + ":" + customer.id(),
                null, null, values));
    }

    /** 收房提醒: each owner and co-owner of a unit whose keys wait, once per reminder period, by their channels. */
    @ApplicationModuleListener
    void on(KeysNotCollected event) {
        registry.unit(event.unitId()).ifPresent(unit -> owners(event.customerIds()).forEach(customer ->
                messages.queue(event.companyId(), unit.scopePath(), customer, MessageKind.KEYS_REMINDER,
                        event.key() + ":" + customer.id(), null, null, Map.of("unit", Registry.label(unit)))));
    }

    /** The owners named (none: an event stored before it named them, V75, reminds by the inbox only). */
    private java.util.stream.Stream<CustomerView> owners(java.util.List<Long> customerIds) {
        return customerIds == null ? java.util.stream.Stream.empty()
                : customerIds.stream().distinct().map(registry::customer).flatMap(java.util.Optional::stream);
    }

    /**
     * 付款提醒 to the buyer through the channels they take, in their language — unless the instalment was paid
     * between the sweep and now (a reminder of a paid instalment is never sent).
     */
    @ApplicationModuleListener
    void on(PaymentDue event) {
        if (!sales.stillDue(event.instalmentId())) {
            return;
        }
        registry.customer(event.customerId()).ifPresent(customer -> messages.queue(event.companyId(),
                event.scopePath(), customer, MessageKind.PAYMENT_REMINDER, event.key(), null, null,
                Map.of("unit", event.unitLabel(), "seq", String.valueOf(event.seq()),
                        "amount", java.math.BigDecimal.valueOf(event.amountFen(), 2).toPlainString(),
                        "dueOn", event.dueOn().toString())));
    }

    /** 满意度调查: each target of a campaign is invited once per channel they take. */
    @ApplicationModuleListener
    void on(SurveyInvited event) {
        Map<String, String> values = Map.of("survey", event.name(), "dueOn", event.dueOn().toString());
        event.invitations().forEach(invitation -> registry.customer(invitation.customerId()).ifPresent(customer ->
                messages.queue(event.companyId(), customer.scopePath(), customer, MessageKind.SURVEY_INVITATION,
                        "survey:" + invitation.targetId(), null, null, values)));
    }

    /** 会员关怀: a club member's birthday or holiday greeting, by the channels they take. */
    @ApplicationModuleListener
    void on(ClubGreetingDue event) {
        registry.customer(event.customerId()).ifPresent(customer -> {
            Map<String, String> values = new HashMap<>();
            if (event.holiday() != null) {
                values.put("holiday@zh-CN", event.holiday());
                values.put("holiday@en", texts.getMessage("club.holiday." + HOLIDAYS.getOrDefault(event.holiday(),
                        "other"), null, event.holiday(), Locale.ENGLISH));
            }
            messages.queue(event.companyId(), event.scopePath(), customer,
                    event.holiday() == null ? MessageKind.CLUB_BIRTHDAY : MessageKind.CLUB_HOLIDAY, event.key(), null,
                    null, values);
        });
    }

    /** 活动取消: each member signed up for a cancelled club activity, once per member and activity, by their channels. */
    @ApplicationModuleListener
    void on(com.estatecare.club.ActivityCancelled event) {
        Map<String, String> values = Map.of("theme", event.theme(), "time", DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm").format(event.startsAt().atZone(SHANGHAI)));
        owners(event.customerIds()).forEach(customer -> messages.queue(event.companyId(), customer.scopePath(),
                customer, MessageKind.CLUB_ACTIVITY_CANCELLED, event.key(customer.id()), null, null, values));
    }

    /**
     * 开放日时段调整: each owner whose sign-up a change or removal of an open day's slot cancelled, once per sign-up
     * cancelled (decision 053), by their channels, with the slot's time as they signed up for it (Shanghai).
     */
    @ApplicationModuleListener
    void on(com.estatecare.delivery.OpenDaySlotChanged event) {
        if (event.cancelled().isEmpty()) {
            return;
        }
        String time = slotTime(event.signedUpFor());
        Map<Long, String> keys = new HashMap<>();
        event.cancelled().forEach(c -> keys.putIfAbsent(c.customerId(),
                com.estatecare.delivery.OpenDaySlotChanged.key(c)));
        owners(java.util.List.copyOf(keys.keySet())).forEach(customer -> messages.queue(event.companyId(), customer.scopePath(), customer,
                MessageKind.OPEN_DAY_SLOT_CANCELLED, keys.get(customer.id()), null, null,
                Map.of("title", event.dayTitle(), "time", time)));
    }

    /** A slot's day and hours in Shanghai: 2026-12-09 09:00–10:00. */
    static String slotTime(com.estatecare.delivery.OpenDaySlotChanged.Slot slot) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(slot.startsAt().atZone(SHANGHAI)) + "–"
                + DateTimeFormatter.ofPattern("HH:mm").format(slot.endsAt().atZone(SHANGHAI));
    }

    /** The business calendar's holiday names, as the keys of their English names ({@code club.holiday.*}). */
    private static final Map<String, String> HOLIDAYS = Map.of("元旦", "new-year", "春节", "spring-festival",
            "清明节", "qingming", "劳动节", "labour-day", "端午节", "dragon-boat", "中秋节", "mid-autumn", "国庆节",
            "national-day");

    /** The request a message is about, as far as the message needs it. */
    private record About(long companyId, String scopePath, Long customerId, Long unitId, long requestId,
            String number) {

        About(RequestFacts facts) {
            this(facts.companyId(), facts.scopePath(), facts.customerId(), facts.unitId(), facts.id(), facts.number());
        }
    }

    private void about(RequestFacts facts, MessageKind kind, String key, Map<String, String> extra) {
        about(new About(facts), kind, key, extra);
    }

    private void about(About request, MessageKind kind, String key, Map<String, String> extra) {
        CustomerView customer = registry.customer(request.customerId()).orElse(null);
        if (customer == null) {
            return;
        }
        Map<String, String> values = new HashMap<>(extra);
        values.put("number", request.number());
        if (request.unitId() != null) {
            registry.unit(request.unitId()).ifPresent(unit -> values.put("unit", Registry.label(unit)));
        }
        messages.queue(request.companyId(), request.scopePath(), customer, kind, key, request.requestId(),
                request.number(), values);
    }

    private String component(String code, Locale locale) {
        return texts.getMessage("subject.component." + code, null, code, locale);
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(SHANGHAI));
    }
}
