#!/usr/bin/env python3
"""Two overlapping `plaint remind` runs never send a digest twice.

The SMTP server of test_remind_smtp.py (aiosmtpd on 127.0.0.1) holds the
first run's first message unanswered, so that run is stopped in the middle
of sending: its claim is committed in the register, its delivery is not yet
recorded. A second run started then must skip that digest ("being sent by
another plaint remind run") and send only what nobody has claimed. When the
first run is let go it finishes, and a third run sends nothing. The overlap
is made by the server's gate, not by timing: each step waits for an event.

    python3 test_remind_overlap.py --plaint BINARY --data DIR

Exit 0 pass (or skipped, with a note), 1 fail.
"""
import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_remind_smtp as smtp  # noqa: E402  (re-runs under /usr/bin/python3 when aiosmtpd is missing)


class GatedMailbox(smtp.Mailbox):
    """Holds the first message's DATA until `gate` is set; `arrived` is set
    when that message is in."""

    def __init__(self):
        super().__init__()
        self.refuse = False
        self.gate = threading.Event()
        self.arrived = threading.Event()
        self.held = False

    async def handle_DATA(self, server, session, envelope):
        hold = not self.held
        self.held = True
        if hold:
            self.arrived.set()
            while not self.gate.is_set():  # without blocking the server's other connections
                await asyncio.sleep(0.05)
        return await super().handle_DATA(server, session, envelope)


def recipients(envelopes):
    return sorted(rcpt for _, rcpts, _, _ in envelopes for rcpt in rcpts)


def overlap(f, plaint, config, mailbox):
    # Every owner, in owner order: kim (no address: each run exits 1 for
    # that), lee (the message held), sam, zoe, then the manager's summary.
    args = ["remind"]
    first = subprocess.Popen([plaint.binary, "--config", config] + args, env=plaint.env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        if not f.check(mailbox.arrived.wait(120), "the first run's first message reached the server"):
            return
        # The first run is now inside its delivery of lee's digest.
        second = plaint.run(*args, config=config)
        f.equal(second.returncode, 1, f"second run: exit status, kim having no address ({second.stderr!r})")
        f.check("lee: being sent by another plaint remind run" in second.stdout,
                f"second run: lee's digest left to the first run: {second.stdout!r}")
        f.check("sam: sent to sam@example.org" in second.stdout, f"second run: sent sam's: {second.stdout!r}")
        claims = plaint_claims(plaint)
        f.equal(claims, [("digest", "lee")], "while the first run sends, its claim is in the register")
    finally:
        mailbox.gate.set()
        out, err = first.communicate(timeout=300)
    f.equal(first.returncode, 1, f"first run: exit status, kim having no address ({err!r})")
    f.check("lee: sent to lee@refused.example.org" in out, f"first run: sent lee's digest: {out!r}")
    f.check("sam: already sent today" in out, f"first run: sam's was sent by the second: {out!r}")
    third = plaint.run(*args, config=config)
    f.equal(third.returncode, 1, f"third run: exit status ({third.stderr!r})")
    for owner in ("lee", "sam", "zoe"):
        f.check(f"{owner}: already sent today" in third.stdout, f"third run: {owner}'s already sent: {third.stdout!r}")
    got = recipients(mailbox.take())
    f.equal(got, ["lee@refused.example.org", "manager@example.org", "sam@example.org", "zoe@example.org"],
            "each digest and the summary delivered exactly once")
    sent = [(kind, owner) for kind, owner, _, status, *_ in plaint.reminders() if status == "sent"]
    f.equal(sorted(sent), [("digest", "lee"), ("digest", "sam"), ("digest", "zoe"), ("summary", "")],
            "one 'sent' row each")
    f.equal(plaint_claims(plaint), [], "no claim is left once the runs are over")


def plaint_claims(plaint):
    import sqlite3
    db = sqlite3.connect(os.path.join(plaint.work, "register.plaint"))
    try:
        return db.execute("SELECT kind, owner FROM reminder_claims ORDER BY kind, owner").fetchall()
    finally:
        db.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="plaint-remind-overlap-")
    f = smtp.Failures()
    try:
        plaint = smtp.Plaint(os.path.abspath(args.plaint), work)
        smtp.build_register(plaint)
        mailbox = GatedMailbox()
        server = smtp.start_server(mailbox)
        try:
            overlap(f, plaint, plaint.config("config.toml", server.port), mailbox)
        finally:
            server.stop()
    finally:
        if f.problems:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    for problem in f.problems:
        print("FAIL:", problem)
    if f.problems:
        return 1
    print("ok: a run overlapping another skipped the digest it had claimed; each message went once")
    return 0


if __name__ == "__main__":
    sys.exit(main())
