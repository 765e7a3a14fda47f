package com.estatecare.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgNodeRepository extends JpaRepository<OrgNode, Long> {

    Optional<OrgNode> findByCode(String code);

    Optional<OrgNode> findByPath(String path);

    /** The node at {@code prefix} and its branch, in tree order. */
    List<OrgNode> findByPathStartingWithOrderByPath(String prefix);

    /** The nodes of one level, e.g. every company's top node. */
    List<OrgNode> findByKindOrderById(com.estatecare.organisation.OrgKind kind);
}
