package com.estatecare.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.retention.RetentionPolicy;

/**
 * Anonymises customers (客户匿名化) in the caller's transaction: the name becomes {@link RetentionPolicy#ANONYMISED};
 * phone, e-mail, WeChat, note and the sealed identity number are removed; kind, grade, company, the units they own
 * and their requests' links stay, so counts and reports stay right. A customer under legal hold, or already
 * anonymised, is left as it is. The one anonymisation: the retention sweep of prospects and an approved erasure
 * request ({@link CustomerRecords#anonymise}) both use it.
 */
@Component
public class CustomerAnonymisation {

    private final JdbcClient jdbc;
    private final CustomersRead customersRead;

    CustomerAnonymisation(JdbcClient jdbc, CustomersRead customersRead) {
        this.jdbc = jdbc;
        this.customersRead = customersRead;
    }

    /** Whether the customer is under legal hold (法律冻结): then nothing of theirs is anonymised or erased. */
    @Transactional(readOnly = true)
    public boolean held(long customerId) {
        return jdbc.sql("select legal_hold_at is not null from customer where id = :id").param("id", customerId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** The ids of those anonymised now (not those held or anonymised before). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> anonymise(List<Long> customerIds, Instant now) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        customersRead.forget(customerIds);
        return jdbc.sql("""
                update customer
                set name = :marker, phone = null, email = null, wechat = null, note = null, preferred_channel = null,
                    id_type = null, id_sealed = null, id_key = null, id_index = null, id_masked = null,
                    anonymised_at = :now, updated_at = :now, version = version + 1
                where id in (:ids) and legal_hold_at is null and anonymised_at is null
                returning id""")
                .param("marker", RetentionPolicy.ANONYMISED).param("now", Timestamp.from(now))
                .param("ids", customerIds).query(Long.class).list().stream().sorted().toList();
    }
}
