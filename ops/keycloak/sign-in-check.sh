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
# From 127.0.0.1, not localhost: Keycloak's fixed hostname gives the token the issuer Tierless expects.
token=$(curl -sf -d grant_type=password -d client_id=tierless-cli -d username=tamworth.caseworker -d password=demo \
  "http://127.0.0.1:${keycloak_port}/realms/tierless/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "FAIL: Keycloak gave no token" >&2; exit 1; }

echo "4. The staff sign-in on port ${http_port}: Keycloak accepts the redirect back to it"
login=$(curl -s -o /dev/null -w '%{http_code}' "$realm/protocol/openid-connect/auth?client_id=tierless-web&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A${http_port}%2Fstaff")
echo "   Keycloak's login page for tierless-web: $login"
echo "   What Tierless logged about OIDC at start:"
grep -i 'oidc\|sign-in' "$work/app.log" | cut -c1-200 | sed 's/^/     /' || true

me=$(curl -s -H "Authorization: Bearer $token" "$app/api/v1/me")
echo "   /api/v1/me: $me"
status_own=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$app/api/v1/councils/tamworth/audit-events")
status_other=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$app/api/v1/councils/lichfield/audit-events")
status_none=$(curl -s -o /dev/null -w '%{http_code}' "$app/api/v1/me")
echo "   Tamworth's audit log: $status_own; Lichfield's: $status_other; /api/v1/me without a token: $status_none"

if [[ "$me" == *'"council":"tamworth"'* && "$me" == *'"caseworker"'* && "$status_own" == 200 \
      && "$status_other" == 403 && "$status_none" == 401 && "$login" == 200 ]]; then
  echo "PASS: a Keycloak token for tamworth.caseworker (from 127.0.0.1) names Tamworth and caseworker, and reaches"
  echo "      Tamworth only; Keycloak sends staff back to port ${http_port}"
else
  echo "FAIL: see above" >&2
  exit 1
fi
