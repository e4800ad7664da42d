#!/usr/bin/env bash
# plaint note against plaint log on the same register, in one run: N of each,
# alternating, medians in milliseconds (issue 12: a note costs no more than
# logging a case). Usage: note_bench.sh PLAINT [N] [CASES]
set -euo pipefail
plaint="$(realpath "$1")"; n="${2:-30}"; cases="${3:-20000}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cd "$work"
export PLAINT_REGISTER="$work/reg.db" PLAINT_USER=bench PLAINT_TODAY=2026-11-20
"$plaint" demo --cases "$cases" --seed 1 --organisation Bench >/dev/null 2>&1 || "$plaint" demo --cases "$cases" >/dev/null
ref="$("$plaint" list --format csv | sed -n 2p | cut -d, -f1)"
python3 - "$plaint" "$n" "$ref" <<'PY'
import statistics, subprocess, sys, time
plaint, n, ref = sys.argv[1], int(sys.argv[2]), sys.argv[3]
runs = {"log": [], "note": []}
for i in range(n):
    for name, args in (("log", ["log", "--summary", f"Bench case {i}", "--complainant", "A. Person"]),
                       ("note", ["note", ref, f"Rang the complainant, call {i}"])):
        t = time.perf_counter(); subprocess.run([plaint, *args], check=True, stdout=subprocess.DEVNULL)
        runs[name].append((time.perf_counter() - t) * 1000)
log, note = statistics.median(runs["log"]), statistics.median(runs["note"])
print(f"log {log:.1f} ms, note {note:.1f} ms median of {n}: note/log {note / log:.2f}")
PY
