-- The escalation module no longer keeps a copy of every request: similar
-- requests are searched in the request table by the requests module, so the
-- escalation case keeps only the ladder's own state (its level and the
-- complaint registered for a repair reported again), and only for requests
-- that climbed or were followed up.
delete from escalation_case where level = 'PROPERTY_COMPANY' and follow_up_id is null;
drop index if exists escalation_case_unit_idx;
alter table escalation_case
    drop column number,
    drop column kind,
    drop column status,
    drop column category,
    drop column component_code,
    drop column unit_id,
    drop column related_request_id,
    drop column scope_path,
    drop column created_at;

-- 顾问支持制: a consultation past its due time is told once, to its requester
-- and the consultant's manager; the sweep marks it here in the same statement
-- that finds it.
alter table consultation add column overdue_notified_at timestamp with time zone;
create index consultation_overdue_idx on consultation (due_at)
    where opinion is null and overdue_notified_at is null;
