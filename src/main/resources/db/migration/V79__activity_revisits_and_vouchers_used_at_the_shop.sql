-- Revisits made during a club activity (客户活动期间回访, SPEC §10, decision 051): a revisit answered with the
-- method ACTIVITY names the activity of the same company during which the owner was revisited; the theme is kept
-- with the task so that the revisits module shows it without reading the club's tables.
alter table revisit_task add column activity_id bigint;
alter table revisit_task add column activity_theme varchar(200);
alter table revisit_task add constraint revisit_task_activity_method_check
    check (activity_id is null or method = 'ACTIVITY');
create index revisit_task_activity_idx on revisit_task (company_id, activity_id) where activity_id is not null;

-- A merchant voucher used up at the shop (decision 051): once, with the time and the staff member who used it on
-- the merchant's behalf.
alter table club_voucher add column used_at timestamp with time zone;
alter table club_voucher add column used_by bigint;
alter table club_voucher add column used_by_name varchar(200);
