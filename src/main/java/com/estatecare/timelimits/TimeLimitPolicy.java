package com.estatecare.timelimits;

import java.time.Duration;
import java.util.List;

import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.RequestKind;

/**
 * Every time limit of SPEC §5 as a row: which requests it applies to, which
 * event starts the clock and which stops it, how long, in calendar or working
 * time, when it warns, and what a breach does.
 */
public record TimeLimitPolicy(List<Limit> limits) {

    /** Where a clock starts: at intake, when another department received it, or at a lifecycle action. */
    public static final String REGISTERED = "REGISTERED";
    public static final String DEPARTMENT_RECEIVED = "DEPARTMENT_RECEIVED";

    /** What a breach does beyond notifying the request's owner and their supervisor. */
    public enum OnBreach { NOTIFY, NOTIFY_AND_ESCALATE }

    /**
     * One limit. {@code emergency} and {@code channel} narrow it when set;
     * {@code startOn} is {@link #REGISTERED}, {@link #DEPARTMENT_RECEIVED} or an
     * action (e.g. {@code COMPLETE}); {@code stopOn} lists actions, or
     * {@link #REGISTERED} for the hand-over of a department's request. {@code categories}, when set, narrows it
     * to requests of those categories, and for them it stands in for the limits of the same kinds that name no
     * category (a check-out request, 退房, is not held to a consultation's 24 hours: decision 041).
     */
    public record Limit(String key, String name, List<RequestKind> kinds, Boolean emergency, Channel channel,
            String startOn, List<String> stopOn, Duration duration, boolean workingTime, Duration warnAfter,
            OnBreach onBreach, String source, List<Category> categories) {

        /** A limit of every category. */
        public Limit(String key, String name, List<RequestKind> kinds, Boolean emergency, Channel channel,
                String startOn, List<String> stopOn, Duration duration, boolean workingTime, Duration warnAfter,
                OnBreach onBreach, String source) {
            this(key, name, kinds, emergency, channel, startOn, stopOn, duration, workingTime, warnAfter, onBreach,
                    source, null);
        }
    }

    /** The defaults of SPEC §5; every breach escalates one level (SPEC §6), as the spec says. */
    public static TimeLimitPolicy defaults() {
        List<RequestKind> all = List.of(RequestKind.values());
        return new TimeLimitPolicy(List.of(
                new Limit("DEPARTMENT_HANDOVER", "其他部门收到的请求转交客服中心", all, null, Channel.DEPARTMENT,
                        DEPARTMENT_RECEIVED, List.of(REGISTERED), Duration.ofHours(1), false, Duration.ofMinutes(45),
                        OnBreach.NOTIFY_AND_ESCALATE, "seed 002 §5.1.1"),
                new Limit("COMPLAINT_DISPATCH", "投诉登记后送达处理部门", List.of(RequestKind.COMPLAINT), null, null,
                        REGISTERED, List.of("DISPATCH"), Duration.ofHours(1), true, Duration.ofMinutes(45),
                        OnBreach.NOTIFY_AND_ESCALATE, "seed 002 §5.1.5 a–c"),
                new Limit("CONSULTATION_ANSWER", "咨询答复", List.of(RequestKind.CONSULTATION), null, null, REGISTERED,
                        List.of("ANSWER"), Duration.ofHours(24), false, Duration.ofHours(20), OnBreach.NOTIFY_AND_ESCALATE,
                        "seed 003 ch.5"),
                new Limit("COMPLAINT_INVESTIGATION", "主管初步调查投诉", List.of(RequestKind.COMPLAINT), null, null,
                        REGISTERED, List.of("INVESTIGATE"), Duration.ofHours(24), false, Duration.ofHours(20),
                        OnBreach.NOTIFY_AND_ESCALATE, "seed 000 §5"),
                new Limit("COMPLAINT_FEEDBACK", "向客户反馈投诉处理情况", List.of(RequestKind.COMPLAINT), null, null,
                        REGISTERED, List.of("NOTIFY_PROGRESS", "AGREE_PLAN", "ANSWER"), Duration.ofHours(48), false,
                        Duration.ofHours(40), OnBreach.NOTIFY_AND_ESCALATE, "seed 003 ch.5"),
                new Limit("EMERGENCY_REPAIR_ON_SITE", "紧急维修到场", List.of(RequestKind.REPAIR), true, null,
                        REGISTERED, List.of("RESPOND"), Duration.ofHours(2), false, Duration.ofMinutes(90),
                        OnBreach.NOTIFY_AND_ESCALATE, "seed 001 (Vanke)"),
                new Limit("REPAIR_CONTACT", "维修人员联系业主", List.of(RequestKind.REPAIR), false, null, REGISTERED,
                        List.of("RESPOND"), Duration.ofHours(9), true, Duration.ofHours(6), OnBreach.NOTIFY_AND_ESCALATE,
                        "seed 001 (Vanke): 1 working day"),
                new Limit("REPAIR_REVISIT", "维修完成后回访", List.of(RequestKind.REPAIR), null, null, "COMPLETE",
                        List.of("REVISIT"), Duration.ofDays(7), false, Duration.ofDays(5), OnBreach.NOTIFY_AND_ESCALATE,
                        "seeds 000, 001"),
                new Limit("CHECK_OUT_RESPONSE", "退房申请联系客户", List.of(RequestKind.CONSULTATION), null, null,
                        REGISTERED, List.of("RESPOND"), Duration.ofHours(9), true, Duration.ofHours(6),
                        OnBreach.NOTIFY_AND_ESCALATE, "decision 041", List.of(Category.CHECK_OUT)),
                new Limit("CHECK_OUT_ANSWER", "退房申请办结答复", List.of(RequestKind.CONSULTATION), null, null,
                        REGISTERED, List.of("ANSWER"), Duration.ofDays(15), false, Duration.ofDays(12),
                        OnBreach.NOTIFY_AND_ESCALATE, "decision 041", List.of(Category.CHECK_OUT))));
    }
}
