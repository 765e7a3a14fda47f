package com.estatecare.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrgNodeRepository extends JpaRepository<OrgNode, Long> {

    Optional<OrgNode> findByCode(String code);

    @Query("select n from OrgNode n where n.path like concat(:prefix, '%') order by n.path")
    List<OrgNode> findUnder(String prefix);
}
