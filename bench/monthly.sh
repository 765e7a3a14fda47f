#!/usr/bin/env bash
# Monthly report figures for docs/performance.md ("Monthly report").
#
# Starts a throw-away PostgreSQL 17 (bench/postgres.sh), applies the migrations, fills two city companies of ten
# projects each (20 projects) with REQUESTS requests spread over three years, with the distributions of a
# service centre: 65 % repairs, 15 % complaints, 15 % questions, 5 % suggestions and praise; half by phone, then
# WeChat, the portal, walk-ins, e-mail; the repair and complaint categories and components of the manuals;
# 90 % archived, one in twelve handled a second time, one repair in ten a repeat of an earlier one; two clocks per
# request (one in eight breached); a grade per complaint (one in fifty grade 2, one in five hundred grade 1); an
# owner's confirmation with a rating for 60 % of the repairs and a revisit for 70 %; an escalation step per fifty
# requests and a fine per two hundred. Then it runs EXPLAIN (ANALYZE, BUFFERS) of each statement of the monthly
# report (the SQL the modules run, parameters written in) for the last full month, for the whole group and for
# one project, twice (the second, warm, is recorded), and adds them up.
# With APP_JAR (the application's jar), it then starts the application on the filled database (Flyway takes the
# schema as its baseline, no demo data), signs in a headquarters account and times the whole report over HTTP,
# GET /api/v1/reports/monthly as JSON, PDF and Excel, for the group and for the project (a warm-up, then five
# runs each, all recorded).
# Results go to bench/results/monthly-<time>/. Knob: REQUESTS (1000000). Run it under nice -n 19 on a shared host.
set -euo pipefail

cd "$(dirname "$0")/.."
REQUESTS=${REQUESTS:-1000000}
PG_VERSION=17.6.0
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=bench/results/monthly-$STAMP
mkdir -p "$RESULTS"
log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$RESULTS/run.log" >&2; }

source bench/postgres.sh
source bench/fill-requests.sh
scratch_database monthly
fill_requests
fill_revisit_tasks
log "filled in $(( $(date +%s) - started )) s"
{
  echo "rows: request $(sql 'select count(*) from request'), time_limit_clock $(sql 'select count(*) from time_limit_clock'),"
  echo "request_timeline $(sql 'select count(*) from request_timeline'), complaint_grade $(sql 'select count(*) from complaint_grade'),"
  echo "revisit_task $(sql 'select count(*) from revisit_task'),"
  echo "escalation_step $(sql 'select count(*) from escalation_step'), fine $(sql 'select count(*) from fine')"
  echo "database size: $(sql "select pg_size_pretty(pg_database_size('$DB'))")"
} | tee "$RESULTS/rows.txt"

MONTH=$(sql "select to_char(date_trunc('month', now() at time zone 'Asia/Shanghai') - interval '1 month', 'YYYY-MM-DD')")
START="('$MONTH'::date::timestamp at time zone 'Asia/Shanghai')"
END="(('$MONTH'::date + interval '1 month')::timestamp at time zone 'Asia/Shanghai')"
bucket() { echo "date_trunc('month', $1 at time zone 'Asia/Shanghai')::date"; }
PROJECT_PATH=$(sql "select path from org_node where id = 125")

explain() {
    local tag=$1 name=$2 query=$3
    sql "explain (analyze, buffers) $query" > "$RESULTS/explain-$tag-$name.txt"
    sql "explain (analyze, buffers) $query" > "$RESULTS/explain-$tag-$name.txt" # the second run, warm
    local ms
    ms=$(grep -E '^Execution Time' "$RESULTS/explain-$tag-$name.txt" | sed -E 's/.*: ([0-9.]+) ms/\1/')
    echo "| $tag | $name | $ms |" | tee -a "$RESULTS/summary.md"
    TOTAL=$(echo "$TOTAL + $ms" | bc)
}
echo "month: $MONTH; project branch: $PROJECT_PATH" | tee "$RESULTS/summary.md"
echo "| scope | statement | EXPLAIN ANALYZE ms (warm) |" >> "$RESULTS/summary.md"
echo "|---|---|---:|" >> "$RESULTS/summary.md"
for scope in "/1/" "$PROJECT_PATH"; do
  tag=$([ "$scope" = "/1/" ] && echo group || echo project)
  TOTAL=0
  for column in kind channel category project_id; do
    explain $tag "volumes-$column" "select $(bucket r.created_at) as bucket, r.$column as key, count(*) as n from request r
        where r.created_at >= $START and r.created_at < $END and r.scope_path like '$scope%'
          and (null::varchar is null or r.kind = null) group by 1, 2"
  done
  explain $tag "complaint-categories" "select $(bucket r.created_at) as bucket, r.category as key, count(*) as n
      from request r where r.created_at >= $START and r.created_at < $END and r.scope_path like '$scope%'
        and ('COMPLAINT'::varchar is null or r.kind = 'COMPLAINT') group by 1, 2"
  explain $tag grades "select $(bucket g.received_at) as bucket, g.grade as key, count(*) as n from complaint_grade g
      where g.received_at >= $START and g.received_at < $END and g.scope_path like '$scope%' group by 1, 2"
  explain $tag on-time "select $(bucket 'coalesce(c.breached_at, c.stopped_at)') as bucket, c.limit_key as key,
      count(*) filter (where c.breached_at is null) as met, count(*) filter (where c.breached_at is not null) as breached
      from time_limit_clock c where (c.status = 'MET' or c.breached_at is not null)
        and coalesce(c.breached_at, c.stopped_at) >= $START and coalesce(c.breached_at, c.stopped_at) < $END
        and c.scope_path like '$scope%' and (null::varchar is null or c.limit_key = null) group by 1, 2"
  explain $tag escalations "select $(bucket s.at) as bucket, s.to_level as key, count(*) as n from escalation_step s
      where s.at >= $START and s.at < $END and s.scope_path like '$scope%' group by 1, 2"
  explain $tag fines "select f.status, f.party, count(*) as n, coalesce(sum(f.amount_fen), 0) as amount from fine f
      where f.proposed_at >= $START and f.proposed_at < $END and f.scope_path like '$scope%' group by 1, 2 order by 1, 2"
  explain $tag closures "select count(*) as closed, count(*) filter (where r.handling_round > 1) as reopened,
      count(*) filter (where r.handling_round = 1 and r.related_request_id is null) as first_contact
      from request r where r.status = 'ARCHIVED' and r.closed_at >= $START and r.closed_at < $END
        and r.scope_path like '$scope%'"
  explain $tag repeats "select count(*) as repairs, count(r.related_request_id) as repeated from request r
      where r.created_at >= $START and r.created_at < $END and r.kind = 'REPAIR' and r.scope_path like '$scope%'"
  explain $tag ratings "with step as (select t.action, t.details::jsonb as d from request_timeline t
        join request r on r.id = t.request_id
        where t.action in ('VERIFY', 'REVISIT') and t.at >= $START and t.at < $END and r.scope_path like '$scope%')
      select count(*) filter (where action = 'VERIFY' and d ->> 'rating' is not null) as ratings,
        coalesce(sum((d ->> 'rating')::int) filter (where action = 'VERIFY'), 0) as rating_sum,
        count(*) filter (where action = 'VERIFY' and (d ->> 'rating')::int >= 4) as ratings_good,
        count(*) filter (where action = 'REVISIT') as revisits,
        count(*) filter (where action = 'REVISIT' and (d ->> 'satisfied')::boolean) as satisfied,
        coalesce(sum((d ->> 'satisfaction')::int) filter (where action = 'REVISIT'), 0) as score_sum,
        count(*) filter (where action = 'REVISIT' and d ->> 'followedUp' is not null) as follow_up_answers,
        count(*) filter (where action = 'REVISIT' and (d ->> 'followedUp')::boolean) as followed_up from step"
  explain $tag top-problems "select r.kind, r.category, r.component_code, count(*) as n from request r
      where r.created_at >= $START and r.created_at < $END and r.kind in ('REPAIR', 'COMPLAINT')
        and r.scope_path like '$scope%' group by 1, 2, 3 order by n desc, 1, 2 nulls last, 3 nulls last limit 10"
  explain $tag revisit-coverage "select t.project_id, max(t.project_name) as project_name, count(*) as due,
        count(*) filter (where t.status = 'ANSWERED') as revisited,
        count(*) filter (where t.status = 'ANSWERED' and t.answered_at <= t.due_at) as on_time,
        count(*) filter (where t.status = 'OPEN' and t.due_at < now()) as overdue
      from revisit_task t where t.scope_path like '$scope%' and t.status <> 'WITHDRAWN'
        and t.due_at >= $START and t.due_at < $END group by t.project_id order by max(t.project_name), t.project_id"
  explain $tag cases "select count(*) from knowledge_case c where c.status = 'APPROVED' and c.reviewed_at >= $START
        and c.reviewed_at < $END and c.scope_path like '$scope%'"
  echo "| $tag | **all statements** | **$TOTAL** |" | tee -a "$RESULTS/summary.md"
done
echo "load average while measured: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS/summary.md"

if [ -n "${APP_JAR:-}" ]; then
  BASELINE=$(ls src/main/resources/db/migration/V*__*.sql | sed -E 's#.*/V([0-9]+)__.*#\1#' | sort -n | tail -1)
  sql "insert into account (id, username, password_hash, display_name, org_node_id, roles, department, enabled,
           created_at)
       values (999, 'bench-hq', '{noop}bench', '总部 基准', 1, 'HQ', '客户关系中心', true, now())" >/dev/null
  APP_PORT=$(free_port)
  java -Xms512m -Xmx1g -jar "$APP_JAR" --server.port="$APP_PORT" \
      --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" --spring.datasource.username=postgres \
      --spring.datasource.password= --spring.flyway.baseline-on-migrate=true \
      --spring.flyway.baseline-version="$BASELINE" --estatecare.demo-data=false >"$RESULTS/app.log" 2>&1 &
  APP_PID=$!
  trap 'set +e; kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null; pg_stop "$RESULTS"; rm -rf "$WORK"' EXIT
  BASE=http://127.0.0.1:$APP_PORT
  for i in $(seq 600); do
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { log "the application died, see $RESULTS/app.log"; exit 1; }
    sleep 1
  done
  log "application started on the filled database"
  month=${MONTH:0:7}
  echo | tee -a "$RESULTS/summary.md"
  echo "| scope | format | HTTP ms (warm-up, then five runs) |" | tee -a "$RESULTS/summary.md"
  echo "|---|---|---|" | tee -a "$RESULTS/summary.md"
  for org in 1 125; do
    tag=$([ "$org" = 1 ] && echo group || echo project)
    for format in json pdf xlsx; do
      times=()
      for run in 0 1 2 3 4 5; do
        t=$(curl -fs -u bench-hq:bench -o "$RESULTS/report-$tag.$format" -w '%{time_total}' \
            "$BASE/api/v1/reports/monthly?org=$org&month=$month&format=$format")
        times+=("$(echo "$t * 1000 / 1" | bc)")
      done
      echo "| $tag | $format | ${times[*]} |" | tee -a "$RESULTS/summary.md"
    done
  done
  echo "load average while measured over HTTP: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS/summary.md"
fi
log "results in $RESULTS"
