#!/usr/bin/env python3
"""Other programs reading the register beside plaint are never refused.

A reader with a busy timeout of 2 s (README, "Reading the register with
other tools": `sqlite3 -cmd '.timeout 5000'`) opens, reads and closes the
register again and again while `plaint verify`, `plaint list`, `plaint due`
and a writer, `plaint note`, run beside it in a loop. A reader that does not
wait (the sqlite3 shell's default) can be refused now and then by SQLite's
own WAL protocol beside any other connection, the sqlite3 shell's included:
how often is printed, for information. plaint's read-only connections never
try the exclusive lock of a checkpoint on close, one cause of it.

Passes when every plaint command exited 0 and no waiting read was refused.

    python3 test_readers_beside_plaint.py --plaint BINARY [--data DIR] [--rounds N]
"""
import argparse
import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading


def environment(workdir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_")}
    env.update(HOME=workdir, XDG_CONFIG_HOME=os.path.join(workdir, ".config"), TZ="UTC", LC_ALL="C.UTF-8",
               PLAINT_SYSTEM_CONFIG=os.path.join(workdir, "no-system-config.toml"),
               PLAINT_REGISTER=os.path.join(workdir, "reg.db"), PLAINT_TODAY="2026-11-20", PLAINT_USER="tester")
    return env


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    plaint = os.path.abspath(args.plaint)
    workdir = tempfile.mkdtemp(prefix="plaint-readers-")
    env = environment(workdir)
    register = env["PLAINT_REGISTER"]
    problems = []
    try:
        subprocess.run([plaint, "demo", register, "--cases", "300", "--seed", "1"], env=env, check=True,
                       capture_output=True)
        first = subprocess.run([plaint, "list", "--format", "tsv"], env=env, capture_output=True, text=True
                               ).stdout.splitlines()[1].split("\t")[0]
        done = threading.Event()
        counts = {2.0: [0, 0], 0.0: [0, 0]}  # busy timeout -> [reads, refused]
        refusals = []

        def reader(timeout):
            while not done.is_set():
                try:
                    with contextlib.closing(sqlite3.connect(f"file:{register}?mode=ro", uri=True,
                                                            timeout=timeout)) as db:
                        db.execute("SELECT COUNT(*) FROM events").fetchone()
                    counts[timeout][0] += 1
                except sqlite3.OperationalError as e:
                    counts[timeout][1] += 1
                    if timeout:
                        refusals.append(str(e))

        threads = [threading.Thread(target=reader, args=(t,)) for t in counts]
        for t in threads:
            t.start()
        try:
            for i in range(args.rounds):
                for command in (["verify"], ["list", "--format", "tsv"], ["due", "--format", "tsv"],
                                ["note", first, f"note {i}"]):
                    proc = subprocess.run([plaint, *command], env=env, capture_output=True, text=True,
                                          stdin=subprocess.DEVNULL)
                    if proc.returncode != 0:
                        problems.append(f"round {i}: plaint {command[0]} exited {proc.returncode}: {proc.stderr.strip()!r}")
        finally:
            done.set()
            for t in threads:
                t.join()
        reads, refused = counts[2.0]
        if refused:
            problems.append(f"{refused} of {reads + refused} reads that wait 2 s refused beside plaint: "
                            f"{sorted(set(refusals))}")
        if reads == 0:
            problems.append("the reader read nothing: the test exercised nothing")
        print(f"{args.rounds} rounds of verify, list, due and note; {reads} reads that wait beside them, {refused} "
              f"refused; {sum(counts[0.0])} reads that do not wait, {counts[0.0][1]} refused (SQLite's WAL protocol)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    for p in problems:
        print(f"FAILED: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
