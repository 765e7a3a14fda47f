package com.estatecare.organisation;

/**
 * A node of the organisation tree. {@code path} lists the ids from the root
 * ({@code /1/2/7/}); everything whose path starts with it lies beneath.
 */
public record OrgNodeView(long id, Long parentId, OrgKind kind, String code, String name, String path, Long companyId) {
}
