#!/usr/bin/env python3
"""Fault injection against the real binary: nothing acknowledged is lost.

  disk full     the register on a small tmpfs (or, where mounting is not
                allowed, under a file-size limit, RLIMIT_FSIZE, with SIGXFSZ
                ignored), filled by `plaint log` and `plaint attach` until
                every write fails;
  read-only     the register file made read-only (mode 0400), then its whole
                directory on a file system remounted read-only (where
                mounting is allowed; else a mode 0555 directory, not for root);
  SIGKILL       `plaint attach` of a 3 MiB file killed at random moments
                (start-up to exit), many times; `plaint seal` likewise, the
                first seal of a 3,000-case register (every event read) and
                then daily seals.

Each asserts that every command that exited 0 is in the register afterwards
(every printed reference listed, every printed attachment id with its
content's SHA-256), that `plaint verify` and SQLite's integrity_check pass,
that a failed command exited 4 with the cause named (never 70, "internal
error") and changed nothing, and that the register takes writes again once
the fault is gone. I/O errors at every write, sync and read, and SIGKILL
during a schema migration, are tested in tests/unit/store/fault_injection_test.cpp
(a test SQLite VFS). After the killed seals, every seal `plaint seal`
printed is stored, `plaint verify` passes with them, the next seal works and
`plaint verify --seals EXPORTED` checks an export against the journal.

    python3 test_faults.py --plaint BINARY [--data DIR] [--kills N] [--seed N]
"""
import argparse
import contextlib
import hashlib
import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

problems = []


def fail(message):
    problems.append(message)
    print(f"  FAILED: {message}")


def environment(home, register):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_")}
    env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"), TZ="UTC", LC_ALL="C.UTF-8",
               PLAINT_SYSTEM_CONFIG=os.path.join(home, "no-system-config.toml"), PLAINT_REGISTER=register,
               PLAINT_TODAY="2026-11-20", PLAINT_USER="tester")
    return env


def run(plaint, env, *args, preexec=None):
    return subprocess.run([plaint, *args], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          preexec_fn=preexec)


def file_sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def random_file(path, size, rng):
    with open(path, "wb") as f:
        f.write(rng.randbytes(size))
    return file_sha(path)


def journal(register):
    """The journal as text, read through a read-only connection."""
    with contextlib.closing(sqlite3.connect(f"file:{register}?mode=ro", uri=True)) as db:
        return "\n".join(repr(row) for row in db.execute("SELECT * FROM events ORDER BY seq"))


class Ledger:
    """What plaint acknowledged: references printed by `log`, ids by `attach`."""

    def __init__(self):
        self.refs = []
        self.attachments = {}  # id -> (ref, sha256)

    def check(self, plaint, env, label):
        verify = run(plaint, env, "verify")
        if verify.returncode != 0:
            fail(f"{label}: plaint verify exit {verify.returncode}: {verify.stdout}{verify.stderr}")
        with contextlib.closing(sqlite3.connect(env["PLAINT_REGISTER"])) as db:
            integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            fail(f"{label}: integrity_check {integrity[:3]}")
        listed = run(plaint, env, "list", "--format", "ndjson")
        refs = {json.loads(line)["reference"] for line in listed.stdout.splitlines()}
        lost = [r for r in self.refs if r not in refs]
        if listed.returncode != 0 or lost:
            fail(f"{label}: {len(lost)} acknowledged cases missing ({lost[:5]}), list exit {listed.returncode}")
        stored = {}
        for ref in sorted({ref for ref, _ in self.attachments.values()}):
            out = run(plaint, env, "attachments", ref, "--format", "tsv")
            for line in out.stdout.splitlines()[1:]:
                cells = line.split("\t")
                stored[int(cells[0])] = (ref, cells[4])
        lost = [i for i, what in self.attachments.items() if stored.get(i) != what]
        if lost:
            fail(f"{label}: {len(lost)} acknowledged attachments missing or altered (ids {lost[:5]})")
        return len(refs), len(stored)


def refused(proc, label, causes):
    """A failed command: exit 4 naming one of `causes`."""
    if proc.returncode != 4 or not any(c in proc.stderr for c in causes):
        fail(f"{label}: expected exit 4 naming {causes}, got exit {proc.returncode}: {proc.stderr.strip()!r}")


@contextlib.contextmanager
def tmpfs(path, size):
    """A tmpfs mounted at `path`, or None where mounting is not allowed."""
    os.makedirs(path, exist_ok=True)
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", path],
        capture_output=True).returncode == 0
    try:
        yield path if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", path], capture_output=True)


def remount(path, options):
    subprocess.run(["mount", "-o", f"remount,{options}", path], check=True, capture_output=True)


def disk_full(plaint, root, rng):
    print("disk full:")
    home = os.path.join(root, "home-full")
    os.makedirs(home)
    with tmpfs(os.path.join(root, "small"), "3m") as mounted:
        where = mounted or os.path.join(root, "limited")
        os.makedirs(where, exist_ok=True)
        register = os.path.join(where, "reg.db")
        env = environment(home, register)
        subprocess.run([plaint, "init", "--organisation", "Test ICB"], env=env, check=True, capture_output=True)
        limit = None
        if mounted:
            how = "a 3 MiB tmpfs"
            preexec = None
        else:
            limit = os.path.getsize(register) + (3 << 20)
            how = f"RLIMIT_FSIZE {limit} bytes"

            def preexec():
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        ledger = Ledger()
        files = os.path.join(home, "files")
        os.makedirs(files)
        acknowledged = failed = in_a_row = 0
        for i in range(400):
            before = journal(register)
            if i % 3 == 0 or not ledger.refs:
                proc = run(plaint, env, "log", "--summary", f"case {i}", "--complainant", f"Person {i}",
                           preexec=preexec)
                if proc.returncode == 0:
                    ledger.refs.append(proc.stdout.strip())
            else:
                attachment = os.path.join(files, f"scan-{i}.pdf")
                sha = random_file(attachment, 200_000, rng)
                ref = rng.choice(ledger.refs)
                proc = run(plaint, env, "attach", ref, attachment, preexec=preexec)
                if proc.returncode == 0:
                    ledger.attachments[int(proc.stdout.strip())] = (ref, sha)
            if proc.returncode == 0:
                acknowledged += 1
                in_a_row = 0
                continue
            failed += 1
            in_a_row += 1
            refused(proc, f"command {i} on a full disk", ["the disk is full", "cannot read or write the file", "No space left on device"])
            if journal(register) != before:
                fail(f"command {i} failed on a full disk but changed the journal")
            if in_a_row == 8:
                break
        if failed == 0:
            fail(f"the disk never filled ({how}, {acknowledged} commands)")
        # Space again: everything acknowledged is there, and writes work.
        if mounted:
            remount(where, "size=64m")
        preexec = None
        cases, attachments = ledger.check(plaint, env, "after the disk filled")
        after = run(plaint, env, "log", "--summary", "after the disk was freed")
        if after.returncode != 0:
            fail(f"logging once space was freed: exit {after.returncode}: {after.stderr.strip()}")
        print(f"  {how}: {acknowledged} commands acknowledged, {failed} refused; {cases} cases and "
              f"{attachments} attachments intact afterwards")


def read_only(plaint, root):
    print("read-only:")
    # A read-only file.
    home = os.path.join(root, "home-ro")
    os.makedirs(home)
    register = os.path.join(home, "reg.db")
    env = environment(home, register)
    subprocess.run([plaint, "init", "--organisation", "Test ICB"], env=env, check=True, capture_output=True)
    ledger = Ledger()
    ledger.refs.append(run(plaint, env, "log", "--summary", "before").stdout.strip())
    os.chmod(register, 0o400)
    before = file_sha(register)
    refused(run(plaint, env, "log", "--summary", "refused"), "log to a 0400 register", ["read-only"])
    refused(run(plaint, env, "note", ledger.refs[0], "refused"), "note to a 0400 register", ["read-only"])
    if file_sha(register) != before:
        fail("a refused write changed a read-only register file")
    shown = run(plaint, env, "show", ledger.refs[0])
    if shown.returncode != 0:
        fail(f"show on a 0400 register: exit {shown.returncode}: {shown.stderr.strip()}")
    os.chmod(register, 0o600)
    ledger.check(plaint, env, "after the file was writable again")
    print("  a 0400 register file: writes refused (exit 4, read-only), reads work, nothing changed")

    # A read-only directory: a file system remounted read-only (binding even
    # for root), else a 0555 directory (not for root, who may write there).
    with tmpfs(os.path.join(root, "ro"), "16m") as mounted:
        where = mounted or os.path.join(root, "ro-dir")
        if not mounted and os.geteuid() == 0:
            print("  a read-only directory: skipped (root ignores directory modes and mounting is not allowed)")
            return
        os.makedirs(where, exist_ok=True)
        register = os.path.join(where, "reg.db")
        env = environment(home, register)
        subprocess.run([plaint, "init", "--organisation", "Test ICB"], env=env, check=True, capture_output=True)
        ledger = Ledger()
        for i in range(3):
            ledger.refs.append(run(plaint, env, "log", "--summary", f"case {i}").stdout.strip())
        before = file_sha(register)
        if mounted:
            remount(where, "ro")
        else:
            os.chmod(where, 0o555)
        proc = run(plaint, env, "log", "--summary", "refused")
        refused(proc, "log in a read-only directory", ["read-only", "cannot read or write"])
        if "internal error" in proc.stderr:
            fail("log in a read-only directory: internal error")
        if file_sha(register) != before:
            fail("a refused write changed the register in a read-only directory")
        if mounted:
            remount(where, "rw")
        else:
            os.chmod(where, 0o700)
        ledger.check(plaint, env, "after the directory was writable again")
        print(f"  a read-only {'file system' if mounted else 'directory'}: writes refused (exit 4), nothing changed")


def killed_attachments(plaint, root, rng, kills):
    print("SIGKILL during attach:")
    home = os.path.join(root, "home-kill")
    os.makedirs(home)
    register = os.path.join(home, "reg.db")
    env = environment(home, register)
    subprocess.run([plaint, "init", "--organisation", "Test ICB"], env=env, check=True, capture_output=True)
    ledger = Ledger()
    ledger.refs.append(run(plaint, env, "log", "--summary", "with attachments").stdout.strip())
    ref = ledger.refs[0]
    shas = {}
    # How long an undisturbed attach of 3 MiB takes here (median of three).
    times = []
    for i in range(3):
        path = os.path.join(home, f"timing-{i}.bin")
        sha = random_file(path, 3 << 20, rng)
        started = time.monotonic()
        proc = run(plaint, env, "attach", ref, path)
        times.append(time.monotonic() - started)
        ledger.attachments[int(proc.stdout.strip())] = (ref, sha)
        shas[sha] = 3 << 20
    longest = 1.5 * sorted(times)[1]
    killed = finished = 0
    for i in range(kills):
        path = os.path.join(home, f"scan-{i}.bin")
        sha = random_file(path, 3 << 20, rng)
        shas[sha] = 3 << 20
        proc = subprocess.Popen([plaint, "attach", ref, path], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        time.sleep(rng.uniform(0, longest))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=120)
        if proc.returncode == -signal.SIGKILL:
            killed += 1
            # Killed after the commit, it may have printed its id: then it counts.
            if out.endswith("\n"):
                ledger.attachments[int(out.strip())] = (ref, sha)
        elif proc.returncode == 0:
            finished += 1
            ledger.attachments[int(out.strip())] = (ref, sha)
        else:
            fail(f"attach {i} exited {proc.returncode}: {err.strip()!r}")
    cases, attachments = ledger.check(plaint, env, f"after {killed} killed attaches")
    # Whatever is stored is whole: each attachment one of the files, in full.
    listed = run(plaint, env, "attachments", ref, "--format", "tsv").stdout.splitlines()[1:]
    for line in listed:
        cells = line.split("\t")
        if shas.get(cells[4]) != int(cells[2]):
            fail(f"attachment {cells[0]} is not one of the files attached, whole: {cells[2]} bytes")
    with contextlib.closing(sqlite3.connect(register)) as db:
        orphans = db.execute("SELECT count(*) FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM attachments)"
                             ).fetchone()[0]
    if orphans:
        fail(f"{orphans} stored contents belong to no attachment")
    if killed == 0:
        fail("no attach was killed: the test exercised nothing")
    print(f"  {kills} attaches of 3 MiB killed 0-{1000 * longest:.0f} ms after starting: {killed} killed, "
          f"{finished} finished; {attachments} attachments stored, each whole, every acknowledged one present")


def killed_seals(plaint, root, rng, kills):
    print("SIGKILL during seal:")
    home = os.path.join(root, "home-seal")
    os.makedirs(os.path.join(home, ".config", "plaint"))
    register = os.path.join(home, "reg.db")
    env = environment(home, register)
    subprocess.run([plaint, "demo", register, "--cases", "3000", "--seed", "1"], env=env, check=True,
                   capture_output=True)
    made = run(plaint, env, "seal", "--new-key", os.path.join(home, "seal.pem"))
    if made.returncode != 0:
        fail(f"seal --new-key exited {made.returncode}: {made.stderr.strip()!r}")
        return
    with open(os.path.join(home, ".config", "plaint", "config.toml"), "w") as config:
        config.write(made.stdout)
    ledger = Ledger()
    ledger.refs = [json.loads(line)["reference"] for line in run(plaint, env, "list", "--format", "ndjson").stdout.splitlines()]
    # How long a first seal takes here (every event read and checked): on
    # copies, so that the register itself has none yet (median of three).
    times = []
    for i in range(3):
        copy = os.path.join(home, f"timing-{i}.db")
        with contextlib.closing(sqlite3.connect(register)) as db:
            db.execute("VACUUM INTO ?", (copy,))
        started = time.monotonic()
        run(plaint, dict(env, PLAINT_REGISTER=copy), "seal")
        times.append(time.monotonic() - started)
    first = sorted(times)[1]
    sealed = {}  # seal number -> event sealed, as printed
    killed = finished = 0

    def seal_killed_within(seconds, label):
        nonlocal killed, finished
        ledger.refs.append(run(plaint, env, "log", "--summary", f"before seal {label}").stdout.strip())
        proc = subprocess.Popen([plaint, "seal"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, text=True)
        time.sleep(rng.uniform(0, seconds))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=120)
        # "Sealed event N as seal K at ...": printed after the commit.
        words = out.split()
        if out.startswith("Sealed event ") and len(words) > 5:
            sealed[int(words[5])] = int(words[2])
        if proc.returncode == -signal.SIGKILL:
            killed += 1
        elif proc.returncode == 0:
            finished += 1
        else:
            fail(f"seal {label} exited {proc.returncode}: {err.strip()!r}")

    # The first seal (until one is made), then daily seals of one event each,
    # killed anywhere from start-up to exit.
    for i in range(kills // 2):
        seal_killed_within(1.2 * first, f"first {i}")
    daily = []
    for i in range(3):
        ledger.refs.append(run(plaint, env, "log", "--summary", f"timing daily seal {i}").stdout.strip())
        started = time.monotonic()
        if run(plaint, env, "seal").returncode != 0:
            fail(f"daily seal {i} failed")
        daily.append(time.monotonic() - started)
    for i in range(kills - kills // 2):
        seal_killed_within(1.5 * sorted(daily)[1], f"daily {i}")
    longest = 1.2 * first
    ledger.check(plaint, env, f"after {killed} killed seals")
    listed = run(plaint, env, "seal", "--list", "--format", "json")
    stored = {s["seal"]: s["seq"] for s in json.loads(listed.stdout)} if listed.returncode == 0 else {}
    lost = {k: n for k, n in sealed.items() if stored.get(k) != n}
    if listed.returncode != 0 or lost:
        fail(f"{len(lost)} printed seals missing or changed ({list(lost.items())[:5]}), seal --list exit "
             f"{listed.returncode}")
    if sorted(stored) != list(range(1, len(stored) + 1)):
        fail(f"the seals stored are not numbered 1 to {len(stored)}: {sorted(stored)[:10]}")
    ledger.refs.append(run(plaint, env, "log", "--summary", "after the seals").stdout.strip())
    after = run(plaint, env, "seal")
    if after.returncode != 0:
        fail(f"the seal after the kills exited {after.returncode}: {after.stderr.strip()!r}")
    exported = os.path.join(home, "seals.jsonl")
    export = run(plaint, env, "seal", "--export", exported)
    checked = run(plaint, env, "verify", "--seals", exported)
    if export.returncode != 0 or checked.returncode != 0:
        fail(f"seal --export exited {export.returncode}, verify --seals {checked.returncode}: "
             f"{(export.stderr + checked.stdout + checked.stderr).strip()!r}")
    if killed == 0:
        fail("no seal was killed: the test exercised nothing")
    print(f"  {kills} seals killed 0-{1000 * longest:.0f} ms (first seal) or 0-{1500 * sorted(daily)[1]:.0f} ms (daily) "
          f"after starting: {killed} killed, {finished} finished; "
          f"{len(stored)} seals stored, every printed one present; verify, a new seal and verify --seals pass")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    plaint = os.path.abspath(args.plaint)
    root = tempfile.mkdtemp(prefix="plaint-faults-")
    print(f"seed {seed}")
    try:
        disk_full(plaint, root, rng)
        read_only(plaint, root)
        killed_attachments(plaint, root, rng, args.kills)
        killed_seals(plaint, root, rng, args.kills)
    finally:
        if problems:
            print(f"work directory kept: {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    if problems:
        print(f"FAILED: {len(problems)} problems")
        return 1
    print("ok: nothing acknowledged was lost; every refused command exited 4 and changed nothing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
