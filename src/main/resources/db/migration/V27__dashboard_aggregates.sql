-- The manager's dashboard (docs/api.md, Dashboard): each module counts over its
-- own tables, so the rows a module keeps of a request carry the request's place
-- in the organisation tree (scope_path, read through organisation.VisibleTo)
-- and what its aggregates group by. Filled here once from the requests; from
-- now on written with the row.

-- (time_limit_clock.scope_path came with V23, for the queues)
alter table time_limit_clock add column project_id bigint;
update time_limit_clock c set project_id = r.project_id
from request r where r.id = c.request_id;
-- on-time rate: clocks decided (met, or breached) in a period, by the time they were decided
create index time_limit_clock_decided_idx on time_limit_clock ((coalesce(breached_at, stopped_at)))
    include (scope_path, limit_key, project_id, status, breached_at, stopped_at)
    where status = 'MET' or breached_at is not null;

alter table complaint_grade add column scope_path varchar(400);
alter table complaint_grade add column project_id bigint;
alter table complaint_grade add column received_at timestamp with time zone;
alter table complaint_grade add column open boolean default true not null;
update complaint_grade g set scope_path = r.scope_path, project_id = r.project_id, received_at = r.received_at,
    open = r.status not in ('ARCHIVED', 'CANCELLED')
from request r where r.id = g.request_id;
-- grade distribution: complaints received in a period; hotspots: the open ones of grade 2
create index complaint_grade_received_idx on complaint_grade (received_at) include (scope_path, grade);
create index complaint_grade_open_idx on complaint_grade (grade, received_at) include (scope_path, project_id)
    where open;

alter table escalation_step add column scope_path varchar(400);
update escalation_step s set scope_path = r.scope_path from request r where r.id = s.request_id;
create index escalation_step_at_idx on escalation_step (at) include (scope_path, to_level);

-- fines proposed in a period (the ledger already carries scope_path)
create index fine_proposed_idx on fine (proposed_at) include (scope_path, status, party, amount_fen);
