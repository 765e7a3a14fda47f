-- (User names unique regardless of case: V14_1 of each database.)

-- Failed sign-ins counted per account ("account:<lower-case name>") and per client
-- address ("address:<ip>"), shared by every instance.
create table login_throttle (
    throttle_key varchar(200) primary key,
    failures     integer      not null,
    window_start timestamp with time zone not null,
    locked_until timestamp with time zone
);
