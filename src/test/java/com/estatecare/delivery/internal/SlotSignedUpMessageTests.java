package com.estatecare.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The refusal of a slot change that would cancel sign-ups counts its owners in good English and in Chinese. */
class SlotSignedUpMessageTests {

    private static String detail(Locale locale, int signedUp, int confirmed) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages.getMessage("problem.open-day-slot-signed-up.detail",
                new Object[] { signedUp, confirmed, signedUp - confirmed }, locale);
    }

    @Test
    void oneOwnerIsOneOwnerAndSeveralAreCounted() {
        assertThat(detail(Locale.ENGLISH, 1, 1)).startsWith("One owner signed up for this slot (1 confirmed, 0 waiting)")
                .contains("cancel the sign-up").contains("the owner will be told");
        assertThat(detail(Locale.ENGLISH, 3, 2)).startsWith("3 owners signed up for this slot (2 confirmed, 1 waiting)")
                .contains("cancel their sign-ups").contains("each of them will be told");
        assertThat(detail(Locale.SIMPLIFIED_CHINESE, 1, 1)).startsWith("有 1 位业主报名了该时段（已确认 1 位，候补 0 位）");
    }
}
