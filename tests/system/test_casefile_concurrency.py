#!/usr/bin/env python3
"""Four writers at once on the case file: each process loops for a few
seconds over `plaint note`, `plaint correspondence`, `plaint attach` (small
files) and steps (`plaint log` and `plaint ack` on cases of its own, `plaint
learn` and `plaint contribution request` on cases every writer shares), on
the shared cases and on its own, at the same time as the others, through the
real binary only (so it holds wherever the register keeps attachment
content).

Passes when every command exited 0 with nothing on stderr (a writer that
finds the register busy waits: no "busy" or "locked" failure); every note,
item of correspondence, attachment and event that a command reported is in
the register afterwards, as `show`, `correspondence` and `attachments` list
them with --format json (notes with their text, correspondence with its
subject and the attachment it came with, attachments byte-identical through
`extract`), and nothing else is; the journal holds exactly as many events as
commands succeeded; and `plaint verify` finds the register intact.

    python3 test_casefile_concurrency.py --plaint BINARY [--data DIR] [--seconds S]
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

WRITERS = 4
SHARED = 2          # cases every writer writes to
MAX_ROUNDS = 200    # a bound on each writer's loop, whatever the speed


def environment(workdir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_")}
    env.update(HOME=workdir, XDG_CONFIG_HOME=os.path.join(workdir, ".config"), TZ="UTC", LC_ALL="C.UTF-8",
               PLAINT_SYSTEM_CONFIG=os.path.join(workdir, "no-system-config.toml"),
               PLAINT_REGISTER=os.path.join(workdir, "reg.db"), PLAINT_TODAY="2026-11-20")
    return env


class Failed(Exception):
    pass


def plaint_json(plaint, env, name, *args):
    """Runs one command as `name` with --format json; its parsed output."""
    proc = subprocess.run([plaint, "--as", name, "--format", "json", *args], env=env, capture_output=True,
                          stdin=subprocess.DEVNULL, text=True, timeout=300)
    if proc.returncode != 0 or proc.stderr:
        raise Failed(f"{name}: plaint {' '.join(args)}: exit {proc.returncode}, stderr {proc.stderr!r}")
    return json.loads(proc.stdout)


def digest(data):
    return hashlib.sha256(data).hexdigest()


class Record:
    """What the commands that succeeded reported, by case."""

    def __init__(self):
        self.lock = threading.Lock()
        self.events = {}          # ref -> set of seq
        self.notes = {}           # ref -> {id: text}
        self.letters = {}         # ref -> {id: (subject, [attachment ids])}
        self.attachments = {}     # ref -> {id: (sha256, path)}
        self.commands = 0

    def event(self, ref, seq):
        with self.lock:
            self.commands += 1
            if seq in self.events.setdefault(ref, set()):
                raise Failed(f"event {seq} reported twice")
            self.events[ref].add(seq)


def writer(plaint, env, work, name, shared, deadline, record, failures):
    """Until the deadline: logs a case of its own and, round by round, notes,
    letters, attachments and steps on it and on the shared cases."""
    try:
        own = None
        for i in range(MAX_ROUNDS):
            if time.monotonic() > deadline:
                break
            if i % 4 == 0:
                logged = plaint_json(plaint, env, name, "log", "--summary", f"{name} case {i}", "--complainant",
                                     f"{name} complainant {i}")
                own = logged["reference"]
                record.event(own, _logged_seq(plaint, env, own))
                step = plaint_json(plaint, env, name, "ack", own, "--method", "email")
                record.event(own, step["seq"])
            ref = shared[i % len(shared)] if i % 2 == 0 else own
            text = f"{name} round {i}: rang the complainant"
            event = plaint_json(plaint, env, name, "note", ref, text)
            record.event(ref, event["seq"])
            with record.lock:
                record.notes.setdefault(ref, {})[event["details"]["personal"][0]["id"]] = text
            path = os.path.join(work, f"{name}-{i}.pdf")
            content = b"%PDF-1.4\n" + f"{name} {i}\n".encode() + os.urandom(500 + 37 * i)
            with open(path, "wb") as f:
                f.write(content)
            attached = plaint_json(plaint, env, name, "attach", ref, path)
            if len(attached) != 1 or attached[0]["sha256"] != digest(content):
                raise Failed(f"{name}: attach printed {attached}")
            with record.lock:
                record.commands += 1
                record.attachments.setdefault(ref, {})[attached[0]["id"]] = (digest(content), path)
            subject = f"{name} round {i}: our letter"
            event = plaint_json(plaint, env, name, "correspondence", ref, "--direction", "out", "--channel", "letter",
                                "--subject", subject, "--attachment", str(attached[0]["id"]))
            record.event(ref, event["seq"])
            with record.lock:
                record.letters.setdefault(ref, {})[event["details"]["personal"][0]["id"]] = (subject,
                                                                                           [attached[0]["id"]])
            other = shared[(i + 1) % len(shared)]
            if i % 3 == 0:
                step = plaint_json(plaint, env, name, "contribution", "request", other, "--from", f"Ward {name}")
            else:
                step = plaint_json(plaint, env, name, "learn", other, "--lesson", f"{name} lesson {i}")
            record.event(other, step["seq"])
    except (Failed, json.JSONDecodeError, KeyError, IndexError) as e:
        failures.append(f"{name}: {e}")


def _logged_seq(plaint, env, ref):
    """The seq of a case's "logged" event (log prints the case, not the event)."""
    shown = plaint_json(plaint, env, "reader", "show", ref)
    return next(e["seq"] for e in shown["events"] if e["type"] == "logged")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args()
    plaint = os.path.abspath(args.plaint)
    problems = []
    with tempfile.TemporaryDirectory() as work:
        env = environment(work)
        subprocess.run([plaint, "init", "--organisation", "Test ICB"], env=env, check=True, capture_output=True)
        record = Record()
        shared = []
        for s in range(SHARED):
            ref = plaint_json(plaint, env, "setup", "log", "--summary", f"shared {s}", "--complainant",
                              f"shared {s}")["reference"]
            shared.append(ref)
            record.event(ref, _logged_seq(plaint, env, ref))
            record.event(ref, plaint_json(plaint, env, "setup", "ack", ref, "--method", "letter")["seq"])
        failures = []
        deadline = time.monotonic() + args.seconds
        threads = [threading.Thread(target=writer, args=(plaint, env, work, f"writer{w}", shared, deadline, record,
                                                         failures)) for w in range(WRITERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        problems += failures
        busy = [f for f in failures if "busy" in f.lower() or "locked" in f.lower()]
        if busy:
            problems.append(f"{len(busy)} commands failed on a busy register instead of waiting")

        cases = plaint_json(plaint, env, "reader", "list")
        refs = sorted(c["reference"] for c in cases)
        if refs != sorted(record.events):
            problems.append(f"the register lists {refs}, the writers logged or wrote to {sorted(record.events)}")
        notes = letters = attachments = 0
        for ref in refs:
            shown = plaint_json(plaint, env, "reader", "show", ref)
            # attach prints the attachments, not their events: those are
            # counted, the others matched by number.
            seqs = {e["seq"] for e in shown["events"] if e["type"] != "attached"}
            if seqs != record.events.get(ref, set()):
                problems.append(f"{ref}: events {sorted(seqs)}, reported {sorted(record.events.get(ref, set()))}")
            attached_events = sum(1 for e in shown["events"] if e["type"] == "attached")
            if attached_events != len(record.attachments.get(ref, {})):
                problems.append(f"{ref}: {attached_events} attached events, {len(record.attachments.get(ref, {}))} "
                                f"attachments reported")
            got_notes = {n["id"]: n["text"] for n in shown["notes"]}
            if got_notes != record.notes.get(ref, {}):
                problems.append(f"{ref}: notes {got_notes}, recorded {record.notes.get(ref, {})}")
            listed = plaint_json(plaint, env, "reader", "correspondence", ref)
            got_letters = {c["id"]: (c["subject"], c["attachments"]) for c in listed}
            if got_letters != record.letters.get(ref, {}) or len(shown["correspondence"]) != len(listed):
                problems.append(f"{ref}: correspondence {got_letters}, recorded {record.letters.get(ref, {})}")
            got_attachments = {a["id"]: a["sha256"] for a in plaint_json(plaint, env, "reader", "attachments", ref)}
            wanted = {i: sha for i, (sha, _) in record.attachments.get(ref, {}).items()}
            if got_attachments != wanted:
                problems.append(f"{ref}: attachments {got_attachments}, attached {wanted}")
            for i, (sha, path) in sorted(record.attachments.get(ref, {}).items())[:3]:
                out = os.path.join(work, f"out-{i}")
                subprocess.run([plaint, "extract", ref, str(i), "-o", out], env=env, check=True, capture_output=True)
                with open(out, "rb") as f:
                    if digest(f.read()) != sha:
                        problems.append(f"attachment {i} of {ref} extracts other bytes")
                os.unlink(out)
            notes += len(got_notes)
            letters += len(got_letters)
            attachments += len(got_attachments)
        events = sum(len(s) for s in record.events.values()) + sum(len(a) for a in record.attachments.values())
        verify = subprocess.run([plaint, "--format", "json", "verify"], env=env, capture_output=True, text=True)
        try:
            verified = json.loads(verify.stdout)
        except json.JSONDecodeError:
            verified = {}
        if verify.returncode != 0 or verified.get("events") != events or verified.get("cases") != len(refs):
            problems.append(f"plaint verify: exit {verify.returncode}, {verify.stdout[:400]}{verify.stderr}; "
                            f"expected {events} events, {len(refs)} cases")
        shared_notes = sum(len(record.notes.get(ref, {})) for ref in shared)
        if not failures and (shared_notes < WRITERS or len(refs) < SHARED + WRITERS):
            problems.append(f"the writers overlapped too little to test anything: {len(refs)} cases, "
                            f"{shared_notes} notes on the shared cases")
    for p in problems:
        print("FAILED:", p)
    if problems:
        return 1
    print(f"ok: {WRITERS} writers for {args.seconds:g} s, {record.commands} commands: {len(refs)} cases, "
          f"{events} events, {notes} notes, {letters} items of correspondence, {attachments} attachments; "
          f"verify clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
