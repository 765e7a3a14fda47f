package com.estatecare.platform.internal;

import com.estatecare.platform.Money;
import com.estatecare.platform.PhoneNumber;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** How the platform's one-column value objects are kept in the database: their plain value. */
final class ValueColumns {

    private ValueColumns() {
    }

    /** A phone number is kept as its digits; an empty column holds none. */
    @Converter(autoApply = true)
    static class PhoneNumberColumn implements AttributeConverter<PhoneNumber, String> {

        @Override
        public String convertToDatabaseColumn(PhoneNumber phone) {
            return phone == null ? null : phone.value();
        }

        @Override
        public PhoneNumber convertToEntityAttribute(String digits) {
            return digits == null || digits.isBlank() ? null : new PhoneNumber(digits);
        }
    }

    /** An amount is kept as its fen. */
    @Converter(autoApply = true)
    static class MoneyColumn implements AttributeConverter<Money, Long> {

        @Override
        public Long convertToDatabaseColumn(Money money) {
            return money == null ? null : money.fen();
        }

        @Override
        public Money convertToEntityAttribute(Long fen) {
            return fen == null ? null : new Money(fen);
        }
    }
}
