#!/usr/bin/env bash
# A council's services as a file, against a running Tierless (docs/administration.md, "API and files").
# Usage: ops/tenants.sh export COUNCIL   writes the live services.yaml to tenants/COUNCIL/services.yaml (or OUT=)
#        ops/tenants.sh apply COUNCIL    shows what tenants/COUNCIL/services.yaml (or FILE=) would change, asks,
#                                        then publishes each changed service (YES=1 applies without asking)
# Settings (environment): TIERLESS_URL (default http://localhost:8080); TIERLESS_TOKEN (a bearer token of one of the
# council's tenant administrators) or, for the local demo realm, TIERLESS_REALM_URL, TIERLESS_ADMIN_USER and
# TIERLESS_ADMIN_PASSWORD (defaults: http://localhost:8180/realms/tierless, COUNCIL.admin, demo).
set -euo pipefail

action=${1:-}
council=${2:-}
url=${TIERLESS_URL:-http://localhost:8080}
realm=${TIERLESS_REALM_URL:-http://localhost:8180/realms/tierless}

case "$action" in
  export|apply) ;;
  *) echo "Usage: ops/tenants.sh export|apply COUNCIL" >&2; exit 2 ;;
esac
[ -n "$council" ] || { echo "Name the council: make tenants-$action COUNCIL=lichfield" >&2; exit 2; }
[[ "$council" =~ ^[a-z0-9-]+$ ]] || { echo "'$council' is not a council's slug (lower-case letters, digits, hyphens)" >&2; exit 2; }
endpoint="$url/api/v1/councils/$council/services.yaml"

source "$(dirname "$0")/lib/staff-token.sh"
access=$(staff_token "$council.admin" || true)
[ -n "$access" ] || { echo "Could not get a token for ${TIERLESS_ADMIN_USER:-$council.admin} from $realm (is Tierless's Keycloak running? or set TIERLESS_TOKEN)" >&2; exit 1; }

answer=$(mktemp)
trap 'rm -f "$answer"' EXIT
# call METHOD URL [curl options...]: the status; the body is in $answer
call() {
  local method=$1 target=$2; shift 2
  curl -sS -o "$answer" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $access" "$@" "$target"
}
refused() { # what Tierless said, for a person: its message and each field at fault
  echo "Tierless refused ($1): $(sed -n 's/^{"error":"[^"]*","message":"\([^"]*\)".*/\1/p' "$answer")" >&2
  { cat "$answer"; echo; } | sed 's/},{/}\n{/g' | sed -n 's/.*"field":"\([^"]*\)","message":"\([^"]*\)".*/  \1: \2/p' >&2
  exit 1
}

if [ "$action" = export ]; then
  out=${OUT:-tenants/$council/services.yaml}
  status=$(call GET "$endpoint")
  [ "$status" = 200 ] || refused "$status"
  mkdir -p "$(dirname "$out")"
  cp "$answer" "$out"
  echo "Wrote $council's live services to $out"
  exit 0
fi

file=${FILE:-tenants/$council/services.yaml}
[ -f "$file" ] || { echo "No file at $file" >&2; exit 2; }
status=$(call POST "$endpoint?dryRun=true" -H "Content-Type: text/yaml" --data-binary "@$file")
[ "$status" = 200 ] || refused "$status"
cat "$answer"
if head -n 1 "$answer" | grep -q '^No changes'; then
  exit 0
fi
if [ "${YES:-}" != 1 ]; then
  if [ ! -t 0 ]; then
    echo "Not applied: run with YES=1 to apply without being asked." >&2
    exit 1
  fi
  read -r -p "Publish these changes to $council's services? [y/N] " reply
  [[ "$reply" =~ ^[yY] ]] || { echo "Not applied."; exit 1; }
fi
status=$(call POST "$endpoint" -H "Content-Type: text/yaml" --data-binary "@$file")
[ "$status" = 200 ] || refused "$status"
echo "Published:"
{ cat "$answer"; echo; } | sed 's/},{/}\n{/g' | while IFS= read -r item; do
  service=$(echo "$item" | sed -n 's/.*"service":"\([^"]*\)".*/\1/p')
  [ -n "$service" ] || continue
  withdrawn=$(echo "$item" | grep -q '"offered":false' && echo ", withdrawn" || true)
  echo "  $service: version $(echo "$item" | sed -n 's/.*"version":\([0-9]*\).*/\1/p')$withdrawn"
done
