package com.estatecare.warranty.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.warranty.CampaignView;

/** The SQL of maintenance campaigns and their visits. */
@Component
public class CampaignRows {

    /** A visit to plan: the unit, its label and scope, its day. */
    public record Planned(long unitId, String label, String scopePath, LocalDate on) {
    }

    private static final String CAMPAIGN = """
            select c.id, c.project_id, c.component_code, c.title, c.starts_on, c.ends_on, c.created_by, c.created_at,
                   count(v.id) as visits, count(v.done_at) as done, count(v.rating) as rated,
                   avg(v.rating) as average
            from maintenance_campaign c left join campaign_visit v on v.campaign_id = c.id
            """;
    private static final String VISIT = """
            select v.id, v.campaign_id, c.title, c.component_code, v.unit_id, v.unit_label, v.planned_on, v.done_at,
                   v.done_by, v.note, v.rating, v.rating_comment
            from campaign_visit v join maintenance_campaign c on c.id = v.campaign_id
            """;

    private final JdbcClient jdbc;

    CampaignRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long companyId, long projectId, String scopePath, String component, String title,
            LocalDate startsOn, LocalDate endsOn, String by, Instant now) {
        return jdbc.sql("""
                insert into maintenance_campaign (company_id, project_id, scope_path, component_code, title, starts_on,
                                                  ends_on, created_by, created_at)
                values (:company, :project, :scope, :component, :title, :startsOn, :endsOn, :by, :now)
                returning id""")
                .param("company", companyId).param("project", projectId).param("scope", scopePath)
                .param("component", component).param("title", title).param("startsOn", startsOn)
                .param("endsOn", endsOn).param("by", by).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    public void plan(long companyId, long campaignId, List<Planned> visits) {
        for (Planned v : visits) {
            jdbc.sql("""
                    insert into campaign_visit (company_id, campaign_id, unit_id, unit_label, scope_path, planned_on)
                    values (:company, :campaign, :unit, :label, :scope, :on)""")
                    .param("company", companyId).param("campaign", campaignId).param("unit", v.unitId())
                    .param("label", v.label()).param("scope", v.scopePath()).param("on", v.on()).update();
        }
    }

    /** The campaigns of the staff member's branch, newest first, with their progress. */
    public List<CampaignView> visible(CurrentUser user, int limit) {
        VisibleTo visible = VisibleTo.branchOrAbove(user, "c.scope_path");
        return jdbc.sql(CAMPAIGN + " where " + visible.sql() + " group by c.id order by c.id desc limit :limit")
                .params(visible.params()).param("limit", limit).query(CampaignRows::campaign).list();
    }

    public Optional<CampaignView> campaign(long id, CurrentUser user) {
        VisibleTo visible = VisibleTo.branchOrAbove(user, "c.scope_path");
        return jdbc.sql(CAMPAIGN + " where c.id = :id and " + visible.sql() + " group by c.id")
                .param("id", id).params(visible.params()).query(CampaignRows::campaign).optional();
    }

    public List<CampaignView.Visit> visits(long campaignId, long after, int limit) {
        return jdbc.sql(VISIT + " where v.campaign_id = :campaign and v.id > :after order by v.id limit :limit")
                .param("campaign", campaignId).param("after", after).param("limit", limit)
                .query(CampaignRows::visit).list();
    }

    /** The open visits of the staff member's branch planned up to {@code until}, earliest first. */
    public List<CampaignView.Visit> openVisits(CurrentUser user, LocalDate until, int limit) {
        VisibleTo visible = VisibleTo.sql(user, "v.scope_path");
        return jdbc.sql(VISIT + " where v.done_at is null and v.planned_on <= :until and " + visible.sql()
                + " order by v.planned_on, v.id limit :limit")
                .params(visible.params()).param("until", until).param("limit", limit)
                .query(CampaignRows::visit).list();
    }

    /** The visits of the staff member's branch planned from {@code from} to {@code to}, by day, at most {@code limit}. */
    public List<CampaignView.Visit> planned(CurrentUser user, LocalDate from, LocalDate to, int limit) {
        VisibleTo visible = VisibleTo.sql(user, "v.scope_path");
        return jdbc.sql(VISIT + " where v.planned_on between :from and :to and " + visible.sql()
                + " order by v.planned_on, v.id limit :limit")
                .params(visible.params()).param("from", from).param("to", to).param("limit", limit)
                .query(CampaignRows::visit).list();
    }

    public List<CampaignView.Visit> ofUnits(Collection<Long> unitIds, int limit) {
        return unitIds.isEmpty() ? List.of()
                : jdbc.sql(VISIT + " where v.unit_id in (:units) order by v.planned_on desc, v.id desc limit :limit")
                        .param("units", unitIds).param("limit", limit).query(CampaignRows::visit).list();
    }

    /** A visit the staff member's branch covers, locked for the change that follows. */
    public Optional<CampaignView.Visit> visibleVisit(long id, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "v.scope_path");
        return jdbc.sql(VISIT + " where v.id = :id and " + visible.sql() + " for update of v")
                .param("id", id).params(visible.params()).query(CampaignRows::visit).optional();
    }

    /** A visit, unscoped and locked: the caller checks the owner. */
    public Optional<CampaignView.Visit> visit(long id) {
        return jdbc.sql(VISIT + " where v.id = :id for update of v").param("id", id).query(CampaignRows::visit).optional();
    }

    public void done(long id, String note, String by, Instant at) {
        jdbc.sql("""
                update campaign_visit set done_at = :at, done_by = :by, note = :note
                where id = :id and done_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("note", note).param("id", id).update();
    }

    public void rate(long id, int rating, String comment, Instant at) {
        jdbc.sql("""
                update campaign_visit set rating = :rating, rating_comment = :comment, rated_at = :at
                where id = :id and rating is null""")
                .param("rating", rating).param("comment", comment).param("at", Timestamp.from(at)).param("id", id)
                .update();
    }

    private static CampaignView campaign(ResultSet rs, int n) throws SQLException {
        double average = rs.getDouble("average");
        Double avg = rs.wasNull() ? null : Math.round(average * 10) / 10.0;
        return new CampaignView(rs.getLong("id"), rs.getLong("project_id"), rs.getString("component_code"),
                rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getLong("visits"), rs.getLong("done"),
                rs.getLong("rated"), avg);
    }

    private static CampaignView.Visit visit(ResultSet rs, int n) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        int rating = rs.getInt("rating");
        Integer rated = rs.wasNull() ? null : rating;
        return new CampaignView.Visit(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("title"),
                rs.getString("component_code"), rs.getLong("unit_id"), rs.getString("unit_label"),
                rs.getObject("planned_on", LocalDate.class), done == null ? null : done.toInstant(),
                rs.getString("done_by"), rs.getString("note"), rated, rs.getString("rating_comment"));
    }
}
