What plaint does with hostile input: text that is not UTF-8, control
characters and escape sequences, numbers written loosely, files that are not
files, a PLAINT_NOW that would back-date the record, and output that cannot
be written. Every refusal is one clear message and a documented exit code,
and the register is left exactly as it was (`same` compares the register's
cases and journal head with the snapshot `snap` took).

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > state() { plaint list --format ndjson; plaint verify; }
  > snap() { state > before.txt; }
  > same() { state | diff before.txt - && echo unchanged; }
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --summary "Rude receptionist" --owner sam --received 2026-11-18
  C-2026-0001
  $ . ./env.sh && snap

Text that is not UTF-8, anywhere on the command line, is a usage error
naming the option (or the argument's place) and the byte.

  $ . ./env.sh && plaint log --summary $'caf\xe9'
  ! plaint: error: log: the value of --summary is not valid UTF-8 (byte 4)
  ! plaint: hint: plaint keeps text as UTF-8: convert it first (iconv -t UTF-8)
  [2]
  $ . ./env.sh && plaint note C-2026-0001 $'\xff\xfe'
  ! plaint: error: note: argument 3 is not valid UTF-8 (byte 1)
  ! plaint: hint: plaint keeps text as UTF-8: convert it first (iconv -t UTF-8)
  [2]
  $ . ./env.sh && plaint record C-2026-0001 acknowledged $'note=\xc0\xaf'
  ! plaint: error: record: argument 4 is not valid UTF-8 (byte 6)
  ! plaint: hint: plaint keeps text as UTF-8: convert it first (iconv -t UTF-8)
  [2]
  $ . ./env.sh && plaint --as=$'\xed\xa0\x80' assign C-2026-0001 --owner jo
  ! plaint: error: assign: the value of --as is not valid UTF-8 (byte 1)
  ! plaint: hint: plaint keeps text as UTF-8: convert it first (iconv -t UTF-8)
  [2]
  $ . ./env.sh && printf 'caf\xe9\n' | plaint note C-2026-0001 -
  ! plaint: error: note: the note read from stdin is not valid UTF-8 (byte 4)
  ! plaint: hint: plaint keeps text as UTF-8: convert it first (iconv -t UTF-8)
  [2]
  $ . ./env.sh && PLAINT_USER=$'t\xe9ster' plaint assign C-2026-0001 --owner jo
  ! plaint: error: assign: the user name (--as, PLAINT_USER, user, LOGNAME) is not valid UTF-8 (byte 2)
  ! plaint: hint: plaint keeps text as UTF-8: convert it first (iconv -t UTF-8)
  [2]
  $ . ./env.sh && same
  unchanged
  $ plaint init other.db --organisation $'St Mary\xe2s'
  ! plaint: error: init: the value of --organisation is not valid UTF-8 (byte 8)
  ! plaint: hint: plaint keeps text as UTF-8: convert it first (iconv -t UTF-8)
  [2]
  $ ls other.db
  ! ls: cannot access 'other.db': No such file or directory
  [2]

Size limits: a name 200 bytes, a summary or reason 1000, any other argument
(a note) 64 KiB.

  $ . ./env.sh && plaint assign C-2026-0001 --owner "$(printf 'x%.0s' $(seq 201))"
  ! plaint: error: assign: the value of --owner is 201 bytes: at most 200 are allowed
  [2]
  $ . ./env.sh && plaint log --summary "$(head -c 1001 /dev/zero | tr '\0' s)"
  ! plaint: error: log: the value of --summary is 1001 bytes: at most 1000 are allowed
  [2]
  $ . ./env.sh && plaint note C-2026-0001 "$(head -c 65537 /dev/zero | tr '\0' n)"
  ! plaint: error: note: argument 3 is 65537 bytes: at most 65536 are allowed
  [2]
  $ . ./env.sh && plaint note C-2026-0001 - < /dev/zero
  ! plaint: error: note: the note read from stdin is 73728 bytes: at most 65536 are allowed
  [2]
  $ . ./env.sh && same
  unchanged

Control characters and escape sequences are kept as given (JSON shows them
exactly) but shown escaped in tables, timelines and messages: an actor with a
line break cannot forge a timeline line, a summary cannot clear the screen.

  $ . ./env.sh && plaint --as $'eve\n  2026-11-20  closed       by cco at 2026-11-20T09:00:00Z' \
  >   log --summary $'\e[2J\e[1;31mURGENT\e[0m' --received 2026-11-19 --owner $'sam\rbob'
  C-2026-0002
  $ . ./env.sh && plaint show C-2026-0002 | sed -n -e '/Summary/p' -e '/Owner/p' -e '/Timeline/,/Clocks/p'
    Summary:    \e[2J\e[1;31mURGENT\e[0m
    Owner:      sam\rbob
  Timeline:
    2026-11-19  logged       by eve\n  2026-11-20  closed       by cco at 2026-11-20T09:00:00Z at 2026-11-20T09:00:00Z
  Clocks:
  $ . ./env.sh && plaint list --format table | cut -c1-60
  $ . ./env.sh && plaint show C-2026-0002 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(repr(d["summary"]), repr(d["events"][0]["actor"]))'
  $ . ./env.sh && plaint show $'C-2026-0009\e[2J'
  [2]

TSV output is formula-safe like CSV: a text cell beginning with = + - @ gets
an apostrophe.

  $ . ./env.sh && plaint log --summary '=HYPERLINK("http://evil.example/","click")' --provider '+44 1234' --received 2026-11-19
  C-2026-0003
  $ . ./env.sh && plaint list --format tsv | cut -f1,9,12 | tail -1
  $ . ./env.sh && plaint list --format csv | cut -d, -f1,9 | tail -1
  $ . ./env.sh && snap

Numbers are read one strict way: decimal digits, a minus where a number may
be negative, nothing else.

  $ plaint calendar add 2024-01-01 0x10
  [2]
  $ plaint calendar add 2024-01-01 010
  $ plaint calendar add 2024-01-01 ""
  [2]
  $ plaint calendar add 2024-01-01 -3
  $ plaint calendar add 2024-01-01 " 3"
  [2]
  $ plaint demo d.db --seed -1 --cases 1
  [2]
  $ plaint demo d.db --seed "" --cases 1
  [2]
  $ ls d.db
  [2]
  $ . ./env.sh && plaint report ko41 --period 1066
  [2]
  $ . ./env.sh && plaint --today "" list
  [2]
  $ . ./env.sh && plaint record C-2026-0001 acknowledged note=a note=b
  [2]
  $ . ./env.sh && plaint void C-2026-0001 --event 0x1 --reason "typo"
  [2]
  $ . ./env.sh && same
  unchanged

PLAINT_NOW, the recorded-at time the tests pin, is read strictly and may not
take the record back in time.

  $ . ./env.sh && PLAINT_NOW=2026-11-20 plaint assign C-2026-0001 --owner jo
  [2]
  $ . ./env.sh && PLAINT_NOW=2026-11-20T25:00:00Z plaint assign C-2026-0001 --owner jo
  [2]
  $ . ./env.sh && PLAINT_NOW=2026-11-19T23:59:59Z plaint assign C-2026-0001 --owner jo
  [2]
  $ . ./env.sh && same
  unchanged
  $ . ./env.sh && PLAINT_NOW=2026-11-19T23:59:59Z plaint list --format tsv | cut -f1 | tail -1
  $ . ./env.sh && PLAINT_NOW=2026-11-21T08:00:00Z plaint assign C-2026-0001 --owner jo
  $ . ./env.sh && PLAINT_NOW=2026-11-20T09:00:00Z plaint assign C-2026-0001 --owner sam
  [2]
  $ . ./env.sh && snap

Files that are not files: a FIFO or a device given as configuration,
procedure, feed or register is refused at once (no hang, no endless read).

  $ mkfifo fifo
  $ . ./env.sh && plaint --config fifo list
  [3]
  $ . ./env.sh && plaint --config /dev/zero list
  [3]
  $ . ./env.sh && printf 'procedures = ["%s/fifo"]\n' "$PWD" > proc.toml && plaint --config proc.toml procedures list
  [3]
  $ plaint calendar import /dev/zero
  [3]
  $ plaint calendar import fifo
  [3]
  $ plaint --register fifo list
  [4]
  $ plaint --register /dev/zero list
  [4]

`calendar import` refuses a feed with a key given twice or a date outside the
calendar's years, and writes every control character of a title escaped, so
the file it writes is always read back.

  $ python3 - "$DATA/govuk-bank-holidays-2019-2027.json" <<'END'
  > import json, sys
  > feed = json.load(open(sys.argv[1]))
  > text = json.dumps(feed)
  > open("twice.json", "w").write(text.replace('{"division": "scotland"', '{"division": "scotland", "division": "england-and-wales"', 1))
  > feed["england-and-wales"]["events"].append({"title": "Far future", "date": "2150-01-01", "notes": "", "bunting": True})
  > json.dump(feed, open("future.json", "w"))
  > feed["england-and-wales"]["events"].pop()
  > feed["england-and-wales"]["events"].append({"title": "Line\nbreak\t\"quoted\" \\ \u0007", "date": "2027-06-07", "notes": "", "bunting": True})
  > json.dump(feed, open("title.json", "w"))
  > END
  $ plaint calendar import twice.json --today 2026-11-30
  [3]
  $ plaint calendar import future.json --today 2026-11-30
  [3]
  $ ls .config/plaint 2>/dev/null | wc -l
  0
  $ plaint calendar import title.json --today 2026-11-30 | grep 2027-06-07
  $ grep name .config/plaint/imported-holidays.toml
  $ plaint calendar is-working 2027-06-07
  [1]

Output that cannot be written: a closed pipe ends plaint quietly (killed by
SIGPIPE, as `plaint list | head -1` should be), a full disk or the file-size
limit is exit 74 with the reason.

  $ . ./env.sh && python3 -c 'import os, subprocess; r, w = os.pipe(); os.close(r); print(subprocess.run(["plaint", "list"], stdout=w).returncode)'
  $ . ./env.sh && plaint list > /dev/full
  [74]
  $ . ./env.sh && (ulimit -f 1; plaint show C-2026-0001 --format json > big.json)
  [74]
  $ . ./env.sh && same
  unchanged
