# Shared by the data benchmarks (sourced, not run): fill_requests (and fill_revisit_tasks, below) fills the scratch database with two city
# companies of ten projects each (20 projects) and REQUESTS requests over three years, with the distributions of a
# service centre: 65 % repairs, 15 % complaints, 15 % questions, 5 % suggestions and praise; half by phone, then
# WeChat, the portal, walk-ins, e-mail; 90 % archived, one in twelve handled a second time, one repair in ten a
# repeat; two clocks per request (one in eight breached); a grade per complaint; an owner's confirmation with a
# rating for 60 % of the repairs and a revisit for 70 %; an escalation step per fifty requests and a fine per two
# hundred; then vacuum analyze. Needs REQUESTS, RESULTS, log() and sql() (bench/postgres.sh's scratch_database).
fill_requests() {
    log "migrated; filling $REQUESTS requests over three years in 20 projects"
    started=$(date +%s)

    sql "insert into org_node (id, parent_id, kind, code, name, path, company_id, created_at)
         values (1, null, 'GROUP', 'G', '集团', '/1/', null, now()),
                (2, 1, 'COMPANY', 'SH', '上海', '/1/2/', 2, now()), (3, 1, 'COMPANY', 'HZ', '杭州', '/1/3/', 3, now())" >/dev/null
    sql "insert into org_node (id, parent_id, kind, code, name, path, company_id, created_at)
         select 100 + c * 10 + p, c, 'PROJECT', 'P' || c || p, '项目' || c || p, '/1/' || c || '/' || (100 + c * 10 + p) || '/', c, now()
         from generate_series(2, 3) c, generate_series(0, 9) p" >/dev/null
    # one random number per request drives its kind, channel and category; hash-like mixes of g drive the rest
    sql "insert into request (company_id, number, kind, channel, status, category, component_code, emergency, project_id,
             scope_path, description, received_at, read_back_confirmed, handling_round, related_request_id, steps, version,
             created_at, updated_at, closed_at)
         select n.company_id, 'R-' || g, k.kind,
             case when u < 0.5 then 'PHONE' when u < 0.7 then 'WECHAT' when u < 0.85 then 'PORTAL' when u < 0.95 then 'WALK_IN'
                  else 'EMAIL' end,
             case when (g * 7) % 10 = 0 then 'DISPATCHED' else 'ARCHIVED' end,
             case k.kind when 'REPAIR' then (array['HOUSING_QUALITY','HOUSING_QUALITY','FACILITY_FAILURE','PROPERTY_SERVICE','OTHER'])[(g * 13) % 5 + 1]
                         when 'COMPLAINT' then (array['ENGINEERING_QUALITY','ENGINEERING_QUALITY','PROPERTY_MANAGEMENT','PLANNING_DESIGN','SALES_MANAGEMENT','CUSTOMER_SERVICE','OTHER'])[(g * 11) % 7 + 1] end,
             case when k.kind = 'REPAIR' then (array['ROOF_WATERPROOFING','BATHROOM_WATERPROOFING','WINDOWS_DOORS','PLUMBING','ELECTRICAL','PLASTER','DRAIN_BLOCKAGE','SANITARY_WARE'])[(g * 17) % 8 + 1] end,
             false, n.id, n.path || (g % 40) || '/', '卫生间漏水', at, true,
             case when g % 12 = 0 then 2 else 1 end,
             null,
             6, 6, at, at, case when (g * 7) % 10 <> 0 then at + interval '6 days' end
         from generate_series(1, $REQUESTS) g
         cross join lateral (select random() as u,
                                    now() - (($REQUESTS - g) * (3 * 365 * 86400.0 / $REQUESTS)) * interval '1 second' as at) t
         cross join lateral (select case when g % 20 < 13 then 'REPAIR' when g % 20 < 16 then 'COMPLAINT'
                                         when g % 20 < 19 then 'CONSULTATION' when g % 40 = 19 then 'SUGGESTION'
                                         else 'PRAISE' end as kind) k
         join org_node n on n.kind = 'PROJECT' and n.id = 120 + (g * 3) % 20" >/dev/null
    # one repair in ten repeats the repair registered a thousand requests earlier (ids follow the insert)
    sql "update request set related_request_id = id - 1000 where kind = 'REPAIR' and id % 10 = 3 and id > 1000" >/dev/null
    log "requests in $(( $(date +%s) - started )) s"
    sql "insert into time_limit_clock (company_id, request_id, request_number, limit_key, limit_name, policy_version,
             working_time, duration_seconds, warn_after_seconds, escalate, stop_on, status, started_at, warn_at, due_at,
             breached_at, stopped_at, scope_path, project_id)
         select r.company_id, r.id, r.number, l.key, l.key, 1, true, 86400, 72000, true, 'RESPOND',
             case when r.id % 8 = 0 then 'BREACHED' else 'MET' end, r.created_at, r.created_at + interval '20 hours',
             r.created_at + interval '1 day', case when r.id % 8 = 0 then r.created_at + interval '1 day' end,
             r.created_at + interval '10 hours', r.scope_path, r.project_id
         from request r
         cross join lateral (values (case r.kind when 'REPAIR' then 'REPAIR_CONTACT' when 'COMPLAINT' then 'COMPLAINT_DISPATCH'
                                                 else 'CONSULTATION_ANSWER' end),
                                    (case r.kind when 'REPAIR' then 'REPAIR_REVISIT' when 'COMPLAINT' then 'COMPLAINT_FEEDBACK'
                                                 else 'DEPARTMENT_HANDOVER' end)) l(key)" >/dev/null
    sql "insert into complaint_grade (request_id, company_id, grade, reasons, waived, policy_company_id, policy_version,
             graded_at, scope_path, project_id, received_at, open)
         select id, company_id, case when id % 500 = 1 then 1 when id % 50 = 15 then 2 when id % 7 = 0 then 3 else 4 end,
             '', '', company_id, 1, received_at, scope_path, project_id, received_at, status <> 'ARCHIVED'
         from request where kind = 'COMPLAINT'" >/dev/null
    sql "insert into request_timeline (company_id, request_id, at, actor_name, action, details)
         select company_id, id, created_at + interval '5 days', '业主', 'VERIFY',
             '{\"satisfied\":' || (id % 9 <> 0) || ',\"rating\":' || (case when id % 9 = 0 then 2 when id % 4 = 0 then 4 else 5 end) || '}'
         from request where kind = 'REPAIR' and id % 5 < 3" >/dev/null
    sql "insert into request_timeline (company_id, request_id, at, actor_name, action, details)
         select company_id, id, created_at + interval '6 days', '客服', 'REVISIT',
             '{\"satisfied\":' || (id % 11 <> 0) || ',\"satisfaction\":' || (case when id % 11 = 0 then 2 else 4 + id % 2 end)
             || ',\"followedUp\":' || (id % 6 <> 0) || '}'
         from request where kind = 'REPAIR' and id % 10 < 7" >/dev/null
    sql "insert into escalation_step (company_id, request_id, from_level, to_level, reason_code, actor_name,
             policy_version, at, scope_path, source)
         select company_id, id, 'PROPERTY_COMPANY', case when id % 500 = 0 then 'HEADQUARTERS' else 'PROJECT_COMPANY' end,
             'TIME_LIMIT_BREACHED', '时限', 1, created_at + interval '1 day', scope_path, 'clock:' || id
         from request where id % 50 = 0" >/dev/null
    sql "insert into fine (company_id, request_id, request_number, scope_path, party, grade, level, amount_fen, status,
             rule, proposed_at, policy_version)
         select company_id, id, number, scope_path, (array['CONTRACTOR','PROPERTY_MAINTENANCE','REPAIR_PERSON'])[id % 3 + 1],
             4, 'PROJECT_COMPANY', 50000, (array['PROPOSED','APPROVED','WAIVED'])[id % 3 + 1], 'UNSOLVED',
             created_at + interval '2 days', 1
         from request where id % 200 = 0" >/dev/null
    sql "vacuum analyze" >/dev/null
}

# A revisit task for 70 % of the repairs, due 12 days after the request, answered for nine in ten (satisfied unless
# the id is a multiple of 11), then vacuum analyze: the revisit coverage of the reports and the assessment.
fill_revisit_tasks() {
    sql "insert into revisit_task (company_id, request_id, request_number, handling_round, scope_path, project_id,
             completed_at, due_at, policy_version, status, satisfied, satisfaction, answered_at)
         select company_id, id, number, 1, scope_path, project_id, created_at + interval '5 days',
             created_at + interval '12 days', 1, case when id % 10 = 0 then 'OPEN' else 'ANSWERED' end,
             case when id % 10 = 0 then null else id % 11 <> 0 end, case when id % 10 = 0 then null else 4 end,
             case when id % 10 = 0 then null else created_at + interval '6 days' end
         from request where kind = 'REPAIR' and id % 10 < 7" >/dev/null
    sql "vacuum analyze" >/dev/null
}
