# Sourced by ops/backup/*.sh: finds a PostgreSQL client tool at least as new as the server it talks to (pg_dump
# refuses an older one, pg_restore may fail on a newer archive). The server is the one of the libpq variables
# (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass); by default make run's embedded one: localhost, port
# TIERLESS_DB_PORT (15432), its superuser postgres. A superuser (or a role with BYPASSRLS) is needed: the tables
# are under row-level security, and a dump that it filtered would be silently incomplete.
export PGHOST=${PGHOST:-localhost}
export PGPORT=${PGPORT:-${TIERLESS_DB_PORT:-15432}}
export PGUSER=${PGUSER:-postgres}
database=${TIERLESS_DB_NAME:-tierless}

# The newest of PG_BIN, Debian's side-by-side versions and the PATH that has the tool: prints its path.
pg_client() {
  local tool=$1 candidate best="" best_major=0 major
  for candidate in ${PG_BIN:+"$PG_BIN/$tool"} /usr/lib/postgresql/*/bin/"$tool" "$(command -v "$tool" || true)"; do
    [ -x "$candidate" ] || continue
    major=$("$candidate" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')
    if [ "$major" -gt "$best_major" ]; then best=$candidate best_major=$major; fi
  done
  [ -n "$best" ] || { echo "No $tool here: install PostgreSQL's client tools (Debian: apt-get install postgresql-client), or set PG_BIN" >&2; return 1; }
  echo "$best"
}

# Fails with what to install when the client is older than the server.
pg_client_for_server() {
  local tool client psql server_major client_major
  tool=$1
  client=$(pg_client "$tool") || return 1
  psql=$(pg_client psql) || return 1
  server_major=$("$psql" -X -At -d postgres -c "select current_setting('server_version_num')::int / 10000") || {
    echo "Cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER (set PGHOST, PGPORT, PGUSER, PGPASSWORD)" >&2; return 1; }
  client_major=$("$client" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')
  if [ "$client_major" -lt "$server_major" ]; then
    echo "$tool $client_major ($client) is older than the server's PostgreSQL $server_major at $PGHOST:$PGPORT:" \
      "install PostgreSQL $server_major's client tools (postgresql-client-$server_major from the PostgreSQL project's" \
      "apt repository) and set PG_BIN to their bin folder. docs/operations.md, Backup and restore." >&2
    return 1
  fi
  echo "$client"
}
