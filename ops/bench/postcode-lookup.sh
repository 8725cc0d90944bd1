#!/usr/bin/env bash
# Benchmark: postcode lookups at demo size (28 thousand postcodes) and at national size (2.7 million, synthetic),
# the ONSPD import speed, and pgbench -S against the same PostgreSQL as the reference. Needs wrk and pgbench
# (Debian: apt-get install wrk postgresql-client) and the local Keycloak (make keycloak), for the import's token.
# Run it with `make bench`; it prints the figures that docs/benchmarks.md records. It takes about 5 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

for tool in wrk pgbench curl awk; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install wrk postgresql-client" >&2; exit 2; }
done
rows=${BENCH_ROWS:-2700000}
duration=${BENCH_SECONDS:-20}
connections=${BENCH_CONNECTIONS:-32}
http_port=18082 db_port=15442 keycloak_port=18182
source ops/lib/isolated-tierless.sh

echo "# Tierless benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB"
isolated_start TIERLESS_DEMO_DATA_DIR="$PWD/ops/demo"
isolated_wait_for "$app/q/health/ready" 120 "Tierless"
isolated_wait_for "$realm/.well-known/openid-configuration" 300 "Keycloak"

demo_keys="$work/demo-keys.txt"
awk -F, 'NR > 1 { sub(/ /, "%20", $2); print $2 }' ops/demo/onspd_sample_staffs_worcs.csv > "$demo_keys"
lookup() { # label, keys file
  curl -sf "$app/api/v1/places?postcode=$(head -n 1 "$2")" >/dev/null # warm the path
  BENCH_KEYS="$2" wrk -t2 -c"$connections" -d5s -s ops/bench/lookup.lua "$app" >/dev/null
  echo "$1: $(BENCH_KEYS="$2" wrk -t2 -c"$connections" -d"${duration}s" -s ops/bench/lookup.lua "$app" | grep RESULT)"
}
lookup "lookup, 28 thousand postcodes (demo)" "$demo_keys"

echo "generating $rows synthetic postcodes"
awk -v n="$rows" -v seed=1 -v keys="$work/national-keys.txt" -f ops/bench/generate-onspd.awk > "$work/onspd.csv"
start=$(date +%s%N)
# The synthetic directory replaces the demo one whatever its size (BENCH_ROWS may be smaller).
TIERLESS_URL="$app" TIERLESS_REALM_URL="$realm" ALLOW_SHRINK=true \
  ops/import.sh onspd "$work/onspd.csv" >"$work/import.log" 2>&1 || { cat "$work/import.log"; exit 1; }
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "import: $rows rows in $((elapsed_ms / 1000)).$(( (elapsed_ms % 1000) / 100 )) s, $(( rows * 1000 / elapsed_ms )) rows/s (upload, parse, COPY, swap; $(tail -n 1 "$work/import.log"))"
lookup "lookup, $rows postcodes (national size)" "$work/national-keys.txt"

export PGPASSWORD=tierless
pgbench -h localhost -p "$db_port" -U tierless -i -s 10 -q tierless >/dev/null 2>&1
echo "pgbench -S (reference, same PostgreSQL): $(pgbench -h localhost -p "$db_port" -U tierless -S -c "$connections" -j 2 -T "$duration" tierless 2>/dev/null | grep -E 'tps|latency average' | tr '\n' ' ')"
