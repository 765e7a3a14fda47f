package com.estatecare.revisits.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.revisits.RevisitFigures;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Revisit coverage of an organisation node's branch for a period, in total and per project, with its rates:
 * the counts are {@link RevisitFigures}' one SQL aggregate (never a loop over rows).
 */
@Component
class RevisitCoverage {

    /** The node's figure and its projects' figures. */
    @Schema(name = "RevisitCoverageReport")
    record Report(long orgNodeId, String orgNodeName, java.time.LocalDate from, java.time.LocalDate to,
            Coverage total, List<Coverage> projects) {
    }

    private final RevisitFigures figures;
    private final Organisation organisation;

    RevisitCoverage(RevisitFigures figures, Organisation organisation) {
        this.figures = figures;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    Report of(Long orgNodeId, ReportPeriod period, CurrentUser user) {
        long id = orgNodeId == null ? user.orgNodeId() : orgNodeId;
        OrgNodeView node = organisation.node(id).filter(n -> user.covers(n.path()))
                .orElseThrow(() -> DomainException.notFound("orgNode"));
        List<RevisitFigures.ProjectCoverage> projects = figures.dueIn(period, node.path());
        List<Coverage> rows = projects.stream().map(p -> Coverage.of(null, p.projectId(), p.projectName(), p.due(),
                p.revisited(), p.onTime(), p.overdue(), p.duringActivities())).toList();
        RevisitFigures.Totals total = RevisitFigures.Totals.of(projects);
        return new Report(node.id(), node.name(), period.from(), period.to(),
                Coverage.of(node.id(), null, null, total.due(), total.revisited(), total.onTime(), total.overdue(),
                        total.duringActivities()),
                rows);
    }
}
