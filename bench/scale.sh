#!/usr/bin/env bash
# Storage and report figures for docs/scale.md.
#
# Starts a throw-away PostgreSQL 17 (the zonky binaries from the local Maven
# repository, default settings, loopback only, run as `nobody` when started by
# root), applies the Flyway migrations of src/main/resources/db/migration with
# psql in version order, fills the registry (companies, projects, buildings,
# units, customers), grows `request` to REQUESTS rows and `request_timeline` to
# TIMELINE_PER_REQUEST entries per request with `insert ... select
# generate_series`, and measures:
#   - heap, TOAST and index bytes per row of request and request_timeline,
#     every index's size;
#   - report-like aggregate queries (one company's month by project and
#     category; the same with response times from the timeline; the whole
#     group's month) as EXPLAIN ANALYZE and as a pgbench rate at 1 and 2 clients.
# Everything it starts is stopped on exit; results go to bench/results/scale-<time>/.
#
# Knobs: REQUESTS (1000000), TIMELINE_PER_REQUEST (8), COMPANIES (10),
# UNITS_PER_COMPANY (20000), REPORT_SECONDS (15).
set -euo pipefail

cd "$(dirname "$0")/.."
REQUESTS=${REQUESTS:-1000000}
TIMELINE_PER_REQUEST=${TIMELINE_PER_REQUEST:-8}
COMPANIES=${COMPANIES:-10}
UNITS_PER_COMPANY=${UNITS_PER_COMPANY:-20000}
REPORT_SECONDS=${REPORT_SECONDS:-15}
PG_VERSION=17.6.0
DB=scale

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=bench/results/scale-$STAMP
mkdir -p "$RESULTS"
SUMMARY=$RESULTS/summary.md
log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$RESULTS/run.log" >&2; }

source bench/postgres.sh
find_client() { for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do [ -x "$d/pgbench" ] && [ -x "$d/psql" ] && { echo "$d"; return; }; done; }
PGCLIENT=$(find_client || true)
[ -n "$PGCLIENT" ] || { log "needs psql and pgbench (Debian: postgresql-client-15); bench/run.sh installs them"; exit 1; }
command -v unzip >/dev/null && command -v xz >/dev/null || { log "needs unzip and xz-utils"; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/estatecare-scale.XXXXXX")
chmod 755 "$WORK"
cleanup() {
    set +e
    pg_stop "$RESULTS"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- PostgreSQL 17
# Defaults (fsync on, 128 MB shared buffers) as in bench/run.sh; a larger
# maintenance_work_mem only speeds up building the indexes of the bulk load.
pg_start "$PGCLIENT" "-c max_connections=50 -c maintenance_work_mem=256MB -c max_wal_size=4GB"
"${PSQL[@]}" -d postgres -c "create database $DB" >/dev/null
sql() { "${PSQL[@]}" -d "$DB" -At -F ' | ' -c "$1"; }
log "PostgreSQL $(sql 'show server_version') on port $PGPORT"

# ---------------------------------------------------------------- schema
# The migrations in Flyway's order (V1, V1_1, V2, ... by version), each in one
# transaction as Flyway runs them.
for f in $(ls src/main/resources/db/migration/V*__*.sql | sed -E 's#.*/V([0-9_]+)__.*#\1 &#' \
           | awk '{ v = $1; gsub("_", ".", v); print v, $2 }' | sort -V | cut -d' ' -f2); do
    "${PSQL[@]}" -d "$DB" -1 -f "$f" >/dev/null
done
log "migrated: $(ls src/main/resources/db/migration/V*__*.sql | wc -l) migrations"

# ---------------------------------------------------------------- registry
# One group, COMPANIES city companies, 10 projects each, 20 buildings per
# project, UNITS_PER_COMPANY units and as many customers per company.
log "registry: $COMPANIES companies, $UNITS_PER_COMPANY units and customers each"
sql "insert into org_node (id, parent_id, kind, code, name, path, company_id, created_at)
     values (1, null, 'GROUP', 'G', '集团', '/1/', null, now())" >/dev/null
sql "insert into org_node (id, parent_id, kind, code, name, path, company_id, created_at)
     select 100 + c, 1, 'COMPANY', 'C' || c, '城市公司' || c, '/1/' || (100 + c) || '/', 100 + c, now()
     from generate_series(1, $COMPANIES) c" >/dev/null
sql "insert into org_node (id, parent_id, kind, code, name, path, company_id, created_at)
     select 1000 + c * 10 + p, 100 + c, 'PROJECT', 'P' || c || '-' || p, '项目' || c || '-' || p,
            '/1/' || (100 + c) || '/' || (1000 + c * 10 + p) || '/', 100 + c, now()
     from generate_series(1, $COMPANIES) c, generate_series(0, 9) p" >/dev/null
sql "insert into project (id, company_id, org_node_id, code, name, city, address, scope_path, created_at)
     select id, company_id, id, code, name, '城市', '某区某路' || id || '号', path, now()
     from org_node where kind = 'PROJECT'" >/dev/null
sql "insert into building (id, company_id, project_id, org_node_id, name, floors, scope_path, created_at)
     select p.id * 100 + b, p.company_id, p.id, p.id, b || '栋', 30, p.scope_path, now()
     from project p, generate_series(1, 20) b" >/dev/null
UNITS_PER_BUILDING=$(( UNITS_PER_COMPANY / 200 ))
sql "insert into unit (company_id, project_id, building_id, unit_no, floor, area_sqm, layout, delivered_on, scope_path,
                       version, created_at)
     select b.company_id, b.project_id, b.id, (u / 4 + 1) || lpad((u % 4 + 1)::text, 2, '0'), u / 4 + 1, 89.5,
            '3室2厅', date '2024-06-30', b.scope_path, 0, now()
     from building b, generate_series(0, $UNITS_PER_BUILDING - 1) u" >/dev/null
sql "insert into customer (company_id, scope_path, name, kind, grade, phone, preferred_channel, version, created_at,
                           updated_at)
     select company_id, scope_path, '业主' || id, 'OWNER', 'NORMAL', '1' || (3800000000 + id)::text, 'PHONE', 0,
            now(), now()
     from unit" >/dev/null
sql "insert into ownership (company_id, unit_id, customer_id, role, since)
     select u.company_id, u.id, c.id, 'OWNER', u.delivered_on
     from unit u join customer c on c.company_id = u.company_id and c.name = '业主' || u.id" >/dev/null
sql "analyze" >/dev/null
UNITS=$(sql "select count(*) from unit")

# ---------------------------------------------------------------- requests
# REQUESTS requests spread over the last two years and over every unit; 70 %
# repairs, 15 % complaints, the rest consultations, suggestions and praise;
# 95 % closed (archived). Descriptions are built from a pool of phrases and
# four pseudo-random characters, 20-60 characters like real ones, so that the
# trigram index sees some variety (real text has more: its size is a floor).
log "growing request to $REQUESTS rows"
T0=$(date +%s)
sql "create temporary table phrase (i int, t text);
     insert into phrase values (0, '卫生间地漏返水，楼下天花板有水渍'), (1, '客厅窗户密封条老化，下雨时窗台渗水'),
        (2, '入户门锁芯卡顿，钥匙转不动'), (3, '厨房墙面瓷砖空鼓开裂，敲击有空响'), (4, '主卧墙面出现多条裂缝'),
        (5, '业主要求尽快上门查看并给出维修方案'), (6, '已多次报修未解决，业主情绪激动'), (7, '外墙涂料脱落，影响美观'),
        (8, '楼道照明不亮，夜间出行不便'), (9, '地下车库渗水，车位积水'), (10, '阳台排水不畅，下雨倒灌'),
        (11, '电梯运行有异响，业主担心安全'), (12, '物业服务态度差，投诉管家'), (13, '小区绿化与交付承诺不符'),
        (14, '咨询维修基金使用流程'), (15, '表扬维修师傅及时专业');
     create temporary table u as
         select row_number() over (order by u.id) - 1 as n, u.*, c.id as customer_id, c.name, c.phone
         from unit u join ownership o on o.unit_id = u.id join customer c on c.id = o.customer_id;
     create index on u (n);
     insert into request (company_id, number, kind, channel, status, category, component_code, emergency, project_id,
         building_id, unit_id, scope_path, unit_label, customer_id, customer_name, reporter_name, reporter_phone,
         description, location_in_unit, expected_outcome, received_at, read_back_confirmed, first_contact_id,
         first_contact_name, assignee_id, assignee_name, department, handling_round, investigation_cause,
         solution_measures, warranty_status, accepted_at, verified_at, revisited_at, satisfaction, closed_at, steps,
         version, created_at, updated_at)
     select u.company_id,
         (case k.kind when 'REPAIR' then 'BX' when 'COMPLAINT' then 'TS' else 'ZX' end)
             || '-' || to_char(at, 'YYYYMMDD') || '-' || lpad((g % 10000)::text, 4, '0') || '-' || g,
         k.kind, case g % 3 when 0 then 'PHONE' when 1 then 'WECHAT' else 'APP' end,
         case when g % 20 = 0 then 'DISPATCHED' else 'ARCHIVED' end,
         case k.kind when 'REPAIR' then 'HOUSING_QUALITY' when 'COMPLAINT' then 'PROPERTY_SERVICE' else 'OTHER' end,
         case when k.kind = 'REPAIR' then 'BATHROOM_WATERPROOFING' end, g % 50 = 0,
         u.project_id, u.building_id, u.id, u.scope_path, '项目' || u.project_id || ' ' || u.building_id || '栋 ' || u.unit_no,
         u.customer_id, u.name, u.name, u.phone,
         (select string_agg(t, '；' order by i) from phrase where i in (g % 16, (g / 16) % 16, (g / 256) % 16))
             || '，' || chr((19968 + (g * 7) % 3000)::int) || chr((19968 + (g * 13) % 3000)::int)
             || chr((19968 + (g * 31) % 3000)::int) || chr((19968 + (g * 61) % 3000)::int),
         '卫生间', '尽快修好', at, true, 7, '客服专员 林芳', 8, '维修工程师 王强', 'PROPERTY',
         1, '防水层破损', '重做防水', 'IN_WARRANTY', at + interval '2 hours', at + interval '3 days',
         at + interval '4 days', 5, case when g % 20 <> 0 then at + interval '5 days' end, 9, 9, at, at + interval '5 days'
     from generate_series(1::bigint, $REQUESTS) g
     cross join lateral (select now() - (g * (730 * 86400 / $REQUESTS)) * interval '1 second' as at) t
     cross join lateral (select case when g % 20 < 14 then 'REPAIR' when g % 20 < 17 then 'COMPLAINT'
                                     when g % 20 < 19 then 'CONSULTATION' else 'SUGGESTION' end as kind) k
     join u on u.n = (g * 7919) % $UNITS" >/dev/null
log "  request: $(( $(date +%s) - T0 )) s"

# ---------------------------------------------------------------- timeline
# TIMELINE_PER_REQUEST entries per request: the lifecycle of a repair
# (register, classify, dispatch, respond, agree plan, complete, verify,
# revisit, archive) with the first entries' JSON details, plus grade, clock
# and escalation entries where the count allows.
log "growing request_timeline to $TIMELINE_PER_REQUEST entries per request"
T0=$(date +%s)
sql "insert into request_timeline (company_id, request_id, at, actor_id, actor_name, action, from_status, to_status, note,
                                   details, visibility)
     select r.company_id, r.id, r.received_at + s * interval '11 hours', 7,
         case when s % 3 = 0 then '客服专员 林芳' else '维修工程师 王强' end,
         (array['REGISTER','CLASSIFY','DISPATCH','RESPOND','AGREE_PLAN','COMPLETE','VERIFY','REVISIT','ARCHIVE',
                'NOTE','CLOCK_WARNED','GRADE'])[s % 12 + 1],
         (array[null,'RECEIVED','CLASSIFIED','DISPATCHED','RESPONDED','PLANNED','COMPLETED','VERIFIED','REVISITED',
                null,null,null])[s % 12 + 1],
         (array['RECEIVED','CLASSIFIED','DISPATCHED','RESPONDED','PLANNED','COMPLETED','VERIFIED','REVISITED',
                'ARCHIVED',null,null,null])[s % 12 + 1],
         case when s in (3, 5, 9) then '已联系业主，约定明天上午上门查看' end,
         case s % 12
             when 0 then '{\"kind\":\"REPAIR\",\"channel\":\"PHONE\",\"category\":\"HOUSING_QUALITY\",\"unit\":\"' || r.unit_label || '\"}'
             when 2 then '{\"assigneeId\":8,\"assigneeName\":\"维修工程师 王强\",\"department\":\"PROPERTY\"}'
             when 4 then '{\"scheduledAt\":\"' || (r.received_at + interval '1 day') || '\",\"materials\":\"防水涂料\",\"workers\":\"2\"}'
             when 6 then '{\"satisfaction\":5}'
             when 10 then '{\"limit\":\"REPAIR_RESPONSE\",\"policyVersion\":1}'
             when 11 then '{\"grade\":4,\"reasons\":[],\"policyVersion\":1}'
         end,
         case when s % 12 in (0, 3, 4, 5, 6, 7, 8) then 'CUSTOMER' else 'INTERNAL' end
     from request r, generate_series(0, $TIMELINE_PER_REQUEST - 1) s" >/dev/null
log "  request_timeline: $(( $(date +%s) - T0 )) s"
sql "vacuum analyze" >/dev/null

# ---------------------------------------------------------------- sizes
{
    echo "# Scale run $STAMP"
    echo
    echo "- PostgreSQL $(sql 'show server_version'), block size $(sql 'show block_size'), fillfactor default;" \
         "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- $COMPANIES companies, $UNITS units, $(sql 'select count(*) from customer') customers," \
         "$(sql 'select count(*) from request') requests, $(sql 'select count(*) from request_timeline') timeline entries"
    echo
    echo "| table | rows | heap MB | TOAST MB | indexes MB | total MB | heap B/row | indexes B/row | total B/row | avg tuple B |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    sql "select relname, n, round(heap / 1048576.0, 1), round(toast / 1048576.0, 1), round(idx / 1048576.0, 1),
                round((heap + toast + idx) / 1048576.0, 1), round(heap::numeric / n), round(idx::numeric / n),
                round((heap + toast + idx)::numeric / n), avgw
         from (select c.relname, c.reltuples::bigint as n, pg_relation_size(c.oid) as heap,
                      coalesce(pg_total_relation_size(nullif(c.reltoastrelid, 0)), 0) as toast,
                      pg_indexes_size(c.oid) as idx,
                      (select sum(s.avg_width) from pg_stats s where s.tablename = c.relname) as avgw
               from pg_class c
               where c.relname in ('request', 'request_timeline', 'unit', 'customer')) x
         order by 6 desc" | sed 's/^/| /; s/$/ |/'
    echo
    echo "Indexes of request and request_timeline:"
    echo
    echo "| table | index | MB | B/row |"
    echo "|---|---|---:|---:|"
    sql "select t.relname, i.relname, round(pg_relation_size(i.oid) / 1048576.0, 1),
                round(pg_relation_size(i.oid)::numeric / greatest(t.reltuples, 1))
         from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
         where t.relname in ('request', 'request_timeline')
         order by t.relname, pg_relation_size(i.oid) desc" | sed 's/^/| /; s/$/ |/'
    echo
    echo "Database total: $(sql "select pg_size_pretty(pg_database_size('$DB'))")"
} >"$SUMMARY"

# ---------------------------------------------------------------- reports
# Report-like aggregates over one company's month (about REQUESTS / COMPANIES / 24
# requests) and over the whole group's month.
COMPANY=$(sql "select min(company_id) from request")
cat >"$WORK/report-company-month.sql" <<EOF
\set company random($COMPANY, $((COMPANY + COMPANIES - 1)))
\set month random(1, 22)
select project_id, category, status, count(*) as requests, count(*) filter (where emergency),
       avg(extract(epoch from closed_at - received_at)) / 3600, avg(satisfaction)
from request
where company_id = :company
  and received_at >= date_trunc('month', now()) - :month * interval '1 month'
  and received_at < date_trunc('month', now()) - (:month - 1) * interval '1 month'
group by project_id, category, status;
EOF
cat >"$WORK/report-company-month-response.sql" <<EOF
\set company random($COMPANY, $((COMPANY + COMPANIES - 1)))
\set month random(1, 22)
select r.project_id, r.kind, count(*) as requests,
       percentile_cont(0.5) within group (order by extract(epoch from t.at - r.received_at)) / 3600
from request r
join request_timeline t on t.request_id = r.id and t.action = 'RESPOND'
where r.company_id = :company
  and r.received_at >= date_trunc('month', now()) - :month * interval '1 month'
  and r.received_at < date_trunc('month', now()) - (:month - 1) * interval '1 month'
group by r.project_id, r.kind;
EOF
cat >"$WORK/report-group-month.sql" <<EOF
\set month random(1, 22)
select company_id, kind, status, count(*) as requests, avg(extract(epoch from closed_at - received_at)) / 3600
from request
where received_at >= date_trunc('month', now()) - :month * interval '1 month'
  and received_at < date_trunc('month', now()) - (:month - 1) * interval '1 month'
group by company_id, kind, status;
EOF
{
    echo
    echo "Report-like queries (pgbench -M prepared, ${REPORT_SECONDS}s each; EXPLAIN ANALYZE of one run, warm cache):"
    echo
    echo "| query | requests aggregated | EXPLAIN ms | 1 client q/s | 2 clients q/s |"
    echo "|---|---:|---:|---:|---:|"
} >>"$SUMMARY"
for q in report-company-month report-company-month-response report-group-month; do
    body=$(grep -v '^\\set' "$WORK/$q.sql" | sed "s/:company/$COMPANY/g; s/:month/3/g; s/;$//")
    sql "$body" >/dev/null # warm
    "${PSQL[@]}" -d "$DB" -c "explain (analyze, buffers) $body" >"$RESULTS/explain-$q.txt"
    ms=$(sed -n 's/.*Execution Time: \(.*\) ms/\1/p' "$RESULTS/explain-$q.txt")
    rows=$(sql "select sum(requests) from ($body) x")
    rates=""
    for c in 1 2; do
        "$PGCLIENT/pgbench" -h 127.0.0.1 -p "$PGPORT" -U postgres -n -M prepared -c $c -j $c -T "$REPORT_SECONDS" \
            -f "$WORK/$q.sql" "$DB" >"$RESULTS/pgbench-$q-c$c.txt" 2>&1
        rates="$rates | $(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$RESULTS/pgbench-$q-c$c.txt")"
    done
    log "$q: $ms ms$rates"
    echo "| $q | $rows | $ms$rates |" >>"$SUMMARY"
done
cp "$WORK"/report-*.sql "$RESULTS/"
log "done: $SUMMARY"
cat "$SUMMARY"
