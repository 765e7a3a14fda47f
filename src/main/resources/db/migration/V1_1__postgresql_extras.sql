-- PostgreSQL-only: Modulith's event publication registry (schema v2),
-- trigram indexes for free-text search, and an append-only timeline.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create extension if not exists pg_trgm;
create index request_description_trgm_idx on request using gin (description gin_trgm_ops);
create index request_reporter_trgm_idx on request using gin (reporter_name gin_trgm_ops);
create index customer_name_trgm_idx on customer using gin (name gin_trgm_ops);
create index unit_scope_pattern_idx on unit (scope_path varchar_pattern_ops);
create index request_scope_pattern_idx on request (scope_path varchar_pattern_ops, id);
create index customer_scope_pattern_idx on customer (scope_path varchar_pattern_ops);

create function request_timeline_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'request_timeline is append-only';
end;
$$;
create trigger request_timeline_no_update before update or delete on request_timeline
    for each row execute function request_timeline_append_only();
