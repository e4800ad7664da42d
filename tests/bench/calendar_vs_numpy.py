#!/usr/bin/env python3
"""plaint's working-day arithmetic against numpy.busday_offset.

Runs plaint_bench_calendar, which draws random (start, n) pairs from a fixed
seed (starts in 1995-2095, n in 1..60), times Calendar::build and
Calendar::add_working_days (england-and-wales, day-zero convention) and writes
the pairs, its results and the calendar's non-working weekdays as int32 day
numbers. Then computes the same with numpy.busday_offset, times it, compares
every result and prints a table.

Why roll='backward' gives plaint's day-zero convention, for n > 0: if the
start s is a working day numpy does not move it, and both take the n-th working
day after s. If s is not a working day, numpy first rolls back to p, the last
working day before s; there is no working day in (p, s], so the working days
after p are exactly those after s, and the n-th of them is the same day. (numpy
with roll='forward' would give the next-working-day convention instead.)

Exit status: 0 all results equal, 1 some differ, 77 numpy is not installed,
2 the benchmark program failed. Timings are reported, never asserted.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time


def import_numpy():
    """numpy, re-running under Debian's python3 when the python3 on PATH (pyenv,
    a venv) cannot see Debian's python3-numpy; None if it is nowhere."""
    try:
        import numpy
        return numpy
    except ImportError:
        debian = "/usr/bin/python3"
        if (os.path.exists(debian) and os.path.realpath(sys.executable) != os.path.realpath(debian)
                and not os.environ.get("PLAINT_BENCH_REEXEC")):
            os.environ["PLAINT_BENCH_REEXEC"] = "1"
            os.execv(debian, [debian] + sys.argv)
        return None


def default_bench():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return os.path.join(root, "build", "tests", "bench", "plaint_bench_calendar")


def run_plaint(args, out_dir):
    command = [args.bench, "--pairs", str(args.pairs), "--seed", str(args.seed),
               "--builds", str(args.builds), "--add-runs", str(args.runs), "--out", out_dir]
    proc = subprocess.run(command, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(2)
    return json.loads(proc.stdout)


def load_days(np, out_dir, name):
    """An int32 day-number file as an int64 array (datetime64[D]'s storage)."""
    return np.fromfile(os.path.join(out_dir, name), dtype="<i4").astype(np.int64)


def run_numpy(np, out_dir, runs):
    starts = load_days(np, out_dir, "starts.i32").view("datetime64[D]")
    counts = load_days(np, out_dir, "counts.i32")
    holidays = load_days(np, out_dir, "holidays.i32").view("datetime64[D]")
    calendar = np.busdaycalendar(weekmask="1111100", holidays=holidays)
    seconds, result = [], None
    for _ in range(runs):
        begin = time.perf_counter()
        result = np.busday_offset(starts, counts, roll="backward", busdaycal=calendar)
        seconds.append(time.perf_counter() - begin)
    rolled = int(np.count_nonzero(~np.is_busday(starts, busdaycal=calendar)))
    return result.view(np.int64), sorted(seconds)[len(seconds) // 2], rolled


def mismatches(np, out_dir, numpy_result):
    plaint = load_days(np, out_dir, "plaint.i32")
    differ = np.flatnonzero(plaint != numpy_result)
    starts = load_days(np, out_dir, "starts.i32")
    counts = load_days(np, out_dir, "counts.i32")
    day = lambda n: str(np.int64(n).astype("datetime64[D]"))
    for i in differ[:10]:
        print(f"  MISMATCH {day(starts[i])} +{counts[i]}: plaint {day(plaint[i])}, "
              f"numpy {day(numpy_result[i])}")
    return len(differ)


def report(stats, numpy_s, rolled, differ):
    numpy_rate = stats["pairs"] / numpy_s
    ratio = stats["pairs_per_s"] / numpy_rate
    rows = [
        ("Calendar::build 1990-2100", f"{stats['build_ms_median']:.3f} ms median of {stats['builds']}",
         "< 5 ms"),
        ("plaint add_working_days", f"{stats['pairs_per_s'] / 1e6:.1f} M pairs/s "
         f"({stats['add_s_median'] * 1e3:.1f} ms, median of {stats['add_runs']})", ""),
        ("numpy busday_offset", f"{numpy_rate / 1e6:.2f} M pairs/s ({numpy_s * 1e3:.1f} ms)", ""),
        ("ratio plaint / numpy", f"{ratio:.1f}x", ">= 20x"),
        ("mismatches", f"{differ} of {stats['pairs']} ({rolled} starts on non-working days)", "0"),
    ]
    print(f"{'measure':<28} {'result':<48} target")
    for name, value, target in rows:
        print(f"{name:<28} {value:<48} {target}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", default=default_bench(), help="path to plaint_bench_calendar")
    parser.add_argument("--pairs", type=int, default=10_000_000)
    parser.add_argument("--seed", type=int, default=20240330)
    parser.add_argument("--builds", type=int, default=500, help="Calendar::build timings")
    parser.add_argument("--runs", type=int, default=5, help="timed passes over all pairs, each side")
    args = parser.parse_args()
    np = import_numpy()
    if np is None:
        print("skipped: numpy is not installed (Debian: python3-numpy)")
        return 77
    with tempfile.TemporaryDirectory(prefix="plaint-bench-") as out_dir:
        stats = run_plaint(args, out_dir)
        numpy_result, numpy_s, rolled = run_numpy(np, out_dir, args.runs)
        differ = mismatches(np, out_dir, numpy_result)
    print(f"numpy {np.__version__}, {os.cpu_count()} CPUs, seed {args.seed}")
    report(stats, numpy_s, rolled, differ)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
