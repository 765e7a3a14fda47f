-- Consultations to answer (顾问支持制, GET /api/v1/consultations): the list is
-- scoped like every list, by the request's place in the organisation tree
-- (scope_path, read through organisation.VisibleTo), and shows the request's
-- number; both are copied onto the row when it is asked, from the facts the
-- module reads anyway. Filled here once from the requests.
alter table consultation add column scope_path varchar(400);
alter table consultation add column request_number varchar(40);
update consultation c set scope_path = r.scope_path, request_number = r.number
from request r where r.id = c.request_id;
alter table consultation alter column scope_path set not null;
alter table consultation alter column request_number set not null;
-- newest first in a branch; the consultant's own, named ones
create index consultation_scope_idx on consultation (scope_path varchar_pattern_ops, id);
create index consultation_consultant_idx on consultation (consultant_id, id) where consultant_id is not null;
