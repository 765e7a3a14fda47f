-- Complaint facts that decide its grade (SPEC §3): how many people complain
-- together, whether a lawsuit or the media are involved, and whether it needs
-- a consultant or another company's help. Intake fields that may change later.
alter table request add column complainant_count integer not null default 1;
alter table request add column lawsuit varchar(10) not null default 'NONE';
alter table request add column media varchar(10) not null default 'NONE';
alter table request add column needs_support boolean not null default false;
-- hotspot detection: complaints of one project and category in a time window
create index request_hotspot_idx on request (project_id, kind, category, received_at);
