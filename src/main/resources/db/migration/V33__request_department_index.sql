-- The queue "my team" (assignee=TEAM) lists the requests of the caller's department, newest first: this index
-- reads them by department and id, as the list pages by id, instead of every request in the caller's scope.
create index request_department_idx on request (department, id);
