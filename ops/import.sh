#!/usr/bin/env bash
# Uploads a data file to a running Tierless as an import job and shows its progress until it ends.
# Usage: ops/import.sh KIND FILE [SOURCE]   (KIND: onspd, boundaries, addresses, open-uprn, councils)
# ALLOW_SHRINK=true lets the import leave its dataset more than 10% smaller than it is (docs/gazetteer.md).
# Settings (environment): TIERLESS_URL (default http://localhost:8080); TIERLESS_TOKEN (a platform-admin bearer
# token) or, for the local demo realm, TIERLESS_REALM_URL, TIERLESS_ADMIN_USER and TIERLESS_ADMIN_PASSWORD
# (defaults: http://localhost:8180/realms/tierless, platform.admin, demo).
set -euo pipefail

kind=${1:-}
file=${2:-}
source=${3:-}
url=${TIERLESS_URL:-http://localhost:8080}
realm=${TIERLESS_REALM_URL:-http://localhost:8180/realms/tierless}

usage() { echo "Usage: make import-$kind FILE=path/to/file${4:-}" >&2; exit 2; }
[ -n "$kind" ] || { echo "Usage: ops/import.sh KIND FILE [SOURCE]" >&2; exit 2; }
[ -n "$file" ] || usage
[ -f "$file" ] || { echo "No file at $file" >&2; exit 2; }
case "${ALLOW_SHRINK:-}" in
  ""|false) allow_shrink=false ;;
  true) allow_shrink=true ;;
  *) echo "ALLOW_SHRINK is true or false, not '$ALLOW_SHRINK'" >&2; exit 2 ;;
esac
if [ "$kind" = addresses ] && [ -z "$source" ]; then
  echo "An address import replaces one source's rows: give SOURCE=, e.g. make import-addresses FILE=$file SOURCE=tamworth-llpg" >&2
  exit 2
fi

source "$(dirname "$0")/lib/staff-token.sh"
field() { sed -n "s/.*\"$1\":\(\"[^\"]*\"\|[0-9]*\).*/\1/p" | tr -d '"'; }

access=$(staff_token "platform.admin" || true)
[ -n "$access" ] || { echo "Could not get a platform-admin token from $realm (is Tierless's Keycloak running? or set TIERLESS_TOKEN)" >&2; exit 1; }

query="?allowShrink=$allow_shrink"
[ -n "$source" ] && query="$query&source=$source"
echo "Uploading $file ($(du -h "$file" | cut -f1)) as a $kind import"
answer=$(curl -sS --progress-bar -X POST -H "Authorization: Bearer $access" -H "Content-Type: application/octet-stream" \
  --data-binary "@$file" -w '\n%{http_code}' "$url/api/v1/admin/imports/$kind$query")
status=$(echo "$answer" | tail -n 1)
body=$(echo "$answer" | sed '$d')
if [ "$status" != 202 ]; then
  echo "Tierless refused the import ($status): $(echo "$body" | field message)" >&2
  exit 1
fi
id=$(echo "$body" | field id)

while :; do
  job=$(curl -sf -H "Authorization: Bearer $(staff_token platform.admin)" "$url/api/v1/admin/imports/$id")
  state=$(echo "$job" | field state)
  printf '\r%s: %s rows read, %s rejected   ' "$state" "$(echo "$job" | field rowsRead)" "$(echo "$job" | field rejected)"
  [ "$state" = running ] || break
  sleep 1
done
echo
echo "$kind import $id $state: $(echo "$job" | field rowsRead) rows read, $(echo "$job" | field imported) now serving, $(echo "$job" | field rejected) rejected"
message=$(echo "$job" | field message)
[ -n "$message" ] && echo "$message"
rejections=$(echo "$job" | sed 's/},{/}\n{/g' | sed -n 's/.*"line":\([0-9]*\),"reason":"\([^"]*\)".*/  line \1: \2/p' | head -n 20)
[ -n "$rejections" ] && { echo "Rejected rows (first 20; GET $url/api/v1/admin/imports/$id has up to 1000):"; echo "$rejections"; }
[ "$state" = succeeded ]
