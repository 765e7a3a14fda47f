-- The request detail asks for the case made of a request by the request's id alone (CaseDetails): an index for it.
create index knowledge_case_request_idx on knowledge_case (request_id) where request_id is not null;
