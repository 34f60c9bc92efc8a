#!/usr/bin/env bash
# Refits extraction's candidate model (ADR 0021) and rewrites the bundled weights,
# core/src/main/resources/org/sightline/core/extract/candidate-model.json.
#
# Fits on the training texts only: the train splits of eval/sightline-gold.jsonl,
# eval/sightline-blind.jsonl and eval/corpus/train/en.jsonl, and those of
# eval/corpus/train/{es,fr,pt}.jsonl (CorpusSplit has the rules). Prints five-fold
# cross-validation by text for each fitting regime compared (ConfidenceTrainer.Regime) with its
# English dev F1, the same for each way of meeting the other languages (TrainingRun.Recipe): fitted
# on all four languages' train splits with the weight of not_in_english then chosen alone on the
# es/fr/pt ones (the default, TrainingRun.RECIPE; ADR 0034 round 9), on all four with no such
# weight, or on English alone with that weight (--fit-english-only, as before round 9); then the
# fit on the training texts and the scores of the refitted model on the development splits
# eval/corpus/dev/{en,es,fr,pt}.jsonl. Never reads
# eval/corpus/test/.
#
# The selection figure (ADR 0021, round 13): --cv-with-dev adds five-fold cross-validation by
# passage over the train and dev splits together, folds by a stable hash of the passage id (a new
# passage joins one fold and moves no other), three fold seeds (-DcvSeeds=N in TRAIN_JAVA_OPTS for
# more); a line per language and es/fr/pt pooled with mean F1, P, R at 0.5, the standard deviation
# over the fifteen folds and over the three seed means, and recall at 0. It reads the dev files
# given with --dev below but prints totals only: no line names or quotes a dev passage. Choose a
# rule or feature change by it: the change must move its line by more than twice the spread of the
# seed means. --learning-curve prints the same cross-validation over the train splits with each
# fold's training part cut to 25, 50, 75 and 100 % of its passages; --compare-fit-with-dev the
# folds of --cv-with-dev fitted on their train passages only against train + dev, scored on the
# held-out dev passages and on the held-out train passages. --quick skips the regimes and recipes
# that are not bundled.
#
# Run it from anywhere after changing the pipeline, the lexicon, the starter organizations or the
# training texts; ConfidenceTrainerTest fails until the bundled file is what this fits. Extra
# arguments go to TrainingRun (e.g. more --report FILE.jsonl). -Ddetails=true in
# TRAIN_JAVA_OPTS prints the development split text by text.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$root"

exec scripts/run-core-tool.sh \
  org.sightline.core.extract.confidence.TrainingRun \
  core/src/main/resources/org/sightline/core/starter/organizations.csv \
  core/src/main/resources/org/sightline/core/extract/candidate-model.json \
  eval/sightline-gold.jsonl eval/sightline-blind.jsonl eval/corpus/train/en.jsonl \
  --other-language eval/corpus/train/es.jsonl --other-language eval/corpus/train/fr.jsonl \
  --other-language eval/corpus/train/pt.jsonl \
  --report eval/corpus/dev/en.jsonl --report eval/corpus/dev/es.jsonl \
  --report eval/corpus/dev/fr.jsonl --report eval/corpus/dev/pt.jsonl \
  --dev eval/corpus/dev/en.jsonl --dev eval/corpus/dev/es.jsonl \
  --dev eval/corpus/dev/fr.jsonl --dev eval/corpus/dev/pt.jsonl "$@"
