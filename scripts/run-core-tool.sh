#!/usr/bin/env bash
# Runs a main class of core (a training or measuring tool, ADR 0021) on core's own classpath, where
# Tribuo is: it is an optional dependency of core, in no application jar. JVM options come from
# TRAIN_JAVA_OPTS. Used by train-candidate-model.sh and supplier-tagger-trial.sh.
#
# Usage: scripts/run-core-tool.sh MAIN_CLASS [ARG...]   (run from the repository root)
set -euo pipefail
main=${1:?usage: run-core-tool.sh MAIN_CLASS [ARG...]}
shift
mvn -B -q -ntp -pl core compile dependency:build-classpath \
  -Dmdep.outputFile=target/train-classpath.txt </dev/null
# shellcheck disable=SC2086
exec java ${TRAIN_JAVA_OPTS:-} -cp "core/target/classes:$(cat core/target/train-classpath.txt)" \
  "$main" "$@"
