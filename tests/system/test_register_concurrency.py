#!/usr/bin/env python3
"""Two writers at once: two processes each run `plaint log` 500 times into
one register, at the same time, through the real binary.

Passes when every run succeeded with nothing on stderr, the 1,000 references
printed are distinct and are exactly C-2026-0001 ... C-2026-1000, the register
lists the same 1,000 cases, and `plaint verify` finds it intact.

    python3 test_register_concurrency.py --plaint BINARY --data DIR [--per-writer N]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time


def environment(workdir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_")}
    env.update(HOME=workdir, XDG_CONFIG_HOME=os.path.join(workdir, ".config"), TZ="UTC", LC_ALL="C.UTF-8",
               PLAINT_SYSTEM_CONFIG=os.path.join(workdir, "no-system-config.toml"),
               PLAINT_REGISTER=os.path.join(workdir, "reg.db"), PLAINT_TODAY="2026-11-20")
    return env


def writer(plaint, env, name, count, refs, failures):
    for i in range(count):
        proc = subprocess.run([plaint, "--as", name, "log", "--summary", f"{name} {i}", "--complainant", f"{name} {i}"],
                              env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
        if proc.returncode != 0 or proc.stderr or not proc.stdout.endswith("\n"):
            failures.append(f"{name} run {i}: exit {proc.returncode}, stdout {proc.stdout!r}, stderr {proc.stderr!r}")
        else:
            refs.append(proc.stdout.strip())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    parser.add_argument("--per-writer", type=int, default=500)
    args = parser.parse_args()
    plaint = os.path.abspath(args.plaint)
    workdir = tempfile.mkdtemp(prefix="plaint-concurrency-")
    env = environment(workdir)
    problems = []
    subprocess.run([plaint, "init", "--organisation", "Test ICB"], env=env, check=True, capture_output=True)

    started = time.monotonic()
    results = {name: ([], []) for name in ("first", "second")}
    threads = [threading.Thread(target=writer, args=(plaint, env, name, args.per_writer, refs, failures))
               for name, (refs, failures) in results.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started

    total = 2 * args.per_writer
    refs = results["first"][0] + results["second"][0]
    for _, failures in results.values():
        problems.extend(failures[:10])
    expected = {f"C-2026-{n:04}" for n in range(1, total + 1)}
    if len(refs) != total:
        problems.append(f"{len(refs)} references printed, expected {total}")
    if len(set(refs)) != len(refs):
        problems.append(f"{len(refs) - len(set(refs))} references printed twice")
    if set(refs) != expected:
        problems.append(f"references other than C-2026-0001 ... C-2026-{total:04}: "
                        f"{sorted(set(refs) ^ expected)[:10]}")
    # Both writers really did run at the same time: their references interleave.
    first = sorted(results["first"][0])
    if first and first == sorted(expected)[:len(first)]:
        problems.append("the writers did not overlap: the first took the first references in a block")

    listed = subprocess.run([plaint, "list", "--format", "ndjson"], env=env, capture_output=True, text=True)
    listed_refs = [json.loads(line)["reference"] for line in listed.stdout.splitlines()]
    if listed.returncode != 0 or listed_refs != sorted(expected):
        problems.append(f"plaint list: exit {listed.returncode}, {len(listed_refs)} cases, stderr {listed.stderr!r}")
    verify = subprocess.run([plaint, "verify"], env=env, capture_output=True, text=True)
    if verify.returncode != 0 or not verify.stdout.startswith(f"ok: {total} events, {total} cases;"):
        problems.append(f"plaint verify: exit {verify.returncode}: {verify.stdout}{verify.stderr}")

    print(f"{total} runs of plaint log by two concurrent writers in {elapsed:.1f} s "
          f"({1000 * elapsed / total:.1f} ms per case)")
    if problems:
        print("FAILED:\n  " + "\n  ".join(problems))
        print(f"work directory kept: {workdir}")
        return 1
    shutil.rmtree(workdir, ignore_errors=True)
    print("ok: 1 case per run, distinct gapless references, verify clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
