#!/usr/bin/env python3
"""Four writers at once, attaching and stepping: each process attaches files
to its own cases (some with content the other writers attach too, some of a
few MiB, in chunks) and acknowledges them, at the same time as the others,
through the real binary.

Passes when every run succeeded with nothing on stderr; each case lists its
attachments in the order attached, with the ids printed; every attachment
extracts byte-identical to its file; the content shared by every writer is
stored once (blobs counted with sqlite3, and the files of the documents
directory: one per content, no temporary file left); and `plaint verify`
finds the register intact, with nothing to note.

    python3 test_attachments_concurrency.py --plaint BINARY [--data DIR] [--rounds N]
"""
import argparse
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading

WRITERS = 4


def environment(workdir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_")}
    env.update(HOME=workdir, XDG_CONFIG_HOME=os.path.join(workdir, ".config"), TZ="UTC", LC_ALL="C.UTF-8",
               PLAINT_SYSTEM_CONFIG=os.path.join(workdir, "no-system-config.toml"),
               PLAINT_REGISTER=os.path.join(workdir, "reg.db"), PLAINT_TODAY="2026-11-20")
    return env


def plaint_run(plaint, env, name, *args):
    proc = subprocess.run([plaint, "--as", name, *args], env=env, capture_output=True, stdin=subprocess.DEVNULL,
                          timeout=300)
    if proc.returncode != 0 or proc.stderr:
        raise RuntimeError(f"{name}: plaint {' '.join(args)}: exit {proc.returncode}, stderr {proc.stderr!r}")
    return proc.stdout


def writer(plaint, env, work, name, rounds, shared, results, failures):
    """Logs a case per round, attaches a file of its own and the shared one,
    and acknowledges the case; records (ref, [(id, path)])."""
    try:
        for i in range(rounds):
            ref = plaint_run(plaint, env, name, "log", "--summary", f"{name} {i}", "--complainant",
                             f"{name} {i}").decode().strip()
            own = os.path.join(work, f"{name}-{i}.pdf")
            with open(own, "wb") as f:
                f.write(b"%PDF-1.4\n" + os.urandom((i % 3) * (1 << 20) + 1000 * i + 17))
            ids = plaint_run(plaint, env, name, "attach", ref, own, shared).decode().split()
            results.append((ref, list(zip(map(int, ids), [own, shared]))))
            plaint_run(plaint, env, name, "ack", ref, "--method", "email")
    except RuntimeError as e:
        failures.append(str(e))


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    plaint = os.path.abspath(args.plaint)
    problems = []
    with tempfile.TemporaryDirectory() as work:
        env = environment(work)
        subprocess.run([plaint, "init", "--organisation", "Test ICB"], env=env, check=True, capture_output=True)
        shared = os.path.join(work, "shared leaflet.pdf")
        with open(shared, "wb") as f:
            f.write(b"%PDF-1.4\n" + os.urandom((3 << 20) + 5))
        results, failures = [], []
        threads = [threading.Thread(target=writer, args=(plaint, env, work, f"writer{w}", args.rounds, shared,
                                                         results, failures)) for w in range(WRITERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        problems += failures
        expected_attachments = 0
        for ref, attached in results:
            listed = subprocess.run([plaint, "attachments", ref, "--format", "tsv"], env=env, check=True,
                                    capture_output=True, text=True).stdout.splitlines()[1:]
            rows = [line.split("\t") for line in listed]
            if [(int(r[0]), r[4]) for r in rows] != [(i, digest(p)) for i, p in attached]:
                problems.append(f"{ref} lists {rows}, attached {attached}")
            for i, path in attached:
                expected_attachments += 1
                out = os.path.join(work, f"out-{i}")
                subprocess.run([plaint, "extract", ref, str(i), "-o", out], env=env, check=True, capture_output=True)
                if digest(out) != digest(path):
                    problems.append(f"attachment {i} of {ref} extracts other bytes")
                os.unlink(out)
        db = sqlite3.connect(os.path.join(work, "reg.db"))
        attachments, blobs = db.execute("SELECT (SELECT count(*) FROM attachments), count(*) FROM blobs").fetchone()
        shared_blobs = db.execute("SELECT count(*) FROM blobs WHERE sha256 = ?", (digest(shared),)).fetchone()[0]
        db.close()
        total = WRITERS * args.rounds
        if len(results) != total or attachments != expected_attachments or blobs != total + 1 or shared_blobs != 1:
            problems.append(f"{len(results)} cases, {attachments} attachments, {blobs} contents "
                            f"(expected {total}, {2 * total}, {total + 1}; the shared one {shared_blobs} times)")
        files = [os.path.relpath(os.path.join(folder, name), os.path.join(work, "reg.db-documents"))
                 for folder, _, names in os.walk(os.path.join(work, "reg.db-documents")) for name in names]
        if sorted(files) != sorted(f"{h[:2]}/{h}" for h in {digest(p) for _, a in results for _, p in a}):
            problems.append(f"the documents directory holds {sorted(files)}")
        verify = subprocess.run([plaint, "verify"], env=env, capture_output=True, text=True)
        if (verify.returncode != 0 or not verify.stdout.startswith(f"ok: {4 * total} events, {total} cases;")
                or "note:" in verify.stdout):
            problems.append(f"plaint verify: exit {verify.returncode}: {verify.stdout}{verify.stderr}")
    for p in problems:
        print("FAILED:", p)
    if problems:
        return 1
    print(f"ok: {WRITERS} writers, {total} cases, {2 * total} attachments of {total + 1} contents, verify clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
