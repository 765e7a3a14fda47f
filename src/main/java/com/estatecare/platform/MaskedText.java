package com.estatecare.platform;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes free text to JSON with the personal data typed into it masked ({@link PersonalDataInText}): put on a
 * component of an answer with {@code @JsonSerialize(using = MaskedText.class)}. The stored text stays as typed;
 * staff who may reveal read it whole through the audited reveal.
 */
public final class MaskedText extends ValueSerializer<String> {

    @Override
    public void serialize(String value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(PersonalDataInText.mask(value));
    }
}
