#!/usr/bin/env bash
# Recomputes the board's request rollups from the requests, council by council (docs/reports.md), on a running
# Tierless, and prints each council's totals.
# Settings (environment): TIERLESS_URL (default http://localhost:8080); TIERLESS_TOKEN (a platform-admin bearer
# token) or, for the local demo realm, TIERLESS_REALM_URL, TIERLESS_ADMIN_USER and TIERLESS_ADMIN_PASSWORD
# (defaults: http://localhost:8180/realms/tierless, platform.admin, demo).
set -euo pipefail

url=${TIERLESS_URL:-http://localhost:8080}
realm=${TIERLESS_REALM_URL:-http://localhost:8180/realms/tierless}

source "$(dirname "$0")/lib/staff-token.sh"
access=$(staff_token "platform.admin" || true)
[ -n "$access" ] || { echo "Could not get a platform-admin token from $realm (is Tierless's Keycloak running? or set TIERLESS_TOKEN)" >&2; exit 1; }

answer=$(mktemp)
trap 'rm -f "$answer"' EXIT
status=$(curl -sS -o "$answer" -w '%{http_code}' -X POST -H "Authorization: Bearer $access" \
  -H 'Content-Type: application/json' -d '{}' "$url/api/v1/admin/report-rollups/rebuild")
if [ "$status" != 200 ]; then
  echo "Tierless refused the rebuild ($status): $(cat "$answer")" >&2
  exit 1
fi
# One line per council: its received, closed and handed-over totals after the rebuild.
tr '{' '\n' < "$answer" | sed -n 's/.*"council":"\([^"]*\)","received":\([0-9]*\),"closed":\([0-9]*\),"handedOver":\([0-9]*\).*/\1: \2 received, \3 closed, \4 handed over/p'
