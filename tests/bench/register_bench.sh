#!/usr/bin/env bash
# The register at a decade of national volume: fills a register with CASES
# cases (default 1,000,000, over 2016-2025) with plaint_bench_fill, then times
# from process start to answer
#   plaint log --summary ... --complainant ...   (target: under 10 ms)
#   plaint show REF                              (target: under 5 ms)
# against that register and against an empty one, with sqlite3 reading the
# same case and `plaint --version` (start-up alone) as baselines. Usage:
#   tests/bench/register_bench.sh [PATH_TO_PLAINT] [CASES] [RUNS]
# defaults build/cmd/plaint, 1000000, 200. plaint_bench_fill is looked for
# beside it (build/tests/bench). PLAINT_BENCH_REGISTER=FILE keeps the filled
# register in FILE and reuses it when it exists (filling takes minutes; each
# run adds the cases it logs). PLAINT_BENCH_VERIFY=1 also times one
# `plaint verify` of the whole register. Uses hyperfine -N when present
# (PLAINT_BENCH_NO_HYPERFINE=1 forces a bash loop timed with date +%s%N,
# which includes the loop's own fork and exec).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
plaint="$(realpath "${1:-$root/build/cmd/plaint}")"
cases="${2:-1000000}"
runs="${3:-200}"
fill="$(dirname "$plaint")/../tests/bench/plaint_bench_fill"
[ -x "$plaint" ] || { echo "register_bench.sh: no plaint binary at $plaint (run scripts/build.sh)" >&2; exit 2; }
[ -x "$fill" ] || { echo "register_bench.sh: no plaint_bench_fill at $fill (run scripts/build.sh)" >&2; exit 2; }
fill="$(realpath "$fill")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/.config" PLAINT_SYSTEM_CONFIG="$work/none.toml" TZ=UTC LC_ALL=C.UTF-8
export PLAINT_TODAY=2026-11-20 PLAINT_USER=bench
unset PLAINT_REGISTER PLAINT_NOW PLAINT_CONFIG PLAINT_CALENDAR
cd "$work"

big="${PLAINT_BENCH_REGISTER:-$work/big.db}"
if [ ! -e "$big" ]; then
    echo "Filling $big with $cases cases ..." >&2
    start=$(date +%s%N)
    "$fill" "$big" "$cases" 50000 >/dev/null
    echo "filled in $(( ($(date +%s%N) - start) / 1000000000 )) s" >&2
fi
"$plaint" init "$work/empty.db" --organisation "Empty ICB" >/dev/null
"$plaint" --register "$work/empty.db" log --summary first --complainant "A Person" >/dev/null

stored=$(sqlite3 "$big" 'select count(*) from cases')
middle=$(sqlite3 "$big" "select ref from cases where year = 2021 order by number limit 1 offset (select count(*) / 2 from cases where year = 2021)")
[ -n "$middle" ] || { echo "register_bench.sh: $big has no case of 2021" >&2; exit 1; }
"$plaint" --register "$big" show "$middle" | grep -q "^$middle " || { echo "register_bench.sh: show failed" >&2; exit 1; }

# The command lines, quoted as a shell would (hyperfine -N splits them so,
# without running a shell; the bash loop evals them).
q() { printf '%q ' "$@"; }
commands=("$(q "$plaint" --register "$big" log --summary "Waited six weeks" --complainant "A Person" --channel email)"
          "$(q "$plaint" --register "$work/empty.db" log --summary "Waited six weeks" --complainant "A Person" --channel email)"
          "$(q "$plaint" --register "$big" show "$middle")"
          "$(q "$plaint" --register "$work/empty.db" show C-2026-0001)"
          "$(q sqlite3 "$big" "select * from cases where ref = '$middle'")"
          "$(q "$plaint" --version)")
labels=("plaint log, register of $stored cases" "plaint log, register of 1 case"
        "plaint show $middle, register of $stored cases" "plaint show C-2026-0001, register of 1 case"
        "sqlite3 select of $middle (baseline)" "plaint --version (start-up alone)")

if command -v hyperfine >/dev/null && [ -z "${PLAINT_BENCH_NO_HYPERFINE:-}" ]; then
    hyperfine -N --warmup 20 --runs "$runs" --export-json "$work/times.json" "${commands[@]}" >/dev/null 2>&1
    python3 - "$work/times.json" "${labels[@]}" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
for label, r in zip(sys.argv[2:], results):
    print(f"{label:<52} median {r['median'] * 1e3:6.2f} ms  mean {r['mean'] * 1e3:6.2f} ± {r['stddev'] * 1e3:5.2f} ms  "
          f"user+sys {(r['user'] + r['system']) * 1e3:5.2f} ms  (hyperfine, {len(r['times'])} runs)")
PY
else
    # Mean microseconds per run of a command line, over $runs runs after 10 warm-ups.
    mean_us() {
        local start end
        for _ in $(seq 10); do eval "$1" >/dev/null; done
        start=$(date +%s%N)
        for _ in $(seq "$runs"); do eval "$1" >/dev/null; done
        end=$(date +%s%N)
        echo $(( (end - start) / runs / 1000 ))
    }
    ms() { printf '%d.%02d' $(($1 / 1000)) $(($1 % 1000 / 10)); }
    for i in "${!labels[@]}"; do
        printf '%-52s mean %s ms  (bash loop, %d runs)\n' "${labels[$i]}" "$(ms "$(mean_us "${commands[$i]}")")" "$runs"
    done
fi

if [ -n "${PLAINT_BENCH_VERIFY:-}" ]; then
    start=$(date +%s%N)
    "$plaint" --register "$big" verify >"$work/verify.txt"
    printf '%-52s %s s: %s\n' "plaint verify, register of $stored cases" \
        "$(( ($(date +%s%N) - start) / 1000000000 ))" "$(cut -c1-40 "$work/verify.txt")"
fi
