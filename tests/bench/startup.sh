#!/usr/bin/env bash
# Times plaint from process start to answer for `plaint --version` and
# `plaint calendar add 2024-03-30 3` (target: under 5 ms each).
# Usage: tests/bench/startup.sh [PATH_TO_PLAINT] [RUNS]
# Uses hyperfine (Debian: hyperfine) when present, without a shell in between;
# otherwise a loop of RUNS runs timed with `date +%s%N` (which then includes
# bash's fork and exec, so reads a little high; set PLAINT_BENCH_NO_HYPERFINE=1
# to force it). Runs in an empty HOME so that
# no user or system configuration is read.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
plaint="$(realpath "${1:-$root/build/cmd/plaint}")"
runs="${2:-1000}"
[ -x "$plaint" ] || { echo "startup.sh: no plaint binary at $plaint (run scripts/build.sh)" >&2; exit 2; }

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" PLAINT_SYSTEM_CONFIG="$home/none.toml" TZ=UTC LC_ALL=C.UTF-8
cd "$home"

commands=("$plaint --version" "$plaint calendar add 2024-03-30 3")
[ "$("$plaint" calendar add 2024-03-30 3)" = 2024-04-04 ] || { echo "startup.sh: wrong answer" >&2; exit 1; }

if command -v hyperfine >/dev/null && [ -z "${PLAINT_BENCH_NO_HYPERFINE:-}" ]; then
    hyperfine -N --warmup 50 --runs "$runs" --export-json "$home/times.json" "${commands[@]}" >/dev/null
    python3 - "$home/times.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command'].split('/')[-1]:<40} median {r['median'] * 1e3:6.2f} ms  "
          f"mean {r['mean'] * 1e3:6.2f} ± {r['stddev'] * 1e3:.2f} ms  "
          f"user+sys {(r['user'] + r['system']) * 1e3:5.2f} ms  (hyperfine, {len(r['times'])} runs)")
EOF
else
    # Mean microseconds per run of a command line, over $runs runs after 20 warm-ups.
    mean_us() {
        local argv start end
        read -r -a argv <<<"$1"
        for _ in $(seq 20); do "${argv[@]}" >/dev/null; done
        start=$(date +%s%N)
        for _ in $(seq "$runs"); do "${argv[@]}" >/dev/null; done
        end=$(date +%s%N)
        echo $(( (end - start) / runs / 1000 ))
    }
    ms() { printf '%d.%02d' $(($1 / 1000)) $(($1 % 1000 / 10)); }
    baseline=$(mean_us "$(type -P true)") # the loop's own fork and exec
    for command in "${commands[@]}"; do
        us=$(mean_us "$command")
        net=$(( us > baseline ? us - baseline : 0 ))
        printf '%-40s mean %s ms, %s ms net of a /bin/true run  (bash loop, %d runs)\n' \
            "${command##*/}" "$(ms "$us")" "$(ms "$net")" "$runs"
    done
fi
