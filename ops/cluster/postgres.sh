# Sourced by ops/cluster/cluster.sh: a PostgreSQL of the run's own, from the binaries the embedded default runs
# (zonky's archive among the built jar's libraries), so that it can be stopped and started while the instances run.
# Durable as the embedded one (fsync, synchronous commit, full page writes). Set pg_home (a folder) and pg_port
# first. As root, PostgreSQL's tools refuse to run: they run in a user namespace (unshare -U), as zonky does.
pg_cluster="$pg_home/data"
pg_log="$pg_home/postgres.log"
pg_as_user=()
[ "$(id -u)" = 0 ] && pg_as_user=(unshare -U)

pg_unpack() {
  local arch archive binaries
  case "$(uname -m)" in
    x86_64) arch=amd64; archive=postgres-linux-x86_64.txz ;;
    aarch64) arch=arm64v8; archive=postgres-linux-arm_64.txz ;;
    *) echo "No PostgreSQL binaries for $(uname -m) among the app's libraries" >&2; return 2 ;;
  esac
  binaries=$(ls "$PWD"/app/target/quarkus-app/lib/main/io.zonky.test.postgres.embedded-postgres-binaries-linux-"$arch"-*.jar 2>/dev/null | tail -n 1)
  [ -n "$binaries" ] || { echo "No PostgreSQL binaries in app/target/quarkus-app/lib/main: run 'make build' first." >&2; return 2; }
  (cd "$pg_home" && jar xf "$binaries" "$archive" && tar -xJf "$archive" && rm "$archive")
}

# A new cluster with the application's role and database (as EmbeddedDatabase makes them), set up in single-user
# mode so that no SQL client is needed. Local connections are trusted: the cluster lives for one run, on localhost.
pg_init() {
  "${pg_as_user[@]}" "$pg_home/bin/initdb" -D "$pg_cluster" -U postgres -A trust -E UTF8 --locale=C >"$pg_log" 2>&1
  cat >>"$pg_cluster/postgresql.conf" <<EOF
port = $pg_port
listen_addresses = 'localhost'
unix_socket_directories = '$pg_home'
max_connections = 200
fsync = on
synchronous_commit = on
full_page_writes = on
EOF
  "${pg_as_user[@]}" "$pg_home/bin/postgres" --single -D "$pg_cluster" postgres >>"$pg_log" 2>&1 <<EOF
create role tierless login nosuperuser nobypassrls password 'tierless'
create database tierless owner tierless
EOF
}

pg_start() {
  "${pg_as_user[@]}" "$pg_home/bin/pg_ctl" -D "$pg_cluster" -l "$pg_log" -w -t 60 start >/dev/null
}

pg_stop() { # mode: fast (clients cut off, a clean shutdown) or immediate (as a crash: recovery on the next start)
  "${pg_as_user[@]}" "$pg_home/bin/pg_ctl" -D "$pg_cluster" -m "$1" -w -t 60 stop >/dev/null
}

pg_running() {
  "${pg_as_user[@]}" "$pg_home/bin/pg_ctl" -D "$pg_cluster" status >/dev/null 2>&1
}
