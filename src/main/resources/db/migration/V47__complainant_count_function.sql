-- The hotspot rule's count of different complainants (ComplainantCount), as a function whose plan is made
-- once per connection. Sent as a statement, PostgreSQL planned it again on almost every call (77 plans in
-- 86 calls, 1.8 ms of planning against 0.6 ms of execution per complaint, bench run 20261126T091747Z): the
-- custom plans for one project's parameters looked cheaper to it than the generic one. The plan here is
-- generic by design (the window is a tstzrange so that it cannot prefer V20's range and sort), so the
-- function forces it and PL/pgSQL keeps it for the session.
--
-- First one range of request_complaint_problem_idx (V20), at most p_rows rows: the exact answer for any
-- ordinary window. Only a full window short of p_enough complainants is counted by skipping from one
-- complainant to the next in request_complaint_complainant_idx (V25), two probes per complainant, stopping
-- at p_enough. The complainant expression is the index's, word for word.
create function complainants_different(p_project bigint, p_category text, p_from timestamptz,
                                       p_to timestamptz, p_rows integer, p_enough integer)
    returns integer
    language plpgsql
    stable
    set plan_cache_mode = force_generic_plan
as
$$
declare
    v_rows      integer;
    v_different integer;
    v_found     integer;
begin
    select count(distinct complainant), count(*)
    into v_different, v_rows
    from (select coalesce('customer:' || customer_id::text, 'phone:' || reporter_phone, 'request:' || id::text)
                     as complainant
          from request
          where kind = 'COMPLAINT' and status <> 'CANCELLED' and project_id = p_project
            and category = p_category and received_at between p_from and p_to
          limit p_rows) problem;
    if v_rows < p_rows or v_different >= p_enough then
        return least(v_different, p_enough);
    end if;
    with recursive walk (complainant, hits) as (
        select c.complainant,
               exists (select 1
                       from request
                       where kind = 'COMPLAINT' and status <> 'CANCELLED' and project_id = p_project
                         and category = p_category
                         and coalesce('customer:' || customer_id::text, 'phone:' || reporter_phone,
                                      'request:' || id::text) = c.complainant
                         and tstzrange(p_from, p_to, '[]') @> received_at)::int
        from (select coalesce('customer:' || customer_id::text, 'phone:' || reporter_phone,
                              'request:' || id::text) as complainant
              from request
              where kind = 'COMPLAINT' and status <> 'CANCELLED' and project_id = p_project
                and category = p_category
              order by 1
              limit 1) c
        union all
        select c.complainant,
               walk.hits + exists (select 1
                                    from request
                                    where kind = 'COMPLAINT' and status <> 'CANCELLED'
                                      and project_id = p_project and category = p_category
                                      and coalesce('customer:' || customer_id::text, 'phone:' || reporter_phone,
                                                   'request:' || id::text) = c.complainant
                                      and tstzrange(p_from, p_to, '[]') @> received_at)::int
        from walk,
             lateral (select coalesce('customer:' || customer_id::text, 'phone:' || reporter_phone,
                                      'request:' || id::text) as complainant
                      from request
                      where kind = 'COMPLAINT' and status <> 'CANCELLED' and project_id = p_project
                        and category = p_category
                        and coalesce('customer:' || customer_id::text, 'phone:' || reporter_phone,
                                     'request:' || id::text) > walk.complainant
                      order by 1
                      limit 1) c
        where walk.hits < p_enough)
    select coalesce(max(hits), 0)
    into v_found
    from walk;
    return v_found;
end
$$;
