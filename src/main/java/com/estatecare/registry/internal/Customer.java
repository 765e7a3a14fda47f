package com.estatecare.registry.internal;

import java.time.Instant;

import com.estatecare.platform.FieldCipher;
import com.estatecare.registry.CustomerDetails;
import com.estatecare.registry.CustomerGrade;
import com.estatecare.registry.CustomerKind;
import com.estatecare.registry.CustomerView;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 客户 — prospect or owner, with contact channels, grade and customer advisor (客服顾问). */
@Entity
@Table(name = "customer")
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long companyId;
    String scopePath;
    String name;
    @Enumerated(EnumType.STRING)
    CustomerKind kind;
    @Enumerated(EnumType.STRING)
    CustomerGrade grade;
    String phone;
    String email;
    String wechat;
    String preferredChannel;
    Long advisorId;
    String note;
    String idType;
    byte[] idSealed;
    String idKey;
    String idIndex;
    String idMasked;
    @Version
    long version;
    Instant createdAt;
    Instant updatedAt;

    protected Customer() {
    }

    public Customer(long companyId, String scopePath, CustomerDetails details, Instant now) {
        this.companyId = companyId;
        this.scopePath = scopePath;
        this.createdAt = now;
        apply(details, now);
    }

    public void apply(CustomerDetails details, Instant now) {
        this.name = details.name();
        this.kind = details.kind();
        this.grade = details.grade() == null ? CustomerGrade.STANDARD : details.grade();
        this.phone = details.phone();
        this.email = details.email();
        this.wechat = details.wechat();
        this.preferredChannel = details.preferredChannel();
        this.advisorId = details.advisorId();
        this.note = details.note();
        this.updatedAt = now;
    }

    /**
     * Changes what staff may correct on the file (name, phone, note); a {@code null} leaves a field as it is, an
     * empty phone or note removes it.
     */
    public void amend(String newName, String newPhone, String newNote, Instant now) {
        if (newName != null) {
            this.name = newName;
        }
        if (newPhone != null) {
            this.phone = newPhone.isEmpty() ? null : newPhone;
        }
        if (newNote != null) {
            this.note = newNote.isBlank() ? null : newNote;
        }
        this.updatedAt = now;
    }

    /** 交付: a prospect who bought a unit becomes its new owner (新业主) when it is handed over. */
    public void becomeOwner(Instant now) {
        this.kind = CustomerKind.NEW_OWNER;
        this.updatedAt = now;
    }

    /** 更正: one contact fact the owner asked to correct (name, phone, email, wechat), already checked. */
    public void correct(String field, String value, Instant now) {
        switch (field) {
            case "name" -> this.name = value;
            case "phone" -> this.phone = value;
            case "email" -> this.email = value;
            case "wechat" -> this.wechat = value;
            default -> throw new IllegalArgumentException("not correctable: " + field);
        }
        this.updatedAt = now;
    }

    /**
     * Records the identity document (证件) as sealed by the caller: its type, sealed number with the key's id,
     * blind index and masked form; {@code null} removes it.
     */
    public void recordIdentity(String type, FieldCipher.Sealed sealed, String index, String masked, Instant now) {
        this.idType = type;
        this.idSealed = sealed == null ? null : sealed.data();
        this.idKey = sealed == null ? null : sealed.keyId();
        this.idIndex = index;
        this.idMasked = masked;
        this.updatedAt = now;
    }

    /** The identity number as stored, sealed; empty when the customer has none. */
    public java.util.Optional<FieldCipher.Sealed> sealedIdentity() {
        return idSealed == null ? java.util.Optional.empty() : java.util.Optional.of(new FieldCipher.Sealed(idKey, idSealed));
    }

    public String identityType() {
        return idType;
    }

    public CustomerView view() {
        return new CustomerView(id, companyId, name, kind, grade, phone, email, wechat, preferredChannel, advisorId,
                scopePath, version, note, idType, idMasked);
    }

    public Long getId() {
        return id;
    }
}
