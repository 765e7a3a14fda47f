#!/usr/bin/env bash
# Staff assessment figures for docs/performance.md ("Staff assessment").
#
# Starts a throw-away PostgreSQL 17 (bench/postgres.sh), applies the migrations and fills it as bench/monthly.sh does
# (bench/fill-requests.sh: REQUESTS requests over three years in 20 projects), then gives each project twenty
# handlers (400 staff accounts) and each request one of them as its assignee, and a revisit task to 70 % of the
# repairs (due seven days after registration, nine in ten answered). It then runs EXPLAIN (ANALYZE, BUFFERS) of the
# assessment's one statement (assessment.internal.StaffFigures, parameters written in) for the last full month, for
# the whole group (400 people) and for one project (20 people), a warm-up and three runs each (the best is recorded, beside all three): first
# on the migrations as they are ("before"), then after each candidate index, in the same run ("after"), so that
# only ratios within this run are read. Results go to bench/results/assessment-<time>/. Knob: REQUESTS (1000000).
# Run it under nice -n 19 on a shared host.
set -euo pipefail

cd "$(dirname "$0")/.."
REQUESTS=${REQUESTS:-1000000}
PG_VERSION=17.6.0
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=bench/results/assessment-$STAMP
mkdir -p "$RESULTS"
log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$RESULTS/run.log" >&2; }

source bench/postgres.sh
source bench/fill-requests.sh
# the migration under test (V69) is left out, and applied block by block after the "before" figures
CANDIDATE=src/main/resources/db/migration/V69__assessment_reads_indexes_only.sql
SKIP_MIGRATION=$CANDIDATE
scratch_database assessment
fill_requests
started=$(date +%s)
sql "insert into account (id, username, password_hash, display_name, org_node_id, roles, department, enabled, created_at)
     select 1000 + (p - 120) * 20 + k, 'h' || p || '-' || k, 'x', '处理人' || p || '-' || k, p, 'HANDLER', 'REPAIR', true, now()
     from generate_series(120, 139) p, generate_series(0, 19) k" >/dev/null
sql "update request set assignee_id = 1000 + (project_id - 120) * 20 + id % 20" >/dev/null
fill_revisit_tasks
log "assignees and revisit tasks in $(( $(date +%s) - started )) s"
{
  echo "rows: request $(sql 'select count(*) from request'), time_limit_clock $(sql 'select count(*) from time_limit_clock'),"
  echo "request_timeline $(sql 'select count(*) from request_timeline'), revisit_task $(sql 'select count(*) from revisit_task'),"
  echo "fine $(sql 'select count(*) from fine'), staff $(sql 'select count(*) from account')"
  echo "database size: $(sql "select pg_size_pretty(pg_database_size('$DB'))")"
} | tee "$RESULTS/rows.txt"

MONTH=$(sql "select to_char(date_trunc('month', now() at time zone 'Asia/Shanghai') - interval '1 month', 'YYYY-MM-DD')")
START="('$MONTH'::date::timestamp at time zone 'Asia/Shanghai')"
END="(('$MONTH'::date + interval '1 month')::timestamp at time zone 'Asia/Shanghai')"
PROJECT_PATH=$(sql "select path from org_node where id = 125")

# StaffFigures.of(period, scopePath, null), as the code writes it
assessment() {
    local scope=$1
    cat <<SQL
with person as (
    select a.id, a.display_name, a.department, n.id as node_id, n.name as node_name
    from account a join org_node n on n.id = a.org_node_id
    where a.customer_id is null and a.enabled and n.path like '$scope%' and (null::bigint is null or a.id = null)
    order by a.display_name, a.id
    limit 1000
), closed as (
    select r.assignee_id as id, count(*) as closed, count(*) filter (where r.handling_round > 1) as reopened,
        count(*) filter (where r.kind = 'COMPLAINT') as complaints,
        count(*) filter (where r.kind = 'COMPLAINT' and r.handling_round = 1) as complaints_first
    from request r
    where r.assignee_id in (select id from person) and r.status = 'ARCHIVED'
        and r.closed_at >= $START and r.closed_at < $END
    group by 1
), rated as (
    select r.assignee_id as id,
        count(*) filter (where t.action = 'VERIFY' and t.details::jsonb ->> 'rating' is not null) as ratings,
        count(*) filter (where t.action = 'VERIFY' and (t.details::jsonb ->> 'rating')::int >= 4) as good,
        coalesce(sum((t.details::jsonb ->> 'rating')::int) filter (where t.action = 'VERIFY'), 0) as rating_sum,
        count(*) filter (where t.action = 'REVISIT') as revisits,
        count(*) filter (where t.action = 'REVISIT' and (t.details::jsonb ->> 'satisfied')::boolean) as satisfied
    from request_timeline t join request r on r.id = t.request_id
    where r.assignee_id in (select id from person) and t.action in ('VERIFY', 'REVISIT')
        and t.at >= $START and t.at < $END
    group by 1
), clocks as (
    select r.assignee_id as id, count(*) filter (where c.breached_at is null) as met,
        count(*) filter (where c.breached_at is not null) as breached
    from time_limit_clock c join request r on r.id = c.request_id
    where r.assignee_id in (select id from person) and (c.status = 'MET' or c.breached_at is not null)
        and coalesce(c.breached_at, c.stopped_at) >= $START and coalesce(c.breached_at, c.stopped_at) < $END
    group by 1
), revisit as (
    select r.assignee_id as id, count(*) as due, count(*) filter (where v.status = 'ANSWERED') as revisited
    from revisit_task v join request r on r.id = v.request_id
    where r.assignee_id in (select id from person) and v.status <> 'WITHDRAWN'
        and v.due_at >= $START and v.due_at < $END
    group by 1
), fines as (
    select r.assignee_id as id, count(*) as fines, coalesce(sum(f.amount_fen), 0) as fine_fen
    from fine f join request r on r.id = f.request_id
    where r.assignee_id in (select id from person) and f.party in ('REPAIR_PERSON', 'RESPONSIBLE_SPECIALIST')
        and f.proposed_at >= $START and f.proposed_at < $END
    group by 1
)
select p.id, coalesce(closed.closed, 0), coalesce(rated.ratings, 0), coalesce(clocks.met, 0),
    coalesce(revisit.due, 0), coalesce(fines.fines, 0)
from person p
left join closed on closed.id = p.id
left join rated on rated.id = p.id
left join clocks on clocks.id = p.id
left join revisit on revisit.id = p.id
left join fines on fines.id = p.id
order by p.display_name, p.id
SQL
}

measure() {
    local stage=$1 tag scope ms
    for scope in "/1/" "$PROJECT_PATH"; do
        tag=$([ "$scope" = "/1/" ] && echo group || echo project)
        sql "explain (analyze, buffers) $(assessment "$scope")" > "$RESULTS/explain-$stage-$tag.txt" # warm-up
        local runs=()
        for run in 1 2 3; do
            sql "explain (analyze, buffers) $(assessment "$scope")" > "$RESULTS/explain-$stage-$tag-$run.txt"
            runs+=("$(grep -E '^Execution Time' "$RESULTS/explain-$stage-$tag-$run.txt" | sed -E 's/.*: ([0-9.]+) ms/\1/')")
        done
        ms=$(printf '%s\n' "${runs[@]}" | sort -n | head -1)
        echo "| $stage | $tag | $ms | ${runs[*]} |" | tee -a "$RESULTS/summary.md"
    done
}

echo "month: $MONTH; project branch: $PROJECT_PATH" | tee "$RESULTS/summary.md"
echo "| stage | scope | EXPLAIN ANALYZE ms (best of 3, warm) | the three runs |" >> "$RESULTS/summary.md"
echo "|---|---|---:|---|" >> "$RESULTS/summary.md"
measure before
measure before-again
# each block of the candidate (statements separated by a blank line, comments skipped) is one stage
stage=0
while IFS= read -r -d $'\x1e' block; do
    statements=$(printf '%s\n' "$block" | grep -v '^--' || true)
    [ -n "$(printf '%s' "$statements" | tr -d '[:space:]')" ] || continue
    stage=$((stage + 1))
    started=$(date +%s)
    sql "$statements" >/dev/null
    sql "vacuum analyze" >/dev/null
    log "block $stage of $CANDIDATE applied in $(( $(date +%s) - started )) s: $(printf '%s' "$statements" | grep -oE 'create index [a-z_]+' | head -1)"
    measure "after-$stage"
done < <(awk 'BEGIN { RS = ""; ORS = "\x1e" } { print }' "$CANDIDATE")
measure after-again
echo "load average while measured: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS/summary.md"
log "results in $RESULTS"
