#!/usr/bin/env bash
# The full-size fuzz: the same FuzzTest that `make test` runs with 2,000 inputs, here with 10,000 (or FUZZ_INPUTS)
# and a seed (FUZZ_SEED, else a new one, printed so that a failure can be repeated). It starts Tierless on the test
# ports (8081, and 8180 for the OIDC stand-in), so it takes the shared test lock when there is one.
# Usage: ops/fuzz/run.sh [inputs] [seed]; it prints the figures that docs/fuzzing.md records.
set -euo pipefail
cd "$(dirname "$0")/../.."

inputs=${1:-${FUZZ_INPUTS:-10000}}
seed=${2:-${FUZZ_SEED:-$(date +%s)}}
log=${FUZZ_LOG:-app/target/fuzz.log}
mkdir -p "$(dirname "$log")"
echo "# Tierless fuzz, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores: $inputs inputs, seed $seed"
status=0
flock /tmp/tierless-test.lock ./mvnw -B --no-transfer-progress test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.inputs="$inputs" -Dfuzz.seed="$seed" >"$log" 2>&1 || status=$?
grep -a '^FuzzTest' "$log" | sort -u
[ "$status" -eq 0 ] && echo "no failures" || echo "FAILED: see $log; repeat with ops/fuzz/run.sh $inputs $seed"
exit "$status"
