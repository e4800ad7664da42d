#!/usr/bin/env bash
# Start-up time: `plaint --version` and `plaint calendar add 2024-03-30 3`,
# from process start to answer, in an empty HOME (no configuration read).
#   bash tests/bench/startup.sh [PATH_TO_PLAINT] [RUNS]
# Defaults build/cmd/plaint and 1000 runs. With hyperfine (no shell, 50
# warm-ups) when installed, else a bash loop timed with date +%s%N, shown
# also net of the loop's cost for /bin/true (PLAINT_BENCH_NO_HYPERFINE=1
# forces the loop). With valgrind installed it also prints the instructions
# each command executes, a count that does not depend on the machine's load.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
plaint="$(realpath "${1:-$root/build/cmd/plaint}")"
runs="${2:-1000}"
[ -x "$plaint" ] || { echo "startup.sh: no plaint binary at $plaint (run scripts/build.sh)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/.config" PLAINT_SYSTEM_CONFIG="$work/none.toml" TZ=UTC LC_ALL=C.UTF-8
unset PLAINT_REGISTER PLAINT_TODAY PLAINT_NOW PLAINT_CONFIG PLAINT_CALENDAR
cd "$work"
commands=("$plaint --version" "$plaint calendar add 2024-03-30 3")

if command -v hyperfine >/dev/null && [ -z "${PLAINT_BENCH_NO_HYPERFINE:-}" ]; then
    hyperfine -N --warmup 50 --runs "$runs" --export-json "$work/times.json" "${commands[@]}" >/dev/null 2>&1
    python3 - "$work/times.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    name = r["command"].split("/")[-1]
    print(f"{name:<40} median {r['median'] * 1e3:6.2f} ms  mean {r['mean'] * 1e3:6.2f} ± {r['stddev'] * 1e3:5.2f} ms  "
          f"user+sys {(r['user'] + r['system']) * 1e3:5.2f} ms  (hyperfine, {len(r['times'])} runs)")
PY
else
    mean_us() {
        local start end
        for _ in $(seq 50); do $1 >/dev/null; done
        start=$(date +%s%N)
        for _ in $(seq "$runs"); do $1 >/dev/null; done
        end=$(date +%s%N)
        echo $(( (end - start) / runs / 1000 ))
    }
    base=$(mean_us /bin/true)
    for c in "${commands[@]}"; do
        us=$(mean_us "$c")
        printf '%-40s mean %d us, net of the loop %d us  (bash loop, %d runs)\n' "${c##*/}" "$us" $((us - base)) "$runs"
    done
fi

if command -v valgrind >/dev/null; then
    for c in "${commands[@]}"; do
        n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $c 2>&1 >/dev/null | sed -n 's/.*Collected : //p')
        printf '%-40s %s instructions (callgrind, loader included)\n' "${c##*/}" "$n"
    done
fi
