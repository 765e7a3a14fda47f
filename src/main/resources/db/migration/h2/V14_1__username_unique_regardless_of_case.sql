-- User names are unique regardless of case (H2 has no index on an expression:
-- a generated column carries the lower-case name).
alter table account add column username_lower varchar(80) generated always as (lower(username));
create unique index account_username_lower_unique on account (username_lower);
