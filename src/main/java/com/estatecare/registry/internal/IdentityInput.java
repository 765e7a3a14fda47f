package com.estatecare.registry.internal;

import java.util.Optional;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.IdentityDocument;

/** An identity document as a client sends it (type and number), checked at the edge. */
final class IdentityInput {

    private IdentityInput() {
    }

    /**
     * The identity document of {@code type} (ID_CARD when none) and {@code number}, checked; empty for no number;
     * else a 400 problem naming {@code idType} or {@code idNumber} and why.
     */
    static Optional<IdentityDocument> identity(String type, String number) {
        String normalised = IdentityDocument.normalise(number);
        if (normalised == null || normalised.isEmpty()) {
            return Optional.empty();
        }
        IdentityDocument.Type kind = type(type);
        IdentityDocument.problem(kind, normalised).ifPresent(reason -> {
            throw DomainException.invalidField("idNumber", reason);
        });
        return Optional.of(new IdentityDocument(kind, normalised));
    }

    private static IdentityDocument.Type type(String type) {
        if (type == null || type.isBlank()) {
            return IdentityDocument.Type.ID_CARD;
        }
        for (IdentityDocument.Type known : IdentityDocument.Type.values()) {
            if (known.name().equals(type)) {
                return known;
            }
        }
        throw DomainException.invalidField("idType", "one-of", "ID_CARD, PASSPORT, HK_MACAU_PERMIT, TAIWAN_PERMIT");
    }
}
