-- A customer file entry is anonymised with its request or its customer (decision 043): its literal terms (a
-- request number, a unit, a notice's title) and its reference become the marker, and the row is marked so that
-- a second sweep finds nothing to do.
alter table customer_file_entry add column anonymised_at timestamp with time zone;

-- Who proposed or wrote a case (decision 043): the review is another person's.
alter table knowledge_case add column proposed_by bigint;
alter table knowledge_case add column proposed_by_name varchar(200);
