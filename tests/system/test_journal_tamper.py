#!/usr/bin/env python3
"""Tampering with the journal is caught: by the hash chain when events are
edited, deleted, reordered, inserted or swapped, and by the seals (plaint
seal) when the whole chain is recomputed after an edit, as anyone who can
write the file can do (the salt is in it). Each change is made to a copy of
a sealed register with SQL, the recomputation in Python from the journal's
documented hash definition (lib/plaint/store/journal.cpp), and `plaint
verify` must exit 1 naming the event, in text and JSON.

Also: seals deleted from the register are caught by the exported copy
(--seals FILE), an altered seal by its signature, and seals re-made with an
attacker's key by the configured public key; without a configured key,
verify says the seals prove nothing. What a seal cannot prove is asserted
too: a rewrite of events after the last seal passes.

    python3 test_journal_tamper.py --plaint BINARY --data DIR
"""
import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile


def canonical(value):
    """Canonical JSON as the journal writes it (no spaces, keys sorted)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def content_hash(salt, details):
    """The hash of an event's content (journal.hpp, format 2)."""
    return hashlib.sha256(("plaint event content\n" + salt + "\n" + details).encode("utf-8")).hexdigest()


def chain_text(row):
    """What an event's hash covers after the previous hash (journal.cpp,
    chain_text): a newline and the JSON array [seq, case, type, effective
    date, recorded at, actor, content hash]."""
    return "\n" + canonical([row["seq"], row["case_ref"], row["type"], row["effective_date"], row["recorded_at"],
                             row["actor"], row["content_hash"]])


def event_hash(prev_hash, row):
    """The journal's hash of one event: SHA-256 of the previous hash and
    chain_text. The one place to change when the hash definition does."""
    return hashlib.sha256((prev_hash + chain_text(row)).encode("utf-8")).hexdigest()


def genesis_hash(db):
    r = db.execute("SELECT salt, organisation, reference_prefix, default_procedure, created_at FROM register").fetchone()
    return hashlib.sha256(("plaint journal genesis v2\n" + canonical(list(r))).encode("utf-8")).hexdigest()


def rechain(path, change):
    """Applies `change(db)` (SQL on the events) and recomputes every hash
    and the register's head, as a forger would: the chain then walks clean."""
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    change(db)
    prev = genesis_hash(db)
    salt = db.execute("SELECT salt FROM register").fetchone()[0]
    rows = [dict(r) for r in db.execute("SELECT * FROM events ORDER BY seq")]
    for row in rows:
        if row["details"] is not None:
            row["content_hash"] = content_hash(salt, row["details"])
        row["hash"] = event_hash(prev, row)
        db.execute("UPDATE events SET prev_hash = ?, hash = ?, content_hash = ? WHERE seq = ?",
                   (prev, row["hash"], row["content_hash"], row["seq"]))
        prev = row["hash"]
    db.execute("UPDATE register SET journal_head_seq = ?, journal_head_hash = ?", (rows[-1]["seq"], prev))
    db.commit()
    db.close()


def run_sql(path, sql):
    db = sqlite3.connect(path)
    db.executescript(sql)
    db.commit()
    db.close()


def edit_actor(seq):
    return lambda db: db.execute("UPDATE events SET actor = 'someone else' WHERE seq = ?", (seq,))


def delete_and_renumber(seq):
    def change(db):
        db.execute("DELETE FROM events WHERE seq = ?", (seq,))
        db.execute("UPDATE events SET seq = -(seq - 1) WHERE seq > ?", (seq,))
        db.execute("UPDATE events SET seq = -seq WHERE seq < 0")
    return change


def swap(a, b):
    def change(db):
        db.execute("UPDATE events SET seq = -1 WHERE seq = ?", (a,))
        db.execute("UPDATE events SET seq = ? WHERE seq = ?", (a, b))
        db.execute("UPDATE events SET seq = ? WHERE seq = -1", (b,))
    return change


# The register below: events 1-6 (cases 1-6 logged), seal 1; events 7-8,
# seal 2; event 9, not sealed. (what, SQL, the event named, message part)
CHAIN = [
    ("an event edited", "UPDATE events SET actor = 'x' WHERE seq = 3", 3, "event 3 (C-2026-0003 logged) has been altered"),
    ("an event deleted", "DELETE FROM events WHERE seq = 4", 4, "event 4 is missing"),
    ("two events swapped",
     "UPDATE events SET seq = -1 WHERE seq = 2; UPDATE events SET seq = 2 WHERE seq = 3;"
     " UPDATE events SET seq = 3 WHERE seq = -1", 2, "event 2 (C-2026-0003 logged) does not follow event 1"),
    ("events reordered",
     "UPDATE events SET seq = -seq WHERE seq IN (5, 6, 7); UPDATE events SET seq = 5 WHERE seq = -7;"
     " UPDATE events SET seq = 6 WHERE seq = -5; UPDATE events SET seq = 7 WHERE seq = -6",
     5, "event 5 (C-2026-0007 logged) does not follow event 4"),
    ("an event inserted",
     "UPDATE events SET seq = -(seq + 1) WHERE seq >= 4; UPDATE events SET seq = -seq WHERE seq < 0; "
     "INSERT INTO events SELECT 4, 'C-2026-0001', 'closed', '2026-11-20', recorded_at, actor, '{}', hash, "
     "'forged', content_hash FROM events WHERE seq = 3", 4, "event 4 (C-2026-0001 closed) has been altered"),
]

# Whole chain recomputed: (what, change, the event named, message part)
RECHAINED = [
    ("an event edited, every later hash recomputed", edit_actor(3), 3,
     "event 3 (C-2026-0003 logged) differs from what seal 1 sealed at 2026-11-20T09:00:00Z"),
    ("an event after the first seal edited, every later hash recomputed", edit_actor(7), 7,
     "event 7 (C-2026-0007 logged) differs from what seal 2 sealed at 2026-11-21T09:00:00Z"),
    ("an event deleted, the later ones renumbered and rehashed", delete_and_renumber(2), 2,
     "event 2 (C-2026-0003 logged) differs from what seal 1 sealed"),
    ("two events swapped and renumbered, rehashed", swap(4, 5), 4,
     "event 4 (C-2026-0005 logged) differs from what seal 1 sealed"),
]


class Suite:
    def __init__(self, plaint, workdir):
        self.plaint, self.workdir, self.problems = plaint, workdir, []
        self.env = self.environment(os.path.join(workdir, ".config"))

    def environment(self, config_home):
        env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_")}
        env.update(HOME=self.workdir, XDG_CONFIG_HOME=config_home, TZ="UTC", LC_ALL="C.UTF-8",
                   PLAINT_SYSTEM_CONFIG=os.path.join(self.workdir, "no-system-config.toml"),
                   PLAINT_TODAY="2026-11-20", PLAINT_NOW="2026-11-20T09:00:00Z", PLAINT_USER="tester")
        return env

    def run(self, *args, env=None, now=None, check=True):
        env = dict(env or self.env)
        if now:
            env["PLAINT_NOW"] = now
        proc = subprocess.run([self.plaint, *args], env=env, capture_output=True, text=True)
        if check and proc.returncode != 0:
            raise SystemExit(f"plaint {' '.join(args)} exited {proc.returncode}: {proc.stdout}{proc.stderr}")
        return proc

    def write_config(self, config_home, key, public_key):
        os.makedirs(os.path.join(config_home, "plaint"), exist_ok=True)
        with open(os.path.join(config_home, "plaint", "config.toml"), "w", encoding="utf-8") as f:
            f.write(f'[seal]\nkey = "{key}"\n' + (f'public_key = "{public_key}"\n' if public_key else ""))

    def verify(self, register, *extra, env=None):
        text = self.run("--register", register, "verify", *extra, env=env, check=False)
        as_json = self.run("--register", register, "verify", "--format", "json", *extra, env=env, check=False)
        try:
            report = json.loads(as_json.stdout)
        except ValueError:
            report = {}
        return text, as_json.returncode, report

    def expect(self, what, register, seq, message, *extra, env=None, chain_clean=False):
        text, json_status, report = self.verify(register, *extra, env=env)
        found = [p for p in report.get("problems", []) if message in p["message"] and (p["event"] or 0) == seq]
        chain_messages = ("has been altered", "does not follow", "is missing", "journal ends")
        chain_ok = not chain_clean or not any(m in p["message"] for p in report.get("problems", [])
                                               for m in chain_messages if "seal" not in p["message"])
        ok = (text.returncode == 1 and f"FAILED: " in text.stdout and message in text.stdout and not text.stderr
              and json_status == 1 and report.get("ok") is False and found and chain_ok
              and "rebuild" not in "".join(p["message"] for p in found))
        self.report(ok, what, text.stdout.strip() or text.stderr.strip(),
                    f"expected event {seq} and '{message}'; got {report.get('problems')}")

    def report(self, ok, what, shown, why):
        print(f"{'ok' if ok else 'FAILED'}: {what}: {shown.splitlines()[0] if shown else ''}")
        if not ok:
            self.problems.append(f"{what}: {why}")

    def copy(self, original, name):
        path = os.path.join(self.workdir, name)
        shutil.copy(original, path)
        return path


def build(suite):
    """A register of 9 events with two seals, and its exported seals."""
    original = os.path.join(suite.workdir, "reg.db")
    suite.run("init", original, "--organisation", "Test ICB")
    key = os.path.join(suite.workdir, "seal.pem")
    made = suite.run("seal", "--new-key", key).stdout
    public_key = [line.split('"')[1] for line in made.splitlines() if line.startswith("public_key")][0]
    suite.write_config(suite.env["XDG_CONFIG_HOME"], key, public_key)
    for i in range(1, 7):
        suite.run("--register", original, "log", "--summary", f"case {i}", "--complainant", f"P {i}")
    suite.run("--register", original, "seal")
    for i in range(7, 9):
        suite.run("--register", original, "log", "--summary", f"case {i}")
    suite.run("--register", original, "seal", now="2026-11-21T09:00:00Z")
    suite.run("--register", original, "log", "--summary", "case 9")
    exported = os.path.join(suite.workdir, "seals.jsonl")
    suite.run("--register", original, "seal", "--export", exported)
    return original, exported, public_key


def check_schema(suite, exported, original):
    try:
        import jsonschema
    except ImportError:
        print("note: python3-jsonschema is not installed: the export's schema is not checked")
        return
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "..", "schemas", "seal.schema.json"), encoding="utf-8") as f:
        validator = jsonschema.Draft202012Validator(json.load(f))
    with open(exported, encoding="utf-8") as f:
        documents = [json.loads(line) for line in f]
    documents += json.loads(suite.run("--register", original, "seal", "--list", "--format", "json").stdout)
    errors = [e.message for d in documents for e in validator.iter_errors(d)]
    suite.report(not errors and len(documents) == 4, "the export and the list follow schemas/seal.schema.json",
                 f"{len(documents)} documents", f"{errors}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="plaint-journal-tamper-")
    suite = Suite(os.path.abspath(args.plaint), workdir)
    original, exported, public_key = build(suite)
    text, status, report = suite.verify(original, "--seals", exported)
    suite.report(status == 0 and text.returncode == 0 and report["seals"]["count"] == 2
                 and report["seals"]["key_configured"], "the untouched register verifies with its seals",
                 text.stdout.strip(), text.stdout + text.stderr)
    check_schema(suite, exported, original)

    for n, (what, sql, seq, message) in enumerate(CHAIN):
        copy = suite.copy(original, f"chain-{n}.db")
        run_sql(copy, sql)
        suite.expect(what, copy, seq, message)

    for n, (what, change, seq, message) in enumerate(RECHAINED):
        copy = suite.copy(original, f"rechained-{n}.db")
        rechain(copy, change)
        suite.expect(what, copy, seq, message, chain_clean=True)

    # What a seal cannot prove: events after the last seal, rewritten.
    copy = suite.copy(original, "after-last-seal.db")
    rechain(copy, edit_actor(9))
    text, status, _ = suite.verify(copy)
    suite.report(status == 0, "an event after the last seal rewritten passes (not sealed yet)", text.stdout.strip(),
                 f"exit {status}: {text.stdout}")

    copy = suite.copy(original, "seals-deleted.db")
    run_sql(copy, "DELETE FROM seals")
    text, status, report = suite.verify(copy)
    suite.report(status == 0 and "the register has no seals although a [seal] public_key is configured" in text.stdout,
                 "seals deleted: the register alone says it has none", text.stdout.strip(), text.stdout)
    suite.expect("seals deleted, caught by the exported copy", copy, 0,
                 f"seal 1 of {exported} is not in the register: seals were deleted from it", "--seals", exported)

    copy = suite.copy(original, "rechained-seals-deleted.db")
    rechain(copy, edit_actor(3))
    run_sql(copy, "DELETE FROM seals")
    suite.expect("history recomputed and the seals deleted, caught by the exported copy", copy, 3,
                 f"event 3 (C-2026-0003 logged) differs from what seal 1 of {exported} sealed", "--seals", exported)

    copy = suite.copy(original, "signature.db")
    run_sql(copy, "UPDATE seals SET signature = replace(signature, substr(signature, 1, 1), "
                  "CASE substr(signature, 1, 1) WHEN '0' THEN '1' ELSE '0' END) WHERE number = 1")
    suite.expect("a seal's signature altered", copy, 0, "seal 1's signature does not match its contents")

    copy = suite.copy(original, "sealed-hash.db")
    run_sql(copy, "UPDATE seals SET seq = 5 WHERE number = 1")
    suite.expect("a seal's head edited", copy, 0, "seal 1's signature does not match its contents")

    # The forger rewrites history, deletes the seals and seals again with a
    # key of their own: the register's stored public key is theirs.
    copy = suite.copy(original, "forged-key.db")
    rechain(copy, edit_actor(3))
    run_sql(copy, "DELETE FROM seals")
    forger_home = os.path.join(workdir, "forger")
    forger_key = os.path.join(workdir, "forger.pem")
    forger = suite.environment(forger_home)
    suite.run("seal", "--new-key", forger_key, env=forger)
    suite.write_config(forger_home, forger_key, None)
    suite.run("--register", copy, "seal", env=forger)
    suite.expect("seals re-made with another key, caught by the configured public key", copy, 0,
                 "seal 1 was signed with key", env=suite.env)
    text, status, _ = suite.verify(copy, env=forger)
    suite.report(status == 0 and "they prove nothing until the public key is configured" in text.stdout,
                 "without a configured public key, verify says the seals prove nothing", text.stdout.strip(),
                 text.stdout)

    copy = suite.copy(original, "key-replaced.db")
    other = suite.run("seal", "--new-key", os.path.join(workdir, "other.pem")).stdout
    other_key = [line.split('"')[1] for line in other.splitlines() if line.startswith("public_key")][0]
    run_sql(copy, f"UPDATE seals SET public_key = '{other_key}'")
    suite.expect("the stored public key replaced", copy, 0, "which is not the configured [seal] public_key")

    if suite.problems:
        print("FAILED:\n  " + "\n  ".join(suite.problems))
        print(f"work directory kept: {workdir}")
        return 1
    shutil.rmtree(workdir, ignore_errors=True)
    print("ok: every tampering was caught and named")
    return 0


if __name__ == "__main__":
    sys.exit(main())
