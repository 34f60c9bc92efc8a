#!/usr/bin/env bash
# Fault checks against the packaged server, run as users run it (separate processes, real HTTP,
# real crashes). `mvn verify` runs a short form of each (faults/src/test); this runs the long one.
#
#   scripts/fault-check.sh crash                          # 20 rounds of writers + kill -9 on H2
#   scripts/fault-check.sh crash --db pg [--crash-postgres]   # on PostgreSQL (and kill it too)
#   scripts/fault-check.sh load --db pg                   # 64 connections of mixed reads, 60 s
#   scripts/fault-check.sh outage                         # PostgreSQL stopped for 10 s under readers
#   scripts/fault-check.sh CHECK --help                   # every option
#
# --db pg uses TEST_PG_URL/TEST_PG_USER/TEST_PG_PASSWORD when set (a fresh schema is made);
# otherwise, and always for `outage` and `--crash-postgres` (they stop or kill the server), it
# starts a throwaway cluster with scripts/pg-throwaway.sh and removes it afterwards.
# Each check is bounded in time: a server that does not start within three minutes fails it.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

check=${1:-}
case "$check" in
  crash | load | outage | writes) shift ;;
  *)
    echo "usage: $0 crash|load|outage|writes [options]   (see the comment at the top)" >&2
    exit 2
    ;;
esac

db=h2
own_cluster=no
[ "$check" = outage ] && own_cluster=yes
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; args+=("$1" "$2"); shift 2 ;;
    --crash-postgres) own_cluster=yes; args+=("$1"); shift ;;
    *) args+=("$1"); shift ;;
  esac
done

echo "fault-check: building the application and the checks…" >&2
(cd "$root" && mvn -B -q -ntp -DskipTests package -pl app,faults -am >/dev/null)

if [ "$own_cluster" = yes ] || { [ "$db" = pg ] && [ -z "${TEST_PG_URL:-}" ]; }; then
  eval "$(bash "$root/scripts/pg-throwaway.sh" start)"
  trap 'bash "$root/scripts/pg-throwaway.sh" stop "$SIGHTLINE_PG_DIR" >/dev/null 2>&1 || true' EXIT
fi
# The checks that stop or kill PostgreSQL are told which cluster is theirs.
if [ "$check" = outage ]; then
  args+=(--cluster "$SIGHTLINE_PG_DIR" --pg-url "$TEST_PG_URL")
fi
for i in "${!args[@]}"; do
  [ "${args[$i]}" = --crash-postgres ] && args[$i]="--crash-postgres=$SIGHTLINE_PG_DIR"
done

cd "$root"
java -jar faults/target/sightline-faults.jar "$check" --jar app/target/sightline.jar "${args[@]}"
