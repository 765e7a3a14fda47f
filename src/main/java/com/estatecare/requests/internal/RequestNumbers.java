package com.estatecare.requests.internal;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.requests.RequestKind;

/**
 * Human-readable numbers per company, kind and day: {@code BX-20261123-0007}.
 * The day's counter row is locked from the increment until the registering
 * transaction commits, so numbers have no gaps and no duplicates; concurrent
 * intakes of one company and kind queue on that row for that short time.
 * The increment is one statement.
 */
@Component
public class RequestNumbers {

    private final JdbcClient jdbc;

    RequestNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(long companyId, RequestKind kind, LocalDate day) {
        return format(kind, day, jdbc.sql("""
                insert into request_number_counter (company_id, prefix, on_day, last_value)
                values (:company, :prefix, :day, 1)
                on conflict (company_id, prefix, on_day)
                do update set last_value = request_number_counter.last_value + 1
                returning last_value""")
                .param("company", companyId).param("prefix", kind.prefix()).param("day", day)
                .query(Integer.class).single());
    }

    static String format(RequestKind kind, LocalDate day, int value) {
        return "%s-%04d%02d%02d-%04d".formatted(kind.prefix(), day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
                value);
    }
}
