#!/usr/bin/env bash
# plaint's main job, the morning run, on a demonstration register: what is
# overdue or due soon, and how one deadline was worked out.
set -euo pipefail
plaint="${1:-plaint}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PLAINT_TODAY="${PLAINT_TODAY:-2026-11-20}" PLAINT_REGISTER="$work/demo.plaint" HOME="$work"
"$plaint" demo --cases 2000 --seed 1
echo
echo "== plaint due (as of $PLAINT_TODAY)"
"$plaint" due --format table
first="$("$plaint" due --overdue --format tsv | awk -F'\t' 'NR == 2 { print $1 }')"
if [ -n "$first" ]; then
  echo
  echo "== plaint explain $first"
  "$plaint" explain "$first"
fi
