package com.estatecare.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import com.estatecare.requests.Action;
import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.Lawsuit;
import com.estatecare.requests.Media;
import com.estatecare.requests.RequestKind;

/**
 * What six months of a customer-service centre look like, as plans: when each
 * request came in, from whom, by which channel, of which kind, and which steps
 * followed when. Weekdays are busier than weekends, repairs outnumber
 * complaints, leaks come with the plum rains and the typhoons (June to
 * September), some steps come late and some requests are left lying; a few
 * complaints are hotspots — several owners of one building about one problem.
 * The same seed gives the same plans.
 */
final class HistoryProfile {

    /** Months of history before {@code end}. */
    static final int MONTHS = 6;
    /** Share of the requests that go to the first company (上海), the rest to the second (杭州). */
    private static final double FIRST_COMPANY = 0.7;

    private static final RequestKind[] KINDS = { RequestKind.REPAIR, RequestKind.COMPLAINT, RequestKind.CONSULTATION,
            RequestKind.SUGGESTION, RequestKind.PRAISE };
    private static final double[] KIND_WEIGHTS = { 55, 14, 19, 6, 6 };
    private static final Channel[] CHANNELS = { Channel.PHONE, Channel.WECHAT, Channel.PORTAL, Channel.EMAIL,
            Channel.DEPARTMENT, Channel.WALK_IN, Channel.NIGHT_INTERCOM };
    private static final double[] CHANNEL_WEIGHTS = { 40, 22, 12, 6, 8, 7, 5 };
    private static final Category[] COMPLAINT_CATEGORIES = { Category.ENGINEERING_QUALITY, Category.PLANNING_DESIGN,
            Category.SALES_MANAGEMENT, Category.PROPERTY_MANAGEMENT, Category.CUSTOMER_SERVICE };
    private static final double[] COMPLAINT_CATEGORY_WEIGHTS = { 35, 10, 12, 33, 10 };

    /** One step of a plan, {@code after} the request came in. */
    record Step(Duration after, Action action) {
    }

    /**
     * One request to be: {@code owner} is an index into the company's owners
     * (the unit is the owner's first), {@code hotspot} the number of the group of
     * complaints it belongs to or -1.
     */
    record Plan(int company, RequestKind kind, Channel channel, Category category, String description,
            Instant receivedAt, int owner, int hotspot, int complainants, Lawsuit lawsuit, Media media,
            List<Step> steps) {

        boolean leak() {
            return Texts.isLeak(description);
        }

        /**
         * Whether the owner is satisfied at the revisit of this step: not when a second handling follows it,
         * even one that the history's end cuts off before its own revisit.
         */
        boolean satisfiedAt(int step) {
            return steps.subList(step + 1, steps.size()).stream()
                    .noneMatch(s -> s.action() == Action.REVISIT || s.action() == Action.RESPOND);
        }

        Action lastAction() {
            return steps.isEmpty() ? null : steps.get(steps.size() - 1).action();
        }
    }

    private final Random random;
    private final ZoneId zone;
    private final Instant end;
    private final Instant start;
    private final double[] dayWeights;

    HistoryProfile(long seed, Instant end, ZoneId zone) {
        this.random = new Random(seed);
        this.zone = zone;
        this.end = end;
        this.start = end.atZone(zone).minusMonths(MONTHS).toInstant();
        this.dayWeights = dayWeights();
    }

    /** {@code count} plans in the order they came in, with no step after {@code end}. */
    List<Plan> plans(int count) {
        List<Plan> plans = new ArrayList<>(count);
        int hotspots = 0;
        while (plans.size() < count) {
            Plan plan = plan(receivedAt(), -1, null);
            if (plan.kind() == RequestKind.COMPLAINT && random.nextInt(12) == 0 && plans.size() + 3 <= count) {
                hotspots++;
                plans.addAll(hotspot(plan, hotspots - 1, Math.min(3 + random.nextInt(3), count - plans.size())));
            } else {
                plans.add(plan);
            }
        }
        plans.sort(Comparator.comparing(Plan::receivedAt));
        return plans;
    }

    /** Several owners of one building about one problem within a few days. */
    private List<Plan> hotspot(Plan first, int group, int size) {
        List<Plan> members = new ArrayList<>();
        Plan template = plan(first.receivedAt(), group, first);
        for (int i = 0; i < size; i++) {
            Instant at = template.receivedAt().plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
            if (at.isAfter(end)) {
                at = end.minus(Duration.ofMinutes(random.nextInt(120) + 1L));
            }
            members.add(new Plan(template.company(), RequestKind.COMPLAINT, channel(RequestKind.COMPLAINT, at),
                    template.category(), template.description(), at, template.owner() + 2 * i, group, 1,
                    Lawsuit.NONE, Media.NONE, steps(RequestKind.COMPLAINT, at)));
        }
        return members;
    }

    private Plan plan(Instant receivedAt, int hotspot, Plan like) {
        int company = like != null ? like.company() : random.nextDouble() < FIRST_COMPANY ? 0 : 1;
        RequestKind kind = like != null ? RequestKind.COMPLAINT : pick(KINDS, KIND_WEIGHTS);
        Channel channel = channel(kind, receivedAt);
        boolean rainy = isRainy(receivedAt);
        Category category = switch (kind) {
            case REPAIR -> rainy || random.nextInt(3) > 0 ? Category.HOUSING_QUALITY
                    : random.nextBoolean() ? Category.FACILITY_FAILURE : Category.PROPERTY_SERVICE;
            case COMPLAINT -> pick(COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_WEIGHTS);
            default -> null;
        };
        String description = Texts.describe(kind, category, rainy && random.nextInt(100) < 45, random);
        int complainants = kind != RequestKind.COMPLAINT ? 0 : random.nextInt(100) < 8 ? 3 + random.nextInt(4) : 1;
        Lawsuit lawsuit = kind != RequestKind.COMPLAINT ? null
                : random.nextInt(100) < 3 ? (random.nextBoolean() ? Lawsuit.FILED : Lawsuit.LIKELY) : Lawsuit.NONE;
        Media media = kind != RequestKind.COMPLAINT ? null
                : random.nextInt(100) < 4 ? (random.nextBoolean() ? Media.EXPOSED : Media.LIKELY) : Media.NONE;
        return new Plan(company, kind, channel, category, description, receivedAt, random.nextInt(1 << 20), hotspot,
                complainants, lawsuit, media, steps(kind, receivedAt));
    }

    /** Repairs at night come through the night intercom, which takes nothing else. */
    private Channel channel(RequestKind kind, Instant receivedAt) {
        if (isNight(receivedAt) && kind == RequestKind.REPAIR) {
            return Channel.NIGHT_INTERCOM;
        }
        Channel channel = pick(CHANNELS, CHANNEL_WEIGHTS);
        return channel == Channel.NIGHT_INTERCOM && kind != RequestKind.REPAIR ? Channel.PHONE : channel;
    }

    /**
     * The steps that follow, each after a realistic delay: most on time, some
     * late (the clocks breach), a few cancelled, some left lying where they are;
     * none after {@code end}, so the recent requests are still open.
     */
    List<Step> steps(RequestKind kind, Instant receivedAt) {
        List<Action> path = kind.needsFullHandling() ? fullPath(kind) : shortPath();
        int stopAfter = random.nextInt(100) < 7 ? random.nextInt(path.size()) : path.size();
        boolean cancel = random.nextInt(100) < 5;
        List<Step> steps = new ArrayList<>();
        Instant at = receivedAt;
        for (int i = 0; i < stopAfter; i++) {
            Action action = path.get(i);
            if (cancel && i == 2 || cancel && action == Action.ANSWER) {
                action = Action.CANCEL;
            }
            at = workingTime(at.plus(delay(action)));
            if (at.isAfter(end)) {
                break;
            }
            steps.add(new Step(Duration.between(receivedAt, at), action));
            if (action == Action.CANCEL) {
                break;
            }
        }
        return steps;
    }

    private List<Action> fullPath(RequestKind kind) {
        List<Action> path = new ArrayList<>(List.of(Action.CLASSIFY, Action.DISPATCH, Action.RESPOND));
        if (kind == RequestKind.COMPLAINT) {
            path.add(Action.INVESTIGATE);
        }
        path.addAll(List.of(Action.AGREE_PLAN, Action.COMPLETE, Action.VERIFY, Action.REVISIT));
        if (random.nextInt(100) < 6) {
            // the owner is not satisfied at the revisit: a second handling (二次处理)
            path.addAll(List.of(Action.RESPOND, Action.AGREE_PLAN, Action.COMPLETE, Action.VERIFY, Action.REVISIT));
        }
        path.add(Action.ARCHIVE);
        return path;
    }

    private List<Action> shortPath() {
        return random.nextInt(100) < 30
                ? List.of(Action.CLASSIFY, Action.DISPATCH, Action.RESPOND, Action.ANSWER, Action.ARCHIVE)
                : List.of(Action.ANSWER, Action.ARCHIVE);
    }

    /** How long a step takes after the one before: minutes to days, one in ten late. */
    private Duration delay(Action action) {
        boolean late = random.nextInt(100) < 10;
        long minutes = switch (action) {
            case CLASSIFY -> 3 + random.nextInt(40);
            case DISPATCH -> late ? 60 * (8 + random.nextInt(60)) : 10 + random.nextInt(180);
            case RESPOND, ANSWER -> late ? 60 * (30 + random.nextInt(72)) : 30 + random.nextInt(60 * 20);
            case INVESTIGATE -> 60 + random.nextInt(60 * 24);
            case AGREE_PLAN -> late ? 60 * 24 * (5 + random.nextInt(10)) : 60 + random.nextInt(60 * 48);
            case COMPLETE -> late ? 60 * 24 * (12 + random.nextInt(20)) : 60 * (4 + random.nextInt(24 * 6));
            case VERIFY -> 60 + random.nextInt(60 * 48);
            case REVISIT -> 60 * (12 + random.nextInt(24 * 4));
            case ARCHIVE -> 30 + random.nextInt(60 * 8);
            default -> 10 + random.nextInt(120);
        };
        return Duration.ofMinutes(minutes);
    }

    /** Staff work from 8:00 to 20:00: a step that would fall at night happens the next morning. */
    private Instant workingTime(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        if (local.getHour() >= 8 && local.getHour() < 20) {
            return at;
        }
        ZonedDateTime morning = (local.getHour() >= 20 ? local.plusDays(1) : local).truncatedTo(ChronoUnit.DAYS)
                .withHour(8).plusMinutes(random.nextInt(90));
        return morning.toInstant();
    }

    /** A moment in the six months: days weighted (weekdays heavier, the rainy season busier), hours by the day's rhythm. */
    private Instant receivedAt() {
        double target = random.nextDouble() * dayWeights[dayWeights.length - 1];
        int day = 0;
        while (dayWeights[day] < target) {
            day++;
        }
        LocalDate date = start.atZone(zone).toLocalDate().plusDays(day);
        int hour = random.nextInt(100) < 6 ? (20 + random.nextInt(12)) % 24 : pick(HOURS, HOUR_WEIGHTS);
        Instant at = date.atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(zone).toInstant();
        if (at.isAfter(end)) {
            return end.minus(Duration.ofMinutes(1 + random.nextInt(600)));
        }
        return at.isBefore(start) ? start.plus(Duration.ofMinutes(random.nextInt(600))) : at;
    }

    private static final Integer[] HOURS = { 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 };
    private static final double[] HOUR_WEIGHTS = { 6, 12, 13, 11, 6, 7, 11, 12, 10, 7, 3, 2 };

    /** Cumulative weights of the days from {@code start} to {@code end}. */
    private double[] dayWeights() {
        LocalDate first = start.atZone(zone).toLocalDate();
        int days = (int) ChronoUnit.DAYS.between(first, end.atZone(zone).toLocalDate()) + 1;
        double[] cumulative = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            sum += dayWeight(first.plusDays(d));
            cumulative[d] = sum;
        }
        return cumulative;
    }

    /** How busy a day is: Saturday 0.55 and Sunday 0.45 of a weekday; June to September a fifth busier. */
    static double dayWeight(LocalDate date) {
        double weight = date.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.55
                : date.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.45 : 1.0;
        return isRainyMonth(date) ? weight * 1.2 : weight;
    }

    /** The plum rains (梅雨, June–July) and the typhoon season (August–September) in Shanghai and Hangzhou. */
    static boolean isRainyMonth(LocalDate date) {
        int month = date.getMonthValue();
        return month >= 6 && month <= 9;
    }

    private boolean isRainy(Instant at) {
        return isRainyMonth(at.atZone(zone).toLocalDate());
    }

    private boolean isNight(Instant at) {
        int hour = at.atZone(zone).getHour();
        return hour >= 20 || hour < 8;
    }

    private <T> T pick(T[] values, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
