package com.estatecare.registry;

/**
 * A customer as other modules see it. {@code phone} is the full number for
 * internal use (matching, calling back); the web layer masks it. {@code note}
 * is the staff's note on the customer (备注), never shown to the customer.
 * {@code idType} and {@code idMasked} are the identity document's type and its
 * masked number ({@code 3101**********1234}); the full number is sealed in the
 * registry and leaves it only by {@link Registry#identityDocument}, for the
 * audited reveal.
 */
public record CustomerView(long id, long companyId, String name, CustomerKind kind, CustomerGrade grade, String phone,
        String email, String wechat, String preferredChannel, Long advisorId, String scopePath, long version,
        String note, String idType, String idMasked) {
}
