-- time_limit_clock_request_idx (V12) indexes request_id alone, which time_limit_clock_unique (request_id, limit_key,
-- company_id; V19) already leads with: every look-up of a request's clocks can use the unique index, and each
-- clock an intake starts (up to three for a complaint) wrote one index entry more than it needed.
drop index time_limit_clock_request_idx;
