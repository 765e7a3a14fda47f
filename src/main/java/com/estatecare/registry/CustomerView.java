package com.estatecare.registry;

/**
 * A customer as other modules see it. {@code phone} is the full number for
 * internal use (matching, calling back); the web layer masks it.
 */
public record CustomerView(long id, long companyId, String name, CustomerKind kind, CustomerGrade grade, String phone,
        String email, String wechat, String preferredChannel, Long advisorId, String scopePath, long version) {
}
