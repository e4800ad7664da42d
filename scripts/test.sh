#!/usr/bin/env bash
# Install what is missing, build, and run every test (unit, CLI, system).
# Run whole (no arguments), it then runs the checked builds (README, "Fuzzing
# and sanitizers"; PLAINT_CHECKED_BUILDS=0 leaves them out): a short smoke of each libFuzzer target
# when clang++-15 is installed (build-fuzz/), and the unit and CLI tests
# built with -fsanitize=address,undefined (build-sanitize/). Arguments go to
# the first ctest only (`scripts/test.sh -R cli:` runs the CLI tests alone).
# PLAINT_FUZZ_SECONDS sets the smoke's time per target (default 20).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
cd "$root/build"
ctest --output-on-failure -j"$(nproc)" "$@"
[ $# -eq 0 ] || exit 0
# The checked builds take about 20 minutes more on 2 cores; CI runs them.
[ "${PLAINT_CHECKED_BUILDS:-1}" = 1 ] || exit 0

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
werror=OFF
[ -n "${CI:-}" ] && werror=ON

if command -v clang++-15 >/dev/null; then
  echo "== libFuzzer smoke (${PLAINT_FUZZ_SECONDS:-20} s per target)"
  "$root/tests/fuzz/run.sh" all "${PLAINT_FUZZ_SECONDS:-20}"
else
  echo "== libFuzzer smoke skipped: clang++-15 is not installed (scripts/setup.sh installs it)"
fi

echo "== unit and CLI tests under AddressSanitizer and UndefinedBehaviorSanitizer"
# Unoptimised, with line tables only: 1.2x the CPU time of the Release build
# to compile, where -O1 with full debug information takes 2.6x. libstdc++'s
# assertions check every container access besides.
cmake -S "$root" -B "$root/build-sanitize" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0" \
      -DCMAKE_CXX_FLAGS="-D_GLIBCXX_ASSERTIONS" -DBUILD_TESTING=ON -DPLAINT_SANITIZE=ON \
      -DPLAINT_WERROR="$werror" "${launcher[@]}" >/dev/null
cmake --build "$root/build-sanitize" --target plaint plaint_unit_tests -j"$(nproc)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$root/build-sanitize" --output-on-failure -j"$(nproc)" -R '^(unit|cli):'
