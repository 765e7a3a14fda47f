-- The staff assessment (assessment.internal.StaffFigures) counts, per assignee, what the month left: archived
-- requests, the timeline's ratings and revisits, decided clocks, revisit tasks and fines. Each of its parts
-- found its rows by an index of the month and then read the request (or the clock) from the table for the
-- assignee, and the revisit tasks had no index by due time alone; these indexes, three replacing indexes that lacked
-- a column and one new, give it what it needs from the index alone.
-- Measured before and after in one run by bench/assessment.sh (docs/performance.md "Staff assessment"), which
-- applies this file one block (separated by a blank line) at a time.

-- archived requests by the day they closed: the monthly report's closures, now with the assignee and kind
drop index request_closed_idx;
create index request_closed_idx on request (closed_at)
    include (scope_path, handling_round, related_request_id, assignee_id, kind) where status = 'ARCHIVED';

-- a request by id with its branch (monthly report) and now its assignee (assessment), for the joins of the
-- timeline's steps, the clocks, the revisit tasks and the fines
drop index request_id_scope_idx;
create index request_id_scope_idx on request (id) include (scope_path, assignee_id);

-- the clocks decided in a period, now with their request (the assessment joins it for the assignee)
drop index time_limit_clock_decided_idx;
create index time_limit_clock_decided_idx on time_limit_clock ((coalesce(breached_at, stopped_at)))
    include (scope_path, limit_key, project_id, status, breached_at, stopped_at, request_id)
    where status = 'MET' or breached_at is not null;

-- the revisit tasks due in a period with their request and status (the monthly report's coverage reads them by
-- branch through revisit_task_scope_due_idx; the assessment by person, so by the due time alone)
create index revisit_task_due_idx on revisit_task (due_at) include (request_id, status);
