-- Failed sign-ins counted per account ("account:<lower-case name>") and per client
-- address ("address:<ip>"), shared by every instance.
create table login_throttle (
    throttle_key varchar(200) primary key,
    failures     integer      not null,
    window_start timestamp with time zone not null,
    locked_until timestamp with time zone
);

-- User names are unique regardless of case: "ADMIN" beside "admin" would be two
-- accounts that a person cannot tell apart. Sign-in matches the name ignoring case.
-- (A database that already holds two names differing only in case stops here:
-- rename one of them, then start again.)
create unique index account_username_lower_unique on account (lower(username));
