-- The hotspot rule counts different complainants only up to its threshold (ComplainantCount): when a window
-- holds more complaints than it reads directly, it skips from one complainant to the next in this index, one
-- probe per complainant, however many complaints one complainant made. The expression is the one the query
-- writes (the ::text casts make it immutable); cancelled complaints are not in the index.
create index request_complaint_complainant_idx on request
    (project_id, category, (coalesce('customer:' || customer_id::text, 'phone:' || reporter_phone,
                                     'request:' || id::text)), received_at)
    where kind = 'COMPLAINT' and status <> 'CANCELLED';
