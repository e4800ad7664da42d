#!/usr/bin/env bash
# What seals cost on a large register (issue 13): the first seal (every
# event read, checked to chain and its 8-byte hash prefix kept), a daily
# seal after 100 more events, the export, and verify with and without the
# seals (their check is a second pass over the events' seq, case, type and
# hash), against the sqlite3 shell reading those columns.
#
#   bash tests/bench/seal_bench.sh PLAINT REGISTER
#
# REGISTER (e.g. a 1,000,000-case demo register, tests/bench/demo_bench.sh)
# is copied first and never changed; the copy and the key go in a temporary
# directory under ${TMPDIR:-/tmp}, deleted at the end.
set -euo pipefail
plaint="$(realpath "$1")"; source_register="$(realpath "$2")"
work="$(mktemp -d "${TMPDIR:-/tmp}/plaint-seal-bench.XXXXXX")"; trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$source_register" reg.db
export PLAINT_REGISTER="$work/reg.db" PLAINT_USER=bench PLAINT_TODAY=2026-11-20 HOME="$work" XDG_CONFIG_HOME="$work/.config"
mkdir -p .config/plaint
"$plaint" seal --new-key seal.pem > .config/plaint/config.toml 2>/dev/null
timed() { local start end; start=$(date +%s%N); "$@"; end=$(date +%s%N); awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f s", (b - a) / 1e9}'; }
"$plaint" verify > /dev/null 2>&1 || true # upgrades nothing (read-only); warms the page cache
echo "verify, no seals: $(timed "$plaint" verify > /dev/null)"
# Peak memory from /proc (no /usr/bin/time needed).
peak_of() { "$@" > /dev/null & local pid=$! peak=0 rss; while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/^VmHWM/ {print $2}' /proc/"$pid"/status 2>/dev/null) && [ -n "$rss" ] && peak=$rss; sleep 0.1; done
  wait "$pid"; echo "peak $((peak / 1024)) MiB"; }
echo "first seal: $(timed peak_of "$plaint" seal)"
echo "events: $(sqlite3 reg.db 'select max(seq) from events'), prefixes: $(sqlite3 reg.db 'select sum(length(prefixes)) from seals') bytes"
for i in $(seq 100); do "$plaint" log --summary "bench $i" > /dev/null; done
echo "daily seal (100 events): $(timed "$plaint" seal > /dev/null)"
echo "export: $(timed "$plaint" seal --export seals.jsonl > /dev/null), $(wc -c < seals.jsonl) bytes"
echo "verify with seals: $(timed "$plaint" verify > /dev/null)"
echo "verify --seals FILE: $(timed "$plaint" verify --seals seals.jsonl > /dev/null)"
echo "sqlite3, seq, case_ref, type, hash of every event: $(timed sh -c 'sqlite3 reg.db "SELECT seq, case_ref, type, hash FROM events ORDER BY seq" > /dev/null')"
