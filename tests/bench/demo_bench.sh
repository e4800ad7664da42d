#!/usr/bin/env bash
# `plaint demo --cases N`: the time to make a demonstration register, run by
# run, with each run's CPU time per thread (reader, two preparers, chainer,
# writer), so that a slow run can be told from a busy machine.
#
#   bash tests/bench/demo_bench.sh [PLAINT] [CASES] [RUNS]
#
# Defaults: build/cmd/plaint, 1000000 cases, 3 runs. Each run makes a new
# register under ${TMPDIR:-/tmp} (about 4 GB at 1,000,000 cases) and deletes
# it. Target (issue #5): 1,000,000 cases in under 60 s.
set -euo pipefail
plaint="${1:-build/cmd/plaint}"
cases="${2:-1000000}"
runs="${3:-3}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/plaint-demo-bench.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
export PLAINT_TODAY=2026-11-20 HOME="$dir"
walls=()
for run in $(seq "$runs"); do
  register="$dir/demo.plaint"
  rm -f "$register" "$register"-*
  start=$(date +%s%N)
  "$plaint" demo "$register" --cases "$cases" --seed 1 >"$dir/out" &
  pid=$!
  # Sample each thread's CPU time (utime + stime, in clock ticks) until the end.
  declare -A ticks=()
  peak=0
  while kill -0 "$pid" 2>/dev/null; do
    for task in /proc/"$pid"/task/*; do
      t=$(awk '{print $14 + $15}' "$task/stat" 2>/dev/null) && [ -n "$t" ] && ticks[${task##*/}]=$t
    done
    rss=$(awk '/^VmHWM/ {print $2}' /proc/"$pid"/status 2>/dev/null) && [ -n "$rss" ] && peak=$rss
    sleep 0.2
  done
  wait "$pid"
  end=$(date +%s%N)
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", (b - a) / 1e9}')
  walls+=("$wall")
  hz=$(getconf CLK_TCK)
  threads=""
  total=0
  for tid in $(printf '%s\n' "${!ticks[@]}" | sort -n); do
    threads+=" $(awk -v t="${ticks[$tid]}" -v hz="$hz" 'BEGIN {printf "%.1f", t / hz}')"
    total=$((total + ticks[$tid]))
  done
  unset ticks
  echo "run $run: ${wall} s wall, CPU $(awk -v t="$total" -v hz="$hz" 'BEGIN {printf "%.1f", t / hz}') s" \
       "(threads, main first:${threads}), peak $((peak / 1024)) MiB, $(du -m "$register" | cut -f1) MB file"
  echo "  $(cat "$dir/out")"
done
printf '%s\n' "${walls[@]}" | sort -n | awk '{w[NR] = $1} END {printf "median of %d runs: %s s (min %s, max %s)\n", NR, w[int((NR + 1) / 2)], w[1], w[NR]}'
