#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: data under /tmp, a free port on 127.0.0.1, trust
# auth, fsync off. Used by .ci/run and by developers who want the PostgreSQL variants of the tests.
#
#   eval "$(scripts/pg-throwaway.sh start)"     # starts it, exports TEST_PG_URL/USER/PASSWORD
#   mvn -B -ntp verify
#   scripts/pg-throwaway.sh stop "$SIGHTLINE_PG_DIR"
#
# `start` prints only `export ...` lines on stdout (progress goes to stderr), so eval is safe.
# As root the server runs as user `postgres` (initdb refuses root); otherwise as you.
set -euo pipefail

DB_NAME=sightline
DB_USER=sightline
DB_PASSWORD=sightline
MARKER=.sightline-throwaway # only directories carrying this file are ever deleted by `stop`

say() { echo "pg-throwaway: $*" >&2; }
die() {
  say "$*"
  exit 1
}

# Debian keeps the server binaries out of PATH; pick the newest installed major version.
# PG_BIN overrides; a PATH lookup covers other systems (Homebrew, distro packages).
find_bin_dir() {
  if [ -n "${PG_BIN:-}" ]; then
    echo "$PG_BIN"
    return
  fi
  local dir
  dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  else
    die "no PostgreSQL server binaries found (Debian: apt-get install postgresql; or set PG_BIN)"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Runs a server binary as the cluster owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin dir port tries=0
  bin=$(find_bin_dir)
  # /tmp, not the checkout: user postgres must be able to reach the directory, and /root is 0700.
  dir=$(mktemp -d "${TMPDIR:-/tmp}/sightline-pg.XXXXXX")
  touch "$dir/$MARKER"
  # A start that fails half-way leaves no server and no directory behind.
  trap 'stop "$dir" 2>/dev/null' EXIT
  mkdir "$dir/data"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || die "user postgres is missing (apt-get install postgresql creates it)"
    chown -R postgres:postgres "$dir"
  fi
  chmod 700 "$dir/data"

  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale \
    >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    die "initdb failed"
  }

  # Take the first port that nothing listens on; if another process grabs it between the
  # check and the bind, pg_ctl fails and we move on to the next one.
  port=${PG_THROWAWAY_PORT:-55433}
  while :; do
    tries=$((tries + 1))
    [ "$tries" -le 50 ] || die "no free port found from ${PG_THROWAWAY_PORT:-55433} upwards"
    if port_in_use "$port"; then
      port=$((port + 1))
      continue
    fi
    # The socket lives in the cluster's own directory so parallel clusters never collide.
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null 2>&1; then
      break
    fi
    if grep -q "could not bind\|Address already in use" "$dir/server.log" 2>/dev/null; then
      port=$((port + 1))
      continue
    fi
    tail -n 20 "$dir/server.log" >&2 || true
    die "PostgreSQL did not start (log: $dir/server.log)"
  done

  # Owner of its database (so it may CREATE SCHEMA there) and CREATEDB for tests that want
  # a database of their own.
  as_owner psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD'" \
    -c "CREATE DATABASE $DB_NAME OWNER $DB_USER" >&2 || die "could not create role/database"

  trap - EXIT
  say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port (dir $dir)"
  echo "export SIGHTLINE_PG_DIR='$dir'"
  echo "export TEST_PG_URL='jdbc:postgresql://127.0.0.1:$port/$DB_NAME'"
  echo "export TEST_PG_USER='$DB_USER'"
  echo "export TEST_PG_PASSWORD='$DB_PASSWORD'"
}

stop() {
  local dir=${1:-${SIGHTLINE_PG_DIR:-}}
  [ -n "$dir" ] || die "usage: $0 stop DIR (the SIGHTLINE_PG_DIR that start printed)"
  [ -f "$dir/$MARKER" ] || die "$dir is not a throwaway cluster made by this script; leaving it alone"
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$(find_bin_dir)/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
      as_owner "$(find_bin_dir)/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  say "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
