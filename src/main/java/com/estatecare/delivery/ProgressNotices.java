package com.estatecare.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.delivery.internal.NoticeRows;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;
import com.estatecare.registry.ProjectUnits;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;

/**
 * Construction progress notices (工程进度通知): between signing and handover, one notice a month per project to
 * its buyers — the owners of its units not yet handed over — with photos. Publishing records who received it and
 * publishes {@link ProgressNoticePublished}: the customer file writes it on each buyer's file, the outbound
 * channels may send it.
 */
@Service
public class ProgressNotices {

    /** The most photos of one notice. */
    public static final int MAX_PHOTOS = 9;
    /** Who publishes. */
    static final Set<Role> PUBLISHERS = EnumSet.of(Role.AGENT, Role.MANAGER, Role.ADMIN, Role.PROJECT_COMPANY);

    private final NoticeRows rows;
    private final Registry registry;
    private final ProjectUnits projectUnits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    ProgressNotices(NoticeRows rows, Registry registry, ProjectUnits projectUnits, ApplicationEventPublisher events,
            Clock clock, @Value("${estatecare.zone:Asia/Shanghai}") ZoneId zone) {
        this.rows = rows;
        this.registry = registry;
        this.projectUnits = projectUnits;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Publishes the notice of a month (yyyy-MM, not after the current month in Asia/Shanghai) for a project the
     * caller's branch covers; a second notice of the same month is a 409.
     */
    @Transactional
    public NoticeView publish(long projectId, String month, String title, String body, CurrentUser user) {
        if (!user.hasAny(PUBLISHERS)) {
            throw DomainException.forbidden("forbidden");
        }
        ProjectView project = project(projectId, user);
        YearMonth current = YearMonth.from(clock.instant().atZone(zone));
        YearMonth of = month(month);
        if (of.isAfter(current) || of.isBefore(current.minusYears(10))) {
            throw DomainException.invalidField("month", "range", current.minusYears(10), current);
        }
        List<Long> buyers = projectUnits.buyersAwaitingHandover(project.id());
        Instant now = clock.instant();
        long id = rows.insert(project, of.toString(), title.strip(), body.strip(), user.displayName(), now,
                buyers.size()).orElseThrow(() -> DomainException.conflict("notice-of-month", of.toString()));
        events.publishEvent(new ProgressNoticePublished(id, project.companyId(), project.id(), project.name(),
                of.toString(), title.strip(), buyers, now));
        return named(rows.get(id).orElseThrow());
    }

    /** Adds a photo (JPEG, PNG, WebP) to a notice the caller's branch covers. */
    @Transactional
    public NoticeView addPhoto(long noticeId, byte[] bytes, CurrentUser user) {
        if (!user.hasAny(PUBLISHERS)) {
            throw DomainException.forbidden("forbidden");
        }
        NoticeView notice = visible(noticeId, user);
        if (notice.photoIds().size() >= MAX_PHOTOS) {
            throw DomainException.invalidField("file", "at-most", MAX_PHOTOS);
        }
        rows.addPhoto(noticeId, bytes);
        return named(rows.get(noticeId).orElseThrow());
    }

    /** A project's notices, newest month first: staff of its branch. */
    @Transactional(readOnly = true)
    public List<NoticeView> ofProject(long projectId, CurrentUser user) {
        return rows.ofProjects(List.of(project(projectId, user).id())).stream().map(this::named).toList();
    }

    /** The notices of the projects where the owner owns a unit, newest first. */
    @Transactional(readOnly = true)
    public List<NoticeView> ofOwner(CurrentUser user) {
        if (!user.isOwner() || user.customerId() == null) {
            return List.of();
        }
        return rows.ofProjects(registry.unitsOf(user.customerId()).stream().map(u -> u.projectId()).distinct()
                .toList()).stream().map(this::named).toList();
    }

    /** A photo of a notice the caller may see: staff of its branch, or an owner of a unit of its project. */
    @Transactional(readOnly = true)
    public Optional<NoticeRows.Photo> photo(long noticeId, long photoId, CurrentUser user) {
        visible(noticeId, user);
        return rows.photo(noticeId, photoId);
    }

    /** The notice with its project's name (the few projects of one read, each a primary-key read). */
    private NoticeView named(NoticeView n) {
        String project = registry.project(n.projectId()).map(ProjectView::name).orElse(null);
        return new NoticeView(n.id(), n.projectId(), project, n.month(), n.title(), n.body(), n.photoIds(),
                n.publishedBy(), n.publishedAt(), n.recipients());
    }

    private NoticeView visible(long noticeId, CurrentUser user) {
        NoticeView notice = rows.get(noticeId).orElseThrow(() -> DomainException.notFound("notice"));
        boolean visible = user.isOwner()
                ? user.customerId() != null && registry.unitsOf(user.customerId()).stream()
                        .anyMatch(u -> u.projectId() == notice.projectId())
                : registry.project(notice.projectId()).filter(p -> covers(user, p)).isPresent();
        if (!visible) {
            throw DomainException.notFound("notice");
        }
        return notice;
    }

    private ProjectView project(long projectId, CurrentUser user) {
        return registry.project(projectId).filter(p -> covers(user, p))
                .orElseThrow(() -> DomainException.notFound("project"));
    }

    /** Staff of the project's branch, or of a building or node below it. */
    private static boolean covers(CurrentUser user, ProjectView project) {
        return !user.isOwner() && (user.covers(project.scopePath())
                || user.scopePath().startsWith(project.scopePath()));
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField("month", "month-format");
        }
    }
}
