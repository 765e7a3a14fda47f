-- Request numbers count per company (BX-20261124-0001 in each city company),
-- so they are unique within a company, not across the group. A look-up by
-- number alone (the list's search) keeps an index of its own.
alter table request drop constraint request_number_unique;
alter table request add constraint request_number_unique unique (company_id, number);
create index request_number_idx on request (number);

-- Who may read a timeline entry, decided where it is written: CUSTOMER for
-- what the customer is told (status, progress messages, plan, result),
-- INTERNAL for the staff's own records (notes, grade, escalation, fines,
-- consultations, investigation). Owners read only CUSTOMER entries.
alter table request_timeline add column visibility varchar(10) default 'INTERNAL' not null;

-- A photo or document a customer sent is theirs to see; one that staff
-- attach stays internal unless they share it.
alter table request_attachment add column visibility varchar(10) default 'INTERNAL' not null;

-- The customer file likewise: the customer reads their file without the steps
-- staff took among themselves.
alter table customer_file_entry add column internal boolean default false not null;
update customer_file_entry set internal = true
where kind = 'REQUEST_STEP' and (summary like '%"action.CLASSIFY"%' or summary like '%"action.DISPATCH"%'
    or summary like '%"action.INVESTIGATE"%' or summary like '%"action.LINK"%' or summary like '%"action.NOTE"%'
    or summary like '%"action.UPDATE_FACTS"%');

-- Special reports are read by organisation scope, like the complaint itself.
alter table special_report add column scope_path varchar(400);
update special_report set scope_path = (select r.scope_path from request r where r.id = special_report.request_id);
alter table special_report alter column scope_path set not null;

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
