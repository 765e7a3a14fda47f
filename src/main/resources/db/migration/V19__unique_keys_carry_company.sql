-- Ready for a distributed PostgreSQL (Citus, docs/scale.md): a table distributed by
-- company_id can only enforce a unique key that contains company_id, so every unique
-- key other than the primary key on a table that holds company data includes it now.
--
-- company_id is appended, not put first: each key still starts with the columns that
-- look-ups use today (special_report by request_id, a clock by request_id and limit
-- key, ...), so every existing query keeps its index. The rows of one request, unit,
-- building, customer or account inbox all carry the one company of their parent, so
-- appending company_id forbids exactly what the old key forbade.
--
-- Not changed, because these are reference tables (replicated to every node, read by
-- every company; docs/scale.md) or kept on the coordinator:
--   org_node (code), account (username, lower(username)), access_token (token_hash):
--     sign-in and the organisation tree are group-wide; a user name is unique across
--     the group because sign-in does not know the company yet.
--   policy_version (kind, company_id, version): already includes company_id.
-- Project codes stay unique across the group through org_node_code_unique: creating
-- a project creates its organisation node with the same code.

alter table project drop constraint project_code_unique;
alter table project add constraint project_code_unique unique (code, company_id);

alter table building drop constraint building_name_unique;
alter table building add constraint building_name_unique unique (project_id, name, company_id);

alter table unit drop constraint unit_number_unique;
alter table unit add constraint unit_number_unique unique (building_id, unit_no, company_id);

alter table ownership drop constraint ownership_unique;
alter table ownership add constraint ownership_unique unique (unit_id, customer_id, company_id);

drop index customer_file_event_key_unique;
create unique index customer_file_event_key_unique on customer_file_entry (customer_id, event_key, company_id);

alter table special_report drop constraint special_report_request_unique;
alter table special_report add constraint special_report_request_unique unique (request_id, company_id);

alter table escalation_step drop constraint escalation_step_source_unique;
alter table escalation_step add constraint escalation_step_source_unique unique (request_id, source, company_id);

alter table fine drop constraint fine_request_rule_unique;
alter table fine add constraint fine_request_rule_unique unique (request_id, rule, company_id);

alter table time_limit_clock drop constraint time_limit_clock_unique;
alter table time_limit_clock add constraint time_limit_clock_unique unique (request_id, limit_key, company_id);

alter table notification drop constraint notification_event_unique;
alter table notification add constraint notification_event_unique unique (account_id, event_key, company_id);
