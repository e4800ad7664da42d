#!/usr/bin/env bash
# `plaint verify` and `plaint rebuild` against the reference issue 13 names:
# the sqlite3 shell reading every event, its text hashed by sha256sum.
#
#   bash tests/bench/verify_bench.sh PLAINT REGISTER [RUNS]
#
# REGISTER (e.g. a 1,000,000-case demo register: `plaint demo REGISTER
# --cases 1000000 --seed 1`) is read first to warm the page cache, then the
# reference and verify run in turn RUNS times (default 3), each timed, with
# verify's peak memory; the medians and their ratio are printed.
# rebuild runs once, on a copy under ${TMPDIR:-/tmp} (deleted at the end).
# Targets (issue 13): verify at most 2x the reference's wall time, peak
# memory under 64 MiB; rebuild likewise.
set -euo pipefail
plaint="$(realpath "$1")"; register="$(realpath "$2")"; runs="${3:-3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/plaint-verify-bench.XXXXXX")"; trap 'rm -rf "$work"' EXIT
export PLAINT_USER=bench PLAINT_TODAY=2026-11-20 HOME="$work" XDG_CONFIG_HOME="$work/.config" \
  PLAINT_SYSTEM_CONFIG="$work/no-system-config.toml" TZ=UTC
# "WALL_SECONDS PEAK_KB" of a command: the clock around it, its peak
# resident memory sampled from /proc (no /usr/bin/time needed).
measure() {
  local out="$work/measure" start end
  start=$(date +%s%N)
  "$@" > /dev/null 2> "$work/stderr" &
  local pid=$! peak=0 rss
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/^VmHWM/ {print $2}' /proc/"$pid"/status 2>/dev/null) && [ -n "$rss" ] && peak=$rss
    sleep 0.05
  done
  wait "$pid" || { cat "$work/stderr" >&2; return 1; }
  end=$(date +%s%N)
  awk -v a="$start" -v b="$end" -v p="$peak" 'BEGIN {printf "%.2f %d\n", (b - a) / 1e9, p}'
}
reference() { sqlite3 "$register" 'SELECT * FROM events' | sha256sum; }
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "register: $register, $(sqlite3 "$register" 'SELECT COUNT(*) FROM cases') cases, $(sqlite3 "$register" 'SELECT MAX(seq) FROM events') events, load average $(cut -d' ' -f1 /proc/loadavg)"
cat "$register" > /dev/null # the page cache, for both
refs=(); verifies=()
for run in $(seq "$runs"); do
  read -r wall _ < <(measure reference); refs+=("$wall")
  read -r wall peak < <(measure "$plaint" --register "$register" verify); verifies+=("$wall")
  echo "run $run: reference ${refs[-1]} s; verify $wall s, peak $((peak / 1024)) MiB"
done
ref=$(printf '%s\n' "${refs[@]}" | median); ver=$(printf '%s\n' "${verifies[@]}" | median)
echo "median: reference $ref s, verify $ver s: verify/reference $(awk -v a="$ver" -v b="$ref" 'BEGIN {printf "%.2f", a / b}')x"
cp "$register" "$work/copy.db"
read -r wall peak < <(measure "$plaint" --register "$work/copy.db" rebuild)
echo "rebuild: $wall s, peak $((peak / 1024)) MiB: rebuild/reference $(awk -v a="$wall" -v b="$ref" 'BEGIN {printf "%.2f", a / b}')x; load average $(cut -d' ' -f1 /proc/loadavg)"
