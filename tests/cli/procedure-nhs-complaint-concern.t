The NHS complaint procedure (seed 004): a concern not resolved by the next
working day escalated into a formal complaint (s.10.4), and complaints made
after the 12-month time limit (s.10.3), which need a recorded decision before
they are investigated. clocks.py prints the clocks of
`plaint show REF --format json`.

  $ cat > env <<'EOF'
  > export PLAINT_REGISTER=register.db PLAINT_NOW=2026-01-01T09:00:00Z PLAINT_USER=cco
  > today() { echo "export PLAINT_TODAY=$1" >> env; export PLAINT_TODAY=$1; }
  > clocks() { plaint show "$1" --format json | python3 "$DATA/procedures/clocks.py"; }
  > snapshot() { sqlite3 register.db 'SELECT * FROM register' 'SELECT * FROM cases' 'SELECT count(*), max(seq) FROM events'; }
  > EOF
  $ . ./env; today 2023-05-05; plaint init --organisation "Walsall CCG" >/dev/null

1. A concern over the coronation weekend.

| May 2023                 | June 2023
| Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su
|  1  2  3  4  5  6  7     |           1  2  3  4
|  8  9 10 11 12 13 14     |  5  6  7  8  9 10 11
| 15 16 17 18 19 20 21     | 12 13 14 15 16 17 18
| 22 23 24 25 26 27 28     | 19 20 21 22 23 24 25
| 29 30 31                 | 26 27 28 29 30
Mon 1 May early May bank holiday, Mon 8 May bank holiday for the coronation
of King Charles III, Mon 29 May spring bank holiday.

A concern by telephone, Friday 5 May: resolve it by the next working day,
Tuesday 9 May. A concern is not acknowledged as a complaint is.

  $ . ./env; plaint log --kind concern --received 2023-05-05 --channel phone --complainant "Jo Example" --summary "Prescription not sent to the pharmacy"
  C-2023-0001
  $ . ./env; clocks C-2023-0001
  C-2023-0001 concern received, 1 events
  concern: running from 2023-05-05 due 2023-05-09 [1 left]
  $ . ./env; plaint ack C-2023-0001 --method phone
  ! plaint: error: ack: acknowledge applies to a complaint, and this case is a concern
  ! plaint: hint: allowed now: escalate, resolve-concern, consent-received, summary-approved, time-limit-decision, hold, joint, refer-to-provider, withdraw, decline, designate-vexatious, assign
  [5]

Wednesday 10 May: not resolved, a day late; Jo wants it dealt with formally
(s.10.4.3). Escalated, the case is now a complaint received that day: the
concern clock stops, the complaint's clocks start. Acknowledge by Thu 11,
Fri 12, Mon 15 May (at risk Fri 12). A complaint made by telephone needs an
approved written summary before the response clock starts. Long-stop: 6
months beginning on 10 May end Thu 9 November; at risk 20 working days
before, Thu 12 October (8-1 November and 31, 30 October are 8, then 27-23,
20-16 October 18, 13, 12 October 20). To run: May 14 (11-31, 29th a holiday),
June 22, July 21, August 22 (28th a holiday), September 21, October 22,
November 7: 129.

  $ . ./env; today 2023-05-10; clocks C-2023-0001
  C-2023-0001 concern received, 1 events
  concern: breached from 2023-05-05 due 2023-05-09 [1 late]
  $ . ./env; plaint escalate C-2023-0001 --to complaint
  ! plaint: error: escalate: escalate needs reason
  [2]
  $ . ./env; plaint escalate C-2023-0001 --reason "not resolved by the next working day"
  C-2023-0001: escalate on 2023-05-10; now received
  $ . ./env; clocks C-2023-0001
  C-2023-0001 complaint received, 2 events
  concern: breached from 2023-05-05 due 2023-05-09 stopped 2023-05-10 [1 late]
  acknowledgement: running from 2023-05-10 due 2023-05-15 warn 2023-05-12 [3 left]
  response: waiting for summary
  long-stop: running from 2023-05-10 due 2023-11-09 warn 2023-10-12 [129 left]
  $ . ./env; plaint escalate C-2023-0001 --reason "again"
  ! plaint: error: escalate: C-2023-0001 cannot be escalated while it is received
  ! plaint: hint: allowed now: acknowledge, consent-received, summary-approved, time-limit-decision, agree-response-date, determine-response-period, delay-letter, hold, resume, joint, refer-to-provider, withdraw, withdraw-continuing, decline, designate-vexatious, assign
  [5]

Thursday 11 May: the typed summary approved; the response clock starts that
day. 25 working days: 12 (1), 15-19 (6), 22-26 (11), [29], 30, 31 (13), 1, 2
June (15), 5-9 (20), 12-16 (25): Fri 16 June; at risk 15, 14, 13, 12, Fri 9.
Acknowledged Friday 12 May, when 24 working days are left to respond and
127 (129 less 11 and 12 May) to the long-stop.

  $ . ./env; today 2023-05-11; plaint consent C-2023-0001 --summary-approved
  C-2023-0001: summary-approved on 2023-05-11; now received
  $ . ./env; today 2023-05-12; plaint ack C-2023-0001 --method letter
  C-2023-0001: acknowledge on 2023-05-12; now acknowledged
  $ . ./env; clocks C-2023-0001
  C-2023-0001 complaint acknowledged, 4 events
  concern: breached from 2023-05-05 due 2023-05-09 stopped 2023-05-10 [1 late]
  acknowledgement: met from 2023-05-10 due 2023-05-15 warn 2023-05-12 stopped 2023-05-12
  response: running from 2023-05-11 due 2023-06-16 warn 2023-06-09 [24 left]
  long-stop: running from 2023-05-10 due 2023-11-09 warn 2023-10-12 [127 left]

Investigated from Monday 15 May: 16-19 (4), 22-26 (9), [29], Tue 30 May
(10); at risk 26, 25, Wed 24. The response is sent with the report on
Friday 9 June; closed the same day.

  $ . ./env; today 2023-05-15; plaint investigate C-2023-0001
  C-2023-0001: investigate on 2023-05-15; now investigating
  $ . ./env; clocks C-2023-0001 | grep investigation
  investigation: running from 2023-05-15 due 2023-05-30 warn 2023-05-24 [10 left]
  $ . ./env; today 2023-06-09; plaint respond C-2023-0001 --outcome not-upheld
  C-2023-0001: respond on 2023-06-09; now responded
  $ . ./env; plaint close C-2023-0001
  C-2023-0001: close on 2023-06-09; now closed
  $ . ./env; clocks C-2023-0001
  C-2023-0001 complaint closed (closed 2023-06-09), 7 events
  concern: breached from 2023-05-05 due 2023-05-09 stopped 2023-05-10 [1 late]
  acknowledgement: met from 2023-05-10 due 2023-05-15 warn 2023-05-12 stopped 2023-05-12
  investigation: breached from 2023-05-15 due 2023-05-30 warn 2023-05-24 stopped 2023-06-09 [8 late]
  response: met from 2023-05-11 due 2023-06-16 warn 2023-06-09 stopped 2023-06-09
  long-stop: met from 2023-05-10 due 2023-11-09 warn 2023-10-12 stopped 2023-06-09

(The investigation had no separate report: it stopped with the response, 8
working days after Tue 30 May: 31 May, 1, 2, 5-9 June.)

2. Over the 12-month limit: 12 months from the later of the incident and
the complainant learning of it.

| January 2024             | February 2024
| Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su
|  1  2  3  4  5  6  7     |           1  2  3  4
|  8  9 10 11 12 13 14     |  5  6  7  8  9 10 11
| 15 16 17 18 19 20 21     | 12 13 14 15 16 17 18
| 22 23 24 25 26 27 28     | 19 20 21 22 23 24 25
| 29 30 31                 | 26 27 28 29
Mon 1 January New Year's Day.

An operation on 1 November 2022, a complication learned of on 1 December 2022:
the limit is 1 December 2023, and the complaint came on Monday 8 January 2024.
Acknowledge 9, 10, Thu 11 January; respond 9-12 (4), 15-19 (9), 22-26 (14),
29 January-2 February (19), 5-9 (24), Mon 12 February (25), at risk 9, 8, 7,
6, Mon 5 February. Long-stop: 6 months beginning on 8 January end Sun 7 July;
at risk 5-1 July (5), 28-24 June (10), 21-17 (15), 14-10 June (20): Mon 10
June. To run: January 17, February 21, March 20, April 21, May 21, June 20,
July 5: 125.

  $ . ./env; today 2024-01-08; plaint log --received 2024-01-08 --channel letter --complainant "Lee Example" --summary "Complication not explained" --incident-date 2022-11-01 --learned-date 2022-12-01
  C-2024-0001
  $ . ./env; clocks C-2024-0001
  C-2024-0001 complaint received, 1 events
  acknowledgement: running from 2024-01-08 due 2024-01-11 warn 2024-01-10 [3 left]
  response: running from 2024-01-08 due 2024-02-12 warn 2024-02-05 [25 left]
  long-stop: running from 2024-01-08 due 2024-07-07 warn 2024-06-10 [125 left]
  check time-limit: limit 2023-12-01, needs a decision
  $ . ./env; today 2024-01-10; plaint ack C-2024-0001 --method letter
  C-2024-0001: acknowledge on 2024-01-10; now acknowledged

Investigation is refused until the decision is recorded, and the refusal
writes nothing.

  $ . ./env; snapshot > before
  $ . ./env; plaint investigate C-2024-0001
  ! plaint: error: investigate: 12-month time limit: 12 months after 2022-12-01 is 2023-12-01; received 2024-01-08: late, needs a decision (time-limit-decision)
  ! plaint: hint: record the decision first: plaint record REF time-limit-decision ...
  [5]
  $ . ./env; plaint record C-2024-0001 time-limit-decision good_reason=yes decision=investigate
  ! plaint: error: record: time-limit-decision needs still_possible (it is still possible to investigate effectively and fairly)
  [2]
  $ . ./env; plaint record C-2024-0001 time-limit-decision good_reason=perhaps still_possible=yes decision=investigate
  ! plaint: error: record: good_reason must be yes or no, not 'perhaps'
  [2]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; plaint record C-2024-0001 time-limit-decision good_reason=yes still_possible=yes decision=investigate
  C-2024-0001: time-limit-decision on 2024-01-10; now acknowledged
  $ . ./env; plaint investigate C-2024-0001
  C-2024-0001: investigate on 2024-01-10; now investigating
  $ . ./env; plaint explain C-2024-0001 | tail -n 1
  12-month time limit [time-limit]: 12 months after 2022-12-01 is 2023-12-01; received 2024-01-08: late, decision recorded

3. At the limit: 12 months after 29 February 2024 is 28 February 2025 (there
is no 29 February 2025).

| February 2025            | March 2025               | April 2025
| Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su
|                 1  2     |                 1  2     |     1  2  3  4  5  6
|  3  4  5  6  7  8  9     |  3  4  5  6  7  8  9     |  7  8  9 10 11 12 13
| 10 11 12 13 14 15 16     | 10 11 12 13 14 15 16     | 14 15 16 17 18 19 20
| 17 18 19 20 21 22 23     | 17 18 19 20 21 22 23     | 21 22 23 24 25 26 27
| 24 25 26 27 28           | 24 25 26 27 28 29 30     | 28 29 30
|                          | 31                       |
Fri 18 April Good Friday, Mon 21 April Easter Monday; Mon 5 and 26 May, Mon
25 August 2025 bank holidays.

Received Friday 28 February 2025: in time. Acknowledge 3, 4, Wed 5 March;
respond 3-7 (5), 10-14 (10), 17-21 (15), 24-28 (20), 31 March-Fri 4 April
(25), at risk 3, 2, 1 April, 31, Fri 28 March. Long-stop: 6 months beginning
on 28 February end Wed 27 August; at risk 26, [25], 22-18 (6), 15-11 (11),
8-4 (16), 1 August, 31, 30, Tue 29 July (20). To run: March 21, April 20,
May 20, June 21, July 23, August 18: 123.

  $ . ./env; today 2025-02-28; plaint log --received 2025-02-28 --channel email --summary "Fall on the ward" --incident-date 2024-02-29
  C-2025-0001
  $ . ./env; clocks C-2025-0001
  C-2025-0001 complaint received, 1 events
  acknowledgement: running from 2025-02-28 due 2025-03-05 warn 2025-03-04 [3 left]
  response: running from 2025-02-28 due 2025-04-04 warn 2025-03-28 [25 left]
  long-stop: running from 2025-02-28 due 2025-08-27 warn 2025-07-29 [123 left]
  $ . ./env; plaint ack C-2025-0001 --method email && plaint investigate C-2025-0001
  C-2025-0001: acknowledge on 2025-02-28; now acknowledged
  C-2025-0001: investigate on 2025-02-28; now investigating

Received Monday 3 March 2025, about the same day: late, and declined as out
of time. Acknowledge 4, 5, Thu 6 March; respond 4-7 (4), 10-14 (9), 17-21
(14), 24-28 (19), 31 March-4 April (24), Mon 7 April (25), at risk 4, 3, 2, 1
April, Mon 31 March. Long-stop: 6 months beginning on 3 March end Tue 2
September; at risk 1 September, 29-26 August (5), [25], 22-18 (10), 15-11
(15), 8-4 August (20): Mon 4 August. To run: March 20, April 20, May 20, June
21, July 23, August 20, September 2: 126.

  $ . ./env; today 2025-03-03; plaint log --received 2025-03-03 --channel email --summary "Fall on the ward" --incident-date 2024-02-29
  C-2025-0002
  $ . ./env; clocks C-2025-0002
  C-2025-0002 complaint received, 1 events
  acknowledgement: running from 2025-03-03 due 2025-03-06 warn 2025-03-05 [3 left]
  response: running from 2025-03-03 due 2025-04-07 warn 2025-03-31 [25 left]
  long-stop: running from 2025-03-03 due 2025-09-02 warn 2025-08-04 [126 left]
  check time-limit: limit 2025-02-28, needs a decision
  $ . ./env; today 2025-03-04; plaint decline C-2025-0002 --reason out-of-time --note "no good reason given"
  C-2025-0002: decline on 2025-03-04; now declined
  $ . ./env; clocks C-2025-0002
  C-2025-0002 complaint declined (closed 2025-03-04), 2 events
  acknowledgement: met from 2025-03-03 due 2025-03-06 warn 2025-03-05 stopped 2025-03-04
  response: met from 2025-03-03 due 2025-04-07 warn 2025-03-31 stopped 2025-03-04
  long-stop: met from 2025-03-03 due 2025-09-02 warn 2025-08-04 stopped 2025-03-04
  check time-limit: limit 2025-02-28, needs a decision
