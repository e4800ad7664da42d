The contract of `plaint contribution`: statements asked of a service or a
provider by a date, each a clock of its own that `due` lists and `remind`
puts in the owner's digest, stopped when recorded received.

| November 2026             | December 2026
| Mo Tu We Th Fr Sa Su      | Mo Tu We Th Fr Sa Su
|                    1      |     1  2  3  4  5  6
|  2  3  4  5  6  7  8      |  7  8  9 10 11 12 13
|  9 10 11 12 13 14 15      | 14 15 16 17 18 19 20
| 16 17 18 19 20 21 22      | 21 22 23 24 25 26 27
| 23 24 25 26 27 28 29      | 28 29 30 31
| 30

Today is Friday 20 November. Case 1 (alice) asks Ward 7 on Monday 9: due 10
working days later, Monday 23 (10-13, 16-20, 23), at risk from Thursday 19.
It asks Acme Care on Tuesday 10 by Friday 13: overdue today by 5 working days
(16-20). Case 2 (bob) asks the pharmacy today for Monday 30.

  $ cat > env <<'END'
  > export PLAINT_REGISTER=reg.db PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_USER=cco PLAINT_TODAY=2026-11-20
  > END
  $ mkdir -p .config/plaint && cat > .config/plaint/config.toml <<'END'
  > [remind]
  > from = "Complaints team <complaints@example.org>"
  > [people.alice]
  > email = "alice@example.org"
  > [people.bob]
  > email = "bob@example.org"
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null
  $ . ./env; plaint log --received 2026-11-09 --summary "Missed visit" --complainant "Ann Example" --owner alice --provider "Acme Care"
  C-2026-0001
  $ . ./env; plaint log --received 2026-11-16 --summary "Wrong medication" --complainant "Bo Example" --owner bob
  C-2026-0002
  $ . ./env; plaint ack C-2026-0001 --method letter --on 2026-11-10 >/dev/null
  $ . ./env; plaint ack C-2026-0002 --method letter --on 2026-11-17 >/dev/null
  $ . ./env; plaint contribution request C-2026-0001 --from "Ward 7" --on 2026-11-09
  C-2026-0001: statement 1 asked of Ward 7 on 2026-11-09, due 2026-11-23
  $ . ./env; plaint contribution request C-2026-0001 --from "Acme Care" --on 2026-11-10 --by 2026-11-13
  C-2026-0001: statement 2 asked of Acme Care on 2026-11-10, due 2026-11-13
  $ . ./env; plaint contribution request C-2026-0002 --from Pharmacy --days 6
  C-2026-0002: statement 1 asked of Pharmacy on 2026-11-20, due 2026-11-30

`due` lists the open requests with the other clocks; the overdue one makes
`--exit-code` exit 1.

  $ . ./env; plaint due --format table
  reference    clock           due         days    state         owner  next step
  C-2026-0001  contribution:2  2026-11-13  5 late  acknowledged  alice  contribution received 2
  C-2026-0001  contribution:1  2026-11-23  1 left  acknowledged  alice  contribution received 1
  1 overdue, 0 due today, 1 due within 5 working days
  $ . ./env; plaint due --format csv | tr -d "\r" | grep contribution
  C-2026-0001,contribution:2,Statement from Acme Care,2026-11-13,-5,overdue,true,2026-11-11,2026-11-10,acknowledged,complaint,nhs-complaint,alice,Acme Care,contribution received 2,contribution,,,0,
  C-2026-0001,contribution:1,Statement from Ward 7,2026-11-23,1,due-soon,true,2026-11-19,2026-11-09,acknowledged,complaint,nhs-complaint,alice,Acme Care,contribution received 1,contribution,,,0,
  $ . ./env; plaint due --exit-code --format tsv >/dev/null
  [1]
  $ . ./env; plaint contribution list
  reference    number  requested_of  requested_on  due         received_on  status   working_days_late  state         owner
  C-2026-0001       2  Acme Care     2026-11-10    2026-11-13               overdue                  5  acknowledged  alice
  C-2026-0001       1  Ward 7        2026-11-09    2026-11-23               open                     0  acknowledged  alice
  C-2026-0002       1  Pharmacy      2026-11-20    2026-11-30               open                     0  acknowledged  bob
  $ . ./env; plaint contribution list C-2026-0001 --format json
  [
    {
      "reference": "C-2026-0001",
      "number": 2,
      "requested_of": "Acme Care",
      "requested_on": "2026-11-10",
      "due": "2026-11-13",
      "received_on": null,
      "status": "overdue",
      "working_days_late": 5,
      "state": "acknowledged",
      "owner": "alice"
    },
    {
      "reference": "C-2026-0001",
      "number": 1,
      "requested_of": "Ward 7",
      "requested_on": "2026-11-09",
      "due": "2026-11-23",
      "received_on": null,
      "status": "open",
      "working_days_late": 0,
      "state": "acknowledged",
      "owner": "alice"
    }
  ]

The reminder digests carry them, with the step that stops them.

  $ . ./env; plaint remind --dry-run | grep -i 'statement\|contribution\|^To:'
  To: alice@example.org
    C-2026-0001  contribution:2  due Fri 2026-11-13  5 working days late
                 next step: contribution received 2
    C-2026-0001  contribution:1  due Mon 2026-11-23  1 working day left
                 next step: contribution received 1

Recording them received: Ward 7 on Friday 20 (in time), Acme Care on Friday
20 (5 working days late: breached).

  $ . ./env; plaint contribution received C-2026-0001 1 --on 2026-11-20
  C-2026-0001: statement 1 from Ward 7 received on 2026-11-20, in time
  $ . ./env; plaint contribution received C-2026-0001 2 --format json | grep -v '"hash"\|"prev_hash"'
  {
    "seq": 9,
    "reference": "C-2026-0001",
    "type": "contribution-received",
    "effective_date": "2026-11-20",
    "recorded_at": "2026-11-20T09:00:00Z",
    "actor": "cco",
    "details": {
      "number": 2
    },
  }
  $ . ./env; plaint contribution list --open --format tsv
  reference	number	requested_of	requested_on	due	received_on	status	working_days_late	state	owner
  C-2026-0002	1	Pharmacy	2026-11-20	2026-11-30		open	0	acknowledged	bob
  $ . ./env; plaint contribution list --format tsv
  reference	number	requested_of	requested_on	due	received_on	status	working_days_late	state	owner
  C-2026-0001	2	Acme Care	2026-11-10	2026-11-13	2026-11-20	late	5	acknowledged	alice
  C-2026-0001	1	Ward 7	2026-11-09	2026-11-23	2026-11-20	received	0	acknowledged	alice
  C-2026-0002	1	Pharmacy	2026-11-20	2026-11-30		open	0	acknowledged	bob
  $ . ./env; plaint due --format tsv | cut -f1-4
  reference	clock	title	due
  $ . ./env; plaint due --exit-code --format tsv >/dev/null

Bad input, nothing written (the journal stays at 9 events: 2 logged, 2
acknowledgements, 3 requests, 2 receipts): received twice,
an unknown number, before the request, an unknown case, a due date before the
request, both --by and --days, a person's name missing.

  $ . ./env; plaint contribution received C-2026-0001 1
  ! plaint: error: contribution received: the statement 1 of C-2026-0001 was received on 2026-11-20
  [2]
  $ . ./env; plaint contribution received C-2026-0001 3
  ! plaint: error: contribution received: C-2026-0001 has no contribution request 3
  ! plaint: hint: its requests are 1 to 2
  [2]
  $ . ./env; plaint contribution received C-2026-0002 1 --on 2026-11-19
  ! plaint: error: contribution received: the statement 1 of C-2026-0002 was asked for on 2026-11-20, after 2026-11-19
  [2]
  $ . ./env; plaint contribution received C-2026-0099 1
  ! plaint: error: contribution received: no case C-2026-0099 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]
  $ . ./env; plaint contribution request C-2026-0002 --from Pharmacy --by 2026-11-19
  ! plaint: error: contribution request: the statement is due (2026-11-19) before it is asked for (2026-11-20)
  [2]
  $ . ./env; plaint contribution request C-2026-0002 --from Pharmacy --by 2026-11-30 --days 3
  ! plaint: error: contribution request: give --by or --days, not both
  [2]
  $ . ./env; plaint contribution request C-2026-0002 --from "  "
  ! plaint: error: contribution request: --from is empty
  ! plaint: hint: name the service or provider asked, not a person
  [2]
  $ . ./env; plaint contribution request C-2026-0002
  ! plaint: error: contribution request: --from is required
  ! plaint: hint: see 'plaint contribution request --help'
  [2]
  $ . ./env; plaint contribution list C-2026-0099
  ! plaint: error: contribution list: no case C-2026-0099 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]
  $ . ./env; plaint --format json verify | grep '"events"'
    "events": 9,

A closed case: refused (exit 5) unless --force.

  $ . ./env; plaint respond C-2026-0002 --outcome upheld >/dev/null; plaint close C-2026-0002 >/dev/null; plaint list --closed --format tsv | cut -f1,4
  reference	state
  C-2026-0002	closed
  $ . ./env; plaint contribution request C-2026-0002 --from Pharmacy
  ! plaint: error: contribution request: C-2026-0002 was closed on 2026-11-20
  ! plaint: hint: give --force to ask for a statement on a closed case (for the Ombudsman, say)
  [5]
  $ . ./env; plaint contribution request C-2026-0002 --from "Ombudsman liaison" --force
  C-2026-0002: statement 2 asked of Ombudsman liaison on 2026-11-20, due 2026-12-04

The timeliness report counts acknowledgements and responses only: the
contribution clocks (one met, one breached) are in neither figure. Its "in
time" figures are shares, not counts (CSV and JSON give 1 for 100%, as the
table shows). Both acknowledgements were in time, by hand: case 1, received
Mon 9, was to be acknowledged within 3 working days, by Thu 12 (10, 11, 12),
and was acknowledged Tue 10, after 1 working day: met; case 2, received Mon
16, by Thu 19 (17, 18, 19), acknowledged Tue 17: met; so acknowledged 2, in time 2 of 2 = 1 (100.0%). Case 2's response was due
within 25 working days, by Mon 21 December (17-20 November 4, 23-27 9,
30 November-4 December 14, 7-11 19, 14-18 24, 21 25); it was sent Fri 20
November, 4 working days after receipt (17, 18, 19, 20): responded 1, in
time 1 of 1 = 1, median 4.

  $ . ./env; plaint report timeliness --period 2026-11 --format csv | tr -d "\r" | head -12
  # timeliness: Timeliness, 2026-11
  # Test ICB · 2026-11 (2026-11-01 to 2026-11-30) · generated 2026-11-20
  
  # summary/figures: Acknowledgements and responses sent in the period
  figure,value
  acknowledged,2
  acknowledged_in_time,1
  responded,1
  responded_in_time,1
  median_working_days,4
  
  # summary/working_days: Responses by working days taken
  $ . ./env; plaint report timeliness --period 2026-11 --format table | sed -n '/^Acknowledged /,/^Median/p'
  Acknowledged                         2
  Acknowledged in time            100.0%
  Responded                            1
  Responded in time               100.0%
  Median working days to respond       4

Verify is clean, and rebuild reproduces every case and its clocks.

  $ . ./env; plaint verify >/dev/null
  $ . ./env; plaint show C-2026-0001 --format json > before.json; plaint due --format tsv > due-before.tsv
  $ . ./env; plaint rebuild >/dev/null
  $ . ./env; plaint show C-2026-0001 --format json > after.json; plaint due --format tsv > due-after.tsv
  $ cmp before.json after.json && cmp due-before.tsv due-after.tsv && echo same
  same
