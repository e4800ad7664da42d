#!/usr/bin/env python3
"""The machine outputs keep the shapes documented in schemas/*.schema.json:
`list`, `log`, `show`, `due`, `attach` and `attachments` with --format json
and ndjson on a demonstration register are validated with the jsonschema
package, and so are the case file's: `note`, `correspondence` (recording and
listing), `amend`, `void`, `merge` and `show` of a case holding them, as it
stands and as it stood on an earlier day.

    python3 test_json_schemas.py --plaint BINARY --data DIR
"""
import argparse
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
    sys.exit(0)

SCHEMAS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "schemas")


def load_schemas():
    store = {}
    for name in os.listdir(SCHEMAS):
        if name.endswith(".schema.json"):
            with open(os.path.join(SCHEMAS, name), encoding="utf-8") as f:
                schema = json.load(f)
            jsonschema.Draft202012Validator.check_schema(schema)
            store[name] = schema
            store[schema["$id"]] = schema
    return store


def validator(store, name):
    schema = store[name]
    resolver = jsonschema.RefResolver(base_uri=schema["$id"], referrer=schema, store=store)
    return jsonschema.Draft202012Validator(schema, resolver=resolver, format_checker=jsonschema.FormatChecker())


def run(plaint, env, *args):
    proc = subprocess.run([plaint, *args], env=env, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        raise SystemExit(f"plaint {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
    return proc.stdout


def case_file_documents(plaint, env, ref, step_seq, attachment_id, documents):
    """The case file's outputs on case `ref` (acknowledged by event
    `step_seq`, holding attachment `attachment_id`), added to `documents`;
    the number of checks of their content that failed."""
    failures = 0
    events = [json.loads(run(plaint, env, "note", ref, "Rang the complainant's daughter", "--format", "json")),
              json.loads(run(plaint, env, "correspondence", ref, "--direction", "in", "--channel", "email",
                             "--subject", "Her letter", "--attachment", str(attachment_id), "--format", "json")),
              json.loads(run(plaint, env, "correspondence", ref, "--direction", "out", "--channel", "letter",
                             "--subject", "Our acknowledgement", "--step", str(step_seq), "--format", "json")),
              json.loads(run(plaint, env, "amend", ref, "--summary", "schema check, corrected", "--reason", "typo",
                             "--format", "json")),
              json.loads(run(plaint, env, "amend", ref, "--add-party", "on-behalf-of", "--name", "Dee Example",
                             "--reason", "her mother", "--format", "json")),
              json.loads(run(plaint, env, "amend", ref, "--party", "on-behalf-of", "--contact", "dee@example.org",
                             "--reason", "new address", "--format", "json"))]
    other = json.loads(run(plaint, env, "log", "--summary", "schema check, again", "--complainant", "Eve Example",
                           "--format", "json"))["reference"]
    acked = json.loads(run(plaint, env, "ack", other, "--method", "phone", "--format", "json"))
    events.append(json.loads(run(plaint, env, "void", other, "--event", str(acked["seq"]), "--reason", "wrong case",
                                 "--format", "json")))
    run(plaint, env, "note", other, "A second copy", "--format", "json")
    merged = json.loads(run(plaint, env, "merge", other, ref, "--reason", "the same complaint", "--format", "json"))
    documents.append(("merge.schema.json", merged))
    if (merged["duplicate"], merged["into"], merged["parties"], merged["notes"]) != (other, ref, 1, 1):
        print(f"FAILED: merge reported {merged}")
        failures += 1
    spare = json.loads(run(plaint, env, "log", "--summary", "logged in error", "--format", "json"))["reference"]
    events.append(json.loads(run(plaint, env, "void", spare, "--reason", "a test entry", "--format", "json")))
    documents += [("event.schema.json", e) for e in events]
    listed = json.loads(run(plaint, env, "correspondence", ref, "--format", "json"))
    documents += [("correspondence.schema.json", c) for c in listed]
    hidden = [json.loads(line) for line in
              run(plaint, env, "correspondence", ref, "--format", "ndjson", "--no-personal").splitlines()]
    documents += [("correspondence.schema.json", c) for c in hidden]
    if (len(listed) != 2 or len(hidden) != 2 or any("subject" in c for c in hidden)
            or listed[0]["attachments"] != [attachment_id] or listed[1]["step"] != step_seq):
        print(f"FAILED: correspondence listed {listed}, without personal data {hidden}")
        failures += 1
    shown = json.loads(run(plaint, env, "show", ref, "--format", "json"))
    documents.append(("case.schema.json", shown))
    if len(shown["notes"]) != 2 or len(shown["correspondence"]) != 2 or len(shown["parties"]) != 2:
        print(f"FAILED: show lists {len(shown['notes'])} notes, {len(shown['correspondence'])} items of "
              f"correspondence and {len(shown['parties'])} parties (expected 2, 2, 2)")
        failures += 1
    documents.append(("case.schema.json", json.loads(run(plaint, env, "show", ref, "--no-personal", "--format", "json"))))
    documents.append(("case.schema.json", json.loads(run(plaint, env, "show", other, "--format", "json"))))
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    args = parser.parse_args()
    store = load_schemas()
    checks = {name: validator(store, name) for name in ("case.schema.json", "due.schema.json", "event.schema.json",
                                                        "attachment.schema.json", "search.schema.json",
                                                        "grade.schema.json", "risk-matrix.schema.json",
                                                        "contributions.schema.json",
                                                        "caseload.schema.json", "actions.schema.json",
                                                        "correspondence.schema.json", "merge.schema.json")}
    failures = 0
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=os.path.join(work, ".config"),
                   PLAINT_REGISTER=os.path.join(work, "demo.plaint"), PLAINT_TODAY="2026-11-20",
                   PLAINT_SYSTEM_CONFIG=os.path.join(work, "none.toml"))
        run(args.plaint, env, "demo", "--cases", "300", "--years", "1", "--seed", "5")
        documents = []
        cases = json.loads(run(args.plaint, env, "list", "--format", "json"))
        documents += [("case.schema.json", c) for c in cases]
        documents += [("case.schema.json", json.loads(line))
                      for line in run(args.plaint, env, "list", "--open", "--format", "ndjson").splitlines()]
        due = json.loads(run(args.plaint, env, "due", "--within", "20", "--paused", "--format", "json"))
        documents += [("due.schema.json", d) for d in due]
        documents += [("due.schema.json", json.loads(line))
                      for line in run(args.plaint, env, "due", "--personal", "--format", "ndjson").splitlines()]
        for ref in sorted({d["reference"] for d in due})[:20] + [cases[0]["reference"]]:
            documents.append(("case.schema.json", json.loads(run(args.plaint, env, "show", ref, "--format", "json"))))
        logged = run(args.plaint, env, "log", "--summary", "schema check", "--format", "json")
        documents.append(("case.schema.json", json.loads(logged)))
        step = run(args.plaint, env, "ack", json.loads(logged)["reference"], "--method", "email", "--format", "json")
        documents.append(("event.schema.json", json.loads(step)))
        ref = json.loads(logged)["reference"]
        with open(os.path.join(work, "letter.pdf"), "wb") as f:
            f.write(b"%PDF-1.4\n" + os.urandom(3000))
        with open(os.path.join(work, "notes"), "wb") as f:
            f.write(b"no extension")
        attached = run(args.plaint, env, "attach", ref, os.path.join(work, "letter.pdf"), os.path.join(work, "notes"),
                       "--format", "json")
        documents += [("attachment.schema.json", a) for a in json.loads(attached)]
        for extra in ([], ["--no-personal"]):
            listed = json.loads(run(args.plaint, env, "attachments", ref, "--format", "json", *extra))
            documents += [("attachment.schema.json", a) for a in listed]
            documents += [("attachment.schema.json", json.loads(line))
                          for line in run(args.plaint, env, "attachments", ref, "--format", "ndjson", *extra).splitlines()]
        if len(json.loads(attached)) != 2 or any("name" in a for a in listed):
            print("FAILED: attach did not list two attachments, or --no-personal kept a name")
            failures += 1
        failures += case_file_documents(args.plaint, env, ref, json.loads(step)["seq"], json.loads(attached)[0]["id"],
                                        documents)
        for c in cases[:20]:  # as they stood on the day they were received
            documents.append(("case.schema.json", json.loads(run(args.plaint, env, "show", c["reference"], "--today",
                                                                 c["received"], "--format", "json"))))
        hits = json.loads(run(args.plaint, env, "search", "appointments", "--limit", "50", "--format", "json"))
        hits += [json.loads(line) for line in run(args.plaint, env, "search", "--party", "b", "--format", "ndjson").splitlines()]
        documents += [("search.schema.json", h) for h in hits]
        if not hits:
            print("FAILED: searching the demonstration register found nothing")
            failures += 1
        graded = json.loads(logged)["reference"]
        documents.append(("event.schema.json", json.loads(run(args.plaint, env, "grade", graded, "--consequence", "4",
                                                              "--likelihood", "3", "--format", "json"))))
        documents.append(("grade.schema.json", json.loads(run(args.plaint, env, "grade", graded, "--format", "json"))))
        documents.append(("risk-matrix.schema.json", json.loads(run(args.plaint, env, "grade", "matrix", "--format", "json"))))
        documents.append(("event.schema.json", json.loads(run(args.plaint, env, "contribution", "request", graded, "--from",
                                                              "Ward 7", "--format", "json"))))
        documents += [("contributions.schema.json", c)
                      for c in json.loads(run(args.plaint, env, "contribution", "list", "--format", "json"))]
        documents.append(("case.schema.json", json.loads(run(args.plaint, env, "show", graded, "--format", "json"))))
        documents.append(("caseload.schema.json", json.loads(run(args.plaint, env, "caseload", "--format", "json"))))
        actions = json.loads(run(args.plaint, env, "action", "list", "--format", "json"))
        documents += [("actions.schema.json", a) for a in actions]
        if not due:
            print("FAILED: the demonstration register has nothing due")
            failures += 1
        for name, document in documents:
            errors = list(checks[name].iter_errors(document))
            if errors:
                failures += 1
                print(f"FAILED: {name}: {errors[0].message} in {json.dumps(document)[:300]}")
    print(f"{len(documents) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
