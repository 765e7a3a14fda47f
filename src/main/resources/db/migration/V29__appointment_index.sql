-- The dispatch board reads the repair visits of a day or a week by their time (GET /api/v1/appointments):
-- only requests with an agreed repair plan have one, so the index holds those alone.
create index request_plan_scheduled_idx on request (plan_scheduled_at, id) where plan_scheduled_at is not null;
