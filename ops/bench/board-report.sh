#!/usr/bin/env bash
# Benchmark: the partnership board's reports at national size. Starts a Tierless of its own (embedded PostgreSQL,
# local Keycloak, no demo data), writes three years of history for both partnerships into its database
# (ops/bench/board-history.sql: rollups of 10 million requests, 100 million counted usage events, open requests for
# "overdue now"), then times each board view through HTTP as a board member, one request at a time: p50, p95 and
# max over BENCH_RUNS runs, with two references measured in the same run (an answer from memory, and pgbench -S).
# Needs psql, pgbench and curl (Debian: apt-get install postgresql-client curl) and the local Keycloak (make
# keycloak). Run it with `make bench-board`; it prints the figures that docs/benchmarks.md records (15 to 20 minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."

for tool in psql pgbench curl awk sed; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install postgresql-client curl" >&2; exit 2; }
done
runs=${BENCH_RUNS:-50}
budget=${BENCH_BUDGET:-60} # seconds a view: a slow one stops after 10 runs once it has had them
requests=${BENCH_REQUESTS:-10000000}
events=${BENCH_EVENTS:-100000000}
open=${BENCH_OPEN:-30000}
partnership=staffordshire-connects council=tamworth board_user=staffordshire-connects.board
http_port=18083 db_port=15443 keycloak_port=18183
source ops/lib/isolated-tierless.sh

echo "# Tierless board benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB"
# No demo data: the history is the benchmark's own (an empty value is no folder).
isolated_start TIERLESS_DEMO_DATA_DIR=
isolated_wait_for "$app/q/health/ready" 180 "Tierless"
isolated_wait_for "$realm/.well-known/openid-configuration" 300 "Keycloak"

export PGPASSWORD=tierless
db() { psql -h localhost -p "$db_port" -U tierless -d tierless -X -q "$@"; }
today=$(date +%F)
first=$(date -d "$today - 3 years" +%F) last=$(date -d "$today - 1 day" +%F)
echo "generating $first to $last: $requests requests, $events usage events, $open open requests"
start=$(date +%s)
db -v first="$first" -v last="$last" -v requests="$requests" -v events="$events" -v open="$open" \
  -P footer=off -f ops/bench/board-history.sql
echo "generated in $(( $(date +%s) - start )) s"

# The periods: the last whole quarter (the board's usual view) and the last twelve whole months (a year's CSV).
quarter_start=$(date -d "$(date +%Y-%m-01) - $(( ( $(date +%-m) - 1 ) % 3 )) months - 3 months" +%F)
quarter="from=$quarter_start&to=$(date -d "$quarter_start + 3 months - 1 day" +%F)"
year_start=$(date -d "$(date +%Y-%m-01) - 12 months" +%F)
year="from=$year_start&to=$(date -d "$(date +%Y-%m-01) - 1 day" +%F)"

token() {
  curl -sf -d grant_type=password -d client_id=tierless-cli -d "username=$board_user" -d password=demo \
    "$realm/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
# The staff pages sign in through the browser: follow the code flow with a cookie jar, as a browser would.
jar="$work/cookies.txt"
sign_in() {
  local login action
  login=$(curl -sL -c "$jar" -b "$jar" "$app/board") || return 1
  action=$(printf '%s' "$login" | sed -n 's/.*id="kc-form-login"[^>]*action="\([^"]*\)".*/\1/p; s/.*action="\([^"]*\)"[^>]*id="kc-form-login".*/\1/p' | head -n 1 | sed 's/&amp;/\&/g')
  [ -n "$action" ] || return 1
  curl -sL -o /dev/null -c "$jar" -b "$jar" -d "username=$board_user" -d password=demo "$action"
}

# label, path, then curl's options (the credentials): 3 warm-up runs, then $runs timed ones, one at a time (or
# fewer, at least 10, once $budget seconds have gone).
measure() {
  local label=$1 path=$2 status
  shift 2
  status=$(curl -s -o "$work/answer" -w '%{http_code}' "$@" "$app$path")
  if [ "$status" != 200 ]; then
    echo "$label: HTTP $status, not measured"
    return
  fi
  local size
  size=$(wc -c <"$work/answer")
  for _ in 1 2 3; do curl -sf -o /dev/null "$@" "$app$path"; done
  local started=$SECONDS i
  for ((i = 1; i <= runs; i++)); do
    curl -sf -o /dev/null -w '%{time_total}\n' "$@" "$app$path"
    if (( i >= 10 && SECONDS - started >= budget )); then break; fi
  done | sort -n |
    awk -v label="$label" -v size="$size" '{ t[NR] = $1 * 1000 }
      END { p95 = int(NR * 0.95 + 0.999); printf "%s: p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d runs, %d bytes)\n",
            label, t[int((NR + 1) / 2)], t[p95], t[NR], NR, size }'
}

bearer=(-H "Authorization: Bearer $(token)")
[ -n "${bearer[1]#Authorization: Bearer }" ] || { echo "Could not get a board token from $realm" >&2; exit 1; }
measure "reference: GET /api/v1/partnerships (from memory)" "/api/v1/partnerships"
measure "partnership report JSON, a quarter" "/api/v1/partnerships/$partnership/report?$quarter" "${bearer[@]}"
measure "partnership report JSON, a year" "/api/v1/partnerships/$partnership/report?$year" "${bearer[@]}"
bearer=(-H "Authorization: Bearer $(token)")
measure "council report JSON ($council), a quarter" "/api/v1/councils/$council/report?$quarter" "${bearer[@]}"
measure "partnership CSV by service, a year" "/api/v1/partnerships/$partnership/report.csv?$year&by=service" "${bearer[@]}"
if sign_in; then
  pages=(-b "$jar")
  measure "/board, a quarter" "/board?$quarter" "${pages[@]}"
  # /board/tamworth sends the browser on to this address.
  measure "/board/$council, a quarter" "/board/council?council=$council&$quarter" "${pages[@]}"
  measure "board pack, a quarter" "/board/pack?$quarter" "${pages[@]}"
else
  echo "/board: could not sign in as $board_user through the browser flow, pages not measured"
fi

pgbench -h localhost -p "$db_port" -U tierless -i -s 10 -q tierless >/dev/null 2>&1
echo "pgbench -S, 1 client (reference, same PostgreSQL): $(pgbench -h localhost -p "$db_port" -U tierless -S -c 1 -T 10 tierless 2>/dev/null | grep -E 'latency average|tps' | tr '\n' ' ')"
if [ -n "${BENCH_HOLD:-}" ]; then
  echo "holding for $BENCH_HOLD s: psql -h localhost -p $db_port -U tierless tierless (password tierless)"
  sleep "$BENCH_HOLD"
fi
