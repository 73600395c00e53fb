#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1:55432 for the store's PostgreSQL tests and prints the
# JDBC URL to use. Usage: eval "$(.ci/postgres.sh start)"; .ci/postgres.sh stop
set -euo pipefail
dir=/tmp/paperradar-pg
port=55432
case "${1:-start}" in
  start)
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
    if [ -f "$dir/data/postmaster.pid" ]; then run "$bin/pg_ctl -D $dir/data stop -m fast" >&2 || true; fi
    rm -rf "$dir" && mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    run "$bin/initdb -D $dir/data -A trust -U radar --no-sync" >/dev/null
    run "$bin/pg_ctl -D $dir/data -l $dir/log -w -o \"-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off\" start" >&2
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U radar radar_test
    echo "export RADAR_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$port/radar_test?user=radar'"
    ;;
  stop)
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$bin/pg_ctl -D $dir/data stop -m fast"; else "$bin/pg_ctl" -D "$dir/data" stop -m fast; fi
    ;;
esac
