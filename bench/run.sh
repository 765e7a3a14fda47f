#!/usr/bin/env bash
# Intake and list benchmark for EstateCare (see docs/performance.md).
#
# Starts a throw-away PostgreSQL 17 (the zonky binaries from the local Maven
# repository, default settings, fsync on) and the application jar on free
# loopback ports, then for each concurrency level measures pgbench's
# single-row INSERT rate into a table shaped like `request`, and right after it
# POST /api/v1/requests over HTTP for the same time. Then it grows the request
# table to BULK_TARGET rows and measures the list page (newest, page 5, a deep
# page, and the first page of a narrow scope).
# Everything it starts is stopped on exit; results go to bench/results/<time>/.
#
# Environment knobs: POOL (the application's Hikari pool size, default its own), POOL_B (a second pool size:
# each intake phase is measured with both, switched at run time by bench/PoolSize.java), DURATION (s, default 20), CONCURRENCY ("1 8 32"), DIAG_SECONDS (10),
# LIST_SECONDS (10), LIST_WARMUP_SECONDS (20), WARMUP_SECONDS (60), WARMUP_ROUND_SECONDS (20),
# WARMUP_MAX_SECONDS (300), WARMUP_JIT_QUIET (5, % of a core), BULK_TARGET (1000000, 0 = skip), SKIP_BUILD (0), STATEMENT_SAMPLES (20),
# START_SECONDS (600, the wait for the application to start), APP_JAR (the jar to run, default the one
# built in target/), APP_JAVA_OPTS (extra JVM options of the
# application, e.g. a JFR recording), PG_STAT_STATEMENTS (0; 1 = time per statement in pg-statements.txt).
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION=${DURATION:-20}
CONCURRENCY=${CONCURRENCY:-"1 8 32"}
LIST_SECONDS=${LIST_SECONDS:-10}
BULK_TARGET=${BULK_TARGET:-1000000}
SKIP_BUILD=${SKIP_BUILD:-0}
PG_VERSION=17.6.0
DB=bench

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=bench/results/$STAMP
mkdir -p "$RESULTS"
SUMMARY=$RESULTS/summary.md
log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$RESULTS/run.log" >&2; }

# ---------------------------------------------------------------- tools
source bench/postgres.sh

need() { # need <command> <debian package>
    command -v "$1" >/dev/null 2>&1 && return 0
    log "installing $2"
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
    else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; fi
}
need curl curl
need jq jq
need unzip unzip
need xz xz-utils

find_pgbench() { for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do [ -x "$d/pgbench" ] && [ -x "$d/psql" ] && { echo "$d/pgbench"; return; }; done; }
PGBENCH=$(find_pgbench || true)
if [ -z "$PGBENCH" ]; then
    log "installing pgbench (postgresql-client-15; the server package is not needed)"
    if [ "$(id -u)" = 0 ]; then apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client-15 >/dev/null
    else sudo apt-get update -qq; sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client-15 >/dev/null; fi
    PGBENCH=$(find_pgbench)
    if [ -z "$PGBENCH" ]; then
        if [ "$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
        else sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null; fi
        PGBENCH=$(find_pgbench)
    fi
fi
[ -x "$PGBENCH" ] || { log "no pgbench"; exit 1; }
PGCLIENT=$(dirname "$PGBENCH")   # psql from the same client package (the zonky build has only the server)

# ---------------------------------------------------------------- cleanup
WORK=$(mktemp -d "${TMPDIR:-/tmp}/estatecare-bench.XXXXXX")
chmod 755 "$WORK"
APP_PID=""
cleanup() {
    set +e
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"; for _ in $(seq 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null
    fi
    pg_stop "$RESULTS"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- PostgreSQL 17
# Defaults (fsync, synchronous_commit and full_page_writes on, 128 MB shared
# buffers); only where to listen and what to log differ.
# PG_STAT_STATEMENTS=1 (a diagnostic, off by default): the statements' time in PostgreSQL during the
# measured intakes, in pg-statements.txt.
PG_STAT_STATEMENTS=${PG_STAT_STATEMENTS:-0}
pg_start "$PGCLIENT" "-c log_line_prefix='%m [%p] %a ' -c max_connections=100$([ "$PG_STAT_STATEMENTS" = 1 ] \
    && echo ' -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on')"
"${PSQL[@]}" -d postgres -c "create database $DB" >/dev/null
[ "$PG_STAT_STATEMENTS" = 1 ] && "${PSQL[@]}" -d "$DB" -c "create extension pg_stat_statements" >/dev/null
sql() { "${PSQL[@]}" -d "$DB" -At -c "$1"; }
log "PostgreSQL $(sql 'show server_version') on port $PGPORT (fsync=$(sql 'show fsync'), synchronous_commit=$(sql 'show synchronous_commit'), shared_buffers=$(sql 'show shared_buffers'))"

# ---------------------------------------------------------------- application
if [ "$SKIP_BUILD" != 1 ] || [ ! -f target/estatecare-0.1.0-SNAPSHOT.jar ]; then
    log "building the application"
    ./mvnw -q -B -o -DskipTests package
fi
APP_PORT=$(free_port)
java -Xms1g -Xmx1g ${APP_JAVA_OPTS:-} -jar "${APP_JAR:-target/estatecare-0.1.0-SNAPSHOT.jar}" --server.port="$APP_PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" --spring.datasource.username=postgres \
    --spring.datasource.password= ${POOL:+--spring.datasource.hikari.maximum-pool-size=$POOL} \
    ${POOL_B:+--spring.datasource.hikari.register-mbeans=true --spring.datasource.hikari.pool-name=estatecare} \
    --estatecare.demo-data=true --estatecare.demo-history.requests=0 \
    >"$RESULTS/app.log" 2>&1 &
APP_PID=$!
BASE=http://127.0.0.1:$APP_PORT
log "waiting for the application on port $APP_PORT"
START_SECONDS=${START_SECONDS:-600}
for i in $(seq "$START_SECONDS"); do
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { log "the application died, see $RESULTS/app.log"; exit 1; }
    [ "$i" = "$START_SECONDS" ] && { log "the application did not start"; exit 1; }
    sleep 1
done
TOKEN=$(curl -fs -u agent:demo -X POST "$BASE/api/v1/me/tokens" -H 'Content-Type: application/json' \
    -d '{"name":"bench"}' | jq -r .token)
auth=(-H "Authorization: Bearer $TOKEN")
UNIT_ID=$(curl -fs "${auth[@]}" "$BASE/api/v1/units?limit=1" | jq -r '.items[0].id')
CUSTOMER_ID=$(curl -fs "${auth[@]}" "$BASE/api/v1/customers?limit=1" | jq -r '.items[0].id')
DESCRIPTION="卫生间地漏返水，楼下天花板有水渍，业主要求尽快上门查看 (bench)"
BODY=$(jq -cn --argjson unit "$UNIT_ID" --argjson customer "$CUSTOMER_ID" --arg d "$DESCRIPTION" \
    '{kind:"REPAIR",channel:"PHONE",unitId:$unit,customerId:$customer,category:"HOUSING_QUALITY",description:$d,readBackConfirmed:true}')
# Complaints run grading (the hotspot count) and start up to three time-limit clocks in the intake.
COMPLAINT_BODY=$(jq -c '.kind = "COMPLAINT" | .category = "ENGINEERING_QUALITY"
                        | .description = "地下车库渗水，多次报修未解决 (bench)"' <<<"$BODY")
log "unit $UNIT_ID, customer $CUSTOMER_ID"

javac -d "$WORK/classes" bench/HttpLoad.java
load() { java -Xmx512m -cp "$WORK/classes" HttpLoad --token "$TOKEN" "$@"; }
kv() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p"; }

# ---------------------------------------------------------------- statements per intake
# log_statement=all for STATEMENT_SAMPLES sequential intakes of each kind. "in tx": the statements of the
# registering transaction (BEGIN to COMMIT on the backend that inserted the request); "all": every statement
# the application sent meanwhile, divided by the intakes — the token check, the after-commit listeners, and
# whatever the schedulers did in that time.
STATEMENT_SAMPLES=${STATEMENT_SAMPLES:-20}
count_statements() { # count_statements <kind> <body>: prints "in-tx all"
    local offset
    sql "alter system set log_statement = 'all'" >/dev/null; sql "select pg_reload_conf()" >/dev/null; sleep 1
    offset=$(stat -c %s "$WORK/postgres.log")
    for _ in $(seq "$STATEMENT_SAMPLES"); do
        curl -fs "${auth[@]}" -H 'Content-Type: application/json' -d "$2" "$BASE/api/v1/requests" >"$RESULTS/one-intake-$1.json"
    done
    sleep 2
    sql "alter system reset log_statement" >/dev/null; sql "select pg_reload_conf()" >/dev/null
    tail -c +"$((offset + 1))" "$WORK/postgres.log" | grep 'PostgreSQL JDBC Driver' | grep -E 'LOG:  (statement|execute)' \
        | sed -E 's/^[^[]*\[([0-9]+)\].*LOG:  /\1 /' >"$RESULTS/intake-statements-$1.txt" || true
    # the registering transaction of the last intake, for the summary
    awk '{ pid = $1; $1 = ""; line[pid] = line[pid] "\n" substr($0, 2) }
         /BEGIN$/ { line[pid] = substr($0, index($0, " ") + 1) }
         /insert into request \(/ { mark[pid] = 1 }
         /COMMIT$/ && mark[pid] { last = line[pid]; mark[pid] = 0 }
         END { printf "%s\n", last }' "$RESULTS/intake-statements-$1.txt" >"$RESULTS/intake-transaction-$1.txt"
    awk -v n="$STATEMENT_SAMPLES" '{ pid = $1 }
         / BEGIN$/ { since[pid] = 0 }
         { since[pid]++ }
         /insert into request \(/ { mark[pid] = 1 }
         / COMMIT$/ && mark[pid] { tx += since[pid]; mark[pid] = 0 }
         END { printf "%.1f %.1f\n", tx / n, NR / n }' "$RESULTS/intake-statements-$1.txt"
}
log "counting SQL statements per intake ($STATEMENT_SAMPLES intakes of each kind, log_statement=all)"
read -r TX_REPAIR ALL_REPAIR < <(count_statements repair "$BODY")
read -r TX_COMPLAINT ALL_COMPLAINT < <(count_statements complaint "$COMPLAINT_BODY")
log "statements per intake: repair $TX_REPAIR in its transaction, $ALL_REPAIR in all; complaint $TX_COMPLAINT, $ALL_COMPLAINT"

# ---------------------------------------------------------------- the pgbench scripts
# bench_request: the same columns, constraints and indexes as request (copied
# from the live schema with LIKE ... INCLUDING ALL, so the GIN trigram indexes
# are there too); the pgbench script inserts a copy of the intake row above.
sql "create sequence bench_number_seq; create table bench_request (like request including all)" >/dev/null
COLUMNS=$(sql "select string_agg(key, ', ' order by ord) from request r, json_each_text(row_to_json(r)) with ordinality e(key, value, ord)
               where r.id = (select max(id) from request where kind = 'REPAIR') and key not in ('id', 'number')")
VALUES=$(sql "select string_agg(case when key in ('received_at', 'created_at', 'updated_at') then 'now()'
                                     else quote_nullable(value) end, ', ' order by ord)
              from request r, json_each_text(row_to_json(r)) with ordinality e(key, value, ord)
              where r.id = (select max(id) from request where kind = 'REPAIR') and key not in ('id', 'number')")
printf 'insert into bench_request (%s, number) values (%s, %s);\n' "$COLUMNS" "$VALUES" \
    "'PG-' || nextval('bench_number_seq')" >"$RESULTS/pgbench-insert.sql"

# Two diagnostic scripts (not part of the ratio): the write path of one intake
# as plain SQL in one transaction, with and without the number counter row
# lock, into the real tables. They show what the database alone allows for
# this transaction shape, before any Java. (": " in the JSON: pgbench would
# take ":true" for a variable.)
COUNTER=$(sql "select format('company_id = %s and prefix = %L and on_day = %L', company_id, prefix, on_day)
               from request_number_counter where prefix = 'BX' order by on_day desc limit 1")
TIMELINE=$(sql "select format('insert into request_timeline (company_id, request_id, at, actor_id, actor_name, action, to_status, details) values (%s, :id, now(), %s, %L, %L, %L, %L);',
                   company_id, actor_id, actor_name, action, to_status, replace(details, '\":', '\": '))
                from request_timeline where action = 'REGISTER' order by id desc limit 1")
UNIT_SELECT="select u.id, u.company_id, u.project_id, p.name, u.building_id, b.name, u.unit_no, u.floor, u.area_sqm, u.layout, u.delivered_on, u.scope_path from unit u join building b on b.id = u.building_id join project p on p.id = u.project_id where u.id = $UNIT_ID and u.scope_path like '/%';"
CUSTOMER_SELECT="select c.id, c.company_id, c.name, c.kind, c.grade, c.phone, c.email, c.wechat, c.preferred_channel, c.advisor_id, c.scope_path, c.version from customer c where c.id = $CUSTOMER_ID and c.scope_path like '/%';"
for variant in counter nocounter; do
    {
        echo "begin;"
        echo "$UNIT_SELECT"
        echo "$CUSTOMER_SELECT"
        if [ $variant = counter ]; then
            echo "update request_number_counter set last_value = last_value + 1 where $COUNTER;"
            echo "select last_value from request_number_counter where $COUNTER;"
        fi
        printf 'insert into request (%s, number) values (%s, %s) returning id \\gset\n' "$COLUMNS" "$VALUES" \
            "'PGX-' || nextval('bench_number_seq')"
        echo "$TIMELINE"
        echo "commit;"
    } >"$RESULTS/pgbench-intake-tx-$variant.sql"
done
for script in insert intake-tx-counter intake-tx-nocounter; do
    f=$RESULTS/pgbench-$script.sql
    "$PGBENCH" -h 127.0.0.1 -p "$PGPORT" -U postgres -n -M prepared -c 1 -T 1 -f "$f" "$DB" \
        >"$RESULTS/pgbench-check.txt" 2>&1 && grep -q '^tps' "$RESULTS/pgbench-check.txt" \
        || { log "the pgbench script $f failed"; cat "$RESULTS/pgbench-check.txt"; exit 1; }
done

# ---------------------------------------------------------------- CPU accounting
# CPU time (ms) of the application JVM, and of PostgreSQL: the postmaster with
# its reaped children (cutime/cstime: backends that ended) plus the live ones.
CLK=$(getconf CLK_TCK)
app_cpu() { awk -v clk="$CLK" '{ print ($14 + $15) * 1000 / clk }' "/proc/$APP_PID/stat"; }
pg_cpu() {
    local pm; pm=$(head -1 "$PGDATA/postmaster.pid")
    { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pm/stat"
      for child in $(pgrep -P "$pm"); do awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || true; done
    } | awk -v clk="$CLK" '{ s += $1 } END { print s * 1000 / clk }'
}
per() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { printf "%.2f", (n > 0 ? (b - a) / n : 0) }'; }
# CPU time (ms) of the application's threads by group (request threads, GC, JIT compilers, ...), from
# /proc/<pid>/task/*/stat; thread_cpu_per <before> <after> <n> writes "group ms-per-request" lines.
thread_cpu() { local LC_ALL=C
    for t in /proc/"$APP_PID"/task/*; do
        name=$(cat "$t/comm" 2>/dev/null) || continue
        awk -v name="$name" -v clk="$CLK" '{ sub(/^.*\) /, ""); print name "\t" ($12 + $13) * 1000 / clk }' "$t/stat" 2>/dev/null
    done | sed -E 's/^(http-nio-[0-9]+-exec|http-nio-[0-9]+-)[^\t]*/http-nio-exec/; s/^(C[12] CompilerThre)[^\t]*/\1ad/;
                   s/^(G1 |GC Thread)[^\t]*/GC/; s/^(HikariPool|request-numbers)[^\t]*/Hikari/' \
        | awk -F'\t' '{ s[$1] += $2 } END { for (g in s) print g "\t" s[g] }' | sort
}
# PostgreSQL's CPU time (ms) by process type (client backend, autovacuum worker, walwriter, ...) from
# pg_stat_activity and /proc; "ended children" is what the postmaster reaped (backends and autovacuum workers
# that ended), so a process that ends during a phase moves its whole CPU from its type to that line.
pg_cpu_by_type() { local LC_ALL=C pm; pm=$(head -1 "$PGDATA/postmaster.pid")
    { awk -v clk="$CLK" '{ print "ended children\t" ($16 + $17) * 1000 / clk; print "postmaster\t" ($14 + $15) * 1000 / clk }' \
          "/proc/$pm/stat"
      sql "select pid, backend_type from pg_stat_activity where pid <> pg_backend_pid()" | while IFS='|' read -r pid type; do
          awk -v t="$type" -v clk="$CLK" '{ sub(/^.*\) /, ""); print t "\t" ($12 + $13) * 1000 / clk }' "/proc/$pid/stat" 2>/dev/null
      done
    } | awk -F'\t' '{ s[$1] += $2 } END { for (g in s) print g "\t" s[g] }' | sort
}
# Tables that autovacuum or autoanalyze visited: "name<TAB>vacuums<TAB>analyzes", to diff around a phase.
autovacuum_counts() { local LC_ALL=C
    sql "select relname || chr(9) || autovacuum_count || chr(9) || autoanalyze_count from pg_stat_user_tables" | sort
}
thread_cpu_per() { # thread_cpu_per <before-file> <after-file> <requests>
    local LC_ALL=C
    join -t $'\t' -a 2 -e 0 -o '0,1.2,2.2' "$1" "$2" \
        | awk -F'\t' -v n="$3" '{ d = $3 - $2; if (d > 0) printf "%-24s %8.3f ms/req\n", $1, (n > 0 ? d / n : 0) }' \
        | sort -k2 -nr
}

# ---------------------------------------------------------------- warm-up
# Long enough for the JIT to finish compiling the intake path (a 10 s warm-up left C2 compiling through
# the measurements: 38 % of the application's CPU in round 3, docs/performance.md); both kinds, half each.
# On a busy host the compiler threads get little CPU and 60 s is not enough (round 4: C2 still used
# 3.6-7.7 ms of CPU per intake after it), so the warm-up goes on in rounds of WARMUP_ROUND_SECONDS until the
# C2 compiler threads used less than WARMUP_JIT_QUIET (% of one core) in a round, or WARMUP_MAX_SECONDS passed.
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
WARMUP_ROUND_SECONDS=${WARMUP_ROUND_SECONDS:-20}
WARMUP_MAX_SECONDS=${WARMUP_MAX_SECONDS:-300}
WARMUP_JIT_QUIET=${WARMUP_JIT_QUIET:-5}
c2_cpu() { thread_cpu | awk -F'\t' '$1 ~ /^C2 / { s += $2 } END { print s + 0 }'; }
warm() { # warm <seconds> <url> [<body> <body>]: half the time with each body, or all of it GETting the url
    if [ $# -ge 4 ]; then
        load --url "$2" --body "$3" --concurrency 8 --seconds $(( ($1 + 1) / 2 )) >>"$RESULTS/warmup.txt"
        load --url "$2" --body "$4" --concurrency 8 --seconds $(( ($1 + 1) / 2 )) >>"$RESULTS/warmup.txt"
    else
        load --url "$2" --concurrency 8 --seconds "$1" >>"$RESULTS/warmup.txt"
    fi
}
warm_until_jit_quiet() { # warm_until_jit_quiet <first seconds> <url> [<body> <body>]
    local first=$1 spent=$1 before after share; shift
    warm "$first" "$@"
    while [ "$spent" -lt "$WARMUP_MAX_SECONDS" ]; do
        before=$(c2_cpu); warm "$WARMUP_ROUND_SECONDS" "$@"; after=$(c2_cpu)
        spent=$(( spent + WARMUP_ROUND_SECONDS ))
        share=$(awk -v a="$before" -v b="$after" -v s="$WARMUP_ROUND_SECONDS" 'BEGIN { printf "%.1f", (b - a) / (s * 10) }')
        log "  after $spent s of warm-up the C2 compiler used $share % of a core in the last $WARMUP_ROUND_SECONDS s"
        awk -v x="$share" -v q="$WARMUP_JIT_QUIET" 'BEGIN { exit !(x < q) }' && break
    done
    echo "$spent"
}
log "warming up the application (at least $WARMUP_SECONDS s at 8 clients, repairs then complaints, until the JIT is quiet)"
WARMED=$(warm_until_jit_quiet "$WARMUP_SECONDS" "$BASE/api/v1/requests" "$BODY" "$COMPLAINT_BODY")

# ---------------------------------------------------------------- intake vs pgbench
pgb() { # pgb <clients> <seconds> <script> <out>: runs pgbench, prints "tps latency-ms pg-cpu-ms-per-tx"
    local threads=$(( $1 < $(nproc) ? $1 : $(nproc) )) before after tps n
    before=$(pg_cpu)
    "$PGBENCH" -h 127.0.0.1 -p "$PGPORT" -U postgres -n -M prepared -c "$1" -j "$threads" -T "$2" -f "$3" "$DB" >"$4" 2>&1
    sleep 1 # let the postmaster reap pgbench's backends, so that their CPU time is in its cutime
    after=$(pg_cpu)
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$4")
    n=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$4")
    printf '%.0f %s %s\n' "$tps" "$(sed -n 's/^latency average = \([0-9.]*\).*/\1/p' "$4")" "$(per "$before" "$after" "$n")"
}
DIAG_SECONDS=${DIAG_SECONDS:-10}
{
    echo "# Benchmark run $STAMP"
    echo
    echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))," \
         "$(free -g | awk '/Mem:/{print $2}') GiB memory; client, application and database on the same host;" \
         "load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- PostgreSQL $(sql 'show server_version'), fsync=$(sql 'show fsync')," \
         "synchronous_commit=$(sql 'show synchronous_commit'), full_page_writes=$(sql 'show full_page_writes')," \
         "shared_buffers=$(sql 'show shared_buffers'), wal_level=$(sql 'show wal_level')," \
         "max_connections=$(sql 'show max_connections')"
    echo "- pgbench: $("$PGBENCH" --version), -M prepared, -T $DURATION, one INSERT into bench_request per transaction"
    echo "- Java: $(java -version 2>&1 | head -1); application -Xmx1g, Hikari pool ${POOL:-as configured (20)}; load generator bench/HttpLoad.java"
    echo "- warm-up: $WARMED s of intakes at 8 clients (until the C2 compiler used < $WARMUP_JIT_QUIET % of a core in $WARMUP_ROUND_SECONDS s, at most $WARMUP_MAX_SECONDS s)"
    echo "- SQL statements per intake, in the registering transaction (BEGIN and COMMIT included) / all the application sent" \
         "per intake (token check, after-commit listeners, schedulers): repair $TX_REPAIR / $ALL_REPAIR," \
         "complaint $TX_COMPLAINT / $ALL_COMPLAINT"
    echo
    echo "| clients | kind | pgbench INSERT tps | pgbench ms/tx | HTTP intake req/s | ratio | HTTP p50 ms | HTTP p99 ms | errors | app CPU ms/req | of it request threads + GC | of it JIT | PG CPU ms/req | PG CPU ms/INSERT | load generator CPU ms/req | load avg |"
    echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$SUMMARY"
if [ -n "${POOL_B:-}" ]; then
    POOL_A=${POOL:-$(grep -A3 'hikari:' src/main/resources/application.yml | sed -n 's/.*maximum-pool-size: *//p')}
    javac -d "$WORK/classes" bench/PoolSize.java
    pool_to() { java -cp "$WORK/classes" PoolSize "$APP_PID" estatecare "$1" >>"$RESULTS/pool.txt"; sleep 2; }
fi
DIAG="| clients | intake tx as SQL, with counter: tps | ms/tx | without counter: tps | ms/tx |
|---:|---:|---:|---:|---:|"
for c in $CONCURRENCY; do
    log "pgbench INSERT, $c clients, ${DURATION}s"
    read -r tps lat pgper < <(pgb "$c" "$DURATION" "$RESULTS/pgbench-insert.sql" "$RESULTS/pgbench-c$c.txt")
    log "  tps $tps, latency $lat ms"
    for phase in $([ -n "${POOL_B:-}" ] && echo "repair:A repair:B complaint:A complaint:B" || echo "repair complaint"); do
        kind=${phase%%:*}
        body=$([ $kind = repair ] && echo "$BODY" || echo "$COMPLAINT_BODY")
        label=$kind
        if [ -n "${POOL_B:-}" ]; then # the pool of this phase, named in the row and the files
            size=$([ "${phase#*:}" = B ] && echo "$POOL_B" || echo "$POOL_A")
            pool_to "$size"
            label="$kind, pool $size"; kind="$kind-pool$size"
        fi
        log "HTTP intake ($label), $c clients, ${DURATION}s"
        thread_cpu >"$WORK/threads-before"
        pg_cpu_by_type >"$WORK/pg-before"; autovacuum_counts >"$WORK/av-before"
        [ "$PG_STAT_STATEMENTS" = 1 ] && sql "select pg_stat_statements_reset()" >/dev/null
        a0=$(app_cpu); p0=$(pg_cpu)
        TIMEFORMAT='%U %S' # the load generator's own CPU (user, system seconds), reported beside the application's
        { time load --url "$BASE/api/v1/requests" --body "$body" --concurrency "$c" --seconds "$DURATION" \
            >"$RESULTS/intake-$kind-c$c.txt" 2>"$RESULTS/intake-$kind-c$c.err" || true; } 2>"$WORK/client-time"
        a1=$(app_cpu); p1=$(pg_cpu)
        thread_cpu >"$WORK/threads-after"
        pg_cpu_by_type >"$WORK/pg-after"; autovacuum_counts >"$WORK/av-after"
        if [ "$PG_STAT_STATEMENTS" = 1 ]; then
            { echo "## $kind, $c clients: total ms | calls | mean ms | rows | planning ms | plans | statement"
              sql "select round(total_exec_time::numeric, 1), calls, round((total_exec_time / nullif(calls, 0))::numeric, 3), rows,
                       round(total_plan_time::numeric, 1), plans,
                       left(regexp_replace(query, '\s+', ' ', 'g'), 160)
                   from pg_stat_statements order by total_exec_time + total_plan_time desc limit 25"; } >>"$RESULTS/pg-statements.txt"
        fi
        line=$(cat "$RESULTS/intake-$kind-c$c.txt")
        log "  $line"
        rps=$(kv throughput <<<"$line"); p50=$(kv p50 <<<"$line"); p99=$(kv p99 <<<"$line"); err=$(kv errors <<<"$line")
        n=$(kv requests <<<"$line")
        thread_cpu_per "$WORK/threads-before" "$WORK/threads-after" "$n" >"$RESULTS/thread-cpu-$kind-c$c.txt"
        { echo "# PostgreSQL CPU by process type, ms per request (negative: a process of that type ended)"
          LC_ALL=C join -t $'\t' -a 1 -a 2 -e 0 -o '0,1.2,2.2' "$WORK/pg-before" "$WORK/pg-after" \
              | awk -F'\t' -v n="$n" '{ d = $3 - $2; if (d != 0) printf "%-28s %8.3f\n", $1, (n > 0 ? d / n : 0) }' \
              | sort -k2 -nr
          echo "# autovacuum (vacuums, analyzes) during the phase"
          LC_ALL=C join -t $'\t' -a 2 -e 0 -o '0,1.2,1.3,2.2,2.3' "$WORK/av-before" "$WORK/av-after" \
              | awk -F'\t' '$4 != $2 || $5 != $3 { print $1, $4 - $2, $5 - $3 }'
        } >"$RESULTS/pg-cpu-$kind-c$c.txt"
        ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.1f%%", 100 * a / b }')
        client=$(awk -v n="$n" '{ printf "%.2f", (n > 0 ? ($1 + $2) * 1000 / n : 0) }' "$WORK/client-time")
        tf=$RESULTS/thread-cpu-$kind-c$c.txt
        served=$(awk '$1 == "http-nio-exec" || $1 == "GC" { s += $2 } END { printf "%.2f", s }' "$tf")
        jit=$(awk '$1 == "C1" || $1 == "C2" { s += $3 } END { printf "%.2f", s }' "$tf")
        echo "| $c | $label | $tps | $lat | $rps | $ratio | $p50 | $p99 | $err | $(per "$a0" "$a1" "$n") | $served | $jit | $(per "$p0" "$p1" "$n") | $pgper | $client | $(cut -d' ' -f1 /proc/loadavg) |" >>"$SUMMARY"
    done
    log "diagnostic: the intake transaction as SQL, $c clients, ${DIAG_SECONDS}s each"
    read -r t1 l1 _ < <(pgb "$c" "$DIAG_SECONDS" "$RESULTS/pgbench-intake-tx-counter.sql" "$RESULTS/pgbench-intake-tx-counter-c$c.txt")
    read -r t2 l2 _ < <(pgb "$c" "$DIAG_SECONDS" "$RESULTS/pgbench-intake-tx-nocounter.sql" "$RESULTS/pgbench-intake-tx-nocounter-c$c.txt")
    log "  with counter $t1 tps, without $t2 tps"
    DIAG="$DIAG
| $c | $t1 | $l1 | $t2 | $l2 |"
done
{
    echo
    echo "Diagnostic (not part of the ratio): the write path of one intake as plain SQL in one transaction"
    echo "(unit and customer lookups, counter increment and read, request and timeline inserts), ${DIAG_SECONDS}s each:"
    echo
    echo "$DIAG"
} >>"$SUMMARY"

# ---------------------------------------------------------------- list pages at scale
ROWS=$(sql "select count(*) from request")
[ -n "${POOL_B:-}" ] && pool_to "$POOL_A" # the list is measured with the first pool
if [ "$BULK_TARGET" -gt "$ROWS" ]; then
    log "growing request from $ROWS to $BULK_TARGET rows"
    sql "insert into request (company_id, number, kind, channel, status, category, emergency, project_id, building_id,
             unit_id, scope_path, unit_label, customer_id, customer_name, reporter_name, reporter_phone, description,
             received_at, read_back_confirmed, handling_round, steps, version, created_at, updated_at)
         select r.company_id, 'BULK-' || g, r.kind, r.channel, r.status, r.category, r.emergency, r.project_id,
             r.building_id, r.unit_id, r.scope_path, r.unit_label, r.customer_id, r.customer_name, r.reporter_name,
             r.reporter_phone, r.description, now() - g * interval '1 second', true, 1, 0, 0,
             now() - g * interval '1 second', now() - g * interval '1 second'
         from generate_series(1, $((BULK_TARGET - ROWS))) g, (select * from request order by id desc limit 1) r" >/dev/null
    sql "analyze request" >/dev/null
    ROWS=$(sql "select count(*) from request")
fi
log "request has $ROWS rows"
DEEP_ID=$(sql "select min(id) + 1000 from request")
DEEP_CURSOR=$(printf 'v1:%s' "$DEEP_ID" | base64 | tr '+/' '-_' | tr -d '=\n')
NEXT=""
for _ in 1 2 3 4; do # page 5 by following the cursors
    NEXT=$(curl -fs "${auth[@]}" "$BASE/api/v1/requests?limit=50${NEXT:+&cursor=$NEXT}" | jq -r .next)
done
# The bulk rows all belong to the project of the benchmark's unit; the
# engineer covers the other project only, so their first page has to find a
# few dozen rows among a million ("narrow" below).
ENGINEER_TOKEN=$(curl -fs -u engineer:demo -X POST "$BASE/api/v1/me/tokens" -H 'Content-Type: application/json' \
    -d '{"name":"bench"}' | jq -r .token)
scope_of() { sql "select n.path from account a join org_node n on n.id = a.org_node_id where a.username = '$1'"; }
# The list's two statements as RequestQueries.list writes them: the first pass reads the newest 2,000 rows
# before the cursor; the second, only when the first leaves the page short (the narrow page), finds the
# matching rows through their own indexes. "SQL only" below sums the statements the page needs.
LIST_COLUMNS="id, number, kind, status, category, channel, emergency, project_id, building_id, unit_id,
    unit_label as unit, customer_id, customer_name, reporter_name, reporter_phone, assignee_id, assignee_name,
    department, first_contact_name, handling_round, received_at, created_at, updated_at"
LIST_FIRST_PASS="select $LIST_COLUMNS from (select * from request r where r.id < AFTER order by r.id desc limit 2000) r
    where r.id < AFTER and r.scope_path like 'SCOPE%' order by r.id desc limit 51"
LIST_SECOND_PASS="with matching as materialized (select r.id from request r where r.id < AFTER and r.scope_path like 'SCOPE%'BOUND)
    select $LIST_COLUMNS, (select count(*) from matching) as matched from request r
    where r.id in (select id from matching order by id desc limit 51) order by r.id desc"
# A filter whose first page needed the second pass is remembered as narrow: its later pages are the second pass
# alone, bounded to 5,001 matching rows ("remembered" below, what the measured narrow page runs).
explain_ms() { sed -n 's/.*Execution Time: \(.*\) ms/\1/p' "$1"; }
for page in first deep narrow; do
    after=$([ $page = deep ] && echo "$DEEP_ID" || echo 9223372036854775807)
    scope=$(scope_of "$([ $page = narrow ] && echo engineer || echo agent)")
    q=${LIST_FIRST_PASS//AFTER/$after}
    "${PSQL[@]}" -d "$DB" -c "explain (analyze, buffers) ${q//SCOPE/$scope}" >"$RESULTS/explain-$page-page.txt"
    rows=$(sed -n 's/^ Limit .*actual time=[^ ]* rows=\([0-9]*\).*/\1/p' "$RESULTS/explain-$page-page.txt" | head -1)
    if [ "${rows:-0}" -le 50 ]; then
        q=${LIST_SECOND_PASS//AFTER/$after}; q=${q//SCOPE/$scope}
        "${PSQL[@]}" -d "$DB" -c "explain (analyze, buffers) ${q//BOUND/}" >"$RESULTS/explain-$page-second-pass.txt"
        "${PSQL[@]}" -d "$DB" -c "explain (analyze, buffers) ${q//BOUND/ limit 5001}" >"$RESULTS/explain-$page-remembered.txt"
    fi
done
LIST_WARMUP_SECONDS=${LIST_WARMUP_SECONDS:-20}
log "warming up the list (at least $LIST_WARMUP_SECONDS s at 8 clients, until the JIT is quiet; 5 s left it compiling the list's code into the measurements)"
LIST_WARMED=$(warm_until_jit_quiet "$LIST_WARMUP_SECONDS" "$BASE/api/v1/requests?limit=50")
{
    echo
    echo "List page, GET /api/v1/requests?limit=50, $ROWS rows in request, ${LIST_SECONDS}s each, after $LIST_WARMED s of warm-up"
    echo "(first = newest page; page5 = after following next four times; deep = cursor near the oldest row;"
    echo "narrow = first page for the engineer, whose scope holds $(sql "select count(*) from request where scope_path like '$(scope_of engineer)%'") of the rows):"
    echo
    echo "| page | clients | req/s | p50 ms | p99 ms | errors | app CPU ms/req |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
} >>"$SUMMARY"
for page in first page5 deep narrow; do
    if [ -f "$RESULTS/explain-$page-page.txt" ]; then
        ms=$(explain_ms "$RESULTS/explain-$page-page.txt")
        [ -f "$RESULTS/explain-$page-second-pass.txt" ] && ms="$ms + $(explain_ms "$RESULTS/explain-$page-second-pass.txt") (two passes; remembered as narrow: $(explain_ms "$RESULTS/explain-$page-remembered.txt"))"
        echo "| $page | SQL only (EXPLAIN ANALYZE execution time) | | $ms | | | |" >>"$SUMMARY"
    fi
    token=$TOKEN
    case $page in
        first) url="$BASE/api/v1/requests?limit=50" ;;
        page5) url="$BASE/api/v1/requests?limit=50&cursor=$NEXT" ;;
        deep) url="$BASE/api/v1/requests?limit=50&cursor=$DEEP_CURSOR" ;;
        narrow) url="$BASE/api/v1/requests?limit=50"; token=$ENGINEER_TOKEN ;;
    esac
    for c in 1 8; do
        a0=$(app_cpu)
        load --url "$url" --token "$token" --concurrency "$c" --seconds "$LIST_SECONDS" >"$RESULTS/list-$page-c$c.txt" \
            2>"$RESULTS/list-$page-c$c.err" || true
        a1=$(app_cpu)
        line=$(cat "$RESULTS/list-$page-c$c.txt")
        log "list $page, $c clients: $line"
        echo "| $page | $c | $(kv throughput <<<"$line") | $(kv p50 <<<"$line") | $(kv p99 <<<"$line") | $(kv errors <<<"$line") | $(per "$a0" "$a1" "$(kv requests <<<"$line")") |" >>"$SUMMARY"
    done
done
{
    echo
    for kind in repair complaint; do
        echo "The registering transaction of one $kind intake (all statements of $STATEMENT_SAMPLES intakes: intake-statements-$kind.txt):"
        echo
        echo '```'
        cat "$RESULTS/intake-transaction-$kind.txt"
        echo '```'
        echo
    done
} >>"$SUMMARY"
log "done: $SUMMARY"
cat "$SUMMARY"
