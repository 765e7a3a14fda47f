-- The customer club's partner merchants (联盟商家) and member magazine (会刊), decision 046.

-- A partner merchant of a company: onboarded (APPLIED), ACTIVE under a contract, SUSPENDED or ENDED. The contact's
-- phone is business contact data, masked when shown.
create table club_merchant (
    id             bigserial     primary key,
    company_id     bigint        not null,
    scope_path     varchar(400)  not null,
    name           varchar(100)  not null,
    category       varchar(20)   not null,
    address        varchar(200)  not null,
    contact_name   varchar(60)   not null,
    contact_phone  varchar(20)   not null,
    contract_from  date,
    contract_to    date,
    status         varchar(10)   not null check (status in ('APPLIED', 'ACTIVE', 'SUSPENDED', 'ENDED')),
    created_at     timestamp with time zone not null,
    changed_at     timestamp with time zone not null,
    version        bigint        not null default 0,
    constraint club_merchant_contract_check check (contract_to is null or contract_from is null
        or contract_to >= contract_from)
);
create index club_merchant_company_idx on club_merchant (company_id, id);
create index club_merchant_scope_idx on club_merchant (scope_path varchar_pattern_ops, id);

-- A merchant's discount terms for members (优惠): the text, the percentage off (0 = a gift or service instead of a
-- price cut), the days it is valid and the member levels it is for (empty: every level).
create table club_merchant_offer (
    id               bigserial     primary key,
    company_id       bigint        not null,
    merchant_id      bigint        not null references club_merchant (id),
    title            varchar(100)  not null,
    terms            varchar(1000) not null,
    discount_percent integer       not null check (discount_percent between 0 and 100),
    valid_from       date          not null,
    valid_to         date          not null,
    levels           varchar(220)  not null default '',
    points           integer       check (points > 0),
    created_at       timestamp with time zone not null,
    constraint club_merchant_offer_days_check check (valid_to >= valid_from)
);
create index club_merchant_offer_merchant_idx on club_merchant_offer (merchant_id, valid_to);

-- A merchant voucher (商家优惠券) a member redeemed points for: an offer with a price in points, the ledger entry that
-- spent them (one voucher per entry, so a retried redemption finds its voucher), and the code shown at the shop.
create table club_voucher (
    id             bigserial     primary key,
    company_id     bigint        not null,
    member_id      bigint        not null references club_member (id),
    offer_id       bigint        not null references club_merchant_offer (id),
    entry_id       bigint        not null references club_points_entry (id),
    code           varchar(20)   not null,
    issued_at      timestamp with time zone not null,
    constraint club_voucher_code_unique unique (company_id, code),
    constraint club_voucher_entry_unique unique (company_id, entry_id)
);
create index club_voucher_member_idx on club_voucher (member_id, id);

-- A member's rating of a merchant (评价), one per member, merchant and year: rating again changes it.
create table club_merchant_rating (
    id             bigserial     primary key,
    company_id     bigint        not null,
    scope_path     varchar(400)  not null,
    merchant_id    bigint        not null references club_merchant (id),
    member_id      bigint        not null references club_member (id),
    year           integer       not null,
    score          integer       not null check (score between 1 and 5),
    comment        varchar(500),
    rated_at       timestamp with time zone not null,
    changed_at     timestamp with time zone not null,
    constraint club_merchant_rating_unique unique (company_id, merchant_id, member_id, year)
);
create index club_merchant_rating_scope_idx on club_merchant_rating (scope_path varchar_pattern_ops, changed_at);
create index club_merchant_rating_member_idx on club_merchant_rating (member_id);

-- A complaint about a merchant as staff recorded it (a member's word, a call, a letter), counted in its year.
create table club_merchant_complaint (
    id             bigserial     primary key,
    company_id     bigint        not null,
    merchant_id    bigint        not null references club_merchant (id),
    on_day         date          not null,
    note           varchar(500)  not null,
    recorded_by    bigint,
    recorder_name  varchar(200),
    at             timestamp with time zone not null
);
create index club_merchant_complaint_merchant_idx on club_merchant_complaint (merchant_id, on_day);

-- The member magazine (会刊): issues with a number per company, their articles and an optional PDF; published
-- once (DRAFT → PUBLISHED), when it is sent to the members who opted in.
create table club_magazine_issue (
    id             bigserial     primary key,
    company_id     bigint        not null,
    scope_path     varchar(400)  not null,
    number         integer       not null check (number between 1 and 100000),
    title          varchar(200)  not null,
    issue_date     date          not null,
    status         varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED')),
    published_at   timestamp with time zone,
    recipients     integer,
    pdf            bytea,
    pdf_name       varchar(200),
    pdf_bytes      bigint,
    created_at     timestamp with time zone not null,
    constraint club_magazine_issue_number_unique unique (company_id, number)
);

create table club_magazine_article (
    id             bigserial     primary key,
    company_id     bigint        not null,
    issue_id       bigint        not null references club_magazine_issue (id),
    title          varchar(200)  not null,
    body           text          not null check (length(body) <= 20000),
    created_at     timestamp with time zone not null
);
create index club_magazine_article_issue_idx on club_magazine_article (issue_id, id);

-- Whether a member takes the magazine (订阅会刊); the consent itself is recorded by privacy (purpose MAGAZINE).
alter table club_member add column magazine boolean not null default false;
