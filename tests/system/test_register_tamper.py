#!/usr/bin/env python3
"""The journal cannot be edited without detection: each change below is made
to a copy of a register with the sqlite3 command (Python's sqlite3 module
when the command is not installed), and `plaint verify` must exit 1 and name
the event concerned, in text and in JSON.

    python3 test_register_tamper.py --plaint BINARY --data DIR
"""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

# (what, SQL, the event verify must name, text its message must contain)
TAMPERING = [
    ("an event's details edited", "UPDATE events SET details = replace(details, 'case 3', 'case 33') WHERE seq = 3",
     3, "event 3 (C-2026-0003 logged) has been altered"),
    ("an event's actor edited", "UPDATE events SET actor = 'someone else' WHERE seq = 2",
     2, "event 2 (C-2026-0002 logged) has been altered"),
    ("an event's date edited", "UPDATE events SET effective_date = '2026-11-01' WHERE seq = 4",
     4, "event 4 (C-2026-0004 logged) has been altered"),
    ("an event given an impossible date", "UPDATE events SET effective_date = '2026-02-30' WHERE seq = 4",
     4, "event 4 has been altered"),
    ("an event's time edited", "UPDATE events SET recorded_at = '2026-11-19T09:00:00Z' WHERE seq = 5",
     5, "event 5 (C-2026-0005 logged) has been altered"),
    ("an event moved to another case", "UPDATE events SET case_ref = 'C-2026-0001' WHERE seq = 2",
     2, "event 2 (C-2026-0001 logged) has been altered"),
    ("an event deleted", "DELETE FROM events WHERE seq = 3",
     3, "event 3 is missing"),
    ("the first event deleted", "DELETE FROM events WHERE seq = 1",
     1, "event 1 is missing"),
    ("the newest event deleted", "DELETE FROM events WHERE seq = 6",
     6, "the journal ends at event 5 but the register recorded event 6 as its newest"),
    ("two events swapped",
     "UPDATE events SET seq = -1 WHERE seq = 2; UPDATE events SET seq = 2 WHERE seq = 3;"
     " UPDATE events SET seq = 3 WHERE seq = -1",
     2, "event 2 (C-2026-0003 logged) does not follow event 1"),
    ("an event inserted",
     "UPDATE events SET seq = -(seq + 1) WHERE seq >= 4; UPDATE events SET seq = -seq WHERE seq < 0; "
     "INSERT INTO events SELECT 4, 'C-2026-0001', 'closed', '2026-11-20', recorded_at, actor, '{}', hash, "
     "'forged', content_hash FROM events WHERE seq = 3",
     4, "event 4 (C-2026-0001 closed) has been altered"),
    ("an event added at the end",
     "INSERT INTO events SELECT 7, 'C-2026-0001', 'closed', '2026-11-20', recorded_at, actor, '{}', hash, "
     "'forged', content_hash FROM events WHERE seq = 6",
     7, "event 7 (C-2026-0001 closed) has been altered"),
]


def environment(workdir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_")}
    env.update(HOME=workdir, XDG_CONFIG_HOME=os.path.join(workdir, ".config"), TZ="UTC", LC_ALL="C.UTF-8",
               PLAINT_SYSTEM_CONFIG=os.path.join(workdir, "no-system-config.toml"),
               PLAINT_TODAY="2026-11-20", PLAINT_NOW="2026-11-20T09:00:00Z", PLAINT_USER="tester")
    return env


def run_sql(path, sql):
    if shutil.which("sqlite3"):
        subprocess.run(["sqlite3", path, sql], check=True, capture_output=True)
    else:
        with sqlite3.connect(path) as db:
            db.executescript(sql)
        db.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    args = parser.parse_args()
    plaint = os.path.abspath(args.plaint)
    workdir = tempfile.mkdtemp(prefix="plaint-tamper-")
    env = environment(workdir)
    original = os.path.join(workdir, "reg.db")
    subprocess.run([plaint, "init", original, "--organisation", "Test ICB"], env=env, check=True, capture_output=True)
    for i in range(1, 7):
        subprocess.run([plaint, "--register", original, "log", "--summary", f"case {i}", "--complainant", f"P {i}"],
                       env=env, check=True, capture_output=True)
    problems = []
    clean = subprocess.run([plaint, "--register", original, "verify"], env=env, capture_output=True, text=True)
    if clean.returncode != 0:
        problems.append(f"the untouched register does not verify: {clean.stdout}{clean.stderr}")

    for n, (what, sql, seq, message) in enumerate(TAMPERING):
        copy = os.path.join(workdir, f"tampered-{n}.db")
        shutil.copy(original, copy)  # with its mode, 0600
        run_sql(copy, sql)
        text = subprocess.run([plaint, "--register", copy, "verify"], env=env, capture_output=True, text=True)
        as_json = subprocess.run([plaint, "--register", copy, "verify", "--format", "json"], env=env,
                                 capture_output=True, text=True)
        try:
            report = json.loads(as_json.stdout)
        except ValueError:
            report = {}
        first = (report.get("problems") or [{}])[0]
        ok = (text.returncode == 1 and text.stdout.startswith("FAILED: ") and message in text.stdout
              and not text.stderr and as_json.returncode == 1 and report.get("ok") is False
              and first.get("event") == seq and message in first.get("message", ""))
        print(f"{'ok' if ok else 'FAILED'}: {what}: {text.stdout.strip() or text.stderr.strip()}")
        if not ok:
            problems.append(f"{what}: exit {text.returncode} / {as_json.returncode}, stdout {text.stdout!r}, "
                            f"stderr {text.stderr!r}, json {first}; expected event {seq} and '{message}'")
    if problems:
        print("FAILED:\n  " + "\n  ".join(problems))
        print(f"work directory kept: {workdir}")
        return 1
    shutil.rmtree(workdir, ignore_errors=True)
    print(f"ok: verify named the event in all {len(TAMPERING)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
