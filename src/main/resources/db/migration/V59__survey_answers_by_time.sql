-- The monthly and quarterly reports count the survey answers recorded in their period (docs/kpis.md,
-- "Satisfaction surveys in the reports"): one range of this index per report, the branch and the rating read
-- from it without the table.
create index survey_target_answered_idx on survey_target (answered_at)
    include (scope_path, campaign_id, satisfaction) where status = 'ANSWERED';
