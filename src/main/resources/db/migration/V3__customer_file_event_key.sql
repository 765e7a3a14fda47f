-- The customer file is written by event listeners; an event delivered again
-- (after a restart, by resubmission) must not add a second entry.
alter table customer_file_entry add column event_key varchar(120);
create unique index customer_file_event_key_unique on customer_file_entry (customer_id, event_key);
