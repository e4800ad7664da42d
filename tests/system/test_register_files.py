#!/usr/bin/env python3
"""The register as a file: what plaint does when files appear, vanish or are
swapped around it.

1. `plaint backup`, `plaint init` and `plaint demo` killed with SIGKILL at
   random moments (20+ times each) leave nothing at the final name, or the
   whole file; the next run works.
2. A register replaced while a writer has it open (mv of a backup, cp of a
   backup over it) is refused at commit, exit 4, nothing written.
3. A backup copied over a register whose old -wal remains is refused, exit 4,
   nothing changed.
4. A register in a directory the reader cannot write is readable: an archive
   (no write permission anywhere, read with immutable=1), and one with a
   -wal and -shm (read with mode=ro, the -wal's changes included).
5. A stale -shm the writer cannot write does not block writing; one in use
   by another process is refused naming it.
6. Under another process's held write lock every read command works and
   writes nothing; `due` shows the clocks worked out afresh when the stored
   ones are stale, without storing them; under an exclusive lock `due` says
   "busy" (exit 4), never "read-only".

Parts 4 and 5 need a second user: run as root they use setpriv to be
`nobody`; otherwise they are skipped.

    python3 test_register_files.py --plaint BINARY --data DIR [--runs N] [--seed N]
"""
import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

NOBODY = 65534
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


def environment(workdir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_")}
    env.update(HOME=workdir, XDG_CONFIG_HOME=os.path.join(workdir, ".config"), TZ="UTC", LC_ALL="C.UTF-8",
               PLAINT_SYSTEM_CONFIG=os.path.join(workdir, "no-system-config.toml"),
               PLAINT_TODAY="2026-11-20", PLAINT_USER="tester")
    return env


def run(plaint, env, *args, user=None, timeout=120):
    prefix = []
    if user is not None:
        prefix = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"]
    return subprocess.run(prefix + [plaint, *args], env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def verifies(plaint, env, register):
    done = run(plaint, env, "--register", register, "verify")
    return done.returncode == 0 and done.stdout.startswith("ok:")


def remove_register(register):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(register + suffix):
            os.remove(register + suffix)


def contents(register):
    """The register's bytes and its -wal's."""
    parts = []
    for name in (register, register + "-wal"):
        parts.append(open(name, "rb").read() if os.path.exists(name) else None)
    return parts


def leave_wal(register, statement):
    """Commits `statement` and dies without closing: the -wal keeps it."""
    pid = os.fork()
    if pid == 0:
        try:
            db = sqlite3.connect(register, isolation_level=None)
            db.execute("PRAGMA wal_autocheckpoint = 0")
            db.execute(statement)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def killed_runs(plaint, env, work, name, command, final, runs, rng):
    """`command` killed at random moments: `final` absent or whole each time."""
    durations = []
    for _ in range(3):
        started = time.monotonic()
        done = run(plaint, env, *command)
        durations.append(time.monotonic() - started)
        check(done.returncode == 0, f"{name}: an undisturbed run failed: {done.stderr}")
        remove_register(final)
    longest = 1.5 * sorted(durations)[1]
    killed = whole = 0
    for _ in range(runs):
        proc = subprocess.Popen([plaint, *command], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, longest))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=120)
        killed += proc.returncode == -signal.SIGKILL
        if os.path.lexists(final):
            whole += 1
            check(verifies(plaint, env, final), f"{name}: killed, it left {final} that does not verify")
            remove_register(final)
    after = run(plaint, env, *command)
    check(after.returncode == 0 and verifies(plaint, env, final), f"{name}: the run after the kills: {after.stderr}")
    leftovers = [n for n in os.listdir(work) if n.startswith("." + os.path.basename(final) + ".")]
    print(f"{name}: {runs} runs killed 0-{1000 * longest:.0f} ms in ({killed} before finishing); "
          f"{whole} left the whole file, {runs - whole} nothing at {os.path.basename(final)}; "
          f"{len(leftovers)} private staging directories left behind")
    check(killed > 0, f"{name}: no run was killed before it finished")


def replaced_while_open(plaint, env, work):
    """A writer waiting for the lock while the register is swapped under it."""
    register = os.path.join(work, "reg.db")
    outcomes = []
    base = os.path.join(work, "base.db")
    run(plaint, env, "backup", base)
    for way in ("mv", "cp"):
        backup = os.path.join(work, f"{way}-backup.db")
        run(plaint, env, "log", "--summary", f"before {way}")  # in WAL mode, as a register in use is
        run(plaint, env, "backup", backup)
        holder = sqlite3.connect(register, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        old = os.path.join(work, f"{way}-old.db")
        os.link(register, old)
        proc = subprocess.Popen([plaint, "log", "--summary", f"after {way}"], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(
                os.path.realpath(os.path.join(f"/proc/{proc.pid}/fd", fd)) == register + "-wal"
                for fd in os.listdir(f"/proc/{proc.pid}/fd")):
            time.sleep(0.01)
        if way == "mv":
            os.rename(backup, register)
        else:
            shutil.copyfile(backup, register)
        holder.execute("ROLLBACK")
        holder.close()
        out, err = proc.communicate(timeout=120)
        # A copy over the file in place may also be met, before the commit,
        # as pages that do not fit together: "damaged", still exit 4.
        said = "replaced" if "was replaced" in err else "damaged" if way == "cp" and "damaged" in err else None
        check(proc.returncode == 4 and said and not out,
              f"register replaced by {way}: exit {proc.returncode}, {out!r} {err!r}")
        outcomes.append(f"{way}: {said}")
        for file in (register, old):
            summaries = [r[0] for r in sqlite3.connect(f"file:{file}?mode=ro", uri=True).execute(
                "SELECT summary FROM cases")]
            check(f"after {way}" not in summaries, f"register replaced by {way}: the case was written to {file}")
        for suffix in ("-wal", "-shm"):
            if os.path.exists(register + suffix):
                os.remove(register + suffix)
        os.remove(old)
    done = run(plaint, env, "restore", base, "--keep", os.path.join(work, "replaced-junk.db"))
    check(done.returncode == 0, f"restoring after the replacements: {done.stderr}")
    print(f"replaced under a writer ({', '.join(outcomes)}): refused, nothing written")


def stale_wal(plaint, env, work):
    register = os.path.join(work, "reg.db")
    backup = os.path.join(work, "monday.db")
    run(plaint, env, "backup", backup)
    run(plaint, env, "log", "--summary", "after the backup")
    leave_wal(register, "UPDATE register SET organisation = 'Changed later'")
    check(os.path.getsize(register + "-wal") > 0, "stale wal: no -wal was left")
    shutil.copyfile(backup, register)
    before = [open(register, "rb").read(), open(register + "-wal", "rb").read()]
    for args in (["list"], ["log", "--summary", "mixed"], ["verify"]):
        done = run(plaint, env, *args)
        check(done.returncode == 4 and "does not belong to" in done.stderr,
              f"stale wal: {args[0]}: exit {done.returncode}: {done.stderr}")
    check(before == [open(register, "rb").read(), open(register + "-wal", "rb").read()],
          "stale wal: the files changed")
    os.remove(register + "-wal")
    os.remove(register + "-shm")
    done = run(plaint, env, "list", "--format", "tsv")
    check(done.returncode == 0 and "after the backup" not in done.stdout, f"stale wal moved aside: {done.stderr}")
    print("stale -wal beside a backup copied over the register: refused by every command, nothing changed")


def register_in(plaint, env, directory):
    """A new register with one case in a new directory."""
    os.mkdir(directory)
    register = os.path.join(directory, "reg.db")
    run(plaint, env, "--register", register, "init", "--organisation", "Elsewhere")
    run(plaint, env, "--register", register, "log", "--summary", "kept", "--complainant", "Ann")
    return register


def read_only_directory(plaint, env, work):
    archive = os.path.join(work, "archive")
    register = register_in(plaint, env, archive)
    os.chmod(register, 0o444)
    os.chmod(archive, 0o555)
    for args in (["list", "--format", "tsv"], ["show", "C-2026-0001"], ["due"], ["verify"], ["report", "ko41"]):
        done = run(plaint, env, "--register", register, *args, user=NOBODY)
        check(done.returncode == 0, f"archive: {args[0]}: exit {done.returncode}: {done.stderr}")
    check(sorted(os.listdir(archive)) == ["reg.db"], f"archive: files made: {os.listdir(archive)}")
    # A -wal with changes and its -shm, in a directory nobody can write.
    os.chmod(archive, 0o755)
    os.chmod(register, 0o644)
    leave_wal(register, "UPDATE cases SET summary = 'from the wal'")
    os.chmod(archive, 0o555)
    done = run(plaint, env, "--register", register, "list", "--format", "tsv", user=NOBODY)
    check(done.returncode == 0 and "from the wal" in done.stdout, f"read-only dir with a -wal: {done.stderr}")
    log = run(plaint, env, "--register", register, "log", "--summary", "x", user=NOBODY)
    check(log.returncode == 4 and "read-only" in log.stderr and "busy" not in log.stderr,
          f"read-only dir, writing: exit {log.returncode}: {log.stderr}")
    os.chmod(archive, 0o755)
    print("register in a read-only directory: read as an archive (immutable) and with its -wal (mode=ro)")


def stale_shm(plaint, env, work):
    home = os.path.join(work, "nobody")
    register = register_in(plaint, env, home)
    os.chown(home, NOBODY, NOBODY)
    os.chown(register, NOBODY, NOBODY)
    with open(register + "-shm", "wb") as shm:  # a reader's, left read-only
        shm.write(b"\0" * 32768)
    os.chmod(register + "-shm", 0o444)
    done = run(plaint, env, "--register", register, "log", "--summary", "past the shm", user=NOBODY)
    check(done.returncode == 0, f"stale read-only -shm: exit {done.returncode}: {done.stderr}")
    # One in use by another process that this user cannot write: named.
    reader = sqlite3.connect(register)
    reader.execute("SELECT count(*) FROM cases").fetchall()
    os.chown(register + "-shm", 0, 0)
    os.chmod(register + "-shm", 0o644)
    done = run(plaint, env, "--register", register, "log", "--summary", "blocked", user=NOBODY)
    check(done.returncode == 4 and "-shm cannot be written by this user" in done.stderr,
          f"-shm in use: exit {done.returncode}: {done.stderr}")
    reader.close()
    print("stale read-only -shm: removed and made again; one in use: refused naming it")


def readers_under_write_lock(plaint, env, work):
    register = os.path.join(work, "reg.db")
    commands = [["list"], ["show", "C-2026-0001"], ["due"], ["report", "ko41"], ["search", "first"], ["verify"],
                ["explain", "C-2026-0001"], ["caseload"], ["attachments", "C-2026-0001"], ["backup", "locked.db"]]
    free = {tuple(c): run(plaint, env, *c) for c in commands if c[0] != "backup"}
    holder = sqlite3.connect(register, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    before = contents(register)
    for c in commands:
        done = run(plaint, env, *c, timeout=30)
        check(done.returncode == 0, f"under a held write lock: {c[0]}: exit {done.returncode}: {done.stderr}")
        if tuple(c) in free:
            check(done.stdout == free[tuple(c)].stdout, f"under a held write lock: {c[0]} printed something else")
    check(contents(register) == before, "under a held write lock: a read command changed the register or its -wal")
    holder.execute("ROLLBACK")
    # Stale clocks: due works them out again, stores nothing.
    fresh = run(plaint, env, "due", "--format", "json").stdout
    holder.execute("UPDATE register SET clocks_calendar = 'another calendar'")
    holder.execute("UPDATE clocks SET due = '2000-01-01' WHERE stopped_on IS NULL")
    holder.execute("BEGIN IMMEDIATE")
    done = run(plaint, env, "due", "--format", "json", timeout=30)
    check(done.returncode == 0 and done.stdout == fresh and "worked out under another calendar" in done.stderr,
          f"stale clocks under a held write lock: exit {done.returncode}, same output: {done.stdout == fresh}")
    holder.execute("ROLLBACK")
    stored = holder.execute("SELECT clocks_calendar FROM register").fetchone()[0]
    check(stored == "another calendar", "due wrote the clocks")
    # An exclusive lock (no reader can get in): busy, exit 4, after the timeout.
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE register SET organisation = organisation")
    done = run(plaint, env, "due", timeout=120)
    check(done.returncode == 4 and "busy" in done.stderr and "read-only" not in done.stderr and not done.stdout,
          f"due under an exclusive lock: exit {done.returncode}: {done.stdout!r} {done.stderr!r}")
    holder.execute("ROLLBACK")
    holder.close()
    run(plaint, env, "rebuild")
    print(f"{len(commands)} read commands under a held write lock: all worked, nothing written; stale clocks "
          "worked out in memory; an exclusive lock: busy")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    work = tempfile.mkdtemp(prefix="plaint-files-")
    os.chmod(work, 0o755)
    plaint = os.path.join(work, "plaint")
    shutil.copy(os.path.abspath(args.plaint), plaint)  # runnable by `nobody` too
    env = environment(work)
    env["PLAINT_REGISTER"] = os.path.join(work, "reg.db")
    os.chdir(work)
    run(plaint, env, "init", "--organisation", "Files ICB")
    run(plaint, env, "log", "--summary", "first", "--complainant", "Ann One")

    killed_runs(plaint, env, work, "backup", ["backup", "copy.db"], os.path.join(work, "copy.db"), args.runs, rng)
    killed_runs(plaint, env, work, "init", ["init", "new.db", "--organisation", "New"], os.path.join(work, "new.db"),
                args.runs, rng)
    killed_runs(plaint, env, work, "demo", ["demo", "demo.db", "--cases", "300"], os.path.join(work, "demo.db"),
                args.runs, rng)
    replaced_while_open(plaint, env, work)
    readers_under_write_lock(plaint, env, work)
    stale_wal(plaint, env, work)
    if os.geteuid() == 0 and shutil.which("setpriv"):
        read_only_directory(plaint, env, work)
        stale_shm(plaint, env, work)
    else:
        print("skipped (needs root and setpriv): read-only directory, stale -shm")

    print(f"seed {seed}")
    if problems:
        print("FAILED:\n  " + "\n  ".join(problems))
        print(f"work directory kept: {work}")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
