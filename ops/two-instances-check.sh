#!/usr/bin/env bash
# Proves that a change made on one instance is live on another at once, without a restart: two Tierless instances on
# one database (the first runs the embedded PostgreSQL, the second is given the first's database settings), a new
# brand colour and welcome sent to instance A's API, then read from instance B's pages, which had them in memory
# already. Runs the built jar as `make run` does (`make two-instances-check` builds it first), on its own data
# folder and ports, so that it never touches your .data/. Bearer tokens are verified with a key made for the run.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=app/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "No $jar: run 'make build' first." >&2; exit 2; }

data=$(mktemp -d -t tierless-two-instances.XXXXXX)
port_a=${HTTP_PORT_A:-18082}
port_b=${HTTP_PORT_B:-18083}
db_port=${DB_PORT:-15440}
council=lichfield
pid_a=""
pid_b=""

cleanup() {
  for pid in "$pid_b" "$pid_a"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$data"
}
trap cleanup EXIT

{ read -r public_key; read -r token; } < <(java ops/two-instances/AdminToken.java "$council")

# start NAME PORT [VAR=value ...]: starts the jar with these settings and waits until it is ready; without the
# board's demo history (most of a first start), which the branding checked here never touches.
start() {
  local name=$1 port=$2; shift 2
  mkdir -p "$data/$name"
  env "$@" TIERLESS_DATA_DIR="$data/$name" QUARKUS_HTTP_PORT="$port" TIERLESS_DEMO_HISTORY=false \
    QUARKUS_OIDC_TENANT_ENABLED=true QUARKUS_OIDC_PUBLIC_KEY="$public_key" \
    java $(cat ops/jvm-options) -jar "$jar" >>"$data/$name.log" 2>&1 &
  local pid=$!
  eval "pid_$name=$pid"
  for _ in $(seq 1 180); do
    if curl -sf "http://localhost:${port}/q/health/ready" >/dev/null; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "Instance $name stopped while starting; its log:" >&2; tail -40 "$data/$name.log" >&2; exit 1; }
    sleep 1
  done
  echo "Instance $name did not become ready in 180 s; its log:" >&2; tail -40 "$data/$name.log" >&2; exit 1
}

echo "1. Starting instance A on port $port_a with the embedded PostgreSQL on port $db_port"
start a "$port_a" TIERLESS_DB_PORT="$db_port"
echo "2. Starting instance B on port $port_b on instance A's database"
start b "$port_b" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:${db_port}/tierless" \
  QUARKUS_DATASOURCE_USERNAME=tierless QUARKUS_DATASOURCE_PASSWORD=tierless

# A colour the council does not have yet, and a welcome no one has written before.
before=$(curl -sf "http://localhost:${port_b}/c/${council}")
colour="#1d4f91"
grep -q "${council}.css?v=${colour#\#}" <<<"$before" && colour="#00703c"
welcome="Welcome, checked on two instances at $(date +%s)."
echo "3. Instance B shows ${council}'s page (its council directory now holds the branding in memory)"

echo "4. Changing ${council}'s branding through instance A's API to $colour"
status=$(curl -s -o "$data/put.json" -w '%{http_code}' -X PUT "http://localhost:${port_a}/api/v1/councils/${council}/branding" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"brandColour\": \"$colour\", \"welcome\": \"$welcome\"}")
[ "$status" = "200" ] || { echo "FAIL: instance A answered $status: $(cat "$data/put.json")" >&2; exit 1; }

echo "5. Reading ${council}'s page from instance B"
for _ in $(seq 1 20); do
  page=$(curl -sf "http://localhost:${port_b}/c/${council}")
  if grep -qF "$welcome" <<<"$page" && grep -qF "${council}.css?v=${colour#\#}" <<<"$page"; then
    css=$(curl -sf "http://localhost:${port_b}/brand/${council}.css")
    grep -qF "$colour" <<<"$css" || { echo "FAIL: instance B's stylesheet lacks $colour: $css" >&2; exit 1; }
    echo "PASS: instance B shows the new colour and welcome without a restart"
    exit 0
  fi
  sleep 0.5
done
echo "FAIL: instance B still shows the old branding 10 s after the change; its log:" >&2
tail -20 "$data/b.log" >&2
exit 1
