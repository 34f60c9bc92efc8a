#!/usr/bin/env bash
# Scores the held-out test split of eval/corpus (issues 14 and 16) once per round, totals only:
# F1, precision, recall, confident candidates on texts that state no transfer, field accuracies.
# Never prints a text or a per-text line. Run by the lead, never by whoever changes rules or models.
# Each language is scored whole and "clean": without the passages whose source url a train or dev
# passage shares (those facts were read while rules were written; eval/corpus/README.md).
#
# Usage: scripts/score-test-split.sh JAR [IDS_FILE...]
#   JAR       the application jar to score (app/target/sightline.jar after `mvn package`)
#   IDS_FILE  each one also scores the subset of test passages whose ids it lists (one per line),
#             e.g. the ids present at the start of the round
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
jar=${1:?usage: score-test-split.sh JAR [IDS_FILE...]}
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
score() {
  java -XX:TieredStopAtLevel=1 -jar "$jar" eval --gold "$1" 2>/dev/null |
    grep -E "^f1=|no transfer: |^  (technologies|year|month|value|financing|status|end user) "
}
for lang in en es fr pt; do
  file=$root/eval/corpus/test/$lang.jsonl
  echo "== $lang (test, all)"
  score "$file"
  python3 - "$root/eval/corpus" "$file" "$tmp/$lang-clean.jsonl" <<'PY'
import glob, json, sys
read = {json.loads(l)["url"] for split in ("train", "dev")
        for f in glob.glob(f"{sys.argv[1]}/{split}/*.jsonl") for l in open(f)}
with open(sys.argv[3], "w") as out:
    out.writelines(l for l in open(sys.argv[2]) if json.loads(l)["url"] not in read)
PY
  echo "== $lang (test, clean: $(wc -l <"$tmp/$lang-clean.jsonl") of $(wc -l <"$file") passages)"
  score "$tmp/$lang-clean.jsonl" | grep -E "^f1=|no transfer: "
  for ids in "$@"; do
    python3 - "$file" "$ids" "$tmp/$lang.jsonl" <<'PY'
import json, sys
keep = set(open(sys.argv[2]).read().split())
with open(sys.argv[3], "w") as out:
    for line in open(sys.argv[1]):
        if json.loads(line)["id"] in keep:
            out.write(line)
PY
    echo "== $lang (test, ids in $(basename "$ids"))"
    score "$tmp/$lang.jsonl" | grep -E "^f1=|no transfer: "
  done
done
