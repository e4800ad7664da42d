#!/usr/bin/env python3
"""A 50 MB PDF attached and extracted byte-identical, streamed.

A PDF-like file of 50 MiB (a real %PDF-1.4 header, random bytes, a %%EOF
trailer) is attached to a case with the default size limit, then extracted
to a file and to a pipe; both must be byte-identical to the original, and
`plaint verify` must pass. Each run's peak resident memory (from wait4) must
stay within 40 MiB of the same command on a 1 KiB file: the content goes
through in chunks, never whole in memory (it would be at least 50 MiB more).
The content is a file of the documents directory beside the register
(reg.db-documents/), not in the register's pages. The same content attached
twice more is stored once: one file, and neither the register file nor the
directory grows. An attach killed at any moment (SIGKILL after 0 to 80 ms)
leaves either its attachment whole or no row at all, never a row without
content: verify passes, and what it left (a temporary file, or a document
nothing names) is removed by `plaint attachments --prune`.

    python3 test_attachments_large.py --plaint BINARY [--data DIR]

Exit 0 pass, 1 fail.
"""
import argparse
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

SIZE = 50 << 20
MARGIN = 40 << 20


def environment(workdir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_")}
    env.update(HOME=workdir, XDG_CONFIG_HOME=os.path.join(workdir, ".config"), TZ="UTC", LC_ALL="C.UTF-8",
               PLAINT_SYSTEM_CONFIG=os.path.join(workdir, "no-system-config.toml"),
               PLAINT_REGISTER=os.path.join(workdir, "reg.db"), PLAINT_TODAY="2026-11-20", PLAINT_USER="tester")
    return env


def peak_rss(args, env, stdout=subprocess.DEVNULL):
    """Runs `args` and returns its peak RSS in bytes; fails on a non-zero exit."""
    with open(os.devnull, "wb") if stdout is subprocess.DEVNULL else stdout as sink:
        proc = subprocess.Popen(args, env=env, stdout=sink, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        err = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"FAILED: {' '.join(args[1:])} exited {os.waitstatus_to_exitcode(status)}: {err}")
    return usage.ru_maxrss * 1024  # kilobytes on Linux


def write_pdf(path, size):
    digest = hashlib.sha256()
    with open(path, "wb") as f:
        header = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"  # a binary-content marker, as real PDFs have
        f.write(header)
        digest.update(header)
        left = size - len(header) - 6
        while left > 0:
            piece = os.urandom(min(left, 1 << 20))
            f.write(piece)
            digest.update(piece)
            left -= len(piece)
        f.write(b"\n%%EOF")
        digest.update(b"\n%%EOF")
    assert os.path.getsize(path) == size
    return digest.hexdigest()


def same_files(a, b):
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            x, y = fa.read(1 << 20), fb.read(1 << 20)
            if x != y:
                return False
            if not x:
                return True


def documents_in(work):
    """Every file under reg.db-documents, by its path inside it, with its size."""
    top = os.path.join(work, "reg.db-documents")
    found = {}
    for folder, _, files in os.walk(top):
        for name in files:
            path = os.path.join(folder, name)
            found[os.path.relpath(path, top)] = os.path.getsize(path)
    return found


def killed_attaches(plaint, env, work, big, failures):
    """Attaches of a new 50 MiB file killed after 0, 20, 40, 60 and 80 ms."""
    db_path = os.path.join(work, "reg.db")
    for delay_ms in (0, 20, 40, 60, 80):
        with open(big, "r+b") as f:  # new content each time: nothing deduplicated
            f.seek(100)
            f.write(os.urandom(32))
        before = sqlite3.connect(db_path).execute("SELECT count(*) FROM attachments").fetchone()[0]
        proc = subprocess.Popen([plaint, "attach", "C-2026-0001", big], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(delay_ms / 1000)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        db = sqlite3.connect(db_path)
        after = db.execute("SELECT count(*) FROM attachments").fetchone()[0]
        rows = db.execute("SELECT a.id, a.sha256, b.place FROM attachments a LEFT JOIN blobs b USING (sha256)"
                          " ORDER BY a.id").fetchall()
        db.close()
        verified = subprocess.run([plaint, "verify"], env=env, capture_output=True, text=True)
        if verified.returncode != 0 or after not in (before, before + 1):
            failures.append(f"killed after {delay_ms} ms: {before} then {after} attachments; verify "
                            f"{verified.returncode}: {verified.stdout}{verified.stderr}")
        for attachment_id, sha256, place in rows:
            if place == "directory" and f"{sha256[:2]}/{sha256}" not in documents_in(work):
                failures.append(f"killed after {delay_ms} ms: attachment {attachment_id} has no document")
    pruned = subprocess.run([plaint, "attachments", "--prune"], env=env, capture_output=True, text=True)
    leftovers = [name for name in documents_in(work) if name.startswith(".tmp-")]
    if pruned.returncode != 0 or leftovers:
        failures.append(f"prune after the killed attaches: {pruned.stdout}{pruned.stderr}; left {leftovers}")
    notes = subprocess.run([plaint, "verify"], env=env, capture_output=True, text=True).stdout
    if "note:" in notes:
        failures.append(f"verify after prune still notes: {notes}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    args = parser.parse_args()
    plaint = os.path.abspath(args.plaint)
    failures = []
    with tempfile.TemporaryDirectory() as work:
        env = environment(work)
        subprocess.run([plaint, "init", "--organisation", "Test ICB"], env=env, check=True, capture_output=True)
        for summary in ("large letter", "small letter"):
            subprocess.run([plaint, "log", "--summary", summary, "--complainant", "A. Person"], env=env, check=True,
                           capture_output=True)
        big, small = os.path.join(work, "Complaint bundle.pdf"), os.path.join(work, "small.pdf")
        expected = write_pdf(big, SIZE)
        write_pdf(small, 1024)

        baseline = peak_rss([plaint, "attach", "C-2026-0002", small], env)
        attach = peak_rss([plaint, "attach", "C-2026-0001", big], env)
        listed = subprocess.run([plaint, "attachments", "C-2026-0001", "--format", "tsv"], env=env, check=True,
                                capture_output=True, text=True).stdout.splitlines()
        if len(listed) != 2 or listed[1].split("\t")[2:5] != [str(SIZE), "application/pdf", expected]:
            failures.append(f"attachments lists {listed}")

        out = os.path.join(work, "out.pdf")
        extract_baseline = peak_rss([plaint, "extract", "C-2026-0002", "1", "-o", os.path.join(work, "small-out.pdf")], env)
        extract_file = peak_rss([plaint, "extract", "C-2026-0001", "2", "-o", out], env)
        if not same_files(big, out):
            failures.append("the extracted file differs from the original")
        piped = os.path.join(work, "piped.pdf")
        with open(piped, "wb") as sink:
            extract_pipe = peak_rss([plaint, "extract", "C-2026-0001", "2"], env, stdout=sink)
        if not same_files(big, piped):
            failures.append("the content extracted to a pipe differs from the original")

        verified = subprocess.run([plaint, "verify"], env=env, capture_output=True, text=True)
        if verified.returncode != 0:
            failures.append(f"verify: {verified.stdout}{verified.stderr}")

        # The content is a file beside the register, not in its pages.
        document = f"{expected[:2]}/{expected}"
        if documents_in(work).get(document) != SIZE:
            failures.append(f"no document {document} of {SIZE} bytes: {documents_in(work)}")
        if os.path.getsize(os.path.join(work, "reg.db")) > (4 << 20):
            failures.append(f"the register file holds the content: {os.path.getsize(os.path.join(work, 'reg.db'))} bytes")

        # The same content again: stored once. The copy written while it was
        # hashed is dropped, so neither the register nor the directory grows.
        subprocess.run([plaint, "attach", "C-2026-0002", big], env=env, check=True, capture_output=True)
        grown = os.path.getsize(os.path.join(work, "reg.db"))
        subprocess.run([plaint, "attach", "C-2026-0001", big], env=env, check=True, capture_output=True)
        db = sqlite3.connect(os.path.join(work, "reg.db"))
        stored = db.execute("SELECT count(*), sum(size), (SELECT count(*) FROM blob_chunks) FROM blobs"
                            " WHERE place = 'directory'").fetchone()
        attachments = db.execute("SELECT count(*) FROM attachments").fetchone()[0]
        db.close()
        on_disk = documents_in(work)
        if stored != (2, SIZE + 1024, 0) or attachments != 4 or sorted(on_disk.values()) != [1024, SIZE]:
            failures.append(f"4 attachments of 2 contents should store {SIZE + 1024} bytes once, in 2 files: "
                            f"{attachments}, {stored}, {on_disk}")
        if os.path.getsize(os.path.join(work, "reg.db")) > grown + (1 << 20):
            failures.append("a third attach of the same content grew the register file")

        killed_attaches(plaint, env, work, big, failures)

        mib = 1 << 20
        print(f"peak RSS: attach {attach / mib:.1f} MiB (1 KiB file: {baseline / mib:.1f} MiB); "
              f"extract -o {extract_file / mib:.1f} MiB, to a pipe {extract_pipe / mib:.1f} MiB "
              f"(1 KiB: {extract_baseline / mib:.1f} MiB); file {SIZE / mib:.0f} MiB")
        for name, peak, base in (("attach", attach, baseline), ("extract -o", extract_file, extract_baseline),
                                 ("extract to a pipe", extract_pipe, extract_baseline)):
            if peak - base > MARGIN:
                failures.append(f"{name} of a {SIZE / mib:.0f} MiB file peaked {(peak - base) / mib:.1f} MiB above "
                                f"the same on 1 KiB: not streamed")
    for failure in failures:
        print("FAILED:", failure)
    print("ok" if not failures else f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
