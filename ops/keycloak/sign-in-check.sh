#!/usr/bin/env bash
# Signs in against the real local Keycloak as a script would: starts Tierless as `make run` does (on its own data
# folder and ports, so it never touches your .data/ or a running make run), waits for Keycloak, takes a token with
# the password grant on the public client tierless-cli, and checks what Tierless makes of it.
# Run it with `make test-keycloak` (which builds the app and fetches Keycloak first).
set -euo pipefail
cd "$(dirname "$0")/../.."

http_port=18081 db_port=15441 keycloak_port=18180
source ops/lib/isolated-tierless.sh

echo "1. Starting Tierless with its own Keycloak on port ${keycloak_port}"
isolated_start
isolated_wait_for "$app/q/health/ready" 120 "Tierless"
echo "2. Waiting for Keycloak's realm (its first start takes a minute)"
isolated_wait_for "$realm/.well-known/openid-configuration" 300 "Keycloak"

echo "3. Password grant as tamworth.caseworker on tierless-cli"
token=$(curl -sf -d grant_type=password -d client_id=tierless-cli -d username=tamworth.caseworker -d password=demo \
  "$realm/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "FAIL: Keycloak gave no token" >&2; exit 1; }

me=$(curl -s -H "Authorization: Bearer $token" "$app/api/v1/me")
echo "   /api/v1/me: $me"
status_own=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$app/api/v1/councils/tamworth/audit-events")
status_other=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$app/api/v1/councils/lichfield/audit-events")
status_none=$(curl -s -o /dev/null -w '%{http_code}' "$app/api/v1/me")
echo "   Tamworth's audit log: $status_own; Lichfield's: $status_other; /api/v1/me without a token: $status_none"

if [[ "$me" == *'"council":"tamworth"'* && "$me" == *'"caseworker"'* && "$status_own" == 200 \
      && "$status_other" == 403 && "$status_none" == 401 ]]; then
  echo "PASS: a Keycloak token for tamworth.caseworker names Tamworth and caseworker, and reaches Tamworth only"
else
  echo "FAIL: see above" >&2
  exit 1
fi
