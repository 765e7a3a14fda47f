-- The hotspot rule counts the different complainants of a project's complaints
-- of one category within a window (RequestRepository.countDifferentComplainants):
-- one range of this index, read without touching the table once it is vacuumed.
create index request_complaint_problem_idx on request (project_id, category, received_at)
    include (customer_id, reporter_phone, status)
    where kind = 'COMPLAINT';
