#!/usr/bin/env python3
"""A register a group shares on one machine (plaint init --group).

Run as root, the test plays three accounts with setpriv: two handlers in the
group (the system accounts `daemon` and `bin`, given the group `users` as
their only supplementary group) and one outsider (`nobody`, no groups). No
account or group is created or changed on the machine.

1. init --group makes the register 0660 and the group's, refusing an unknown
   group (exit 2), a directory that is not the group's set-group-ID directory
   and an account outside the group (exit 4), leaving nothing behind.
2. Each handler writes under its own umask (077); the -wal, -shm and
   documents made are the group's and readable by the other handler; nobody
   gets a permission warning.
3. The actor of every event is the account's login name: PLAINT_USER or --as
   naming anyone else is refused (exit 2) and changes nothing; --as naming the
   account itself is accepted.
4. The outsider cannot read it (exit 4, "Permission denied"), and writes
   nothing.
5. Both handlers log cases at once: every reference printed is stored, none
   twice, and verify passes as either handler.
6. A shared register opened to others (chmod o+r) is warned about again.
7. A handler's backup is private to the handler; a document lost from the
   shared directory and put back by restoring it is the group's again (0440),
   and the other handler's verify passes.

Exits 77 (CTest's skip) unless run as root with setpriv.

    python3 test_shared_register.py --plaint BINARY --data DIR
"""
import argparse
import grp
import json
import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

SKIP = 77
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)
    return condition


class Account:
    def __init__(self, name, groups):
        entry = pwd.getpwnam(name)
        self.name, self.uid, self.gid, self.groups = name, entry.pw_uid, entry.pw_gid, groups

    def prefix(self):
        groups = ["--groups=" + ",".join(str(g) for g in self.groups)] if self.groups else ["--clear-groups"]
        return ["setpriv", f"--reuid={self.uid}", f"--regid={self.gid}", *groups]


def environment(work):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_") and k not in ("LOGNAME", "USER")}
    env.update(HOME=work, XDG_CONFIG_HOME=os.path.join(work, ".config"), TZ="UTC", LC_ALL="C.UTF-8",
               PLAINT_SYSTEM_CONFIG=os.path.join(work, "no-system-config.toml"), PLAINT_TODAY="2026-11-20",
               LOGNAME="someone-else")  # never taken as the actor of a shared register
    return env


def run(plaint, env, account, *args, extra_env=None):
    e = dict(env, **(extra_env or {}))
    # umask 077: SQLite must still give the -wal and -shm the register's mode.
    return subprocess.run(account.prefix() + ["sh", "-c", 'umask 077; exec "$@"', "sh", plaint, *args], env=e,
                          capture_output=True, text=True, timeout=120)


def journal(plaint, env, account, register):
    r = run(plaint, env, account, "--register", register, "list", "--format", "json")
    refs = [c["reference"] for c in json.loads(r.stdout)] if r.returncode == 0 else []
    events = []
    for ref in refs:
        s = run(plaint, env, account, "--register", register, "show", ref, "--format", "json")
        events += json.loads(s.stdout)["events"] if s.returncode == 0 else []
    return refs, events


def refusals(plaint, env, alice, outsider, work, users):
    plain = os.path.join(work, "plain")
    os.mkdir(plain)
    os.chown(plain, alice.uid, users)
    os.chmod(plain, 0o2750)  # the group's and set-group-ID, but the group may not write
    r = run(plaint, env, alice, "init", os.path.join(plain, "reg.db"), "--organisation", "X", "--group", "users")
    check(r.returncode == 4 and "is not a directory the group users shares" in r.stderr
          and "chmod 2770" in r.stderr, f"init in a directory the group may not write: {r.returncode} {r.stderr}")
    os.chmod(plain, 0o0770)  # writable by the group, but no set-group-ID bit
    r = run(plaint, env, alice, "init", os.path.join(plain, "reg.db"), "--organisation", "X", "--group", "users")
    check(r.returncode == 4 and "is not a directory the group users shares" in r.stderr,
          f"init in a directory without the set-group-ID bit: {r.returncode} {r.stderr}")
    r = run(plaint, env, alice, "init", os.path.join(plain, "reg.db"), "--organisation", "X", "--group",
            "no-such-group-here")
    check(r.returncode == 2 and "there is no group 'no-such-group-here'" in r.stderr,
          f"init for an unknown group: {r.returncode} {r.stderr}")
    os.chmod(plain, 0o2777)
    r = run(plaint, env, outsider, "init", os.path.join(plain, "reg.db"), "--organisation", "X", "--group", "users")
    check(r.returncode == 4 and "you are not a member of it" in r.stderr,
          f"init by an account outside the group: {r.returncode} {r.stderr}")
    check(os.listdir(plain) == [], f"refused inits left files: {os.listdir(plain)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    args = parser.parse_args()
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        print("skipped: needs root and setpriv to play several accounts")
        return SKIP
    users = grp.getgrnam("users").gr_gid
    alice, bob = Account("daemon", [users]), Account("bin", [users])
    outsider = Account("nobody", [])

    work = tempfile.mkdtemp(prefix="plaint-shared-")
    os.chmod(work, 0o755)
    plaint = os.path.join(work, "plaint")
    shutil.copy(os.path.abspath(args.plaint), plaint)
    os.chmod(plaint, 0o755)
    env = environment(work)
    refusals(plaint, env, alice, outsider, work, users)

    team = os.path.join(work, "team")
    os.mkdir(team)
    os.chown(team, alice.uid, users)
    os.chmod(team, 0o2770)
    register = os.path.join(team, "reg.db")

    # 1. The register, the group's.
    r = run(plaint, env, alice, "init", register, "--organisation", "Team ICB", "--group", "users")
    check(r.returncode == 0 and "Shared by the group users" in r.stdout, f"init --group: {r.returncode} {r.stderr}")
    st = os.stat(register)
    check(stat.S_IMODE(st.st_mode) == 0o660 and st.st_gid == users,
          f"register mode {stat.S_IMODE(st.st_mode):o}, group {st.st_gid}")

    # 2 and 3. Handlers write; the actor is the account.
    reg = ["--register", register]
    r = run(plaint, env, bob, *reg, "log", "--summary", "first", "--complainant", "Ann One")
    check(r.returncode == 0 and r.stderr == "", f"log by a handler: {r.returncode} {r.stderr}")
    first = r.stdout.strip()
    r = run(plaint, env, alice, *reg, "ack", first, "--method", "letter")
    check(r.returncode == 0 and r.stderr == "", f"ack by the other handler: {r.returncode} {r.stderr}")
    letter = os.path.join(work, "letter.txt")
    with open(letter, "w") as f:
        f.write("Dear Ann One\n")
    os.chmod(letter, 0o644)
    r = run(plaint, env, bob, *reg, "attach", first, letter)
    check(r.returncode == 0, f"attach by a handler: {r.returncode} {r.stderr}")
    documents = register + "-documents"
    for root, dirs, files in os.walk(documents):
        for name in dirs + files + ["."]:
            path = os.path.join(root, name)
            s = os.stat(path)
            want = 0o2770 if stat.S_ISDIR(s.st_mode) else 0o440
            check(stat.S_IMODE(s.st_mode) == want and s.st_gid == users,
                  f"{os.path.relpath(path, work)}: mode {stat.S_IMODE(s.st_mode):o}, group {s.st_gid}")
    for suffix in ("-wal", "-shm"):
        if os.path.exists(register + suffix):
            s = os.stat(register + suffix)
            check(stat.S_IMODE(s.st_mode) == 0o660 and s.st_gid == users,
                  f"{suffix}: mode {stat.S_IMODE(s.st_mode):o}, group {s.st_gid}")

    refs, events = journal(plaint, env, alice, register)
    before = len(events)
    for who, extra, what in ((alice, {"PLAINT_USER": "mallory"}, "PLAINT_USER"), (bob, {}, "--as")):
        argv = [*reg, "note", first, "a note"] if what == "PLAINT_USER" else \
            [*reg, "--as", "mallory", "note", first, "a note"]
        r = run(plaint, env, who, *argv, extra_env=extra)
        check(r.returncode == 2 and "shared by the group users" in r.stderr and f"({who.name})" in r.stderr,
              f"{what} naming someone else: {r.returncode} {r.stderr}")
    r = run(plaint, env, bob, *reg, "--as", bob.name, "note", first, "by bin")
    check(r.returncode == 0, f"--as naming the account itself: {r.returncode} {r.stderr}")
    refs, events = journal(plaint, env, bob, register)
    check(len(events) == before + 1, f"refused writes changed the journal: {before} then {len(events)} events")
    actors = [e["actor"] for e in events]
    check(actors[:2] == [bob.name, alice.name] and set(actors) <= {alice.name, bob.name},
          f"actors recorded: {actors}")

    # 4. The outsider.
    r = run(plaint, env, outsider, *reg, "list")
    check(r.returncode == 4 and "Permission denied" in r.stderr, f"outsider's list: {r.returncode} {r.stderr}")
    r = run(plaint, env, outsider, *reg, "log", "--summary", "intruder")
    check(r.returncode == 4, f"outsider's log: {r.returncode} {r.stderr}")

    # 5. Both handlers at once.
    def logs(account):
        out = []
        for i in range(8):
            r = run(plaint, env, account, *reg, "log", "--summary", f"by {account.name} {i}")
            out.append((r.returncode, r.stdout.strip(), r.stderr))
        return out
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = [x for batch in pool.map(logs, [alice, bob]) for x in batch]
    failed = [x for x in results if x[0] != 0]
    check(not failed, f"concurrent logs failed: {failed[:3]}")
    printed = [x[1] for x in results if x[0] == 0]
    refs, events = journal(plaint, env, alice, register)
    check(len(set(printed)) == len(printed) and set(printed) <= set(refs),
          f"concurrent logs: printed {printed}, stored {refs}")
    for account in (alice, bob):
        r = run(plaint, env, account, *reg, "verify")
        check(r.returncode == 0 and r.stderr == "", f"verify as {account.name}: {r.returncode} {r.stdout} {r.stderr}")

    # 7. A document lost from the shared directory, put back by restoring a
    # handler's backup: the backup is the handler's own; what restore puts
    # back is the group's again, and the other handler can verify.
    private = os.path.join(work, "bin-home")
    os.mkdir(private)
    os.chown(private, bob.uid, bob.gid)
    backup = os.path.join(private, "backup.db")
    r = run(plaint, env, bob, *reg, "backup", backup)
    check(r.returncode == 0, f"backup by a handler: {r.returncode} {r.stderr}")
    check(stat.S_IMODE(os.stat(backup).st_mode) == 0o600 and os.stat(backup).st_uid == bob.uid,
          "a handler's backup is not private to the handler")
    lost = [os.path.join(root, f) for root, _, files in os.walk(documents) for f in files]
    check(len(lost) == 1, f"documents before the loss: {lost}")
    for path in lost:
        os.unlink(path)
    r = run(plaint, env, alice, *reg, "verify")
    check(r.returncode == 1, f"verify with a document lost: {r.returncode} {r.stdout}")
    r = run(plaint, env, bob, *reg, "restore", backup)
    check(r.returncode == 0, f"restore by a handler: {r.returncode} {r.stderr}")
    for path in lost:
        s = os.stat(path) if os.path.exists(path) else None
        check(s is not None and stat.S_IMODE(s.st_mode) == 0o440 and s.st_gid == users,
              f"restored document {os.path.relpath(path, work)}: "
              f"{'missing' if s is None else oct(stat.S_IMODE(s.st_mode)) + ' group ' + str(s.st_gid)}")
    r = run(plaint, env, alice, *reg, "verify")
    check(r.returncode == 0 and r.stderr == "", f"verify after the restore: {r.returncode} {r.stdout} {r.stderr}")

    # 6. Opened to others: warned about.
    os.chmod(register, 0o664)
    r = run(plaint, env, alice, *reg, "list")
    check(r.returncode == 0 and "is readable by others" in r.stderr, f"o+r not warned about: {r.stderr}")

    if problems:
        print("FAILED:\n  " + "\n  ".join(problems))
        print(f"work directory kept: {work}")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
