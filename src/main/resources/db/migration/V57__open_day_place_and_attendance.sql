-- Where an open day (工地开放日) meets, and who came: the staff record the
-- attendance of each owner confirmed, once the day has begun.
alter table open_day add column place varchar(200);

alter table open_day_signup
    add column attended             boolean,
    add column attendance_at        timestamp with time zone,
    add column attendance_by        varchar(200);
create index open_day_signup_attended on open_day_signup (open_day_id) where attended;
