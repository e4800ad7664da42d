#!/usr/bin/env bash
# `plaint due --format json` against the sqlite3 command line running the
# equivalent queries (same rows, same order: the running clocks due by the
# window, then the waiting ones) on a demonstration register.
#
#   bash tests/bench/due_bench.sh [PLAINT] [CASES] [REGISTER]
#
# Defaults: build/cmd/plaint, 1000000 cases, a register under /tmp kept for
# reuse (creating a million-case register takes minutes). Needs hyperfine.
set -euo pipefail
plaint="${1:-build/cmd/plaint}"
cases="${2:-1000000}"
register="${3:-/tmp/plaint-bench-due-$cases.plaint}"
export PLAINT_TODAY=2026-11-20 HOME="${TMPDIR:-/tmp}"
if [ ! -e "$register" ]; then
  /usr/bin/time -f "demo: %e s, %M KiB" "$plaint" demo "$register" --cases "$cases" --seed 1
fi
window="$("$plaint" calendar add "$PLAINT_TODAY" 5)"
query="SELECT k.case_ref AS reference, k.clock, k.title, k.due, k.status, k.warning, k.start, c.state, c.kind,
  c.procedure, c.owner, c.provider, k.next_step FROM clocks k JOIN cases c ON c.ref = k.case_ref
  WHERE k.stopped_on IS NULL AND k.status = 'open' AND k.due <= '$window'
  ORDER BY k.due, c.year, c.number, k.clock;
  SELECT k.case_ref AS reference, k.clock, k.title, k.due, k.status, k.warning, k.start, c.state, c.kind,
  c.procedure, c.owner, c.provider, k.next_step, k.waiting_for, k.waiting_since FROM clocks k
  JOIN cases c ON c.ref = k.case_ref WHERE k.stopped_on IS NULL AND k.status = 'waiting'
  ORDER BY c.year, c.number, k.clock"
echo "open cases: $(sqlite3 "$register" "SELECT count(*) FROM cases WHERE closed_on IS NULL")," \
     "rows: $("$plaint" --register "$register" due --format ndjson | wc -l)"
hyperfine -N -w 3 -r 20 \
  "$plaint --register $register due --format json" \
  "sqlite3 -json $register \"$query\""
