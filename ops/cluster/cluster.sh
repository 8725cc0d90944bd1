#!/usr/bin/env bash
# make cluster (docs/cluster.md): two Tierless instances on one PostgreSQL of the run's own, behind nginx
# (ops/nginx/cluster.conf), under a bounded load of reads and submissions (ops/cluster/Load.java) while instance A
# is killed with kill -9 and started again, and while PostgreSQL is stopped as by a crash and started again.
# Reports per phase what was acknowledged and which errors were seen, checks that readiness went DOWN while the
# database was away and came back UP by itself, then counts by SQL what was lost and doubled (ops/cluster/Verify.java).
# Exits 1 when anything was lost or doubled, a message never sent, or readiness did not follow the database.
# Runs the built jar (`make cluster` builds it first) in a folder of its own, on make cluster's own ports.
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=app/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "No $jar: run 'make build' first." >&2; exit 2; }
if ! command -v nginx >/dev/null; then
  echo "Installing Debian's nginx for make cluster (it runs as you, in the run's folder, never as a service)"
  SUDO=$( [ "$(id -u)" = 0 ] || echo sudo )
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi

nginx_port=18410
port_a=18411
port_b=18412
pg_port=15450
steady_seconds=${CLUSTER_STEADY_SECONDS:-15}
fault_seconds=${CLUSTER_FAULT_SECONDS:-10}
pg_stop_mode=${CLUSTER_PG_STOP_MODE:-immediate}
work=$(mktemp -d -t tierless-cluster.XXXXXX)
run_id=$(date +%s)
pg_home="$work/postgres"
# shellcheck source=ops/cluster/postgres.sh
source ops/cluster/postgres.sh
pid_a="" pid_b="" pid_nginx="" pid_load=""
verdict=1

cleanup() {
  for pid in "$pid_load" "$pid_nginx" "$pid_b" "$pid_a"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  pg_running && pg_stop fast || true
  if [ "$verdict" = 0 ]; then rm -rf "$work"; else echo "The run's logs are kept in $work"; fi
}
trap cleanup EXIT

seconds_since() { echo "$(( $(date +%s%N) / 1000000 - $1 ))" | awk '{printf "%.1f", $1 / 1000}'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# A DOWN answer can take seconds to come (the datasource check waits for a connection that PostgreSQL refuses).
ready() { curl -s -o /dev/null -w '%{http_code}' --max-time 15 "http://localhost:$1/q/health/ready" || true; }

# start NAME PORT: starts the jar on the shared database and waits until it is ready.
start() {
  local name=$1 port=$2
  mkdir -p "$work/$name"
  env TIERLESS_DATA_DIR="$work/$name" QUARKUS_HTTP_PORT="$port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:${pg_port}/tierless" \
    QUARKUS_DATASOURCE_USERNAME=tierless QUARKUS_DATASOURCE_PASSWORD=tierless \
    QUARKUS_OIDC_TENANT_ENABLED=true QUARKUS_OIDC_PUBLIC_KEY="$public_key" \
    TIERLESS_PUBLIC_URL="http://localhost:${nginx_port}" TIERLESS_TRUSTED_PROXIES=127.0.0.1 \
    TIERLESS_RATE_LIMITS_KEY_SECRET="cluster-$run_id" TIERLESS_RATE_LIMITS_SUBMISSIONS=1000000 \
    TIERLESS_MAIL_FILES_DIR="$work/mail" TIERLESS_DEMO_DATA_DIR="$PWD/ops/demo" TIERLESS_PAYMENTS_SANDBOX=true \
    java $(cat ops/jvm-options) -jar "$jar" >>"$work/$name.log" 2>&1 &
  local pid=$!
  eval "pid_$name=$pid"
  for _ in $(seq 1 360); do
    [ "$(ready "$port")" = 200 ] && return 0
    kill -0 "$pid" 2>/dev/null || { echo "Instance $name stopped while starting; its log:" >&2; tail -40 "$work/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "Instance $name was not ready after 180 s; its log:" >&2; tail -40 "$work/$name.log" >&2; exit 1
}

phase() {
  echo "$1" >"$work/phase"
  echo "== $(date -u +%T) phase $1"
}

# await_readiness WANT SECONDS: until both instances answer WANT (200 or 503); prints the seconds it took.
await_readiness() {
  local want=$1 limit=$2 since
  since=$(now_ms)
  while [ "$(ready "$port_a")" != "$want" ] || [ "$(ready "$port_b")" != "$want" ]; do
    (( $(now_ms) - since > limit * 1000 )) && { echo "never"; return 1; }
    sleep 0.2
  done
  seconds_since "$since"
}

echo "1. PostgreSQL of the run's own on port $pg_port (the embedded default's binaries) in $work"
mkdir -p "$pg_home"
pg_unpack
pg_init
pg_start
{ read -r public_key; read -r token; } < <(java ops/two-instances/AdminToken.java tamworth)

echo "2. Instance A on port $port_a (it loads the demo data), then instance B on port $port_b"
start a "$port_a"
start b "$port_b"

echo "3. nginx on port $nginx_port in front of both"
mkdir -p "$work/nginx/temp"
cp ops/nginx/cluster.conf "$work/nginx/"
nginx -p "$work/nginx/" -e error.log -c cluster.conf &
pid_nginx=$!
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://localhost:${nginx_port}/q/health/ready" && break; sleep 0.1; done

echo "4. The load: reads and submissions through nginx, each submission retried with its key until acknowledged"
awk -F, 'NR > 1 && $4 == "" && $9 == "E10000028" && n++ < 2000 { print $2 }' ops/demo/onspd_sample_staffs_worcs.csv >"$work/postcodes.txt"
echo steady >"$work/phase"
java ops/cluster/Load.java "http://localhost:${nginx_port}" "$work/phase" "$work" "$run_id" "$work/postcodes.txt" \
  >"$work/load.txt" 2>"$work/load.err" &
pid_load=$!
until [ -f "$work/running" ]; do
  kill -0 "$pid_load" 2>/dev/null || { echo "The load did not start:" >&2; cat "$work/load.err" >&2; exit 1; }
  sleep 0.2
done
phase steady
sleep "$steady_seconds"

phase instance-killed
kill -9 "$pid_a"
wait "$pid_a" 2>/dev/null || true
killed_at=$(now_ms)
sleep "$fault_seconds"
echo "   starting instance A again"
start a "$port_a"
a_back_after=$(seconds_since "$killed_at")

phase instance-back
sleep "$fault_seconds"

phase postgres-restarting
stopped_at=$(now_ms)
pg_stop "$pg_stop_mode"
down_after=$(await_readiness 503 30) || down_after=never
sleep 3
pg_start
pg_back_at=$(now_ms)
up_after=$(await_readiness 200 60) || up_after=never
echo "   PostgreSQL stopped ($pg_stop_mode) for $(seconds_since "$stopped_at") s; readiness DOWN on both after ${down_after} s, UP again ${up_after} s after the start"

phase after
sleep "$fault_seconds"
phase stop
wait "$pid_load"
pid_load=""

echo
echo "Per phase (through nginx; 'errors end' is when the phase's last error happened, from its start):"
cat "$work/load.txt"
sed 's/^/   load: /' "$work/load.err" | head -5
failovers=$(grep -c 'upstream=[^ ]*, ' "$work/nginx/access.log" || true)
echo "nginx passed $failovers requests on to the other instance; instance A was back (ready) ${a_back_after} s after kill -9"
echo
echo "Checked by SQL against the database:"
status=0
java -cp "$(ls app/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar)" ops/cluster/Verify.java \
  "jdbc:postgresql://localhost:${pg_port}/tierless" postgres "$run_id" "$work" "$work/a.log" "$work/b.log" || status=1
dead=$(curl -s -H "Authorization: Bearer $token" "http://localhost:${nginx_port}/api/v1/outbox/dead")
echo "Tamworth's dead letters: $dead"
if [ "$down_after" = never ] || [ "$up_after" = never ]; then
  echo "FAIL: readiness did not go DOWN while PostgreSQL was away and come back UP by itself"
  status=1
fi
verdict=$status
exit "$status"
