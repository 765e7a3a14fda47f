package com.estatecare.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;

/**
 * The contractors (施工单位) of a project, who rectify its delivery defects: a list kept by its managers and
 * administrators, read by whoever inspects there.
 */
@Service
public class Contractors {

    /** The most contractors of one project. */
    public static final int MAX_PER_PROJECT = 200;
    static final Set<Role> EDITORS = EnumSet.of(Role.MANAGER, Role.ADMIN);

    public record Contractor(long id, long projectId, String name, String trade) {
    }

    private final JdbcClient jdbc;
    private final Registry registry;
    private final Clock clock;

    Contractors(JdbcClient jdbc, Registry registry, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Contractor> ofProject(long projectId, CurrentUser user) {
        return jdbc.sql("""
                select id, project_id, name, trade from delivery_contractor
                where project_id = :project order by name""")
                .param("project", project(projectId, user).id())
                .query((rs, n) -> new Contractor(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Adds a contractor to a project of the caller's branch; a name already listed is a 409. */
    @Transactional
    public Contractor add(long projectId, String name, String trade, CurrentUser user) {
        if (!user.hasAny(EDITORS)) {
            throw DomainException.forbidden("forbidden");
        }
        ProjectView project = project(projectId, user);
        if (ofProject(projectId, user).size() >= MAX_PER_PROJECT) {
            throw DomainException.invalidField("name", "max-items", MAX_PER_PROJECT);
        }
        long id = jdbc.sql("""
                insert into delivery_contractor (company_id, project_id, name, trade, created_at)
                values (:company, :project, :name, :trade, :at)
                on conflict (company_id, project_id, name) do nothing
                returning id""")
                .param("company", project.companyId()).param("project", project.id()).param("name", name.strip())
                .param("trade", trade == null || trade.isBlank() ? null : trade.strip())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).optional()
                .orElseThrow(() -> DomainException.duplicate("name"));
        return new Contractor(id, project.id(), name.strip(), trade == null || trade.isBlank() ? null : trade.strip());
    }

    /** Renames a contractor of a project of the caller's branch or changes its trade; a name taken is a 409. */
    @Transactional
    public Contractor change(long projectId, long contractorId, String name, String trade, CurrentUser user) {
        if (!user.hasAny(EDITORS)) {
            throw DomainException.forbidden("forbidden");
        }
        ProjectView project = project(projectId, user);
        String tradeOrNull = trade == null || trade.isBlank() ? null : trade.strip();
        boolean known = jdbc.sql("select 1 from delivery_contractor where id = :id and project_id = :project")
                .param("id", contractorId).param("project", project.id()).query(Integer.class).optional().isPresent();
        if (!known) {
            throw DomainException.notFound("contractor");
        }
        int changed = jdbc.sql("""
                update delivery_contractor set name = :name, trade = :trade
                where id = :id
                  and not exists (select 1 from delivery_contractor o
                                  where o.company_id = :company and o.project_id = :project and o.name = :name
                                    and o.id <> :id)""")
                .param("name", name.strip()).param("trade", tradeOrNull).param("id", contractorId)
                .param("company", project.companyId()).param("project", project.id()).update();
        if (changed == 0) {
            throw DomainException.duplicate("name");
        }
        return new Contractor(contractorId, project.id(), name.strip(), tradeOrNull);
    }

    private ProjectView project(long projectId, CurrentUser user) {
        return registry.project(projectId).filter(p -> !user.isOwner()
                && (user.covers(p.scopePath()) || user.scopePath().startsWith(p.scopePath())))
                .orElseThrow(() -> DomainException.notFound("project"));
    }
}
