#!/usr/bin/env python3
"""Nothing acknowledged is ever lost: `plaint log` killed with SIGKILL at
random moments (0-30 ms after it starts, or up to 1.5 times as long as a run
takes here when that is longer; several at once), many times.

Passes when, afterwards, SQLite's integrity check says ok, `plaint verify`
finds the register intact, every reference a killed or finished `plaint log`
printed is in the register, the references are gapless, and the register
still takes new cases.

    python3 test_register_crash.py --plaint BINARY --data DIR [--runs N] [--parallel N] [--seed N]
"""
import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time


def environment(workdir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_")}
    env.update(HOME=workdir, XDG_CONFIG_HOME=os.path.join(workdir, ".config"), TZ="UTC", LC_ALL="C.UTF-8",
               PLAINT_SYSTEM_CONFIG=os.path.join(workdir, "no-system-config.toml"),
               PLAINT_REGISTER=os.path.join(workdir, "reg.db"), PLAINT_TODAY="2026-11-20")
    return env


class Outcomes:
    def __init__(self):
        self.lock = threading.Lock()
        self.printed = []   # references printed, by killed and finished runs
        self.killed = 0
        self.finished = 0
        self.errors = []

    def add(self, ref, killed, error):
        with self.lock:
            if ref:
                self.printed.append(ref)
            if killed:
                self.killed += 1
            else:
                self.finished += 1
            if error:
                self.errors.append(error)


def one_run(plaint, env, delay, index, outcomes):
    proc = subprocess.Popen([plaint, "log", "--summary", f"run {index}", "--complainant", f"person {index}"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=120)
    out, err = out.decode(), err.decode()
    killed = proc.returncode == -signal.SIGKILL
    # A killed run may have printed its reference (the commit came first) or
    # nothing; a finished one must have printed it and nothing else.
    ref = out.strip() if out.endswith("\n") else ""
    error = None
    if not killed and (proc.returncode != 0 or err or not ref):
        error = f"run {index} finished with exit {proc.returncode}: {out!r} {err!r}"
    outcomes.add(ref, killed, error)


def typical_run_time(plaint, env):
    """How long an undisturbed `plaint log` takes here (the median of five)."""
    times = []
    for i in range(5):
        started = time.monotonic()
        subprocess.run([plaint, "log", "--summary", f"timing {i}"], env=env, check=True, capture_output=True)
        times.append(time.monotonic() - started)
    return sorted(times)[2]


def worker(plaint, env, jobs, outcomes):
    for delay, index in jobs:
        one_run(plaint, env, delay, index, outcomes)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    plaint = os.path.abspath(args.plaint)
    workdir = tempfile.mkdtemp(prefix="plaint-crash-")
    env = environment(workdir)
    register = env["PLAINT_REGISTER"]
    subprocess.run([plaint, "init", "--organisation", "Test ICB"], env=env, check=True, capture_output=True)

    # Kills spread over the whole run, start-up to exit: at least 0-30 ms.
    longest = max(0.030, 1.5 * typical_run_time(plaint, env))
    jobs = [(rng.uniform(0.0, longest), i) for i in range(args.runs)]
    outcomes = Outcomes()
    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(plaint, env, jobs[k::args.parallel], outcomes))
               for k in range(args.parallel)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started

    problems = list(outcomes.errors[:10])
    with sqlite3.connect(register) as db:
        integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
        stored = [row[0] for row in db.execute("SELECT ref FROM cases ORDER BY number")]
    db.close()
    if integrity != ["ok"]:
        problems.append(f"integrity_check: {integrity[:5]}")
    verify = subprocess.run([plaint, "verify"], env=env, capture_output=True, text=True)
    if verify.returncode != 0:
        problems.append(f"plaint verify: exit {verify.returncode}: {verify.stdout}{verify.stderr}")
    listed = subprocess.run([plaint, "list", "--format", "ndjson"], env=env, capture_output=True, text=True)
    listed_refs = {json.loads(line)["reference"] for line in listed.stdout.splitlines()}
    lost = sorted(set(outcomes.printed) - listed_refs)
    if lost:
        problems.append(f"{len(lost)} printed references are missing from the register: {lost[:10]}")
    if len(set(outcomes.printed)) != len(outcomes.printed):
        problems.append("a reference was printed twice")
    if stored != [f"C-2026-{n:04}" for n in range(1, len(stored) + 1)]:  # (5 timing runs included)
        problems.append(f"the references have gaps or repeats: {stored[:20]} ...")
    after = subprocess.run([plaint, "log", "--summary", "after the storm"], env=env, capture_output=True, text=True)
    if after.returncode != 0 or after.stdout.strip() != f"C-2026-{len(stored) + 1:04}":
        problems.append(f"logging afterwards: exit {after.returncode}: {after.stdout}{after.stderr}")

    print(f"{args.runs} runs ({args.parallel} at a time, killed 0-{1000 * longest:.0f} ms after starting, seed {seed}) "
          f"in {elapsed:.1f} s: {outcomes.killed} killed, "
          f"{outcomes.finished} finished; {len(outcomes.printed)} references printed, {len(stored)} cases stored")
    if problems:
        print("FAILED:\n  " + "\n  ".join(problems))
        print(f"work directory kept: {workdir}")
        return 1
    if outcomes.killed == 0 or len(stored) == 0:
        print(f"FAILED: the test did not exercise anything (killed {outcomes.killed}, stored {len(stored)})")
        return 1
    shutil.rmtree(workdir, ignore_errors=True)
    print("ok: integrity_check ok, verify clean, every printed reference present, references gapless")
    return 0


if __name__ == "__main__":
    sys.exit(main())
