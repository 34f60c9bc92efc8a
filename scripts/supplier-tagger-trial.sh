#!/usr/bin/env bash
# A measured prototype (ADR 0021, round 13): fits a CRF supplier-name tagger on the train splits by
# distant supervision from the gold and prints, per language, how many gold supplier names it finds
# against the rules' proposals: five-fold by passage over train, then trained on all train and
# scored on the dev splits (totals only). Changes no bundled file; never reads eval/corpus/test/.
# -Depochs=N in TRAIN_JAVA_OPTS (default 10).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$root"
exec scripts/run-core-tool.sh \
  org.sightline.core.extract.confidence.tagger.SupplierTaggerTrial \
  core/src/main/resources/org/sightline/core/starter/organizations.csv \
  eval/sightline-gold.jsonl eval/sightline-blind.jsonl eval/corpus/train/en.jsonl \
  eval/corpus/train/es.jsonl eval/corpus/train/fr.jsonl eval/corpus/train/pt.jsonl \
  --dev eval/corpus/dev/en.jsonl --dev eval/corpus/dev/es.jsonl \
  --dev eval/corpus/dev/fr.jsonl --dev eval/corpus/dev/pt.jsonl "$@"
