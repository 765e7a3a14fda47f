package com.estatecare.privacy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.FieldProblem;

/**
 * What a consent record (同意记录) must say: a purpose, whether it is given or withdrawn, the channel it came by
 * and the version of the text the customer was shown (PIPL art. 14: consent is informed, so the text counts). An
 * owner records their own from the portal, always by the channel {@code PORTAL}; staff who register customers
 * record one on a customer's behalf.
 */
final class ConsentRule {

    /** What a customer consents to. */
    enum Purpose {
        /** 服务: handling their requests (报修, 投诉) and calling them back. */
        SERVICE,
        /** 营销: marketing messages. */
        MARKETING,
        /** 客户会: the customer club. */
        CLUB,
        /** 会刊: the club's member magazine, sent to members who opted in. */
        MAGAZINE,
        /** 通话录音: recording calls with them. */
        CALL_RECORDING,
        /** 房屋照片: photos of their home. */
        HOME_PHOTOS
    }

    /** How the consent reached us. */
    enum Channel {
        PORTAL, PHONE, PAPER, ON_SITE, WECHAT, EMAIL
    }

    static final Set<Role> RECORDERS = Set.of(Role.ADMIN, Role.AGENT, Role.MANAGER, Role.PROJECT_COMPANY, Role.HQ);
    static final int MAX_TEXT_VERSION = 40;

    private ConsentRule() {
    }

    /** The problems of a consent record, by field; empty when it is whole. */
    static List<FieldProblem> problems(String purpose, Boolean granted, String channel, String textVersion,
            boolean byOwner) {
        List<FieldProblem> problems = new ArrayList<>();
        if (purpose == null || purpose.isBlank()) {
            problems.add(FieldProblem.of("purpose", "required"));
        } else if (known(Purpose.class, purpose) == null) {
            problems.add(new FieldProblem("purpose", "one-of",
                    new Object[] { "SERVICE, MARKETING, CLUB, MAGAZINE, CALL_RECORDING, HOME_PHOTOS" }));
        }
        if (granted == null) {
            problems.add(FieldProblem.of("granted", "required"));
        }
        if (!byOwner && (channel == null || channel.isBlank())) {
            problems.add(FieldProblem.of("channel", "required"));
        } else if (channel != null && known(Channel.class, channel) == null) {
            problems.add(new FieldProblem("channel", "one-of",
                    new Object[] { "PORTAL, PHONE, PAPER, ON_SITE, WECHAT, EMAIL" }));
        }
        if (textVersion == null || textVersion.isBlank()) {
            problems.add(FieldProblem.of("textVersion", "required"));
        } else if (textVersion.length() > MAX_TEXT_VERSION) {
            problems.add(new FieldProblem("textVersion", "length", new Object[] { 1, MAX_TEXT_VERSION }));
        }
        return problems;
    }

    /** The channel a record is written with: an owner's is always the portal, whatever they sent. */
    static Channel channel(String channel, boolean byOwner) {
        return byOwner ? Channel.PORTAL : known(Channel.class, channel);
    }

    /** Whether this person may record consent for a customer they may see: the owner themselves, or staff who register. */
    static boolean mayRecord(CurrentUser user, long customerId) {
        if (user.isOwner()) {
            return user.customerId() != null && user.customerId() == customerId;
        }
        return user.hasAny(RECORDERS);
    }

    static <E extends Enum<E>> E known(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }
}
