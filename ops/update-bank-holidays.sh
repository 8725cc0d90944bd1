#!/usr/bin/env bash
# Refreshes app/src/main/resources/calendar/bank-holidays-england-and-wales.txt from GOV.UK's published list.
# Needs curl, python3 and internet access; review the difference, then commit it.
set -euo pipefail
target="$(dirname "$0")/../app/src/main/resources/calendar/bank-holidays-england-and-wales.txt"
json=$(curl -sSf https://www.gov.uk/bank-holidays.json)
{
  sed -n '/^#/p' "$target"
  python3 -c 'import json,sys; [print(e["date"]) for e in json.load(sys.stdin)["england-and-wales"]["events"]]' <<<"$json"
} > "$target.new"
mv "$target.new" "$target"
echo "Updated $target: $(grep -vc '^#' "$target") dates. Review with git diff, then commit."
