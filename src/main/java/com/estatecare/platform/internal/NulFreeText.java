package com.estatecare.platform.internal;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Text that holds a NUL character ({@code \u0000}) is refused where it enters, naming its field: PostgreSQL cannot
 * store the character in a text column, so such a value would otherwise travel down to the insert and come back as
 * a problem that names no field (or, in a search, as a refused query). The JSON body's strings are checked by
 * {@link Strings}, registered for {@code String} with Jackson; query parameters, path variables and headers bound
 * to {@code String} by the editor that {@link #nulFree} registers with every data binder.
 */
@ControllerAdvice
class NulFreeText {

    /** Every binder of a handler's arguments and model attributes gets the editor. */
    @InitBinder
    void nulFree(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new Editor());
    }

    static boolean holdsNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }

    /** The refusal of a request parameter; its cause tells {@link ProblemHandler} which reason to give. */
    static final class Refused extends IllegalArgumentException {
        Refused() {
            super("text holds a NUL character");
        }
    }

    private static final class Editor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (holdsNul(text)) {
                throw new Refused();
            }
            setValue(text);
        }
    }

    /** Jackson's own string reading, then the check; its refusal carries the JSON path of the field. */
    static final class Strings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (holdsNul(value)) {
                throw new RefusedInBody(p);
            }
            return value;
        }
    }

    /** The refusal of a body's string. */
    static final class RefusedInBody extends MismatchedInputException {
        RefusedInBody(JsonParser p) {
            super(p, "text holds a NUL character", String.class);
        }
    }
}
