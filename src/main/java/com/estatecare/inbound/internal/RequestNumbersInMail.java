package com.estatecare.inbound.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests a mail names: in the Message-IDs it answers ({@code In-Reply-To}, {@code References}), which the
 * outbound notices write as {@code <BX-20261126-0001.outbound-42@…>}, and in its subject ("Re: 您的工单
 * BX-20261126-0001 已受理"), in the format of decision 005. The headers come first: a subject is typed by people.
 */
final class RequestNumbersInMail {

    /** A mail naming more requests than this is not a reply to one of them. */
    static final int MAX = 5;

    private static final String NUMBER = "(?:ZX|BX|TS|JY|BY)-\\d{8}-\\d{4,9}";
    private static final Pattern IN_MESSAGE_ID = Pattern.compile("<(" + NUMBER + ")\\.outbound-\\d{1,19}@");
    private static final Pattern IN_SUBJECT = Pattern.compile("(?<![A-Za-z0-9])(" + NUMBER + ")(?![0-9])");
    /** Headers and subjects are cut before they are searched: the work is bounded whatever comes. */
    private static final int SEARCHED = 8_000;

    private RequestNumbersInMail() {
    }

    static List<String> of(String references, String subject) {
        Set<String> found = new LinkedHashSet<>();
        collect(IN_MESSAGE_ID, references, found);
        collect(IN_SUBJECT, subject, found);
        return List.copyOf(found);
    }

    private static void collect(Pattern pattern, String text, Set<String> found) {
        if (text == null) {
            return;
        }
        Matcher m = pattern.matcher(text.length() > SEARCHED ? text.substring(0, SEARCHED) : text);
        while (m.find() && found.size() <= MAX) {
            found.add(m.group(1));
        }
    }
}
