The register's calendar is register data, the same for every user: its
division (chosen at `plaint init`), its closure days, the one-off bank
holidays it adds and the rule days it cancels. Each change is one journal
event, and works out the clocks of every open case again in the same
transaction. A user's configuration and PLAINT_CALENDAR no longer move a
register's dates.

Fixed clock, user and register for every step (each step is a new shell).

  $ cat > env.sh <<'EOF'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-27 PLAINT_USER=tester PLAINT_REGISTER=scot.db
  > EOF

A Scottish register: a complaint by email received on Friday 27 November 2026.

| November 2026            December 2026            January 2027
| Mo Tu We Th Fr Sa Su     Mo Tu We Th Fr Sa Su     Mo Tu We Th Fr Sa Su
|                      1         1  2  3  4  5  6                  1  2  3
|  2  3  4  5  6  7  8      7  8  9 10 11 12 13      4  5  6  7  8  9 10
|  9 10 11 12 13 14 15     14 15 16 17 18 19 20     11 12 13 14 15 16 17
| 16 17 18 19 20 21 22     21 22 23 24 25 26 27
| 23 24 25 26 27 28 29     28 29 30 31
| 30
|
| Scotland's rules: Mon 30 Nov St Andrew's Day; Fri 25 Dec Christmas Day;
| Mon 28 Dec Boxing Day (substitute for Sat 26); Fri 1 Jan New Year's Day;
| Mon 4 Jan 2nd January (substitute for Sat 2).
|
| Acknowledgement, 3 working days from receipt (day 0, Fri 27 Nov): Sat 28,
| Sun 29 and Mon 30 (St Andrew's Day) skipped; Tue 1 Dec is day 1, Wed 2 day
| 2, Thu 3 Dec day 3: due Thursday 2026-12-03 (England and Wales: Wed 2 Dec).
| Response, 25 working days: Dec 1-4 (4), 7-11 (9), 14-18 (14), 21-24 (18),
| 25 and 28 skipped, 29-31 (21), Jan 1 and Mon 4 skipped, Jan 5-8 (25): due
| Friday 2027-01-08 (England and Wales, with 30 Nov and 4 Jan working days:
| Wednesday 2027-01-06).

  $ . ./env.sh && plaint init --organisation "Test Board" --calendar scotland
  Created register scot.db for Test Board (calendar scotland, procedure nhs-complaint, references C-YYYY-NNNN)
  $ . ./env.sh && plaint log --received 2026-11-27 --channel email --summary "Waiting times"
  C-2026-0001
  $ . ./env.sh && plaint due --within 30 --format tsv | cut -f1,2,4
  reference	clock	due
  C-2026-0001	acknowledgement	2026-12-03
  C-2026-0001	response	2027-01-08

Two handlers with different configurations, one with PLAINT_CALENDAR as
well, see the same due dates on the same register: its calendar is the
register's. The division from the environment is ignored with a warning
that names where it came from; configured closures are not the register's.

  $ cat > alice.toml <<'EOF'
  > [calendar]
  > closures = [2026-12-29, 2026-12-30]
  > EOF
  $ cat > bob.toml <<'EOF'
  > [calendar]
  > division = "england-and-wales"
  > closures = [{ date = 2026-12-02, name = "Team day" }]
  > EOF
  $ . ./env.sh && plaint --config alice.toml due --within 30 --format tsv > alice.tsv
  $ . ./env.sh && PLAINT_CALENDAR=england-and-wales plaint --config bob.toml due --within 30 --format tsv > bob.tsv
  ! plaint: warning: calendar.division england-and-wales from bob.toml:2:12 is ignored: the register's calendar is scotland
  $ cmp alice.tsv bob.tsv && cut -f1,2,4 bob.tsv
  reference	clock	due
  C-2026-0001	acknowledgement	2026-12-03
  C-2026-0001	response	2027-01-08
  $ . ./env.sh && PLAINT_CALENDAR=northern-ireland plaint --config bob.toml calendar is-working 2026-11-30
  no: St Andrew’s Day
  ! plaint: warning: calendar.division england-and-wales from bob.toml:2:12 is ignored: the register's calendar is scotland
  [1]
  $ sqlite3 scot.db 'select clocks_calendar = (select clocks_calendar from register) from register'
  1

--calendar may not change a register's dates: on a command that reads or
writes cases it is refused (exit 2); the calendar arithmetic commands take
it for one run, and say so.

  $ . ./env.sh && plaint due --calendar england-and-wales
  ! plaint: error: due: --calendar england-and-wales cannot be used here: the register's own calendar (scotland) decides its dates
  ! plaint: hint: 'plaint calendar division NAME' changes the register's calendar; --calendar is for the calendar arithmetic commands
  [2]
  $ . ./env.sh && plaint ack C-2026-0001 --method letter --on 2026-11-30 --calendar england-and-wales
  ! plaint: error: ack: --calendar england-and-wales cannot be used here: the register's own calendar (scotland) decides its dates
  ! plaint: hint: 'plaint calendar division NAME' changes the register's calendar; --calendar is for the calendar arithmetic commands
  [2]
  $ . ./env.sh && plaint calendar add 2026-11-27 3 --calendar england-and-wales
  2026-12-02
  ! plaint: note: --calendar england-and-wales: this run uses the configured calendar of england-and-wales, not the register's
  $ . ./env.sh && plaint calendar add 2026-11-27 3
  2026-12-03

The organisation closes on Tuesday 29 and Wednesday 30 December. The response
moves two working days, from Fri 8 Jan past Mon 11 to Tuesday 2027-01-12; the
acknowledgement does not move.

  $ . ./env.sh && plaint calendar closure add 2026-12-29
  Added the closure day Tue 2026-12-29 (Closure day)
  Clocks of 1 open case worked out again; due dates moved:
    C-2026-0001  response  2027-01-08 -> 2027-01-11
  $ . ./env.sh && plaint calendar closure add 2026-12-30 --name "Christmas closure"
  Added the closure day Wed 2026-12-30 (Christmas closure)
  Clocks of 1 open case worked out again; due dates moved:
    C-2026-0001  response  2027-01-11 -> 2027-01-12
  $ . ./env.sh && plaint calendar is-working 2026-12-30
  no: closure: Christmas closure
  [1]
  $ . ./env.sh && plaint config show --format tsv | grep -e '^calendar'
  calendar.division	scotland	register
  calendar.receipt	day-zero	default
  calendar.holidays		register
  calendar.closures	2026-12-29 Closure day; 2026-12-30 Christmas closure	register
  calendar.not_holidays		register
  $ sqlite3 scot.db "select seq, case_ref = '', type, effective_date, actor, details from events where seq > 1"
  2|1|calendar-day-added|2026-11-27|tester|{"day":{"date":"2026-12-29","kind":"closure","name":"Closure day","source":"command","substitute":false}}
  3|1|calendar-day-added|2026-11-27|tester|{"day":{"date":"2026-12-30","kind":"closure","name":"Christmas closure","source":"command","substitute":false}}
  $ sqlite3 scot.db 'select * from calendar_days'
  2026-12-29|closure|Closure day|0|command
  2026-12-30|closure|Christmas closure|0|command

A one-off bank holiday and a cancelled rule day, then undone: St Andrew's Day
cancelled makes Mon 30 Nov day 1, and the acknowledgement due Wed 2 Dec.

  $ . ./env.sh && plaint calendar holiday add 2027-06-07 --name "Extra bank holiday"
  Added the bank holiday Mon 2027-06-07 (Extra bank holiday)
  Clocks of 1 open case worked out again; no due date moved
  $ . ./env.sh && plaint calendar holiday cancel 2026-11-30
  Recorded the cancellation of the bank holiday Mon 2026-11-30 (St Andrew’s Day)
  Clocks of 1 open case worked out again; due dates moved:
    C-2026-0001  acknowledgement  2026-12-03 -> 2026-12-02
    C-2026-0001  response  2027-01-12 -> 2027-01-11
  $ . ./env.sh && plaint calendar holiday remove 2026-11-30
  Removed the cancellation of the bank holiday Mon 2026-11-30 (St Andrew’s Day)
  Clocks of 1 open case worked out again; due dates moved:
    C-2026-0001  acknowledgement  2026-12-02 -> 2026-12-03
    C-2026-0001  response  2027-01-11 -> 2027-01-12
  $ . ./env.sh && plaint calendar holiday remove 2027-06-07
  Removed the bank holiday Mon 2027-06-07 (Extra bank holiday)
  Clocks of 1 open case worked out again; no due date moved
  $ . ./env.sh && plaint calendar holidays 2026 --format tsv | tail -4
  2026-12-25	Fri	Christmas Day	bank holiday	rules
  2026-12-28	Mon	Boxing Day	substitute	rules
  2026-12-29	Tue	Closure day	closure	command
  2026-12-30	Wed	Christmas closure	closure	command

Bad input: a clear error, exit 2, and the register unchanged.

  $ sqlite3 scot.db 'select count(*) from events; select * from calendar_days' > before.txt
  $ . ./env.sh && plaint calendar closure add 2026-12-32
  ! plaint: error: calendar closure add: invalid date '2026-12-32'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ . ./env.sh && plaint calendar closure add 2026-12-29
  ! plaint: error: calendar closure add: the register already has a closure on 2026-12-29 (Closure day)
  ! plaint: hint: 'plaint calendar closure remove 2026-12-29' removes it first
  [2]
  $ . ./env.sh && plaint calendar closure remove 2026-12-31
  ! plaint: error: calendar closure remove: the register has no closure on 2026-12-31
  ! plaint: hint: 'plaint calendar holidays 2026' lists the register's days
  [2]
  $ . ./env.sh && plaint calendar holiday add 2026-12-25 --name Christmas
  ! plaint: error: calendar holiday add: 2026-12-25 is a bank holiday of the scotland rules already (Christmas Day)
  [2]
  $ . ./env.sh && plaint calendar holiday add 2027-06-07
  ! plaint: error: calendar holiday add: --name is required
  ! plaint: hint: see 'plaint calendar holiday add --help'
  [2]
  $ . ./env.sh && plaint calendar holiday cancel 2026-12-02
  ! plaint: error: calendar holiday cancel: 2026-12-02 is not a bank holiday of the scotland rules
  ! plaint: hint: 'plaint calendar holidays 2026' lists them
  [2]
  $ . ./env.sh && plaint calendar holiday remove 2026-11-30
  ! plaint: error: calendar holiday remove: the register has no added bank holiday or cancelled bank holiday on 2026-11-30
  ! plaint: hint: 'plaint calendar holidays 2026' lists the register's days
  [2]
  $ . ./env.sh && plaint calendar closure add 1989-12-29
  ! plaint: error: calendar closure add: 1989-12-29 is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990 to 2100
  [2]
  $ . ./env.sh && plaint calendar division wales
  ! plaint: error: calendar division: unknown calendar 'wales'
  ! plaint: hint: calendars are england-and-wales, scotland, northern-ireland, united-kingdom
  [2]
  $ . ./env.sh && plaint calendar division scotland
  ! plaint: error: calendar division: the register's calendar is already scotland
  [2]
  $ . ./env.sh && plaint calendar closure add 2026-12-31 --calendar scotland
  ! plaint: error: calendar closure add: --calendar scotland cannot be used here: the register's own calendar (scotland) decides its dates
  ! plaint: hint: 'plaint calendar division NAME' changes the register's calendar; --calendar is for the calendar arithmetic commands
  [2]
  $ sqlite3 scot.db 'select count(*) from events; select * from calendar_days' | cmp - before.txt && echo unchanged
  unchanged

The division of a register with cases is not changed lightly (exit 5), and
--force says what it moves.

  $ . ./env.sh && plaint calendar division england-and-wales
  ! plaint: error: calendar division: the register holds 1 case (1 open): changing its calendar from scotland to england-and-wales moves the open cases' due dates and the working days counted for every case
  ! plaint: hint: add --force to change it all the same; the journal records the change
  [5]
  $ . ./env.sh && plaint calendar division england-and-wales --force
  The register's calendar is now england-and-wales (was scotland)
  Clocks of 1 open case worked out again; due dates moved:
    C-2026-0001  acknowledgement  2026-12-03 -> 2026-12-02
    C-2026-0001  response  2027-01-12 -> 2027-01-08
  $ . ./env.sh && plaint calendar division scotland --force
  The register's calendar is now scotland (was england-and-wales)
  Clocks of 1 open case worked out again; due dates moved:
    C-2026-0001  acknowledgement  2026-12-02 -> 2026-12-03
    C-2026-0001  response  2027-01-08 -> 2027-01-12

Edits made behind plaint's back are found by verify and undone by rebuild.

  $ . ./env.sh && plaint verify | sed 's/head .*/head <hash>/'
  ok: 9 events, 1 cases; journal head <hash>
  $ cp scot.db edited.db && sqlite3 edited.db "delete from calendar_days where date = '2026-12-29'; update register set calendar = 'england-and-wales'"
  $ . ./env.sh && plaint --register edited.db verify
  FAILED: calendar day 2026-12-29 (closure) was deleted outside plaint
  FAILED: the register's calendar is england-and-wales but its journal set it to scotland: it was changed outside plaint
  note: the clocks were not checked: they were worked out under another calendar, and the next command that writes works them out again
  what to do: the journal itself may have been rewritten (an edit followed by every later hash recomputed passes the chain walk): compare the journal head with your latest seal ('plaint verify --seals FILE') or an outside record such as a manager's digest; 'plaint rebuild' would make the cases agree with the journal as it now is, so do not run it until the journal is known to be genuine
  [1]
  $ . ./env.sh && plaint --register edited.db rebuild
  Rebuilt 1 cases from 9 events; 2 differed from the journal
    repaired: the register's calendar (2 day(s) or the division)
  $ . ./env.sh && plaint --register edited.db verify | sed 's/head .*/head <hash>/'
  ok: 9 events, 1 cases; journal head <hash>
  $ . ./env.sh && plaint --register edited.db due --within 30 --format tsv | cut -f1,2,4
  reference	clock	due
  C-2026-0001	acknowledgement	2026-12-03
  C-2026-0001	response	2027-01-12

A Northern Ireland register: a complaint received on Thursday 9 July 2026.

| July 2026                August 2026
| Mo Tu We Th Fr Sa Su     Mo Tu We Th Fr Sa Su
|        1  2  3  4  5                     1  2
|  6  7  8  9 10 11 12      3  4  5  6  7  8  9
| 13 14 15 16 17 18 19     10 11 12 13 14 15 16
| 20 21 22 23 24 25 26
| 27 28 29 30 31
|
| The Battle of the Boyne, 12 July, falls on a Sunday: the bank holiday is
| Monday 13 July.
| Acknowledgement: Fri 10 day 1; Sat 11, Sun 12, Mon 13 skipped; Tue 14 day
| 2, Wed 15 day 3: due Wednesday 2026-07-15 (England and Wales: Tue 14).
| Response, 25 working days: Jul 10 (1), 14-17 (5), 20-24 (10), 27-31 (15),
| Aug 3-7 (20), 10-14 (25): due Friday 2026-08-14 (England and Wales:
| Thursday 2026-08-13).

  $ . ./env.sh && export PLAINT_REGISTER=ni.db PLAINT_TODAY=2026-07-09 && plaint init --organisation "Test Trust" --calendar northern-ireland
  Created register ni.db for Test Trust (calendar northern-ireland, procedure nhs-complaint, references C-YYYY-NNNN)
  $ . ./env.sh && export PLAINT_REGISTER=ni.db PLAINT_TODAY=2026-07-09 && plaint log --received 2026-07-09 --channel email --summary "Discharge"
  C-2026-0001
  $ . ./env.sh && export PLAINT_REGISTER=ni.db PLAINT_TODAY=2026-07-09 && PLAINT_CALENDAR=england-and-wales plaint due --within 30 --format tsv | cut -f1,2,4
  reference	clock	due
  C-2026-0001	acknowledgement	2026-07-15
  C-2026-0001	response	2026-08-14
  ! plaint: warning: calendar.division england-and-wales from environment PLAINT_CALENDAR is ignored: the register's calendar is northern-ireland

plaint init seeds a new register's calendar from the configuration: its
closures, added holidays and cancelled rule days become the register's.

  $ . ./env.sh && plaint --config alice.toml init seeded.db --organisation "Test ICB"
  Created register seeded.db for Test ICB (calendar england-and-wales, procedure nhs-complaint, references C-YYYY-NNNN)
  Its calendar has 2 days from the configuration ('plaint calendar holidays YEAR' lists them)
  $ sqlite3 seeded.db 'select date, kind, name, source from calendar_days; select type, case_ref from events'
  2026-12-29|closure|Closure day|alice.toml
  2026-12-30|closure|Closure day|alice.toml
  calendar-imported|

`plaint calendar import FILE` with a register records the feed's additions
for the register's division in the register, as one journal event (without a
register it writes imported-holidays.toml, see calendar-import.t). Here the
2019-2027 feed with a Scottish holiday added on Monday 7 June 2027; with
--replace, Scotland's 15 June 2026, which this copy of the feed lacks, is
recorded as cancelled. A second import finds nothing new.

  $ python3 - "$DATA/govuk-bank-holidays-2019-2027.json" <<'EOF'
  > import json, sys
  > feed = json.load(open(sys.argv[1]))
  > feed["scotland"]["events"].append({"title": "Extra bank holiday", "date": "2027-06-07", "notes": "", "bunting": True})
  > json.dump(feed, open("bank-holidays.json", "w"), indent=2)
  > EOF
  $ . ./env.sh && plaint calendar import bank-holidays.json --dry-run
  scotland: 85 days for 2019-2027
    + 2027-06-07  Extra bank holiday  (new: recorded)
    - 2026-06-15  Extra bank holiday  (not in the feed: kept)
  Dry run: nothing recorded.
  $ . ./env.sh && plaint calendar import bank-holidays.json --replace
  scotland: 85 days for 2019-2027
    + 2027-06-07  Extra bank holiday  (new: recorded)
    - 2026-06-15  Extra bank holiday  (not in the feed: cancelled)
  Recorded 2 days in the register
  Clocks of 1 open case worked out again; no due date moved
  $ . ./env.sh && plaint calendar import bank-holidays.json --replace
  scotland: 85 days for 2019-2027
    + 2027-06-07  Extra bank holiday  (new: recorded)
    - 2026-06-15  Extra bank holiday  (not in the feed: cancelled)
  The register has every day already: nothing recorded
  $ sqlite3 scot.db "select date, kind, name, source from calendar_days where source like 'import:%'; select type, details from events where type = 'calendar-imported'"
  2026-06-15|cancelled|Extra bank holiday|import:bank-holidays.json
  2027-06-07|holiday|Extra bank holiday|import:bank-holidays.json
  calendar-imported|{"days":[{"date":"2027-06-07","kind":"holiday","name":"Extra bank holiday","source":"import:bank-holidays.json","substitute":false},{"date":"2026-06-15","kind":"cancelled","name":"Extra bank holiday","source":"import:bank-holidays.json","substitute":false}],"from":"import:bank-holidays.json"}
  $ ls .config/plaint 2>/dev/null | wc -l
  0
  $ . ./env.sh && plaint verify | sed 's/head .*/head <hash>/'
  ok: 10 events, 1 cases; journal head <hash>
