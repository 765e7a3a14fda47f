-- Club activities (会员活动, SPEC §14, decision 045): an activity of a project with its place, time, capacity and
-- budget (planned, approved by a club manager who did not request it, spent); members sign up from the portal,
-- confirmed while places are free and waiting in line after that; each confirmed place has a check-in code shown as
-- a QR code; attendance is recorded once; attendees rate the activity 1-5 with a comment.
create table club_activity (
    id                    bigserial     primary key,
    company_id            bigint        not null,
    scope_path            varchar(400)  not null,
    project_id            bigint        not null,
    theme                 varchar(200)  not null,
    place                 varchar(200)  not null,
    starts_at             timestamp with time zone not null,
    ends_at               timestamp with time zone not null,
    capacity              integer       not null check (capacity > 0),
    budget_planned_fen    bigint        not null check (budget_planned_fen >= 0),
    budget_spent_fen      bigint        check (budget_spent_fen >= 0),
    budget_status         varchar(10)   not null check (budget_status in ('NONE', 'REQUESTED', 'APPROVED', 'REJECTED')),
    budget_requested_by   bigint,
    budget_requester      varchar(200),
    budget_decided_by     bigint,
    budget_decider        varchar(200),
    budget_decided_at     timestamp with time zone,
    status                varchar(12)   not null
        check (status in ('PLANNED', 'OPEN', 'HELD', 'SUMMARISED', 'CANCELLED')),
    summary               varchar(4000),
    created_by            bigint,
    created_by_name       varchar(200),
    created_at            timestamp with time zone not null,
    version               bigint        not null default 0,
    check (ends_at > starts_at)
);
create index club_activity_scope_idx on club_activity (scope_path varchar_pattern_ops, starts_at);
create index club_activity_company_idx on club_activity (company_id, status, starts_at);

create table club_activity_signup (
    id                    bigserial     primary key,
    company_id            bigint        not null,
    activity_id           bigint        not null references club_activity (id),
    member_id             bigint        not null references club_member (id),
    customer_id           bigint        not null,
    status                varchar(10)   not null check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
    signed_at             timestamp with time zone not null,
    confirmed_at          timestamp with time zone,
    check_in_code         varchar(20)   not null,
    attended_at           timestamp with time zone,
    checked_in_by         varchar(200),
    rating                smallint      check (rating between 1 and 5),
    comment               varchar(500),
    evaluated_at          timestamp with time zone,
    constraint club_activity_signup_unique unique (company_id, activity_id, member_id),
    constraint club_activity_signup_code_unique unique (company_id, check_in_code)
);
create index club_activity_signup_line_idx on club_activity_signup (activity_id, status, signed_at, id);
create index club_activity_signup_member_idx on club_activity_signup (member_id, id);
