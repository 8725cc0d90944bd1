#!/usr/bin/env bash
# Proves that the embedded default is durable: a row committed before a kill -9 of the running Tierless is there
# after the next start. Runs the jar as `make run` does, without the board's demo history (build it first: `make durability-check` does),
# on its own data folder and ports so that it never touches your .data/.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=app/target/quarkus-app/quarkus-run.jar
driver=$(ls app/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -n 1)
[ -f "$jar" ] || { echo "No $jar: run 'make build' first." >&2; exit 2; }

data=$(mktemp -d -t tierless-durability.XXXXXX)
http_port=${HTTP_PORT:-18080}
db_port=${DB_PORT:-15439}
jdbc="jdbc:postgresql://localhost:${db_port}/tierless"
marker="durability-$(date +%s)-$$"
log="$data/app.log"
pid=""

cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

# Without the board's demo history (most of a first start): what is proved is one row of the audit log.
start_app() {
  TIERLESS_DATA_DIR="$data" TIERLESS_DB_PORT="$db_port" QUARKUS_HTTP_PORT="$http_port" TIERLESS_DEMO_HISTORY=false \
    java $(cat ops/jvm-options) -jar "$jar" >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    if curl -sf "http://localhost:${http_port}/q/health/ready" >/dev/null; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "Tierless stopped while starting; its log:" >&2; tail -40 "$log" >&2; exit 1; }
    sleep 1
  done
  echo "Tierless did not become ready in 120 s; its log:" >&2; tail -40 "$log" >&2; exit 1
}

sql() { java -cp "$driver" ops/durability/TenantSql.java "$jdbc" tierless tierless tamworth "$1"; }

echo "1. Starting Tierless on an empty data folder ($data)"
start_app
echo "2. Committing a row in Tamworth's audit log"
sql "insert into audit_events (id, tenant_id, occurred_at, actor, action, summary)
     values (gen_random_uuid(), 'tamworth', now(), 'durability-check', 'test.durability', '$marker')" >/dev/null

echo "3. kill -9 of the JVM (pid $pid): no shutdown hook runs, PostgreSQL is orphaned"
kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=""

echo "4. Starting Tierless again on the same data folder"
start_app
found=$(sql "select count(*) from audit_events where summary = '$marker'")
if [ "$found" = "1" ]; then
  echo "PASS: the row committed before kill -9 is there after the restart"
else
  echo "FAIL: expected the committed row after the restart, found $found" >&2
  exit 1
fi
