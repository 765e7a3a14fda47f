package com.estatecare.warranty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.calendar.BusinessCalendar;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.registry.BuildingView;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;
import com.estatecare.warranty.internal.CampaignRows;
import com.estatecare.warranty.internal.VisitSpread;

/**
 * Proactive maintenance campaigns (定期保养): a project's buildings and one component over a period; a visit per
 * unit, spread evenly over the period's working days on the company's business calendar; engineers work them from
 * their own list (not as requests) and mark them done; the owner rates each visit in the portal.
 */
@Service
public class Campaigns {

    /** The longest period of one campaign. */
    public static final int MAX_DAYS = 366;
    /** The most visits (units) of one campaign. */
    public static final int MAX_VISITS = 5000;
    static final Set<Role> PLANNERS = EnumSet.of(Role.AGENT, Role.MANAGER, Role.ADMIN);
    static final Set<Role> VISITORS = EnumSet.of(Role.ENGINEER, Role.AGENT, Role.MANAGER, Role.ADMIN);

    /** A campaign as it is planned. */
    public record NewCampaign(long projectId, List<Long> buildingIds, String componentCode, String title,
            LocalDate startsOn, LocalDate endsOn) {
    }

    private final CampaignRows rows;
    private final Registry registry;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final ZoneId zone;

    Campaigns(CampaignRows rows, Registry registry, BusinessCalendar calendar, Clock clock,
            @Value("${estatecare.zone:Asia/Shanghai}") ZoneId zone) {
        this.rows = rows;
        this.registry = registry;
        this.calendar = calendar;
        this.clock = clock;
        this.zone = zone;
    }

    /** Plans a campaign and its visits; a bad period, building or component is a 400 and nothing is stored. */
    @Transactional
    public CampaignView plan(NewCampaign c, CurrentUser user) {
        if (!user.hasAny(PLANNERS)) {
            throw DomainException.forbidden("forbidden");
        }
        ProjectView project = registry.project(c.projectId()).filter(p -> !user.isOwner()
                && (user.covers(p.scopePath()) || user.scopePath().startsWith(p.scopePath())))
                .orElseThrow(() -> DomainException.unknownReference("projectId"));
        if (!registry.componentExists(c.componentCode())) {
            throw DomainException.invalidField("componentCode", "unknown");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (c.startsOn().isBefore(today)) {
            throw DomainException.invalidField("startsOn", "not-before", today);
        }
        if (c.endsOn().isBefore(c.startsOn()) || ChronoUnit.DAYS.between(c.startsOn(), c.endsOn()) >= MAX_DAYS) {
            throw DomainException.invalidField("endsOn", "range", c.startsOn(), c.startsOn().plusDays(MAX_DAYS - 1));
        }
        List<UnitView> units = units(project, c.buildingIds(), user);
        List<LocalDate> days = workingDays(project.companyId(), c.startsOn(), c.endsOn());
        List<LocalDate> planned = VisitSpread.plan(days, units.size());
        long id = rows.insert(project.companyId(), project.id(), project.scopePath(), c.componentCode(),
                c.title().strip(), c.startsOn(), c.endsOn(), user.displayName(), clock.instant());
        List<CampaignRows.Planned> visits = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            UnitView u = units.get(i);
            visits.add(new CampaignRows.Planned(u.id(), Registry.label(u), u.scopePath(), planned.get(i)));
        }
        rows.plan(project.companyId(), id, visits);
        return rows.campaign(id, user).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<CampaignView> list(CurrentUser user) {
        return user.isOwner() ? List.of() : rows.visible(user, 200);
    }

    @Transactional(readOnly = true)
    public CursorPage<CampaignView.Visit> visits(long campaignId, String cursor, int limit, CurrentUser user) {
        CampaignView campaign = rows.campaign(campaignId, user).filter(x -> !user.isOwner())
                .orElseThrow(() -> DomainException.notFound("campaign"));
        long after = cursor == null ? 0 : CursorPage.decode(cursor);
        List<CampaignView.Visit> page = rows.visits(campaign.id(), after, limit + 1);
        return page.size() <= limit ? new CursorPage<>(page, null)
                : new CursorPage<>(page.subList(0, limit), CursorPage.encode(page.get(limit - 1).id()));
    }

    /** An engineer's list: the open visits of their branch planned up to a week ahead. An owner's: their units'. */
    @Transactional(readOnly = true)
    public List<CampaignView.Visit> mine(CurrentUser user) {
        if (user.isOwner()) {
            return user.customerId() == null ? List.of()
                    : rows.ofUnits(registry.unitsOf(user.customerId()).stream().map(UnitView::id).toList(), 100);
        }
        return rows.openVisits(user, LocalDate.now(clock.withZone(zone)).plusDays(7), 200);
    }

    @Transactional
    public CampaignView.Visit done(long visitId, String note, CurrentUser user) {
        if (!user.hasAny(VISITORS)) {
            throw DomainException.forbidden("forbidden");
        }
        rows.visibleVisit(visitId, user).orElseThrow(() -> DomainException.notFound("visit"));
        rows.done(visitId, note == null ? null : note.strip(), user.displayName(), clock.instant());
        return rows.visit(visitId).orElseThrow();
    }

    /** The most days the dispatch board asks visits for at once. */
    public static final int MAX_BOARD_DAYS = 31;
    /** The most visits the dispatch board reads at once. */
    public static final int MAX_BOARD_VISITS = 500;

    /**
     * The visits of the caller's branch planned from {@code from} to {@code to} (at most {@value #MAX_BOARD_DAYS}
     * days), done or not, for the dispatch board; at most {@value #MAX_BOARD_VISITS}.
     */
    @Transactional(readOnly = true)
    public List<CampaignView.Visit> planned(LocalDate from, LocalDate to, CurrentUser user) {
        if (user.isOwner()) {
            throw DomainException.forbidden("forbidden");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_BOARD_DAYS) {
            throw DomainException.invalidField("to", "range", from, from.plusDays(MAX_BOARD_DAYS - 1));
        }
        return rows.planned(user, from, to, MAX_BOARD_VISITS);
    }

    /** The owner of the visited unit rates a visit that was done, once, with a comment if they like. */
    @Transactional
    public CampaignView.Visit rate(long visitId, int rating, String comment, CurrentUser user) {
        CampaignView.Visit visit = rows.visit(visitId)
                .filter(v -> user.isOwner() && user.customerId() != null && registry.owns(user.customerId(), v.unitId()))
                .orElseThrow(() -> DomainException.notFound("visit"));
        if (visit.doneAt() == null) {
            throw DomainException.conflict("visit-not-done");
        }
        if (visit.rating() != null) {
            throw DomainException.conflict("visit-rated");
        }
        if (rating < 1 || rating > 5) {
            throw DomainException.invalidField("rating", "range", 1, 5);
        }
        rows.rate(visitId, rating, comment == null || comment.isBlank() ? null : comment.strip(), clock.instant());
        return rows.visit(visitId).orElseThrow();
    }

    /** The units of the chosen buildings of the project, building by building, at most {@link #MAX_VISITS}. */
    private List<UnitView> units(ProjectView project, List<Long> buildingIds, CurrentUser user) {
        List<UnitView> units = new ArrayList<>();
        for (long buildingId : buildingIds.stream().distinct().toList()) {
            BuildingView building = registry.building(buildingId).filter(b -> b.projectId() == project.id())
                    .orElseThrow(() -> DomainException.invalidField("buildingIds", "not-in-project"));
            List<UnitView> ofBuilding = new ArrayList<>();
            String cursor = null;
            do {
                CursorPage<UnitView> page = registry.searchUnits(null, project.id(), building.id(), cursor, 200, user);
                ofBuilding.addAll(page.items());
                if (units.size() + ofBuilding.size() > MAX_VISITS) {
                    throw DomainException.invalidField("buildingIds", "at-most", MAX_VISITS);
                }
                cursor = page.next();
            } while (cursor != null);
            ofBuilding.sort(java.util.Comparator.comparingLong(UnitView::id));
            units.addAll(ofBuilding);
        }
        return units;
    }

    private List<LocalDate> workingDays(long companyId, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(companyId, d.atTime(LocalTime.NOON).atZone(zone).toInstant())) {
                days.add(d);
            }
        }
        return days;
    }
}
