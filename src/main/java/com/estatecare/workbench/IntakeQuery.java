package com.estatecare.workbench;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.registry.UnitLabel;

/**
 * What an agent typed into the intake lookup, read as one of three things: a
 * unit ({@code 3-1-502}, see {@link UnitLabel}), a phone number or its last
 * digits (at least {@value #MIN_PHONE_DIGITS}), or a name or its start. A unit
 * label is tried first: it has a separator or marker between building and
 * room, which a phone number written with dashes never fits (its groups are too
 * long). Its {@link #toString()} never shows the digits (personal data).
 */
public record IntakeQuery(Kind kind, String text, UnitLabel unit) {

    /** How the query was read. */
    public enum Kind { PHONE, NAME, UNIT }

    /** The longest query looked at. */
    public static final int MAX_LENGTH = 60;
    /** The fewest digits that find a phone number by its ending. */
    public static final int MIN_PHONE_DIGITS = 4;

    private static final Pattern PHONE_CHARS = Pattern.compile("[\\d\\s\\-()+]+");
    private static final Pattern NAME = Pattern.compile("[\\p{L}·.\\s]+");

    /** Reads {@code q}, or a 400 problem on {@code q} that says what may be typed. */
    public static IntakeQuery parse(String q) {
        if (q == null || q.isBlank()) {
            throw DomainException.invalidField("q", "required");
        }
        if (q.length() > MAX_LENGTH) {
            throw DomainException.invalidField("q", "length", 1, MAX_LENGTH);
        }
        String text = Normalizer.normalize(q, Normalizer.Form.NFKC).trim().replaceAll("\\s+", " ");
        Optional<UnitLabel> unit = UnitLabel.parse(text);
        if (unit.isPresent()) {
            return new IntakeQuery(Kind.UNIT, text, unit.get());
        }
        if (PHONE_CHARS.matcher(text).matches()) {
            String digits = PhoneNumber.normalise(text);
            if (digits.matches("\\d{" + MIN_PHONE_DIGITS + ",20}")) {
                return new IntakeQuery(Kind.PHONE, digits, null);
            }
        } else if (NAME.matcher(text).matches()) {
            return new IntakeQuery(Kind.NAME, text, null);
        }
        throw DomainException.invalidField("q", "lookup-query");
    }

    @Override
    public String toString() {
        return kind == Kind.PHONE ? "PHONE " + PhoneNumber.mask(text) : kind + " " + text;
    }
}
