#!/usr/bin/env bash
# make backup: the Tierless database as one pg_dump archive (custom format: compressed, restorable table by table
# with pg_restore). Usage: ops/backup/backup.sh [file]; default $TIERLESS_DATA_DIR/backups/tierless-<UTC time>.dump.
# Connection: PGHOST, PGPORT, PGUSER, PGPASSWORD (ops/backup/pg-client.sh); docs/operations.md, Backup and restore.
set -euo pipefail
cd "$(dirname "$0")/../.."
. ops/backup/pg-client.sh

file=${1:-${TIERLESS_DATA_DIR:-.data}/backups/tierless-$(date -u +%Y%m%dT%H%M%SZ).dump}
pg_dump=$(pg_client_for_server pg_dump)
pg_restore=$(pg_client pg_restore)
mkdir -p "$(dirname "$file")"
# Written beside the target and renamed when complete: a failed dump never looks like a backup.
"$pg_dump" --format=custom --no-password --dbname="$database" --file="$file.partial"
"$pg_restore" --list "$file.partial" > /dev/null
mv "$file.partial" "$file"
echo "Backup of $database at $PGHOST:$PGPORT: $file ($(du -h "$file" | cut -f1), $("$pg_dump" --version))"
