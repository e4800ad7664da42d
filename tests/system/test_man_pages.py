#!/usr/bin/env python3
"""Every command that `plaint --help` lists has a manual page that covers it,
and the examples in the pages are what plaint really prints.

Coverage. For each subcommand shown by `plaint --help`:
- man/plaint-CMD.1 must exist, and man/plaint.1 must name it as plaint-CMD(1);
- every option shown by `plaint CMD --help` must be mentioned in that page;
- every sub-subcommand shown there (`calendar add`, `config show`) must be
  mentioned in that page as "CMD SUB", and so must every option shown by
  `plaint CMD SUB --help`.
The global options of `plaint --help` must be mentioned in man/plaint.1.
Pages are read as roff source with the escapes that matter for a mention
undone, so "\\fB\\-\\-receipt\\fR" mentions --receipt.

Examples. Every .EX block whose lines start with "$ " is a transcript: each
"$ " line is a command, run by bash, and the lines after it are its standard
output and standard error, which must match exactly; "..." in an expected line
matches any text (for hashes, which are salted). The blocks of one page run in
order in one shell, in one fresh directory, which is also HOME, with plaint first on PATH,
TZ=UTC, no PLAINT_* variables except PLAINT_NOW=2026-03-02T09:30:00Z and no
system configuration, as user j.bloggs. Before a page runs, "$ cat FILE"
creates FILE from the lines shown after it, and bank-holidays.json is a copy of
GOV.UK's feed from --data. A block that needs a program that is not installed
(jq, sqlite3, dot) is skipped, with a note.

Rendering. When groff is installed, every page must render without a warning
(`groff -man -ww -z`).

Usage: test_man_pages.py --plaint BINARY [--data DIR]; man/ is found relative
to this file (../../man). Exit 0 pass, 1 fail.
"""
import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

MAN_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "man"))

# Options every command has, documented once in plaint(1).
IMPLICIT_OPTIONS = {"-h", "--help"}

# Files that examples use without showing them: name -> file in --data.
DATA_FILES = {"bank-holidays.json": "govuk-bank-holidays-2019-2027.json"}

# Commands that examples may use without their being installed as programs.
SHELL_BUILTINS = {"export", "echo", "cd", "cat", "test", "true", "false", "printf"}

ROFF_CHARS = {"(cq": "\u2019", "(aq": "'", "(dq": '"', "(lq": "\u201c", "(rq": "\u201d", "(ga": "`",
              "(or": "|", "(bu": "\u2022", "-": "-", "e": "\\", "&": "", "%": "", " ": " ", "~": " "}


def environment(workdir, plaint):
    return {"PATH": os.path.dirname(os.path.abspath(plaint)) + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": workdir, "TZ": "UTC", "LC_ALL": "C.UTF-8", "USER": "j.bloggs", "LOGNAME": "j.bloggs",
            "PLAINT_NOW": "2026-03-02T09:30:00Z",
            "PLAINT_SYSTEM_CONFIG": os.path.join(workdir, "no-system-config.toml")}


# ---------------------------------------------------------------------------
# --help


def run_help(plaint, args, env):
    """The text of `plaint ARGS --help`, which must succeed."""
    result = subprocess.run([plaint, *args, "--help"], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise RuntimeError(f"plaint {' '.join(args)} --help exited {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def sections(help_text):
    """{section title: [lines]} for CLI11's "Options:", "Subcommands:" ..."""
    found, current = {}, None
    for line in help_text.splitlines():
        heading = re.fullmatch(r"(\w[\w ]*):", line.strip())
        if heading and not line.startswith(" "):
            current = found.setdefault(heading.group(1), [])
        elif current is not None:
            current.append(line)
    return found


def entry_names(lines):
    """The first column of a help section: the names, without descriptions."""
    names = []
    for line in lines:
        if re.match(r"  \S", line):  # not a blank line nor a wrapped description
            names.append(re.split(r"\s{2,}", line.strip(), maxsplit=1)[0])
    return names


def options_of(help_text):
    """Every option name shown in the Options section: ["--receipt", ...]."""
    found = []
    for name in entry_names(sections(help_text).get("Options", [])):
        for option in re.findall(r"(?<![\w-])(--?[A-Za-z0-9][\w-]*)", name):
            if option not in found:
                found.append(option)
    return found


def subcommands_of(help_text):
    return [name.split()[0] for name in entry_names(sections(help_text).get("Subcommands", []))]


# ---------------------------------------------------------------------------
# Pages


def roff_text(line):
    """A line of roff with its escapes turned into the characters they print."""
    def replace(match):
        escape = match.group(1)
        if escape.startswith("f") or escape.startswith("c"):
            return ""
        return ROFF_CHARS.get(escape, escape)
    return re.sub(r"\\(f\[[^]]*\]|f\(..|f.|c|\(..|\[[^]]*\]|.)", replace, line)


def page_text(path):
    """A page's text for mentions: macro names dropped, escapes undone, whitespace collapsed."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    words = []
    for line in lines:
        if line.startswith(".\\\""):
            continue
        words.append(roff_text(re.sub(r"^\.\S+\s*", "", line)).replace('"', " "))
    return re.sub(r"\s+", " ", " ".join(words))


def mentions(text, phrase):
    return re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text) is not None


def check_command(plaint, env, path, page, text, problems):
    """Checks one command (path: ["calendar"] or ["calendar", "add"]) against
    its page (file name `page`, normalised text `text`)."""
    help_text = run_help(plaint, path, env)
    for option in options_of(help_text):
        if option not in IMPLICIT_OPTIONS and not mentions(text, option):
            problems.append(f"{page}: does not mention {option} of 'plaint {' '.join(path)}'")
    for sub in subcommands_of(help_text):
        phrase = " ".join(path + [sub])
        if not mentions(text, phrase):
            problems.append(f"{page}: does not mention '{phrase}'")
        check_command(plaint, env, path + [sub], page, text, problems)


def check_coverage(plaint, env, problems):
    top_help = run_help(plaint, [], env)
    commands = subcommands_of(top_help)
    if not commands:
        problems.append("no subcommands found in 'plaint --help'")
        return 0
    main_page = os.path.join(MAN_DIR, "plaint.1")
    if not os.path.exists(main_page):
        problems.append("man/plaint.1 is missing")
        return 0
    main_text = page_text(main_page)
    for option in options_of(top_help):
        if not mentions(main_text, option):
            problems.append(f"plaint.1: does not mention the global option {option}")
    for command in commands:
        page = os.path.join(MAN_DIR, f"plaint-{command}.1")
        if not mentions(main_text, f"plaint-{command}(1)") and not mentions(main_text, f"plaint-{command} (1)"):
            problems.append(f"plaint.1: does not list plaint-{command}(1)")
        if not os.path.exists(page):
            problems.append(f"man/plaint-{command}.1 is missing (the page of 'plaint {command}')")
            continue
        check_command(plaint, env, [command], os.path.basename(page), page_text(page), problems)
    return len(commands)


# ---------------------------------------------------------------------------
# Examples


def transcripts(path):
    """The .EX blocks of a page that are transcripts: [(line number, [(command, [expected])])]."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    blocks, block, start = [], None, 0
    for number, line in enumerate(lines, 1):
        if line.startswith(".EX"):
            block, start = [], number + 1
        elif line.startswith(".EE"):
            if block and block[0].startswith("$ "):
                steps = []
                for text in block:
                    if text.startswith("$ "):
                        steps.append((text[2:], []))
                    else:
                        steps[-1][1].append(text)
                blocks.append((start, steps))
            block = None
        elif block is not None:
            block.append(roff_text(line))
    return blocks


def programs(command):
    """The programs a shell command line runs (first words of its pipeline parts)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    found, first = [], True
    for token in lexer:
        if token in {"|", "||", "&&", ";", "&", "(", ")"}:
            first = True
        elif first and not re.match(r"^\w+=", token) and token not in {">", ">>", "<"}:
            found.append(token)
            first = False
    return found


def line_matches(expected, actual):
    if "..." not in expected:
        return expected == actual
    return re.fullmatch(".*".join(re.escape(piece) for piece in expected.split("...")), actual) is not None


def run_transcripts(plaint, data, page, blocks, problems, notes):
    workdir = tempfile.mkdtemp(prefix="plaint-man-")
    try:
        env = environment(workdir, plaint)
        for name, source in DATA_FILES.items():
            if data and os.path.exists(os.path.join(data, source)):
                shutil.copy(os.path.join(data, source), os.path.join(workdir, name))
        for _, steps in blocks:
            for command, expected in steps:
                shown = re.fullmatch(r"cat (\S+)", command)
                if shown and not os.path.exists(os.path.join(workdir, shown.group(1))):
                    with open(os.path.join(workdir, shown.group(1)), "w", encoding="utf-8") as f:
                        f.write("".join(line + "\n" for line in expected))
        runnable, script = [], ""
        for start, steps in blocks:
            missing = sorted({p for c, _ in steps for p in programs(c)
                              if p not in SHELL_BUILTINS and not shutil.which(p, path=env["PATH"])})
            if missing:
                notes.append(f"{page}:{start}: example not run: {', '.join(missing)} not installed")
                continue
            for command, expected in steps:
                runnable.append((start, command, expected))
                script += "{ %s\n} 2>&1; __status=$?; printf '\\036'; (exit $__status)\n" % command
        # One shell for the whole page: what one example exports, the next sees.
        result = subprocess.run(["bash", "-c", script], cwd=workdir, env=env, capture_output=True,
                                stdin=subprocess.DEVNULL, timeout=300)
        outputs = result.stdout.decode("utf-8", "replace").replace("\r\n", "\n").split("\x1e")
        for (start, command, expected), output in zip(runnable, outputs):
            actual = output.split("\n")
            if actual and actual[-1] == "":
                actual.pop()
            if len(actual) != len(expected) or not all(map(line_matches, expected, actual)):
                problems.append(f"{page}:{start}: example '$ {command}' prints\n    "
                                + "\n    ".join(actual) + "\n  but the page shows\n    " + "\n    ".join(expected))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def check_examples(plaint, data, problems, notes):
    count = 0
    for name in sorted(os.listdir(MAN_DIR)):
        if re.search(r"\.[1-8]$", name):
            blocks = transcripts(os.path.join(MAN_DIR, name))
            count += sum(len(steps) for _, steps in blocks)
            if blocks:
                run_transcripts(plaint, data, name, blocks, problems, notes)
    return count


# ---------------------------------------------------------------------------


def check_rendering(problems, notes):
    groff = shutil.which("groff")
    if not groff:
        notes.append("groff is not installed: rendering not checked")
        return
    for name in sorted(os.listdir(MAN_DIR)):
        if re.search(r"\.[1-8]$", name):
            result = subprocess.run([groff, "-man", "-Tutf8", "-ww", "-z", os.path.join(MAN_DIR, name)],
                                    capture_output=True, text=True)
            if result.returncode != 0 or result.stderr.strip():
                problems.append(f"{name}: groff: {result.stderr.strip() or 'exit %d' % result.returncode}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plaint", required=True)
    parser.add_argument("--data")
    args = parser.parse_args()
    plaint = os.path.abspath(args.plaint)

    problems, notes = [], []
    with tempfile.TemporaryDirectory(prefix="plaint-man-help-") as home:
        commands = check_coverage(plaint, environment(home, plaint), problems)
    examples = check_examples(plaint, args.data, problems, notes)
    check_rendering(problems, notes)

    for note in notes:
        print("note:", note)
    for problem in problems:
        print("FAIL:", problem)
    if problems:
        return 1
    print(f"ok: {commands} commands, each with a page that covers it; {examples} example commands as printed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
