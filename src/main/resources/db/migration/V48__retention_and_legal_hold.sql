-- Retention (留存期限) and legal hold (法律冻结), SPEC §13. Each module holds and sweeps its own records: the request's
-- and the customer's hold and the day their personal data was anonymised sit on their own rows.
alter table request add column legal_hold_reason varchar(500);
alter table request add column legal_hold_by varchar(200);
alter table request add column legal_hold_at timestamp with time zone;
alter table request add column anonymised_at timestamp with time zone;
alter table request add column photos_removed_at timestamp with time zone;

alter table customer add column legal_hold_reason varchar(500);
alter table customer add column legal_hold_by varchar(200);
alter table customer add column legal_hold_at timestamp with time zone;
alter table customer add column anonymised_at timestamp with time zone;

-- The sweep reads only closed requests not yet anonymised, oldest first, per company.
create index request_retention_idx on request (company_id, closed_at, id)
    where closed_at is not null and anonymised_at is null;
create index request_photo_retention_idx on request (company_id, closed_at, id)
    where closed_at is not null and photos_removed_at is null and anonymised_at is null;
create index request_timeline_recording_idx on request_timeline (company_id, at, id)
    where action = 'CALL_RECORDING' and details is not null;
create index customer_retention_idx on customer (company_id, updated_at, id)
    where kind = 'PROSPECT' and anonymised_at is null;

-- The timeline stays append-only, with one exception: an update that only erases — the note, the details and
-- the name of who acted each either unchanged or replaced by nothing (null, or the marker of removed personal
-- data) — so that a retention sweep or an erasure can forget what a person wrote without rewriting history.
create or replace function request_timeline_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
            and (new.id, new.company_id, new.request_id, new.at, new.actor_id, new.action, new.from_status,
                 new.to_status, new.visibility)
                is not distinct from (old.id, old.company_id, old.request_id, old.at, old.actor_id, old.action,
                                      old.from_status, old.to_status, old.visibility)
            and (new.note is not distinct from old.note or new.note is null or new.note = '[已匿名]')
            and (new.details is not distinct from old.details or new.details is null)
            and (new.actor_name = old.actor_name or new.actor_name = '[已匿名]') then
        return new;
    end if;
    raise exception 'request_timeline is append-only';
end;
$$;
