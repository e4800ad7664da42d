#!/usr/bin/env python3
"""plaint remind delivers through a real SMTP server.

An aiosmtpd server on 127.0.0.1 (a free port) receives the digests that
`plaint remind` sends over libcurl (smtp:// to loopback: STARTTLS only when
offered). Each message is parsed with Python's email package (policy=default)
and checked: envelope sender and recipients, From, To, Date, Message-ID,
Subject with counts (RFC 2047 for a name that is not ASCII), MIME and UTF-8,
the body lines, and that no complainant's details are anywhere in it. Then:
a recipient the server refuses is recorded as failed while the others go,
and the next run retries it alone; AUTH with the password read from an
environment variable (and a wrong password refused and recorded); and a
server whose STARTTLS certificate is not trusted gets nothing.

    python3 test_remind_smtp.py --plaint BINARY --data DIR

aiosmtpd is Debian's python3-aiosmtpd: when the python3 running this cannot
import it (pyenv's), the script runs itself again under /usr/bin/python3.
Exit 0 pass (or skipped, with a note), 1 fail.
"""
import argparse
import datetime
import email
import email.policy
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import logging
import warnings

try:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword
except ImportError:  # pyenv's python3 does not see Debian's packages
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    print("skipped: python3-aiosmtpd is not installed")
    sys.exit(0)

# The refused STARTTLS handshake and AUTH without TLS are meant: not noise to show.
logging.getLogger("mail.log").setLevel(logging.CRITICAL)
warnings.filterwarnings("ignore", module="aiosmtpd")

FROM = "complaints@example.org"
PASSWORD_VARIABLE = "PLAINT_TEST_SMTP_PASSWORD"
PASSWORD = "correct horse battery staple"

CONFIG = """\
[remind]
from = "Complaints team <complaints@example.org>"
manager = "Head of Complaints <manager@example.org>"
transport = "smtp"
smtp_url = "smtp://127.0.0.1:{port}"
{auth}
[people.sam]
email = "sam@example.org"
name = "Sam Jones"

[people.zoe]
email = "zoe@example.org"
name = "Zoë Brontë"

[people.lee]
email = "lee@refused.example.org"
"""

# The register, on Friday 20 November 2026:
#      November 2026
#   Mo Tu We Th Fr Sa Su
#    9 10 11 12 13 14 15
#   16 17 18 19 20 21 22
#   23 24 25 26 27 28 29
# Acknowledgements are due 3 working days after receipt.
CASES = [
    # received, owner, extra arguments; reference
    ("2026-11-10", "sam", ["--complainant", "Ann Smith", "--complainant-contact", "ann.smith@example.net"]),  # 0001: due Fri 13, 5 late
    ("2026-11-19", "sam", []),   # 0002: due Tue 24, 2 left
    ("2026-11-17", "zoe", []),   # 0003: due today
    ("2026-11-18", "lee", []),   # 0004: due Mon 23, 1 left
    ("2026-11-18", "kim", []),   # 0005: kim has no [people.kim]
]


class Mailbox:
    """An aiosmtpd handler that keeps what it receives and refuses recipients
    at refused.example.org while `refuse` is set."""

    def __init__(self):
        self.envelopes = []
        self.refuse = True
        self.logins = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse and address.endswith("@refused.example.org"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content,
                                   getattr(session, "authenticated", False)))
        return "250 Message accepted"

    def authenticator(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"plaint" and \
            auth_data.password == PASSWORD.encode()
        self.logins.append((mechanism, ok))
        return AuthResult(success=ok)

    def take(self):
        with self.lock:
            found, self.envelopes = self.envelopes, []
        return found


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(mailbox, **options):
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port(), **options)
    controller.start()
    return controller


class Failures:
    def __init__(self):
        self.problems = []

    def check(self, condition, what):
        if not condition:
            self.problems.append(what)
        return condition

    def equal(self, actual, expected, what):
        return self.check(actual == expected, f"{what}: expected {expected!r}, got {actual!r}")


class Plaint:
    def __init__(self, binary, work):
        self.binary = binary
        self.work = work
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_")}
        self.env.update(HOME=work, XDG_CONFIG_HOME=os.path.join(work, ".config"), TZ="UTC", LC_ALL="C.UTF-8",
                        PLAINT_SYSTEM_CONFIG=os.path.join(work, "no-system-config.toml"),
                        PLAINT_REGISTER=os.path.join(work, "register.plaint"), PLAINT_TODAY="2026-11-20",
                        PLAINT_NOW="2026-11-20T09:30:00Z", PLAINT_USER="cco")

    def run(self, *args, config=None, extra_env=None):
        env = dict(self.env, **(extra_env or {}))
        command = [self.binary] + (["--config", config] if config else []) + list(args)
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)

    def must(self, *args, **kwargs):
        proc = self.run(*args, **kwargs)
        if proc.returncode != 0:
            raise SystemExit(f"plaint {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
        return proc.stdout

    def config(self, name, port, auth=""):
        path = os.path.join(self.work, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(CONFIG.format(port=port, auth=auth))
        return path

    def reminders(self):
        db = sqlite3.connect(os.path.join(self.work, "register.plaint"))
        try:
            return db.execute("SELECT kind, owner, recipient, status, items, message_id, error FROM reminders"
                              " ORDER BY id").fetchall()
        finally:
            db.close()


def build_register(plaint):
    plaint.must("init", "--organisation", "Test ICB")
    for received, owner, extra in CASES:
        plaint.must("log", "--received", received, "--channel", "email", "--summary", "Confidential summary text",
                    "--owner", owner, *extra)


def parse(raw):
    return email.message_from_bytes(raw, policy=email.policy.default)


def check_wire_format(f, raw, who):
    """CRLF line ends only, header lines within 78 characters, 7bit or QP body."""
    f.equal(raw.count(b"\n"), raw.count(b"\r\n"), f"{who}: every line ends in CRLF")
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        f.check(len(line) <= 78, f"{who}: header line longer than 78: {line!r}")
        f.check(all(b < 0x80 for b in line), f"{who}: header line not ASCII: {line!r}")
    f.check(b"Smith" not in raw and b"ann.smith" not in raw and b"Confidential" not in raw,
            f"{who}: personal data or the case summary in the message")


def check_common(f, msg, who, message_ids):
    f.equal(msg["From"].addresses[0].display_name, "Complaints team", f"{who}: From name")
    f.equal(msg["From"].addresses[0].addr_spec, FROM, f"{who}: From address")
    f.equal(msg["Date"].datetime, datetime.datetime(2026, 11, 20, 9, 30, tzinfo=datetime.timezone.utc), f"{who}: Date")
    f.check(re.fullmatch(r"<plaint\.20261120T093000Z\.[0-9a-f]{16}@example\.org>", msg["Message-ID"] or ""),
            f"{who}: Message-ID {msg['Message-ID']!r}")
    f.check(msg["Message-ID"] not in message_ids, f"{who}: Message-ID {msg['Message-ID']} used twice")
    message_ids.add(msg["Message-ID"])
    f.equal(msg["MIME-Version"], "1.0", f"{who}: MIME-Version")
    f.equal(msg.get_content_type(), "text/plain", f"{who}: content type")
    f.equal(msg.get_content_charset(), "utf-8", f"{who}: charset")
    f.equal(msg["Auto-Submitted"], "auto-generated", f"{who}: Auto-Submitted")


def first_run(f, plaint, mailbox, config):
    proc = plaint.run("remind", config=config)
    f.equal(proc.returncode, 1, "first run: exit status (kim has no address, lee refused)")
    f.equal(proc.stdout.splitlines(), [
        "sam: sent to sam@example.org (2 clocks)",
        "zoe: sent to zoe@example.org (1 clock)",
        "summary: sent to manager@example.org (5 clocks)",
    ], "first run: stdout")
    errors = proc.stderr.splitlines()
    f.equal(len(errors), 2, f"first run: two warnings in {errors}")
    f.check(any(e.startswith("plaint: warning: kim: not sent: no email address") for e in errors),
            "first run: kim reported")
    f.check(any(e.startswith("plaint: warning: lee: not sent: SMTP delivery through 127.0.0.1 failed: ")
                and e.endswith("the next run tries again") for e in errors), f"first run: lee reported: {errors}")
    f.check("Smith" not in proc.stdout + proc.stderr, "first run: personal data in plaint's output")

    received = mailbox.take()
    f.equal([rcpts for _, rcpts, _, _ in received],
            [["sam@example.org"], ["zoe@example.org"], ["manager@example.org"]], "first run: recipients")
    message_ids = set()
    for mail_from, rcpts, raw, _ in received:
        who = rcpts[0]
        f.equal(mail_from, FROM, f"{who}: envelope sender")
        check_wire_format(f, raw, who)
        msg = parse(raw)
        check_common(f, msg, who, message_ids)
        f.equal([a.addr_spec for a in msg["To"].addresses], rcpts, f"{who}: To matches the envelope")

    sam, zoe, summary = (parse(raw) for _, _, raw, _ in received)
    f.equal(sam["To"].addresses[0].display_name, "Sam Jones", "sam: To name")
    f.equal(str(sam["Subject"]), "Complaints due for Sam Jones: 1 overdue, 0 due today, 1 due within 5 working days",
            "sam: Subject")
    f.equal(sam["Content-Transfer-Encoding"], "7bit", "sam: transfer encoding")
    body = sam.get_content().splitlines()
    f.equal(body[:4], ["Hello Sam Jones,", "",
                       "These deadlines on your cases need attention as of Fri 2026-11-20:",
                       "1 overdue, 0 due today, 1 due within 5 working days."], "sam: body opening")
    f.check("  C-2026-0001  acknowledgement  due Fri 2026-11-13  5 working days late" in body,
            f"sam: overdue line in {body}")
    f.check("  C-2026-0002  acknowledgement  due Tue 2026-11-24  2 working days left" in body,
            f"sam: due-soon line in {body}")
    f.equal(body.count("               next step: acknowledge"), 2, "sam: next step lines")
    f.check(not any("C-2026-0003" in l or "C-2026-0005" in l for l in body), "sam: another owner's case")

    # A name that is not ASCII: encoded words on the wire, the name when read.
    zoe_raw = received[1][2]
    f.check(b"=?UTF-8?Q?Zo=C3=AB_Bront=C3=AB?=" in zoe_raw, "zoe: encoded display name on the wire")
    f.equal(zoe["To"].addresses[0].display_name, "Zoë Brontë", "zoe: To name")
    f.equal(str(zoe["Subject"]), "Complaints due for Zoë Brontë: 0 overdue, 1 due today, 0 due within 5 working days",
            "zoe: Subject")
    f.equal(zoe["Content-Transfer-Encoding"], "quoted-printable", "zoe: transfer encoding")
    f.equal(zoe.get_content().splitlines()[0], "Hello Zoë Brontë,", "zoe: greeting")
    f.check("  C-2026-0003  acknowledgement  due Fri 2026-11-20  due today" in zoe.get_content().splitlines(),
            "zoe: due-today line")

    f.equal(str(summary["Subject"]),
            "Complaints due, all owners: 1 overdue, 1 due today, 3 due within 5 working days; 2 digests not sent",
            "summary: Subject")
    lines = summary.get_content().splitlines()
    f.check(any(l.startswith("kim ") and "NOT SENT: no email address" in l for l in lines), f"summary: kim in {lines}")
    f.check(any(l.startswith("lee ") and "FAILED: SMTP delivery" in l for l in lines), f"summary: lee in {lines}")
    f.check(any(l.startswith("sam ") and l.endswith("sent to sam@example.org") for l in lines), "summary: sam")

    rows = plaint.reminders()
    f.equal([r[:5] for r in rows], [
        ("digest", "kim", "", "failed", 1),
        ("digest", "lee", "lee@refused.example.org", "failed", 1),
        ("digest", "sam", "sam@example.org", "sent", 2),
        ("digest", "zoe", "zoe@example.org", "sent", 1),
        ("summary", "", "manager@example.org", "sent", 5),
    ], "first run: the reminders log")
    f.equal(rows[2][5], sam["Message-ID"], "first run: the recorded Message-ID is the one sent")
    f.check(rows[1][6].startswith("SMTP delivery through 127.0.0.1 failed: ") and "550" in rows[1][6],
            f"first run: lee's error recorded: {rows[1][6]!r}")


def retry_run(f, plaint, mailbox, config):
    mailbox.refuse = False
    proc = plaint.run("remind", config=config)
    f.equal(proc.returncode, 1, "retry: exit status (kim still has no address)")
    f.equal(proc.stdout.splitlines(), [
        "lee: sent to lee@refused.example.org (1 clock)",
        "sam: already sent today (--force sends it again)",
        "zoe: already sent today (--force sends it again)",
        "summary: already sent today (--force sends it again)",
    ], "retry: stdout")
    received = mailbox.take()
    f.equal([rcpts for _, rcpts, _, _ in received], [["lee@refused.example.org"]], "retry: only lee's digest")
    if received:
        msg = parse(received[0][2])
        f.equal(msg["To"].addresses[0].display_name, "", "retry: lee has no name")
        f.equal(str(msg["Subject"]), "Complaints due for lee: 0 overdue, 0 due today, 1 due within 5 working days",
                "retry: Subject")
    statuses = [(r[1], r[3]) for r in plaint.reminders()]
    f.equal(statuses.count(("lee", "sent")), 1, "retry: lee recorded as sent")
    f.equal(statuses.count(("lee", "failed")), 1, "retry: the failed attempt is kept")

    proc = plaint.run("remind", "--force", "--owner", "sam", config=config)
    f.equal(proc.returncode, 0, f"force: exit status ({proc.stderr})")
    f.equal(proc.stdout.splitlines(), ["sam: sent to sam@example.org (2 clocks)"], "force: stdout")
    f.equal([rcpts for _, rcpts, _, _ in mailbox.take()], [["sam@example.org"]], "force: sam's digest again")


def auth_runs(f, plaint, work):
    mailbox = Mailbox()
    mailbox.refuse = False
    server = start_server(mailbox, authenticator=mailbox.authenticator, auth_required=True,
                          auth_require_tls=False)
    try:
        auth = f'smtp_user = "plaint"\nsmtp_password_env = "{PASSWORD_VARIABLE}"\n'
        config = plaint.config("auth.toml", server.port, auth)
        proc = plaint.run("remind", "--today", "2026-11-23", "--owner", "sam", config=config)
        f.equal(proc.returncode, 3, "auth: no password in the environment is a configuration error")
        f.check(f"the environment variable {PASSWORD_VARIABLE} (remind.smtp_password_env) is not set" in proc.stderr,
                f"auth: missing password reported: {proc.stderr!r}")
        f.equal(mailbox.take(), [], "auth: nothing sent without a password")

        proc = plaint.run("remind", "--today", "2026-11-23", "--owner", "sam", config=config,
                          extra_env={PASSWORD_VARIABLE: "wrong password"})
        f.equal(proc.returncode, 1, "auth: a wrong password is a failed delivery")
        f.check("sam: not sent: SMTP delivery through 127.0.0.1 failed" in proc.stderr,
                f"auth: failure reported: {proc.stderr!r}")
        f.equal(mailbox.take(), [], "auth: nothing accepted with a wrong password")

        proc = plaint.run("remind", "--today", "2026-11-23", "--owner", "sam", config=config,
                          extra_env={PASSWORD_VARIABLE: PASSWORD})
        f.equal(proc.returncode, 0, f"auth: exit status ({proc.stderr})")
        received = mailbox.take()
        f.equal([(rcpts, authed) for _, rcpts, _, authed in received], [(["sam@example.org"], True)],
                "auth: delivered after AUTH")
        f.check(any(ok for _, ok in mailbox.logins), f"auth: a successful login in {mailbox.logins}")
        f.check(not any(ok for _, ok in mailbox.logins[:1]), "auth: the wrong password was refused")
        for proc_text in (proc.stdout, proc.stderr):
            f.check(PASSWORD not in proc_text, "auth: the password in plaint's output")
        with open(os.path.join(work, "register.plaint"), "rb") as db:
            f.check(PASSWORD.encode() not in db.read(), "auth: the password in the register")
    finally:
        server.stop()


def untrusted_tls_run(f, plaint, work):
    """STARTTLS offered with a self-signed certificate: verified, so refused."""
    openssl = shutil.which("openssl")
    if not openssl:
        print("note: openssl is not installed: the untrusted-certificate case is not run")
        return
    import ssl
    key, cert = os.path.join(work, "key.pem"), os.path.join(work, "cert.pem")
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=127.0.0.1"], check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    mailbox = Mailbox()
    mailbox.refuse = False
    server = start_server(mailbox, tls_context=context, require_starttls=True)
    try:
        config = plaint.config("tls.toml", server.port)
        proc = plaint.run("remind", "--today", "2026-11-24", "--owner", "zoe", config=config)
        f.equal(proc.returncode, 1, f"tls: an untrusted certificate is a failed delivery ({proc.stderr!r})")
        f.check("zoe: not sent: SMTP delivery through 127.0.0.1 failed" in proc.stderr, f"tls: {proc.stderr!r}")
        f.equal(mailbox.take(), [], "tls: nothing delivered")
        rows = [r for r in plaint.reminders() if r[1] == "zoe"]
        f.equal(rows[-1][3], "failed", "tls: recorded as failed")
    finally:
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="plaint-remind-smtp-")
    f = Failures()
    try:
        plaint = Plaint(os.path.abspath(args.plaint), work)
        build_register(plaint)
        mailbox = Mailbox()
        server = start_server(mailbox)
        try:
            config = plaint.config("config.toml", server.port)
            first_run(f, plaint, mailbox, config)
            retry_run(f, plaint, mailbox, config)
        finally:
            server.stop()
        auth_runs(f, plaint, work)
        untrusted_tls_run(f, plaint, work)
    finally:
        if f.problems:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    for problem in f.problems:
        print("FAIL:", problem)
    if f.problems:
        return 1
    print("ok: digests delivered over SMTP and parsed; refusal, retry, --force, AUTH and TLS verification checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
