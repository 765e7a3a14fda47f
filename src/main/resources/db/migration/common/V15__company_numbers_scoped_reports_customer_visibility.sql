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
