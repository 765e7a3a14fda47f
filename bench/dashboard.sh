#!/usr/bin/env bash
# Dashboard figures for docs/performance.md ("Dashboard").
#
# Starts a throw-away PostgreSQL 17 (as bench/scale.sh: the zonky binaries,
# default settings, loopback, `nobody` when run as root), applies the
# migrations, fills two city companies of five projects with REQUESTS requests
# spread over the last year (70 % repairs, 15 % complaints), two clocks per
# request (one met, one in ten breached), a grade per complaint (one in
# nine a hotspot, a quarter of them open), an escalation step per fifty requests and a fine per
# hundred, and runs EXPLAIN (ANALYZE, BUFFERS) of each dashboard aggregate —
# the SQL the modules run, with their parameters written in — for one company
# and for the whole group, over six months in weeks.
# Results go to bench/results/dashboard-<time>/. Knob: REQUESTS (200000).
set -euo pipefail

cd "$(dirname "$0")/.."
REQUESTS=${REQUESTS:-200000}
PG_VERSION=17.6.0
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=bench/results/dashboard-$STAMP
mkdir -p "$RESULTS"
log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$RESULTS/run.log" >&2; }

source bench/postgres.sh
scratch_database dashboard
log "migrated; filling $REQUESTS requests"

sql "insert into org_node (id, parent_id, kind, code, name, path, company_id, created_at)
     values (1, null, 'GROUP', 'G', '集团', '/1/', null, now()),
            (2, 1, 'COMPANY', 'SH', '上海', '/1/2/', 2, now()), (3, 1, 'COMPANY', 'HZ', '杭州', '/1/3/', 3, now())" >/dev/null
sql "insert into org_node (id, parent_id, kind, code, name, path, company_id, created_at)
     select 10 + c * 5 + p, c, 'PROJECT', 'P' || c || p, '项目' || c || p, '/1/' || c || '/' || (10 + c * 5 + p) || '/', c, now()
     from generate_series(2, 3) c, generate_series(0, 4) p" >/dev/null
sql "insert into request (company_id, number, kind, channel, status, category, emergency, project_id, scope_path,
         description, received_at, read_back_confirmed, handling_round, steps, version, created_at, updated_at, closed_at)
     select n.company_id, 'R-' || g, k.kind,
         (array['PHONE','WECHAT','PORTAL','EMAIL','WALK_IN'])[g % 5 + 1],
         case when g % 10 = 0 then 'DISPATCHED' else 'ARCHIVED' end,
         case k.kind when 'REPAIR' then 'HOUSING_QUALITY' when 'COMPLAINT' then 'PROPERTY_MANAGEMENT' end,
         false, n.id, n.path || (g % 20) || '/', '卫生间漏水', at, true, 1, 5, 5, at, at,
         case when g % 10 <> 0 then at + interval '5 days' end
     from generate_series(1, $REQUESTS) g
     cross join lateral (select now() - (g * (365 * 86400 / $REQUESTS)) * interval '1 second' as at) t
     cross join lateral (select case when g % 20 < 14 then 'REPAIR' when g % 20 < 17 then 'COMPLAINT'
                                     else 'CONSULTATION' end as kind) k
     join org_node n on n.kind = 'PROJECT' and n.id = 20 + g % 10" >/dev/null
sql "insert into time_limit_clock (company_id, request_id, request_number, limit_key, limit_name, policy_version,
         working_time, duration_seconds, warn_after_seconds, escalate, stop_on, status, started_at, warn_at, due_at,
         breached_at, stopped_at, scope_path, project_id)
     select r.company_id, r.id, r.number, l.key, l.key, 1, true, 86400, 72000, true, 'RESPOND',
         case when r.id % 10 = 0 then 'BREACHED' else 'MET' end, r.created_at, r.created_at + interval '20 hours',
         r.created_at + interval '1 day', case when r.id % 10 = 0 then r.created_at + interval '1 day' end,
         r.created_at + interval '10 hours', r.scope_path, r.project_id
     from request r cross join (values ('REPAIR_CONTACT'), ('REVISIT')) l(key)" >/dev/null
sql "insert into complaint_grade (request_id, company_id, grade, reasons, waived, policy_company_id, policy_version,
         graded_at, scope_path, project_id, received_at, open)
     select id, company_id, case when id % 60 = 15 then 2 when id % 7 = 0 then 3 else 4 end, '', '', company_id, 1,
         received_at, scope_path, project_id, received_at, id % 4 = 3 or status <> 'ARCHIVED'
     from request where kind = 'COMPLAINT'" >/dev/null
sql "insert into escalation_step (company_id, request_id, from_level, to_level, reason_code, actor_name,
         policy_version, at, scope_path, source)
     select company_id, id, 'PROPERTY_COMPANY', 'PROJECT_COMPANY', 'TIME_LIMIT_BREACHED', '时限', 1,
         created_at + interval '1 day', scope_path, 'clock:' || id
     from request where id % 50 = 0" >/dev/null
sql "insert into fine (company_id, request_id, request_number, scope_path, party, grade, level, amount_fen, status,
         rule, proposed_at, policy_version)
     select company_id, id, number, scope_path, (array['CONTRACTOR','PROPERTY_MAINTENANCE','REPAIR_PERSON'])[id % 3 + 1],
         4, 'PROJECT_COMPANY', 50000, (array['PROPOSED','APPROVED','WAIVED'])[id % 3 + 1], 'UNSOLVED',
         created_at + interval '2 days', 1
     from request where id % 100 = 0" >/dev/null
sql "vacuum analyze" >/dev/null
{
  echo "rows: request $(sql 'select count(*) from request'), time_limit_clock $(sql 'select count(*) from time_limit_clock'),"
  echo "complaint_grade $(sql 'select count(*) from complaint_grade'), escalation_step $(sql 'select count(*) from escalation_step'), fine $(sql 'select count(*) from fine')"
} | tee "$RESULTS/rows.txt"

FROM=$(sql "select ((now() at time zone 'Asia/Shanghai')::date - 182)::text")
TO=$(sql "select ((now() at time zone 'Asia/Shanghai')::date)::text")
START="('$FROM'::date::timestamp at time zone 'Asia/Shanghai')"
END="(('$TO'::date + 1)::timestamp at time zone 'Asia/Shanghai')"
week() { echo "date_trunc('week', $1 at time zone 'Asia/Shanghai')::date"; }

explain() {
    local name=$1 query=$2
    sql "explain (analyze, buffers) $query" > "$RESULTS/explain-$name.txt"
    sql "explain (analyze, buffers) $query" > "$RESULTS/explain-$name.txt" # the second run, warm
    local ms rows
    ms=$(grep -E '^Execution Time' "$RESULTS/explain-$name.txt" | sed -E 's/.*: ([0-9.]+) ms/\1/')
    echo "| $name | $ms |" | tee -a "$RESULTS/summary.md"
}
echo "| aggregate (six months, weeks) | EXPLAIN ANALYZE ms |" > "$RESULTS/summary.md"
echo "|---|---:|" >> "$RESULTS/summary.md"
for scope in "/1/2/" "/1/"; do
  tag=$([ "$scope" = "/1/" ] && echo group || echo company)
  explain "volumes-kind-$tag" "select $(week r.created_at) as bucket, r.kind as key, count(*) as n from request r
      where r.created_at >= $START and r.created_at < $END and r.scope_path like '$scope%'
        and (null::varchar is null or r.kind = null) group by 1, 2"
  explain "volumes-channel-repairs-$tag" "select $(week r.created_at) as bucket, r.channel as key, count(*) as n from request r
      where r.created_at >= $START and r.created_at < $END and r.scope_path like '$scope%'
        and ('REPAIR'::varchar is null or r.kind = 'REPAIR') group by 1, 2"
  explain "on-time-limit-$tag" "select $(week 'coalesce(c.breached_at, c.stopped_at)') as bucket, c.limit_key as key,
      count(*) filter (where c.breached_at is null) as met, count(*) filter (where c.breached_at is not null) as breached
      from time_limit_clock c where (c.status = 'MET' or c.breached_at is not null)
        and coalesce(c.breached_at, c.stopped_at) >= $START and coalesce(c.breached_at, c.stopped_at) < $END
        and c.scope_path like '$scope%' and (null::varchar is null or c.limit_key = null) group by 1, 2"
  explain "grades-$tag" "select $(week g.received_at) as bucket, g.grade as key, count(*) as n from complaint_grade g
      where g.received_at >= $START and g.received_at < $END and g.scope_path like '$scope%' group by 1, 2"
  explain "hotspots-by-project-$tag" "select g.project_id as key, count(*) as n from complaint_grade g
      where g.open and g.grade = 2 and g.scope_path like '$scope%' group by 1"
  explain "hotspots-newest-$tag" "select g.request_id, g.project_id, g.received_at from complaint_grade g
      where g.open and g.grade = 2 and g.scope_path like '$scope%' order by g.received_at desc, g.request_id desc limit 100"
  explain "escalations-$tag" "select $(week s.at) as bucket, s.to_level as key, count(*) as n from escalation_step s
      where s.at >= $START and s.at < $END and s.scope_path like '$scope%' group by 1, 2"
  explain "fines-$tag" "select f.status, f.party, count(*) as n, coalesce(sum(f.amount_fen), 0) as amount from fine f
      where f.proposed_at >= $START and f.proposed_at < $END and f.scope_path like '$scope%' group by 1, 2 order by 1, 2"
done
echo "load average while measured: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS/summary.md"
log "results in $RESULTS"
