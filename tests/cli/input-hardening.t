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
  $ . ./env.sh && plaint list --format table
  reference    received    kind       procedure      state     owner     subject  provider
  C-2026-0001  2026-11-18  complaint  nhs-complaint  received  sam
  C-2026-0002  2026-11-19  complaint  nhs-complaint  received  sam\rbob
  $ . ./env.sh && plaint show C-2026-0002 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(repr(d["summary"]), repr(d["events"][0]["actor"]))'
  '\x1b[2J\x1b[1;31mURGENT\x1b[0m' 'eve\n  2026-11-20  closed       by cco at 2026-11-20T09:00:00Z'
  $ . ./env.sh && plaint show $'C-2026-0009\e[2J'
  ! plaint: error: show: no case C-2026-0009\e[2J in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]

TSV output is formula-safe like CSV: a text cell beginning with = + - @ gets
an apostrophe.

  $ . ./env.sh && plaint log --summary '=HYPERLINK("http://evil.example/","click")' --provider '+44 1234' --received 2026-11-19
  C-2026-0003
  $ . ./env.sh && plaint list --format tsv | cut -f1,9,12 | tail -1
  C-2026-0003	'=HYPERLINK("http://evil.example/","click")	'+44 1234
  $ . ./env.sh && plaint list --format csv | cut -d, -f1,9 | tail -1
  C-2026-0003,"'=HYPERLINK(""http://evil.example/""
  $ . ./env.sh && snap

Numbers are read one strict way: decimal digits, a minus where a number may
be negative, nothing else.

  $ plaint calendar add 2024-01-01 0x10
  ! plaint: error: calendar add: N: '0x10' is not a whole number
  ! plaint: hint: see 'plaint calendar add --help'
  [2]
  $ plaint calendar add 2024-01-01 010
  2024-01-11
  $ plaint calendar add 2024-01-01 ""
  ! plaint: error: calendar add: N: '' is not a whole number
  ! plaint: hint: see 'plaint calendar add --help'
  [2]
  $ plaint calendar add 2024-01-01 -3
  2023-12-27
  $ plaint calendar add 2024-01-01 " 3"
  ! plaint: error: calendar add: N: ' 3' is not a whole number
  ! plaint: hint: see 'plaint calendar add --help'
  [2]
  $ plaint demo d.db --seed -1 --cases 1
  ! plaint: error: demo: --seed: '-1' is not a whole number of 0 or more
  ! plaint: hint: see 'plaint demo --help'
  [2]
  $ plaint demo d.db --seed "" --cases 1
  ! plaint: error: demo: --seed: '' is not a whole number of 0 or more
  ! plaint: hint: see 'plaint demo --help'
  [2]
  $ ls d.db
  ! ls: cannot access 'd.db': No such file or directory
  [2]
  $ . ./env.sh && plaint report ko41 --period 1066
  ! plaint: error: report: invalid period '1066': periods fall within 1990-2100, the years the calendar covers
  ! plaint: hint: periods are 2025/26 (financial year), 2026-Q3 (calendar quarter), 2025/26-Q1 (financial quarter), 2026-03 (month), 2026 (year) or 2025-04-01..2025-09-30 (range)
  [2]
  $ . ./env.sh && plaint --today "" list
  ! plaint: error: list: --today: is empty
  ! plaint: hint: see 'plaint list --help'
  [2]
  $ . ./env.sh && plaint record C-2026-0001 acknowledged note=a note=b
  ! plaint: error: record: note is given twice
  ! plaint: hint: give each field once
  [2]
  $ . ./env.sh && plaint void C-2026-0001 --event 0x1 --reason "typo"
  ! plaint: error: void: --event: '0x1' is not a whole number
  ! plaint: hint: see 'plaint void --help'
  [2]
  $ . ./env.sh && same
  unchanged

PLAINT_NOW, the recorded-at time the tests pin, is read strictly and may not
take the record back in time.

  $ . ./env.sh && PLAINT_NOW=2026-11-20 plaint assign C-2026-0001 --owner jo
  ! plaint: error: assign: invalid PLAINT_NOW '2026-11-20'
  ! plaint: hint: PLAINT_NOW, a hook for tests, is a UTC time written YYYY-MM-DDTHH:MM:SSZ; unset it to use the clock
  [2]
  $ . ./env.sh && PLAINT_NOW=2026-11-20T25:00:00Z plaint assign C-2026-0001 --owner jo
  ! plaint: error: assign: invalid PLAINT_NOW '2026-11-20T25:00:00Z'
  ! plaint: hint: PLAINT_NOW, a hook for tests, is a UTC time written YYYY-MM-DDTHH:MM:SSZ; unset it to use the clock
  [2]
  $ . ./env.sh && PLAINT_NOW=2026-11-19T23:59:59Z plaint assign C-2026-0001 --owner jo
  ! plaint: error: assign: PLAINT_NOW 2026-11-19T23:59:59Z is earlier than the register's latest recorded time 2026-11-20T09:00:00Z
  ! plaint: hint: PLAINT_NOW is a hook for tests and may not back-date the record; unset it to use the clock
  [2]
  $ . ./env.sh && same
  unchanged
  $ . ./env.sh && PLAINT_NOW=2026-11-19T23:59:59Z plaint list --format tsv | cut -f1 | tail -1
  C-2026-0003
  $ . ./env.sh && PLAINT_NOW=2026-11-21T08:00:00Z plaint assign C-2026-0001 --owner jo
  C-2026-0001: assign on 2026-11-20; now received
  $ . ./env.sh && PLAINT_NOW=2026-11-20T09:00:00Z plaint assign C-2026-0001 --owner sam
  ! plaint: error: assign: PLAINT_NOW 2026-11-20T09:00:00Z is earlier than the register's latest recorded time 2026-11-21T08:00:00Z
  ! plaint: hint: PLAINT_NOW is a hook for tests and may not back-date the record; unset it to use the clock
  [2]
  $ . ./env.sh && snap

Files that are not files: a FIFO or a device given as configuration,
procedure, feed or register is refused at once (no hang, no endless read).

  $ mkfifo fifo
  $ . ./env.sh && plaint --config fifo list
  ! plaint: error: list: the configuration file fifo is a FIFO, not a regular file
  [3]
  $ . ./env.sh && plaint --config /dev/zero list
  ! plaint: error: list: the configuration file /dev/zero is a device, not a regular file
  [3]
  $ . ./env.sh && printf 'procedures = ["fifo"]\n' > proc.toml && plaint --config proc.toml procedures list
  ! plaint: error: procedures list: the procedure file fifo is a FIFO, not a regular file
  [3]
  $ plaint calendar import /dev/zero
  ! plaint: error: calendar import: the holiday feed /dev/zero is a device, not a regular file
  [3]
  $ plaint calendar import fifo
  ! plaint: error: calendar import: the holiday feed fifo is a FIFO, not a regular file
  [3]
  $ plaint --register fifo list
  ! plaint: error: list: fifo is a FIFO, not a register file
  [4]
  $ plaint --register /dev/zero list
  ! plaint: error: list: /dev/zero is a device, not a register file
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
  ! plaint: error: calendar import: twice.json: the key 'division' is given twice in one object
  ! plaint: hint: a feed says each thing once; fetch a fresh copy from GOV.UK
  [3]
  $ plaint calendar import future.json --today 2026-11-30
  ! plaint: error: calendar import: future.json: england-and-wales.events[75]: 2150-01-01 is outside the years the calendar covers (1990-2100)
  [3]
  $ ls .config/plaint 2>/dev/null | wc -l
  0
  $ plaint calendar import title.json --today 2026-11-30 | grep 2027-06-07
    + 2027-06-07  Line\nbreak\t"quoted" \ \x07  (new: recorded)
  $ grep name .config/plaint/imported-holidays.toml
  name = "Line\nbreak\t\"quoted\" \\ \u0007"
  $ plaint calendar is-working 2027-06-07
  no: Line\nbreak\t"quoted" \ \x07
  [1]

Output that cannot be written: a closed pipe ends plaint quietly (killed by
SIGPIPE, as `plaint list | head -1` should be), a full disk or the file-size
limit is exit 74 with the reason.

  $ . ./env.sh && python3 -c 'import os, subprocess; r, w = os.pipe(); os.close(r); print(subprocess.run(["plaint", "list"], stdout=w).returncode)'
  -13
  $ . ./env.sh && plaint list > /dev/full
  ! plaint: error: list: could not write the output: No space left on device
  ! plaint: hint: is the disk full, or the file over its size limit (ulimit -f)?
  [74]
  $ (ulimit -f 1; plaint calendar holidays 2026 --format json > big.json)
  ! plaint: error: calendar holidays: could not write the output: File too large
  ! plaint: hint: is the disk full, or the file over its size limit (ulimit -f)?
  [74]
  $ . ./env.sh && (ulimit -f 1; plaint assign C-2026-0001 --owner kim)
  ! plaint: error: assign: opening the register: cannot read or write the file (disk I/O error)
  ! plaint: hint: check the file, its directory and the disk
  [4]
  $ . ./env.sh && same
  unchanged
