# Sourced by ops/ scripts that need a Tierless of their own, beside any `make run`: its own data folder, ports and
# Keycloak (a fresh copy of the one `make keycloak` unpacked, so the realm is imported as it is in ops/keycloak).
# Set http_port, db_port and keycloak_port before calling isolated_start; it defines $app, $realm, $work and $pid,
# and stops everything and deletes the folder when the script exits. isolated_stop and isolated_launch restart it.
jar=app/target/quarkus-app/quarkus-run.jar
keycloak_source=$(ls -d "${TIERLESS_DATA_DIR:-.data}"/keycloak/keycloak-*/ 2>/dev/null | tail -n 1)
[ -f "$jar" ] || { echo "No $jar: run 'make build' first." >&2; exit 2; }
[ -n "$keycloak_source" ] || { echo "No Keycloak under .data/keycloak: run 'make keycloak' first." >&2; exit 2; }

work=$(mktemp -d -t tierless-isolated.XXXXXX)
pid=""
isolated_cleanup() {
  isolated_stop
  rm -rf "$work"
}
trap isolated_cleanup EXIT

isolated_start() { # extra environment assignments, e.g. TIERLESS_DEMO_DATA_DIR=...
  app="http://localhost:${http_port}"
  realm="http://localhost:${keycloak_port}/realms/tierless"
  local copy="$work/keycloak/$(basename "$keycloak_source")"
  mkdir -p "$copy"
  (cd "$keycloak_source" && tar --exclude=./data -cf - .) | (cd "$copy" && tar -xf -)
  isolated_env=("$@")
  isolated_launch
}

# Starts the jar (again) on the same folder and ports, with isolated_start's environment; the log is appended to.
isolated_launch() {
  env TIERLESS_DATA_DIR="$work" TIERLESS_DB_PORT="$db_port" QUARKUS_HTTP_PORT="$http_port" \
    TIERLESS_KEYCLOAK_PORT="$keycloak_port" TIERLESS_REALM_FILE="$PWD/ops/keycloak/tierless-realm.json" "${isolated_env[@]}" \
    java $(cat ops/jvm-options) -jar "$jar" >>"$work/app.log" 2>&1 &
  pid=$!
}

# Stops Tierless as a terminal's Ctrl-C would (its embedded PostgreSQL and Keycloak with it) and waits for it.
isolated_stop() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}

isolated_wait_for() { # url, seconds, what
  for _ in $(seq 1 "$2"); do
    curl -sf "$1" >/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { echo "Tierless stopped; its log:" >&2; tail -30 "$work/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "$3 was not ready after $2 s" >&2; tail -30 "$work/app.log" >&2; tail -30 "$work/keycloak/keycloak.log" >&2; exit 1
}
