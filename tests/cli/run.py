#!/usr/bin/env python3
"""Runs one CLI golden-case file against the real plaint binary.

A case file is a transcript, in the spirit of Mercurial's cram tests:

    Lines at the left margin are comments.
      $ plaint calendar add 2024-03-30 3      <- a command (run by bash)
      > continued command line                <- continuation of the command
      2024-04-04                              <- an expected stdout line
      ! plaint: error: ...                    <- an expected stderr line
      [2]                                     <- expected exit status (default 0)

Indented lines are indented by two spaces. Every command of a file runs in
the same fresh temporary directory, which is also HOME, with plaint first on
PATH, TZ=UTC, a C.UTF-8 locale, no PLAINT_* variables and the test data
directory in $DATA. Stdout, stderr and the exit status must match exactly.
On failure the directory is kept and its path printed.
Set PLAINT_TEST_UPDATE=1 to rewrite the file with the actual results.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def parse(path):
    """Returns a list of steps: dict(cmd, stdout, stderr, status, line)."""
    steps = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if not line.startswith("  "):
            continue
        body = line[2:]
        if body.startswith("$ "):
            steps.append(dict(cmd=body[2:], stdout=[], stderr=[], status=0, line=number))
        elif not steps:
            raise SystemExit(f"{path}:{number}: expected output before any command")
        elif body.startswith("> ") and not steps[-1]["stdout"] and not steps[-1]["stderr"]:
            steps[-1]["cmd"] += "\n" + body[2:]
        elif body.startswith("! ") or body == "!":
            steps[-1]["stderr"].append(body[2:])
        elif body.startswith("[") and body.endswith("]") and body[1:-1].isdigit():
            steps[-1]["status"] = int(body[1:-1])
        else:
            steps[-1]["stdout"].append(body)
    return steps


def environment(workdir, plaint, data):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINT_") and k != "NO_COLOR"}
    env.update(
        HOME=workdir,
        XDG_CONFIG_HOME=os.path.join(workdir, ".config"),
        PATH=os.path.dirname(os.path.abspath(plaint)) + os.pathsep + env.get("PATH", "/usr/bin:/bin"),
        TZ="UTC",
        LC_ALL="C.UTF-8",
        DATA=data,
        PLAINT_SYSTEM_CONFIG=os.path.join(workdir, "no-system-config.toml"),
        USER="tester",
        LOGNAME="tester",
    )
    return env


def run_step(step, workdir, env):
    proc = subprocess.run(["bash", "-c", step["cmd"]], cwd=workdir, env=env, capture_output=True,
                          stdin=subprocess.DEVNULL, timeout=120)
    out = proc.stdout.decode("utf-8", "replace").split("\n")
    err = proc.stderr.decode("utf-8", "replace").split("\n")
    return (out[:-1] if out[-1] == "" else out), (err[:-1] if err[-1] == "" else err), proc.returncode


def render(path, steps, results):
    """The case file with each step's expectations replaced by the results,
    written right after the step's command lines."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    output, index, pending, in_command = [], -1, False, False

    def flush():
        nonlocal pending
        if not pending:
            return
        out, err, status = results[index]
        output.extend("  " + o if o else "  " for o in out)
        output.extend(("  ! " + e) if e else "  !" for e in err)
        if status:
            output.append(f"  [{status}]")
        pending = False

    for line in lines:
        body = line[2:] if line.startswith("  ") else None
        if body is not None and body.startswith("$ "):
            flush()
            index += 1
            output.append(line)
            pending = in_command = True
            continue
        if body is not None and body.startswith("> ") and in_command:
            output.append(line)
            continue
        in_command = False
        if body is not None and index >= 0:
            continue  # an old expectation, replaced by the results
        flush()
        output.append(line)
    flush()
    return "\n".join(output) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("case")
    args = parser.parse_args()
    steps = parse(args.case)
    workdir = tempfile.mkdtemp(prefix="plaint-cli-")
    env = environment(workdir, args.plaint, os.path.abspath(args.data))
    failures, results = 0, []
    for step in steps:
        out, err, status = run_step(step, workdir, env)
        results.append((out, err, status))
        if (out, err, status) != (step["stdout"], step["stderr"], step["status"]):
            failures += 1
            print(f"{args.case}:{step['line']}: $ {step['cmd']}")
            for label, want, got in (("stdout", step["stdout"], out), ("stderr", step["stderr"], err)):
                if want != got:
                    print(f"  {label} expected:\n    " + "\n    ".join(want))
                    print(f"  {label} actual:\n    " + "\n    ".join(got))
            if status != step["status"]:
                print(f"  exit status expected {step['status']}, actual {status}")
    if os.environ.get("PLAINT_TEST_UPDATE") == "1":
        text = render(args.case, steps, results)  # before opening for writing empties the file
        with open(args.case, "w", encoding="utf-8") as f:
            f.write(text)
    if failures:
        print(f"{failures} of {len(steps)} steps failed; work directory kept: {workdir}")
        return 1
    shutil.rmtree(workdir, ignore_errors=True)
    print(f"{len(steps)} steps passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
