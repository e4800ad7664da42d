#!/usr/bin/env bash
# Runs plaint's libFuzzer targets (README.md, "Fuzzing and sanitizers").
#
#     tests/fuzz/run.sh TARGET|all SECONDS [LIBFUZZER-OPTION...]
#
# Builds them first when needed (clang++-15 and libfuzzer-15-dev, in
# build-fuzz/), then runs each target for SECONDS from its committed seed
# corpus tests/fuzz/corpus/TARGET/ (never written to: what the run finds
# goes to build-fuzz/fuzz-corpus/TARGET/), and prints the executions it
# reached. A crash, a leak, a sanitizer report, an escaped exception or a
# hang (over 60 s for one input, wall clock) fails the run; the input is kept in
# build-fuzz/fuzz-artifacts/TARGET/ and libFuzzer's report is printed.
# Exit status: 0 when every target ran clean, 1 on a finding, 2 on misuse.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${PLAINT_FUZZ_BUILD:-$root/build-fuzz}"
targets=(procedure config govuk dates letter_template)

usage() { echo "usage: tests/fuzz/run.sh TARGET|all SECONDS [LIBFUZZER-OPTION...] (targets: ${targets[*]})" >&2; exit 2; }
[ $# -ge 2 ] || usage
which="$1" seconds="$2"
shift 2
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || usage
if [ "$which" = all ]; then
  chosen=("${targets[@]}")
else
  [[ " ${targets[*]} " == *" $which "* ]] || usage
  chosen=("$which")
fi

compiler="${PLAINT_FUZZ_CXX:-clang++-15}"
command -v "$compiler" >/dev/null || { echo "tests/fuzz/run.sh: $compiler not found (apt-get install clang-15 libfuzzer-15-dev)" >&2; exit 2; }
if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DPLAINT_FUZZ=ON \
        -DCMAKE_CXX_COMPILER="$compiler" "${launcher[@]}" >/dev/null
fi
cmake --build "$build" --target fuzz_targets -- -j"$(nproc)" >"$build/fuzz-build.log" 2>&1 ||
  { cat "$build/fuzz-build.log" >&2; echo "tests/fuzz/run.sh: build failed" >&2; exit 1; }

status=0
for target in "${chosen[@]}"; do
  work="$build/fuzz-corpus/$target" artifacts="$build/fuzz-artifacts/$target" log="$build/fuzz-$target.log"
  mkdir -p "$work" "$artifacts"
  options=(-max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$artifacts/")
  [ -f "$here/$target.dict" ] && options+=(-dict="$here/$target.dict")
  if "$build/tests/fuzz/fuzz_$target" "${options[@]}" "$@" "$work" "$here/corpus/$target" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    inputs=$(find "$work" "$here/corpus/$target" -type f | wc -l)
    echo "fuzz $target: ${runs:-?} executions in ${seconds} s (${rate:-?}/s), corpus $inputs inputs, 0 crashes"
  else
    status=1
    echo "fuzz $target: FAILED (log $log, inputs kept in $artifacts)"
    grep -E '^(==[0-9]+==|plaint fuzz:|SUMMARY:|.*runtime error:|artifact_prefix|Test unit written)' "$log" | head -40 || true
  fi
done
exit $status
