#!/usr/bin/env bash
# make restore: a make backup archive into a PostgreSQL that has no Tierless database yet (a fresh instance, or
# one whose database was dropped with Tierless stopped). Usage: ops/backup/restore.sh <file>.
# The application's role (TIERLESS_DB_ROLE, default tierless) is a cluster-wide object, not in the archive: create
# it first with the password Tierless is given. Connection as for make backup; docs/operations.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
. ops/backup/pg-client.sh

file=${1:?usage: $0 <backup file> (make restore FILE=...)}
[ -f "$file" ] || { echo "No backup file $file" >&2; exit 2; }
role=${TIERLESS_DB_ROLE:-tierless}
pg_restore=$(pg_client_for_server pg_restore)
psql=$(pg_client psql)
query() { "$psql" -X -At -d "${2:-postgres}" -v ON_ERROR_STOP=1 -c "$1"; }

if [ -n "$(query "select 1 from pg_database where datname = '$database'")" ]; then
  echo "PostgreSQL at $PGHOST:$PGPORT already has a database $database: restore into a fresh instance, or stop" \
    "Tierless and drop it first (dropdb $database). Nothing was changed." >&2
  exit 1
fi
if [ -z "$(query "select 1 from pg_roles where rolname = '$role'")" ]; then
  echo "PostgreSQL at $PGHOST:$PGPORT has no role $role, which owns the tables: create it first" \
    "(create role $role login password '...'), with the password Tierless is given. Nothing was changed." >&2
  exit 1
fi
# --create makes the database as it was dumped (owner, settings), then fills it; any error stops the restore.
"$pg_restore" --create --exit-on-error --no-password --dbname=postgres "$file"
echo "Restored $file into $database at $PGHOST:$PGPORT: $(query "select count(*) from pg_tables where schemaname = 'public'" "$database") tables"
