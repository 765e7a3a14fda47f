-- Retention of what the inbound channels keep (decision 038): a call of the screen pop goes after the period of
-- call recordings; a triage item that was dealt with and a WeChat message keep their personal text until the
-- period of closed requests, then it is anonymised and marked on the row, so that a second run finds nothing.
create index inbound_call_retention_idx on inbound_call (company_id, received_at, id);

alter table triage_item add column anonymised_at timestamp with time zone;
create index triage_item_retention_idx on triage_item (company_id, received_at, id)
    where anonymised_at is null and state <> 'OPEN';

alter table wechat_message add column anonymised_at timestamp with time zone;
create index wechat_message_retention_idx on wechat_message (company_id, received_at, id)
    where anonymised_at is null and (text is not null or media_id is not null);

-- A mail's sender address is forgotten after that period too (the loop guard only looks at recent mail).
create index inbound_mail_retention_idx on inbound_mail (company_id, received_at, id) where sender is not null;

-- The owners' messages about a request are anonymised with the request, found by its id.
create index outbound_message_request_idx on outbound_message (request_id) where request_id is not null;
