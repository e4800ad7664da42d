#!/usr/bin/env bash
# Attaching a large file against copying it: times, in the same run and on
# the same disk, for each of RUNS fresh files of SIZE_MB megabytes (10^6
# bytes; default 50) of random bytes:
#   cp FILE COPY                      (the kernel's page cache, no sync)
#   cp FILE COPY && sync COPY         (cp with its data on the disk, as
#                                      attach's fdatasync and commit are)
#   plaint attach REF FILE            (into reg.db-documents/, then the
#                                      register's transaction; target: at
#                                      most 2x cp + sync)
#   plaint extract REF ID -o OUT      (written, checked and fsynced)
#   cat FILE > OUT && sync OUT        (the same bytes out, for extract)
# and prints each run, the medians and the ratios. Every file is new
# content, so nothing is deduplicated, and every file is read from the page
# cache by both cp and plaint (it was just written). The load average is
# printed before and after the runs (the machine is shared). The work directory is
# on the disk of the build (PLAINT_BENCH_DIR, default build/bench-attach,
# removed afterwards). PLAINT_BENCH_PAGE_SIZE=N gives the register pages of
# N bytes (plaint init makes 4096; the demonstration registers of the other
# benchmarks have 16384), set with sqlite3 before the runs. Usage:
#   tests/bench/attach_bench.sh [PATH_TO_PLAINT] [SIZE_MB] [RUNS]
# defaults build/cmd/plaint, 50, 5.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
plaint="$(realpath "${1:-$root/build/cmd/plaint}")"
size_mb="${2:-50}"
runs="${3:-5}"
[ -x "$plaint" ] || { echo "attach_bench.sh: no plaint binary at $plaint (run scripts/build.sh)" >&2; exit 2; }

work="${PLAINT_BENCH_DIR:-$root/build/bench-attach}"
mkdir -p "$work"
work="$(realpath "$work")"
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/.config" PLAINT_SYSTEM_CONFIG="$work/none.toml" TZ=UTC LC_ALL=C.UTF-8
export PLAINT_TODAY=2026-11-20 PLAINT_USER=bench PLAINT_REGISTER="$work/reg.db"
unset PLAINT_NOW PLAINT_CONFIG PLAINT_CALENDAR
cd "$work"
printf '[attachments]\nmax_size = "%dMB"\n' $((size_mb + 1)) > config.toml
"$plaint" init --organisation "Bench ICB" >/dev/null
ref=$("$plaint" log --summary "Large bundle" --complainant "A Person")
if [ -n "${PLAINT_BENCH_PAGE_SIZE:-}" ]; then
    sqlite3 reg.db "pragma journal_mode = delete; pragma page_size = $PLAINT_BENCH_PAGE_SIZE; vacuum; pragma journal_mode = wal" >/dev/null
fi
echo "register pages of $(sqlite3 reg.db 'pragma page_size') bytes; $runs runs of $size_mb MB; load average $(cut -d' ' -f1-3 /proc/loadavg)"

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-4s %10s %12s %12s %13s %16s\n' run "cp ms" "cp+sync ms" "attach ms" "extract ms" "cat+sync ms"
: > times.txt
for run in $(seq 1 "$runs"); do
    head -c $((size_mb * 1000000)) /dev/urandom > "file-$run.pdf"
    sync
    t0=$(now); cp "file-$run.pdf" copy.pdf; t1=$(now)
    rm copy.pdf; sync
    t2=$(now); cp "file-$run.pdf" copy.pdf && sync copy.pdf; t3=$(now)
    rm copy.pdf; sync
    t4=$(now); id=$("$plaint" --config config.toml attach "$ref" "file-$run.pdf"); t5=$(now)
    sync
    t6=$(now); "$plaint" extract "$ref" "$id" -o out.pdf; t7=$(now)
    cmp -s "file-$run.pdf" out.pdf || { echo "attach_bench.sh: extract gave other bytes" >&2; exit 1; }
    rm out.pdf; sync
    t8=$(now); cat "file-$run.pdf" > out.pdf && sync out.pdf; t9=$(now)
    rm out.pdf "file-$run.pdf"; sync
    row="$(ms "$t0" "$t1") $(ms "$t2" "$t3") $(ms "$t4" "$t5") $(ms "$t6" "$t7") $(ms "$t8" "$t9")"
    echo "$row" >> times.txt
    printf '%-4s %10s %12s %12s %13s %16s\n' "$run" $row
done
cp_ms=$(awk '{ print $1 }' times.txt | median)
sync_ms=$(awk '{ print $2 }' times.txt | median)
attach_ms=$(awk '{ print $3 }' times.txt | median)
extract_ms=$(awk '{ print $4 }' times.txt | median)
cat_ms=$(awk '{ print $5 }' times.txt | median)
printf '%-4s %10s %12s %12s %13s %16s\n' median "$cp_ms" "$sync_ms" "$attach_ms" "$extract_ms" "$cat_ms"
awk -v cp="$cp_ms" -v cs="$sync_ms" -v at="$attach_ms" -v ex="$extract_ms" -v ca="$cat_ms" -v mb="$size_mb" 'BEGIN {
    printf "attach %d MB: %.0f MB/s; %.2fx the time of cp + sync (%.0f MB/s), %.2fx cp without sync (%.0f MB/s); target <= 2x cp + sync\n",
           mb, mb * 1000 / at, at / cs, mb * 1000 / cs, at / cp, mb * 1000 / cp
    printf "extract %d MB: %.0f MB/s; %.2fx the time of cat + sync (%.0f MB/s)\n", mb, mb * 1000 / ex, ex / ca, mb * 1000 / ca
}'
echo "register file: $(( $(stat -c %s reg.db) / 1000 )) kB for $runs attachments; WAL: $(( $(stat -c %s reg.db-wal 2>/dev/null || echo 0) / 1000 )) kB; documents: $(du -sm reg.db-documents | cut -f1) MiB in $(find reg.db-documents -type f | wc -l) files"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
