package com.estatecare.requests;

import com.estatecare.platform.PhoneNumber;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 报事人: who reported the request, with a phone number that masks itself (SPEC §13). */
@Embeddable
public record Reporter(@Column(name = "reporter_name") String name, @Column(name = "reporter_phone") PhoneNumber phone) {

    /** The phone for display, {@code 138****5678}. */
    public String maskedPhone() {
        return phone == null ? null : phone.masked();
    }
}
