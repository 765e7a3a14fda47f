package com.estatecare.club.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.StaffOnly;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The club's consent text as staff show it when they join an owner on their behalf (代为入会: read out on the phone,
 * or the printed form signed on paper): the same text and version the portal shows, which the join then names.
 */
@RestController
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class ClubConsentController {

    private final MessageSource texts;

    ClubConsentController(MessageSource texts) {
        this.texts = texts;
    }

    @GetMapping("/api/v1/club/consent")
    @StaffOnly
    @Operation(summary = "The club's consent text in force (in the caller's language) and its version, which a join"
            + " on an owner's behalf names as consentTextVersion", operationId = "clubConsentText")
    MyClubController.ClubConsentText consent() {
        return new MyClubController.ClubConsentText(ClubConsent.VERSION,
                texts.getMessage("club.consent.text", null, LocaleContextHolder.getLocale()));
    }
}
