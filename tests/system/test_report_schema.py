#!/usr/bin/env python3
"""Report JSON keeps the shape documented in schemas/report.schema.json, and
report CSV reads back with Python's csv module: checked on a representative
report from the plaint_report_sample test program and, once `plaint report`
exists, on every report of a demonstration register.

    python3 test_report_schema.py --plaint BINARY --data DIR [--sample PROGRAM]
"""
import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:  # pyenv's python3 does not see Debian's packages
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    print("skipped: python3-jsonschema is not installed")
    sys.exit(77)

SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "schemas", "report.schema.json")
REPORTS = ("ko41", "annual", "timeliness", "providers", "trends")


def validator():
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def csv_problems(text):
    """Blocks of a '# ...' comment line, a header and rows of the header's width."""
    problems = []
    for block in text.split("\r\n\r\n"):
        lines = block.split("\r\n")
        body = [line for line in lines if not line.startswith("# ")]
        if not body or body == [""]:
            continue
        if not lines[0].startswith("# "):
            problems.append(f"block without a comment line: {lines[0]!r}")
        rows = list(csv.reader(io.StringIO("\r\n".join(body))))
        widths = {len(row) for row in rows if row}
        if len(widths) > 1:
            problems.append(f"rows of different widths in {lines[0]!r}")
    return problems


def check(name, validate, json_text, csv_text):
    failures = []
    try:
        document = json.loads(json_text)
    except ValueError as e:
        return [f"{name}: not JSON: {e}"]
    failures += [f"{name}: {e.message} at {'/'.join(map(str, e.absolute_path))}" for e in validate.iter_errors(document)]
    failures += [f"{name} (csv): {p}" for p in csv_problems(csv_text)]
    return failures


def plaint_reports(plaint, validate):
    failures, checked = [], 0
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=os.path.join(work, ".config"),
                   PLAINT_REGISTER=os.path.join(work, "demo.plaint"), PLAINT_TODAY="2026-11-20",
                   PLAINT_SYSTEM_CONFIG=os.path.join(work, "none.toml"))
        try:
            help_run = subprocess.run([plaint, "report", "--help"], env=env, capture_output=True, timeout=60)
        except OSError:
            help_run = None
        if help_run is None or help_run.returncode != 0:
            print("plaint report is not there yet: only the sample was checked")
            return failures, checked
        subprocess.run([plaint, "demo", "--cases", "300", "--years", "1", "--seed", "5"], env=env, check=True,
                       capture_output=True, timeout=300)
        for report in REPORTS:
            outputs = []
            for fmt in ("json", "csv"):
                proc = subprocess.run([plaint, "report", report, "--period", "2025/26", "--format", fmt], env=env,
                                      capture_output=True, text=True, timeout=300)
                if proc.returncode != 0:
                    failures.append(f"plaint report {report} --format {fmt} exited {proc.returncode}: {proc.stderr}")
                outputs.append(proc.stdout)
            if all(outputs):
                failures += check(f"plaint report {report}", validate, *outputs)
                checked += 1
    return failures, checked


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    parser.add_argument("--sample", default=os.environ.get("PLAINT_REPORT_SAMPLE"))
    args = parser.parse_args()
    sample = args.sample or os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(args.plaint))), "tests",
                                         "plaint_report_sample")
    validate = validator()
    outputs = [subprocess.run([sample, fmt], capture_output=True, text=True, timeout=60, check=True).stdout
               for fmt in ("json", "csv")]
    failures = check("sample", validate, *outputs)
    more, checked = plaint_reports(args.plaint, validate)
    failures += more
    for failure in failures:
        print("FAILED:", failure)
    print(f"{1 + checked} reports checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
