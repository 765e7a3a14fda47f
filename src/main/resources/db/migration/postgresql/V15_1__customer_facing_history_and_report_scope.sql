-- PostgreSQL-only part of V15 (the append-only trigger and pattern indexes exist only here).

-- The timeline written before V15: the steps a customer is told about become
-- CUSTOMER entries; a note written with one of them stays internal, since it
-- was written before staff could choose, except for the messages to the
-- customer (an answer, a progress notice). Everything else stays INTERNAL.
-- The timeline is append-only; this one correction lifts the guard for itself.
alter table request_timeline disable trigger request_timeline_no_update;
update request_timeline set visibility = 'CUSTOMER'
where action in ('NOTIFY_PROGRESS', 'ANSWER')
   or (note is null and action in ('REGISTER', 'RESPOND', 'AGREE_PLAN', 'COMPLETE', 'VERIFY', 'REVISIT', 'ARCHIVE',
                                   'REOPEN', 'CANCEL'));
alter table request_timeline enable trigger request_timeline_no_update;

update request_attachment a set visibility = 'CUSTOMER'
where exists (select 1 from account u where u.id = a.uploaded_by and u.roles = 'OWNER');

-- Special reports are read by scope prefix (scope_path like '/1/2/%'), as requests are.
create index special_report_scope_pattern_idx on special_report (scope_path varchar_pattern_ops, id);
