#!/usr/bin/env bash
# The crash check, long form: concurrent writers against the packaged server, kill -9 after 3-6 s,
# restart, and every acknowledged write looked up by id in the database. Exit 1 on any lost write,
# any identifier handed out twice, or search/figures that disagree with the register after a
# restart. (`mvn verify` runs a three-round form on H2 and PostgreSQL: faults/…/CrashCheckIT.)
#
#   scripts/crash-check.sh                       # 20 rounds on the embedded H2 database
#   scripts/crash-check.sh --db pg               # 20 rounds on a throwaway PostgreSQL
#   scripts/crash-check.sh --db pg --crash-postgres   # ... and kill -9 PostgreSQL in every round too
#   scripts/crash-check.sh --rounds 5 --writers 8     # any option of `crash --help`
#
# For --db pg it uses TEST_PG_URL/TEST_PG_USER/TEST_PG_PASSWORD when set (a fresh schema is made),
# otherwise it starts a throwaway cluster with scripts/pg-throwaway.sh and removes it afterwards.
# Bounded in time: each round writes for at most --max-seconds and a server that does not start
# within three minutes fails the run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

db=h2
crash_pg=no
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; args+=("$1" "$2"); shift 2 ;;
    --crash-postgres) crash_pg=yes; shift ;;
    *) args+=("$1"); shift ;;
  esac
done

echo "crash-check: building the application and the checker…" >&2
(cd "$root" && mvn -B -q -ntp -DskipTests package -pl app,faults -am >/dev/null)

if [ "$db" = pg ]; then
  if [ "$crash_pg" = yes ] || [ -z "${TEST_PG_URL:-}" ]; then
    # Crashing PostgreSQL needs a cluster of our own, never a shared one.
    eval "$(bash "$root/scripts/pg-throwaway.sh" start)"
    trap 'bash "$root/scripts/pg-throwaway.sh" stop "$SIGHTLINE_PG_DIR" >/dev/null 2>&1 || true' EXIT
  fi
  [ "$crash_pg" = no ] || args+=(--crash-postgres "$SIGHTLINE_PG_DIR")
fi

cd "$root"
java -jar faults/target/sightline-faults.jar crash --jar app/target/sightline.jar "${args[@]}"
