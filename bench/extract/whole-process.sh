#!/usr/bin/env bash
# Whole-process extraction benchmark (not a test): wall and CPU seconds of one `sightline extract`
# process over many small documents, as a newsroom or a cron job runs it, for one or more
# launchers in the same sitting (interleaved rounds), so an old and a new tree compare fairly.
#
#   bench/extract/whole-process.sh [--docs N] [--corpus FILE.jsonl] [--rounds R] [LAUNCHER ...]
#
# Defaults: 10,000 documents written from the English train and dev passages of eval/corpus
# (repeated), 3 rounds, and this tree's ./sightline. Pass other trees' launchers to compare, e.g.
#   bench/extract/whole-process.sh ./sightline /tmp/old-tree/sightline
# Each launcher is run once before timing (it builds its jar if needed). Needs python3 (to write
# the documents) and GNU time (/usr/bin/time, Debian package `time`).
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
docs=10000
rounds=3
corpora=("$root/eval/corpus/train/en.jsonl" "$root/eval/corpus/dev/en.jsonl")
launchers=()
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --corpus) corpora=("$2"); shift 2 ;;
    -h | --help) sed -n '2,12p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) launchers+=("$(readlink -f "$1")"); shift ;;
  esac
done
[ ${#launchers[@]} -eq 0 ] && launchers=("$root/sightline")

die() { echo "bench/extract: $*" >&2; exit 1; }
command -v python3 >/dev/null || die "python3 not found"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (Debian: apt-get install time)"

work=$(mktemp -d /tmp/sightline-bench-extract.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 - "$work/docs" "$docs" "${corpora[@]}" <<'PY'
import json, os, sys
out, n, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
texts = [json.loads(l)["text"] for f in files for l in open(f, encoding="utf-8") if l.strip()]
os.makedirs(out)
for i in range(n):
    with open(os.path.join(out, "d%06d.txt" % i), "w", encoding="utf-8") as w:
        w.write(texts[i % len(texts)])
PY
bytes=$(cat "$work"/docs/*.txt | wc -c)
echo "whole-process extract: $docs documents, $((bytes / 1000)) kB, $rounds rounds, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

for l in "${launchers[@]}"; do
  (cd "$work" && "$l" extract docs/d000000.txt >/dev/null) || die "$l extract failed"
done
for r in $(seq "$rounds"); do
  for i in "${!launchers[@]}"; do
    (cd "$work" && /usr/bin/time -f "%e %U %S" -o "$work/time" "${launchers[$i]}" extract docs/*.txt \
      >"$work/out-$i.jsonl")
    echo "$i $(cat "$work/time")" >>"$work/times"
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] }'; }
for i in "${!launchers[@]}"; do
  wall=$(awk -v i="$i" '$1 == i { print $2 }' "$work/times" | median)
  cpu=$(awk -v i="$i" '$1 == i { print $3 + $4 }' "$work/times" | median)
  range=$(awk -v i="$i" '$1 == i { print $2 }' "$work/times" | sort -n | sed -n '1p;$p' | paste -sd/)
  printf '%s: wall median %s s (min/max %s), CPU median %s s, %d candidates\n' \
    "${launchers[$i]}" "$wall" "$range" "$cpu" "$(wc -l <"$work/out-$i.jsonl")"
done
