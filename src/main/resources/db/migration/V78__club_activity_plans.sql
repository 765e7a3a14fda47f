-- Yearly and monthly club activity plans (年度活动计划 / 月度活动计划, seed 001's 客户会管理手册, decision 050): one plan
-- per project and year, drafted by the club's staff, submitted and approved by a club manager who did not submit it;
-- its items are the planned activities of each month (theme, kind, planned day or just the month, target participants,
-- planned budget). An approved plan may be adjusted during the year: it becomes REVISED and every change of an item
-- is recorded with who made it, before and after. An activity names the plan item it realises, so that the plan shows
-- planned against actual. Staff may sign a member up on their behalf (recorded by name on the sign-up).
create table club_activity_plan (
    id                    bigserial     primary key,
    company_id            bigint        not null,
    scope_path            varchar(400)  not null,
    project_id            bigint        not null,
    plan_year             integer       not null check (plan_year between 2000 and 2100),
    status                varchar(10)   not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REVISED')),
    revision              integer       not null default 0,
    submitted_by          bigint,
    submitter             varchar(200),
    submitted_at          timestamp with time zone,
    decided_by            bigint,
    decider               varchar(200),
    decided_at            timestamp with time zone,
    approved_at           timestamp with time zone,
    created_by            bigint,
    created_by_name       varchar(200),
    created_at            timestamp with time zone not null,
    version               bigint        not null default 0,
    constraint club_activity_plan_unique unique (company_id, project_id, plan_year)
);
create index club_activity_plan_scope_idx on club_activity_plan (scope_path varchar_pattern_ops, plan_year);

create table club_activity_plan_item (
    id                    bigserial     primary key,
    company_id            bigint        not null,
    plan_id               bigint        not null references club_activity_plan (id),
    plan_month            smallint      not null check (plan_month between 1 and 12),
    theme                 varchar(200)  not null,
    kind                  varchar(12)   not null
        check (kind in ('FESTIVAL', 'FAMILY', 'HEALTH', 'LECTURE', 'SPORTS', 'CULTURE', 'SOCIAL', 'CHARITY',
                        'OTHER')),
    planned_on            date,
    target_participants   integer       not null check (target_participants between 1 and 5000),
    budget_planned_fen    bigint        not null check (budget_planned_fen >= 0),
    created_at            timestamp with time zone not null
);
create index club_activity_plan_item_plan_idx on club_activity_plan_item (plan_id, plan_month, id);

create table club_activity_plan_change (
    id                    bigserial     primary key,
    company_id            bigint        not null,
    plan_id               bigint        not null references club_activity_plan (id),
    item_id               bigint,
    change                varchar(10)   not null
        check (change in ('CREATED', 'ADDED', 'CHANGED', 'REMOVED', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    plan_month            smallint,
    before_text           varchar(1000),
    after_text            varchar(1000),
    changed_by            bigint,
    changed_by_name       varchar(200),
    changed_at            timestamp with time zone not null
);
create index club_activity_plan_change_plan_idx on club_activity_plan_change (plan_id, id);

alter table club_activity add column plan_item_id bigint references club_activity_plan_item (id);
create index club_activity_plan_item_idx on club_activity (plan_item_id) where plan_item_id is not null;

alter table club_activity_signup add column signed_up_by varchar(200);
