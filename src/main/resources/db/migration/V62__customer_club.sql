-- The customer club (客户会, SPEC §14, decision 040): members with a number per company, their care data, a
-- points ledger that is only ever appended to, a gift catalogue per company, and the greetings sent (one row per
-- member, occasion and day, taken before the greeting is published, so that it leaves once).
create table club_member (
    id             bigserial     primary key,
    company_id     bigint        not null,
    scope_path     varchar(400)  not null,
    customer_id    bigint        not null,
    number         varchar(20)   not null,
    status         varchar(10)   not null check (status in ('ACTIVE', 'LEFT')),
    joined_at      timestamp with time zone not null,
    left_at        timestamp with time zone,
    birthday       date,
    greetings      boolean       not null default true,
    version        bigint        not null default 0,
    constraint club_member_customer_unique unique (company_id, customer_id),
    constraint club_member_number_unique unique (company_id, number)
);
create index club_member_scope_idx on club_member (scope_path varchar_pattern_ops, id);

-- The last member number given per company (HY-000001, HY-000002, …).
create table club_member_counter (
    company_id     bigint        primary key,
    last_number    bigint        not null
);

-- The ledger: points earned (positive), redeemed or expired (negative), each with a key unique in its company
-- so that a retried or concurrent write adds nothing, and the member's running balance checked never negative.
create table club_points_entry (
    id             bigserial     primary key,
    company_id     bigint        not null,
    member_id      bigint        not null references club_member (id),
    kind           varchar(10)   not null check (kind in ('EARN', 'REDEEM', 'EXPIRE')),
    rule           varchar(20),
    points         integer       not null check (points <> 0),
    balance_after  integer       not null check (balance_after >= 0),
    earned_year    integer,
    gift_id        bigint,
    reference      varchar(100),
    idem_key       varchar(200)  not null,
    recorded_by    bigint,
    recorder_name  varchar(200),
    at             timestamp with time zone not null,
    constraint club_points_entry_key_unique unique (company_id, idem_key)
);
create index club_points_entry_member_idx on club_points_entry (member_id, id);

create function club_points_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'club_points_entry is append-only';
end;
$$;
create trigger club_points_entry_no_update before update or delete on club_points_entry
    for each row execute function club_points_entry_append_only();

create table club_gift (
    id             bigserial     primary key,
    company_id     bigint        not null,
    name_zh        varchar(100)  not null,
    name_en        varchar(100)  not null,
    points         integer       not null check (points > 0),
    active         boolean       not null default true,
    changed_at     timestamp with time zone not null
);
create index club_gift_company_idx on club_gift (company_id, id);

create table club_greeting (
    id             bigserial     primary key,
    company_id     bigint        not null,
    member_id      bigint        not null references club_member (id),
    occasion       varchar(60)   not null,
    on_day         date          not null,
    sent_at        timestamp with time zone not null,
    constraint club_greeting_unique unique (company_id, member_id, occasion, on_day)
);
