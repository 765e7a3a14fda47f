-- User names are unique regardless of case: "ADMIN" beside "admin" would be two
-- accounts that a person cannot tell apart. Sign-in matches the name ignoring case.
-- (A database that already holds two names differing only in case stops here:
-- rename one of them, then start again.)
create unique index account_username_lower_unique on account (lower(username));
