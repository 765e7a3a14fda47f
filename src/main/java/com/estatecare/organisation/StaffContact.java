package com.estatecare.organisation;

/**
 * Where a staff member is mailed: their e-mail address (null: none set, they are not mailed) and the language of
 * the mail ({@code zh-CN} unless they chose {@code en}).
 */
public record StaffContact(long accountId, String displayName, String email, String language) {

    public static final String DEFAULT_LANGUAGE = "zh-CN";

    @Override
    public String toString() {
        return "StaffContact " + accountId + (email == null ? " without e-mail" : " with e-mail");
    }
}
