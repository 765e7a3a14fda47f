package com.estatecare.club.internal;

/**
 * The text a customer is shown before joining (入会须知与个人信息同意): its version is recorded with the consent, and a
 * join that names another version is refused, so that the consent on record is to the text in force. The wording is
 * {@code club.consent.text} in the messages (both languages); a change of wording takes a new version here.
 */
final class ClubConsent {

    static final String VERSION = "club-2026-11";

    private ClubConsent() {
    }
}
