The integrated care licence complaint (Monitor, seed 001): informal advice,
or a formal complaint acknowledged within 3 working days; the information
Monitor needs to decide whether to investigate (the checklist); the decision;
an indicative timetable whose milestones are due dates of their own, revised
with reasons; the outcome and enforcement. clocks.py prints the clocks of
`plaint show REF --format json`.

| April 2025               | May 2025                 | August 2025              | September 2025
| Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su
|     1  2  3  4  5  6     |           1  2  3  4     |              1  2  3     |  1  2  3  4  5  6  7
|  7  8  9 10 11 12 13     |  5  6  7  8  9 10 11     |  4  5  6  7  8  9 10     |  8  9 10 11 12 13 14
| 14 15 16 17 18 19 20     | 12 13 14 15 16 17 18     | 11 12 13 14 15 16 17     | 15 16 17 18 19 20 21
| 21 22 23 24 25 26 27     | 19 20 21 22 23 24 25     | 18 19 20 21 22 23 24     | 22 23 24 25 26 27 28
| 28 29 30                 | 26 27 28 29 30 31        | 25 26 27 28 29 30 31     | 29 30
Fri 18 April Good Friday, Mon 21 April Easter Monday, Mon 5 May early May
bank holiday, Mon 26 May spring bank holiday, Mon 25 August summer bank
holiday.

  $ cat > env <<'EOF'
  > export PLAINT_REGISTER=register.db PLAINT_NOW=2026-01-01T09:00:00Z PLAINT_USER=officer
  > today() { echo "export PLAINT_TODAY=$1" >> env; export PLAINT_TODAY=$1; }
  > clocks() { plaint show "$1" --format json | python3 "$DATA/procedures/clocks.py"; }
  > snapshot() { sqlite3 register.db 'SELECT * FROM register' 'SELECT * FROM cases' 'SELECT count(*), max(seq) FROM events'; }
  > EOF
  $ . ./env; today 2025-04-14; plaint init --organisation "Monitor" --procedure integrated-care-licence --prefix M >/dev/null

1. A question, answered informally (logged as a concern). The procedure has no
"close": the refusal says what it has.

  $ . ./env; plaint log --kind concern --received 2025-04-14 --channel email --summary "Does the condition cover shared care records?"
  M-2025-0001
  $ . ./env; plaint close M-2025-0001
  ! plaint: error: close: procedure integrated-care-licence has no step for 'plaint close'
  ! plaint: hint: allowed now (received): give-advice, escalate, withdraw, assign; or use 'plaint record'
  [5]
  $ . ./env; plaint record M-2025-0001 give-advice note="signposted to the guidance"
  M-2025-0001: give-advice on 2025-04-14; now advice-given
  $ . ./env; clocks M-2025-0001
  M-2025-0001 concern advice-given (closed 2025-04-14), 2 events

2. Advice first, then a formal complaint, investigated.

Wednesday 16 April: a community provider asks about a trust that will not
hand over patients' records. Informal advice has no clock.

  $ . ./env; today 2025-04-16; plaint log --kind concern --received 2025-04-16 --channel email --complainant "Example Community Care CIC" --provider "Example Acute Trust" --summary "Records not shared at handover"
  M-2025-0002
  $ . ./env; clocks M-2025-0002
  M-2025-0002 concern received, 1 events

Thursday 17 April: after speaking to Monitor, a formal complaint. Acknowledge
within 3 working days of it: [Good Friday 18], [Easter Monday 21], Tue 22
(1), Wed 23 (2), Thu 24 April (3); at risk Wed 23.

  $ . ./env; today 2025-04-17; plaint escalate M-2025-0002 --reason "formal complaint made"
  M-2025-0002: escalate on 2025-04-17; now received
  $ . ./env; clocks M-2025-0002
  M-2025-0002 complaint received, 2 events
  acknowledgement: running from 2025-04-17 due 2025-04-24 warn 2025-04-23 [3 left]
  $ . ./env; today 2025-04-23; plaint ack M-2025-0002 --method email
  M-2025-0002: acknowledge on 2025-04-23; now acknowledged

Monitor cannot decide whether to investigate without the checklist: who
complains, who is complained about, how the condition was broken (with
evidence), the impact, the services, the relationship and a timeline (the
representative is asked for only if there is one). Refused until each is
recorded; the refusals write nothing.

  $ . ./env; snapshot > before
  $ . ./env; plaint investigate M-2025-0002
  ! plaint: error: investigate: decide-to-investigate needs these recorded first: complainant_details, complained_about, breach_statement, impact, services, relationship, timeline
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; today 2025-04-24; plaint record M-2025-0002 request-information note="checklist sent"
  M-2025-0002: request-information on 2025-04-24; now gathering-information
  $ . ./env; today 2025-05-02; plaint record M-2025-0002 information complainant_details=yes representative=yes complained_about=yes breach_statement=yes impact=yes services=yes
  M-2025-0002: information on 2025-05-02; now gathering-information
  $ . ./env; snapshot > before
  $ . ./env; plaint investigate M-2025-0002
  ! plaint: error: investigate: decide-to-investigate needs these recorded first: relationship, timeline
  [5]
  $ . ./env; plaint record M-2025-0002 information relationship=sort-of
  ! plaint: error: record: relationship must be yes or no, not 'sort-of'
  [2]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; today 2025-05-09; plaint record M-2025-0002 information relationship=yes timeline=yes
  M-2025-0002: information on 2025-05-09; now gathering-information
  $ . ./env; plaint investigate M-2025-0002 --reason "enforcement guidance principles met"
  M-2025-0002: decide-to-investigate on 2025-05-09; now investigating

Monday 12 May: the indicative timetable's first milestone, information
requests to the trust, by Friday 30 May; at risk 5 working days before, 29,
28, 27, [26], 23, Thu 22 May; 13 working days away (13-16, 19-23, 27-30).

  $ . ./env; today 2025-05-12; plaint record M-2025-0002 timetable milestone="information requests to the trust" date=30/05/2025
  ! plaint: error: record: invalid date for date '30/05/2025'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ . ./env; plaint record M-2025-0002 timetable milestone="information requests to the trust" date=2025-05-30
  M-2025-0002: timetable on 2025-05-12; now investigating
  $ . ./env; clocks M-2025-0002
  M-2025-0002 complaint investigating, 8 events
  acknowledgement: met from 2025-04-17 due 2025-04-24 warn 2025-04-23 stopped 2025-04-23
  timetable:information requests to the trust: running from 2025-05-12 due 2025-05-30 warn 2025-05-22 [13 left]
  $ . ./env; today 2025-05-22; clocks M-2025-0002 | grep timetable
  timetable:information requests to the trust: running from 2025-05-12 due 2025-05-30 warn 2025-05-22 [5 left] [at risk]

Each milestone of the timetable is a deadline of its own (the clock is kept
per milestone). Wednesday 28 May: the information requests are done, two
days early; the next milestone, provisional findings, is published for
Thursday 31 July.

  $ . ./env; today 2025-05-28; plaint milestone M-2025-0002 --milestone "information requests to the trust"
  M-2025-0002: milestone-reached on 2025-05-28; now investigating
  $ . ./env; plaint timetable M-2025-0002 --milestone "provisional findings" --date 2025-07-31
  M-2025-0002: timetable on 2025-05-28; now investigating

Monday 21 July: the timescale changes significantly, so the parties are told
why (seed 001): provisional findings by Friday 29 August. A revision needs
its reason. At risk 28, 27, 26, [25 August, the summer bank holiday], 22,
Thu 21 August; 28 working days away (22-25 July (4), 28 July-1 August (9),
4-8 (14), 11-15 (19), 18-22 (24), 26-29 (28)).

  $ . ./env; today 2025-07-21; plaint timetable M-2025-0002 --milestone "provisional findings" --date 2025-08-29
  ! plaint: error: timetable: timetable revises milestone 'provisional findings' and needs reason
  ! plaint: hint: say why the timescale changed
  [2]
  $ . ./env; plaint timetable M-2025-0002 --milestone "provisional findings" --date 2025-08-29 --reason "the trust asked for more time"
  M-2025-0002: timetable on 2025-07-21; now investigating
  $ . ./env; clocks M-2025-0002 | grep timetable
  timetable:information requests to the trust: met from 2025-05-12 due 2025-05-30 warn 2025-05-22 stopped 2025-05-28
  timetable:provisional findings: running from 2025-05-28 due 2025-08-29 warn 2025-08-21 [28 left]

Tuesday 2 September: the findings are 2 working days late (1, 2 September);
the outcome comes on Wednesday 3, 3 late: a breach, with undertakings. A
financial penalty follows.

  $ . ./env; today 2025-09-02; clocks M-2025-0002 | grep timetable
  timetable:information requests to the trust: met from 2025-05-12 due 2025-05-30 warn 2025-05-22 stopped 2025-05-28
  timetable:provisional findings: breached from 2025-05-28 due 2025-08-29 warn 2025-08-21 [2 late]
  $ . ./env; today 2025-09-03; plaint record M-2025-0002 outcome finding=breach enforcement=undertakings
  M-2025-0002: outcome on 2025-09-03; now concluded
  $ . ./env; clocks M-2025-0002
  M-2025-0002 complaint concluded (closed 2025-09-03), 12 events
  acknowledgement: met from 2025-04-17 due 2025-04-24 warn 2025-04-23 stopped 2025-04-23
  timetable:information requests to the trust: met from 2025-05-12 due 2025-05-30 warn 2025-05-22 stopped 2025-05-28
  timetable:provisional findings: breached from 2025-05-28 due 2025-08-29 warn 2025-08-21 stopped 2025-09-03 [3 late]
  $ . ./env; today 2025-10-01; plaint record M-2025-0002 enforcement-action action=financial-penalty
  M-2025-0002: enforcement-action on 2025-10-01; now concluded
  $ . ./env; snapshot > before
  $ . ./env; plaint record M-2025-0002 timetable milestone="appeal" date=2025-12-01
  ! plaint: error: record: timetable is not allowed while the case is concluded
  ! plaint: hint: allowed now: enforcement-action
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged

3. A formal complaint received on the Saturday before the early May bank
holiday, not investigated.

Saturday 3 May is day 0: [Mon 5 May], Tue 6 (1), Wed 7 (2), Thu 8 May (3);
at risk Wed 7.

  $ . ./env; today 2025-05-06; plaint log --received 2025-05-03 --channel letter --provider "Example Mental Health Trust" --summary "Refuses joint care planning"
  M-2025-0003
  $ . ./env; clocks M-2025-0003
  M-2025-0003 complaint received, 1 events
  acknowledgement: running from 2025-05-03 due 2025-05-08 warn 2025-05-07 [2 left]
  $ . ./env; plaint ack M-2025-0003 --method letter
  M-2025-0003: acknowledge on 2025-05-06; now acknowledged
  $ . ./env; today 2025-05-20; plaint decline M-2025-0003 --reason "a matter for the NHS complaints procedure"
  M-2025-0003: decline-to-investigate on 2025-05-20; now not-investigated
  $ . ./env; clocks M-2025-0003
  M-2025-0003 complaint not-investigated (closed 2025-05-20), 3 events
  acknowledgement: met from 2025-05-03 due 2025-05-08 warn 2025-05-07 stopped 2025-05-06
