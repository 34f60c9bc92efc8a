#!/usr/bin/env bash
# The crash check (issue 9): concurrent writers, kill -9, restart, every acknowledged write looked
# up in the database. The same as `scripts/fault-check.sh crash`; see that script for the options.
exec "$(dirname "${BASH_SOURCE[0]}")/fault-check.sh" crash "$@"
