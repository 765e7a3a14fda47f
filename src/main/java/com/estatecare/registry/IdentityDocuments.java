package com.estatecare.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.FieldCipher;
import com.estatecare.platform.IdentityDocument;
import com.estatecare.platform.Rows;

/**
 * Customers' identity documents (证件), sensitive personal information (PIPL art. 28): sealed by the registry
 * with {@link FieldCipher} as they are recorded, found by exact match through their blind index, opened only for
 * the audited reveal, and sealed again under a new key after a rotation.
 */
@Service
public class IdentityDocuments {

    static final String PURPOSE = "customer.id_number";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    IdentityDocuments(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    FieldCipher.Sealed seal(IdentityDocument identity) {
        return cipher.seal(PURPOSE, identity.number());
    }

    String index(IdentityDocument identity) {
        return cipher.index(PURPOSE, identity.type() + ":" + identity.number());
    }

    /**
     * The customer's identity document in full, opened: only for the audited reveal (module {@code privacy}),
     * which has checked the caller, the scope and the reason and writes the audit entry. Unscoped.
     */
    @Transactional(readOnly = true)
    public Optional<IdentityDocument> of(long customerId) {
        return jdbc.sql("select id_type, id_key, id_sealed from customer where id = :id and id_sealed is not null")
                .param("id", customerId)
                .query((rs, row) -> new IdentityDocument(IdentityDocument.Type.valueOf(rs.getString("id_type")),
                        cipher.open(PURPOSE, new FieldCipher.Sealed(rs.getString("id_key"), rs.getBytes("id_sealed")))))
                .optional();
    }

    /** The customers the caller may see whose identity document is exactly this one (at most 50, by id). */
    @Transactional(readOnly = true)
    public List<CustomerView> customersWith(IdentityDocument identity, CurrentUser user) {
        Scope scope = Scope.forCustomers(user, "c");
        return jdbc.sql(Registry.CUSTOMER_SELECT + " where c.id_index = :index and " + scope.condition()
                + " order by c.id limit 50")
                .param("index", index(identity)).params(scope.params()).query(Rows.of(CustomerView.class)).list();
    }

    /**
     * Seals again, under the active key, up to {@code max} identity numbers sealed under an older key (after a key
     * rotation); answers how many. Rows are locked and skipped when locked, so that instances sweeping together or
     * a concurrent change do no harm, and the customer's version is left alone (nothing a person sees changed).
     */
    @Transactional
    public int resealStale(int max) {
        record Stale(long id, String idKey, byte[] idSealed) {
        }
        List<Stale> stale = jdbc.sql("""
                select id, id_key, id_sealed from customer
                where id_key <> :active
                order by id
                limit :max
                for update skip locked""")
                .param("active", cipher.activeKey()).param("max", max).query(Rows.of(Stale.class)).list();
        for (Stale s : stale) {
            String plain = cipher.open(PURPOSE, new FieldCipher.Sealed(s.idKey(), s.idSealed()));
            FieldCipher.Sealed fresh = cipher.seal(PURPOSE, plain);
            jdbc.sql("update customer set id_sealed = :sealed, id_key = :key where id = :id")
                    .param("sealed", fresh.data()).param("key", fresh.keyId()).param("id", s.id()).update();
        }
        return stale.size();
    }
}
