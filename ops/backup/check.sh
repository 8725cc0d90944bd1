#!/usr/bin/env bash
# Proves make backup and make restore on a real PostgreSQL: Tierless runs on instance A and takes requests through
# its API; make backup dumps A; make restore loads the archive into a fresh instance B; A and B must then hold
# the same requests and the same rows in every table, and Tierless must start on B and find a request.
# The instances are Debian's PostgreSQL (make postgresql installs it), on ports of their own: the same major
# version as its pg_dump, as a production server and its client tools are. Build the jar first (make build).
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=app/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "No $jar: run 'make build' first." >&2; exit 2; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "No PostgreSQL server under /usr/lib/postgresql: run 'make postgresql' first." >&2; exit 2; }
http_port=${HTTP_PORT:-18611}
port_a=${DB_PORT_A:-15471}
port_b=${DB_PORT_B:-15472}
work=$(mktemp -d -t tierless-backup-check.XXXXXX)
chmod 755 "$work"
app_pid=""
# PostgreSQL refuses to run as root: as root, its own user runs it.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  for cluster in "$work"/pg-*; do
    [ -f "$cluster/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$cluster" -m immediate stop >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

start_cluster() { # name port
  local cluster="$work/pg-$1"
  mkdir -p "$cluster"
  if [ "$(id -u)" = 0 ]; then chown postgres "$cluster"; fi
  as_postgres "$bin/initdb" -D "$cluster" -U postgres -A trust --no-sync >/dev/null
  as_postgres "$bin/pg_ctl" -D "$cluster" -l "$cluster/server.log" -w \
    -o "-p $2 -k $cluster -c listen_addresses=localhost" start >/dev/null
}
sql() { # port query
  "$bin/psql" -X -At -h localhost -p "$1" -U postgres -v ON_ERROR_STOP=1 -c "$2" "${3:-tierless}"
}
start_app() { # port
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$1/tierless" QUARKUS_DATASOURCE_USERNAME=tierless \
    QUARKUS_DATASOURCE_PASSWORD=tierless TIERLESS_DATA_DIR="$work/app" QUARKUS_HTTP_PORT="$http_port" \
    TIERLESS_DEMO_DATA_DIR="$PWD/ops/demo" java $(cat ops/jvm-options) -jar "$jar" >>"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 300); do
    curl -sf "http://localhost:$http_port/q/health/ready" >/dev/null && return 0
    kill -0 "$app_pid" 2>/dev/null || { echo "Tierless stopped while starting; its log:" >&2; tail -40 "$work/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "Tierless was not ready after 300 s; its log:" >&2; tail -40 "$work/app.log" >&2; exit 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
# What a restore must bring back: every request as it was, and the row count of every table.
requests() { sql "$1" "select reference || ' ' || status || ' ' || md5(answers::text) from service_requests order by reference"; }
row_counts() {
  sql "$1" "select string_agg(format('%s %s', table_name, (xpath('/row/c/text()', query_to_xml(format(
    'select count(*) as c from %I', table_name), false, true, '')))[1]::text), E'\n' order by table_name)
    from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"
}

echo "1. PostgreSQL $("$bin/postgres" --version | awk '{print $3}') instances A (port $port_a) and B (port $port_b) in $work"
start_cluster a "$port_a"
start_cluster b "$port_b"
for port in "$port_a" "$port_b"; do sql "$port" "create role tierless login password 'tierless'" postgres >/dev/null; done
sql "$port_a" "create database tierless owner tierless" postgres >/dev/null

echo "2. Tierless on A takes three requests through POST /api/v1/requests"
start_app "$port_a"
for n in 1 2 3; do
  curl -sf -o /dev/null -X POST "http://localhost:$http_port/api/v1/requests" -H 'Content-Type: application/json' -d "{
    \"service\": \"missed-bin\", \"postcode\": \"B79 7AH\", \"idempotencyKey\": \"backup-check-$n-$$\",
    \"address\": {\"line1\": \"$n New Road\", \"town\": \"Tamworth\"},
    \"answers\": {\"bin-type\": \"food\", \"collection-date\": \"2026-11-20\", \"bin-out\": \"yes\"}}" \
    || { echo "FAIL: Tierless refused request $n; its log:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
done
stop_app
before=$(requests "$port_a")
[ "$(echo "$before" | grep -c .)" -ge 3 ] || { echo "FAIL: expected at least 3 requests on A, found: $before" >&2; exit 1; }

echo "3. make backup of A"
PGPORT=$port_a ops/backup/backup.sh "$work/tierless.dump"

echo "4. make restore into B, then again, which must refuse: B has the database now"
PGPORT=$port_b ops/backup/restore.sh "$work/tierless.dump"
if PGPORT=$port_b ops/backup/restore.sh "$work/tierless.dump" 2>/dev/null; then
  echo "FAIL: a second restore over the restored database was not refused" >&2; exit 1
fi

echo "5. B holds what A holds"
[ "$(requests "$port_b")" = "$before" ] || { echo "FAIL: the requests on B differ from A's" >&2; diff <(echo "$before") <(requests "$port_b") >&2; exit 1; }
[ "$(row_counts "$port_b")" = "$(row_counts "$port_a")" ] || { echo "FAIL: row counts differ" >&2; diff <(row_counts "$port_a") <(row_counts "$port_b") >&2; exit 1; }

echo "6. Tierless starts on B and tracks a restored request by its postcode"
start_app "$port_b"
reference=$(echo "$before" | head -n 1 | cut -d' ' -f1)
curl -sf -X POST "http://localhost:$http_port/api/v1/requests/track" -H 'Content-Type: application/json' \
  -d "{\"reference\": \"$reference\", \"postcode\": \"B79 7AH\"}" | grep -q "\"reference\":\"$reference\"" \
  || { echo "FAIL: Tierless on B did not find $reference" >&2; exit 1; }
echo "PASS: $(echo "$before" | grep -c .) requests and every table's rows came back in a fresh instance; Tierless serves them"
