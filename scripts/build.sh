#!/usr/bin/env bash
# Configures and builds plaint into build/ (Release). Warnings are errors
# when CI is set, as in CI.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
werror=OFF
[ -n "${CI:-}" ] && werror=ON
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON \
      -DPLAINT_WERROR="$werror" >/dev/null
cmake --build "$root/build" -j"$(nproc)"
