package com.estatecare.club.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Rows;
import com.estatecare.revisits.RevisitActivities;
import com.estatecare.revisits.RevisitFigures;

/**
 * The club's side of revisits made during an activity (客户活动期间回访, decision 051): it answers the revisits
 * module's {@link RevisitActivities} (so that {@code revisits} never depends on the club), and shows on an
 * activity's detail the revisits made during it, read from {@link RevisitFigures}.
 */
@Component
class ClubRevisitActivities implements RevisitActivities {

    /** An activity's row as this needs it. */
    record Found(long id, long companyId, String scopePath, String theme, String place, Instant startsAt,
            Instant endsAt) {
        Activity activity() {
            return new Activity(id, companyId, theme, place, startsAt, endsAt);
        }
    }

    private static final String SELECT = """
            select a.id, a.company_id, a.scope_path, a.theme, a.place, a.starts_at, a.ends_at from club_activity a""";

    private final JdbcClient jdbc;
    private final RevisitFigures figures;

    ClubRevisitActivities(JdbcClient jdbc, RevisitFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Activity> find(long activityId, long companyId, CurrentUser user) {
        return jdbc.sql(SELECT + " where a.id = :id and a.company_id = :c and a.status <> 'CANCELLED'")
                .param("id", activityId).param("c", companyId).query(Rows.of(Found.class)).optional()
                .filter(a -> user.covers(a.scopePath())).map(Found::activity);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Activity> between(long companyId, Instant from, Instant to, int limit, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "a.scope_path");
        return jdbc.sql(SELECT + " where " + visible.sql() + """
                 and a.company_id = :c and a.status <> 'CANCELLED' and a.starts_at <= :to and a.ends_at >= :from
                order by a.starts_at desc, a.id desc limit :limit""").params(visible.params())
                .param("c", companyId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("limit", limit).query(Rows.of(Found.class)).list().stream().map(Found::activity).toList();
    }

    /** Staff: the revisits made during an activity of their branch (else 404), latest first. */
    @Transactional(readOnly = true)
    List<RevisitFigures.ActivityRevisit> revisitsDuring(long activityId, CurrentUser user) {
        Found activity = jdbc.sql(SELECT + " where a.id = :id").param("id", activityId).query(Rows.of(Found.class))
                .optional().filter(a -> user.covers(a.scopePath()))
                .orElseThrow(() -> DomainException.notFound("club-activity"));
        return figures.madeDuring(activity.companyId(), activity.id());
    }
}
