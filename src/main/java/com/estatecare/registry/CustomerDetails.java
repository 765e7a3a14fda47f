package com.estatecare.registry;


/** The editable facts of a customer; the phone is already normalised to digits. */
public record CustomerDetails(String name, CustomerKind kind, CustomerGrade grade, String phone, String email,
        String wechat, String preferredChannel, Long advisorId, String note) {
}
