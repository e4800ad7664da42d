The NHS complaint procedure: response periods agreed, determined and moved
(SI 2009/309 reg 13(7)-(8), reg 14(2)). At acknowledgement the body offers to
discuss the response period; a date agreed then governs even while the
response clock still waits for consent and the approved summary. A date
agreed during a hold is a date; a hold that starts after an agreement moves
it out by the working days held. When the complainant declines to discuss,
the body determines the period (and may make it shorter). The statutory
long-stop of 6 months "beginning on the day on which the complaint was
received" moves only with "such longer period as may be agreed before the
expiry of that period"; past it, a letter explaining the delay is due.
clocks.py prints the clocks of `plaint show REF --format json`, one line each.

| January 2025           | February 2025          | March 2025             | April 2025
| Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su
|        1  2  3  4  5   |                 1  2   |                 1  2   |     1  2  3  4  5  6
|  6  7  8  9 10 11 12   |  3  4  5  6  7  8  9   |  3  4  5  6  7  8  9   |  7  8  9 10 11 12 13
| 13 14 15 16 17 18 19   | 10 11 12 13 14 15 16   | 10 11 12 13 14 15 16   | 14 15 16 17 18 19 20
| 20 21 22 23 24 25 26   | 17 18 19 20 21 22 23   | 17 18 19 20 21 22 23   | 21 22 23 24 25 26 27
| 27 28 29 30 31         | 24 25 26 27 28         | 24 25 26 27 28 29 30   | 28 29 30
|                        |                        | 31                     |
| May 2025               | June 2025              | July 2025              | August 2025
| Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su
|           1  2  3  4   |                    1   |     1  2  3  4  5  6   |              1  2  3
|  5  6  7  8  9 10 11   |  2  3  4  5  6  7  8   |  7  8  9 10 11 12 13   |  4  5  6  7  8  9 10
| 12 13 14 15 16 17 18   |  9 10 11 12 13 14 15   | 14 15 16 17 18 19 20   | 11 12 13 14 15 16 17
| 19 20 21 22 23 24 25   | 16 17 18 19 20 21 22   | 21 22 23 24 25 26 27   | 18 19 20 21 22 23 24
| 26 27 28 29 30 31      | 23 24 25 26 27 28 29   | 28 29 30 31            | 25 26 27 28 29 30 31
|                        | 30                     |                        |
| September 2025         | October 2025           | November 2025
| Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su
|  1  2  3  4  5  6  7   |        1  2  3  4  5   |                 1  2
|  8  9 10 11 12 13 14   |  6  7  8  9 10 11 12   |  3  4  5  6  7  8  9
| 15 16 17 18 19 20 21   | 13 14 15 16 17 18 19   | 10 11 12 13 14 15 16
| 22 23 24 25 26 27 28   | 20 21 22 23 24 25 26   | 17 18 19 20 21 22 23
| 29 30                  | 27 28 29 30 31         | 24 25 26 27 28 29 30
Bank holidays 2025 (England and Wales): Wed 1 January New Year's Day, Fri 18
April Good Friday, Mon 21 April Easter Monday, Mon 5 May early May bank
holiday, Mon 26 May spring bank holiday, Mon 25 August summer bank holiday.
Working days: January 22, February 20, March 21, April 20, May 20, June 21,
July 23, August 20, September 22, October 23, November 20.

  $ cat > env <<'EOF'
  > export PLAINT_REGISTER=register.db PLAINT_NOW=2026-01-01T09:00:00Z PLAINT_USER=cco
  > today() { echo "export PLAINT_TODAY=$1" >> env; export PLAINT_TODAY=$1; }
  > clocks() { plaint show "$1" --format json | python3 "$DATA/procedures/clocks.py"; }
  > snapshot() { sqlite3 register.db 'SELECT * FROM register' 'SELECT * FROM cases' 'SELECT count(*), max(seq) FROM events'; }
  > EOF
  $ . ./env; today 2025-01-08; plaint init --organisation "Walsall ICB" >/dev/null

(a) A response date agreed at acknowledgement, before consent and the
summary are in.

Wednesday 5 February 2025: Sam telephones about their father's care (on his
behalf, by phone: the response clock waits for his consent and for Sam's
approval of the written summary). Acknowledge within 3 working days: Thu 6
(1), Fri 7 (2), Mon 10 February (3); at risk from Fri 7. Long-stop: 6 months
beginning on 5 February end Mon 4 August; at risk 20 working days before:
Fri 1 August (1), 31-28 July (5), 25-21 (10), 18-14 (15), 11-7 (20): Mon 7
July. To run from 5 February: February 17 (6-28), March 21, April 20, May 20,
June 21, July 23, August 2 (1, 4): 124.

  $ . ./env; today 2025-02-05; plaint log --received 2025-02-05 --channel phone --complainant "Sam Carer" --on-behalf-of "Pat Parent" --summary "Care home fees" --incident-date 2025-01-20
  C-2025-0001
  $ . ./env; clocks C-2025-0001
  C-2025-0001 complaint received, 1 events
  acknowledgement: running from 2025-02-05 due 2025-02-10 warn 2025-02-07 [3 left]
  response: waiting for consent and summary
  long-stop: running from 2025-02-05 due 2025-08-04 warn 2025-07-07 [124 left]

Friday 7 February: acknowledged by phone with the offer to discuss the
handling and the response period (reg 13(7)); Sam agrees a response by Friday
28 March. The agreed date governs while the clock still waits: due Fri 28
March, at risk 5 working days before: 27 (1), 26 (2), 25 (3), 24 (4), Fri 21
March (5). Working days from 7 February to 28 March: 10-14 February (5),
17-21 (10), 24-28 (15), 3-7 March (20), 10-14 (25), 17-21 (30), 24-28 (35).
The clock still names what it waits for. 122 working days to the long-stop
from Friday 7 February (124 from the 5th, less 6 and 7 February).

  $ . ./env; today 2025-02-07; plaint ack C-2025-0001 --method phone --offered-discussion
  C-2025-0001: acknowledge on 2025-02-07; now acknowledged
  $ . ./env; plaint extend C-2025-0001 --until 2025-03-28 --reason "agreed at acknowledgement"
  C-2025-0001: agree-response-date on 2025-02-07; now acknowledged
  $ . ./env; clocks C-2025-0001
  C-2025-0001 complaint acknowledged, 3 events
  acknowledgement: met from 2025-02-05 due 2025-02-10 warn 2025-02-07 stopped 2025-02-07
  response: running for consent and summary from 2025-02-05 due 2025-03-28 warn 2025-03-21 [35 left]
  long-stop: running from 2025-02-05 due 2025-08-04 warn 2025-07-07 [122 left]
  $ . ./env; plaint due --within 40 --format tsv | cut -f1,2,4,6,15
  reference	clock	due	status	next_step
  C-2025-0001	response	2025-03-28	due-soon	consent-received

Pat's consent comes on Wednesday 12 February; Sam approves the summary only on
Monday 3 March. Without the agreement the response would have been due 25
working days after 3 March: 4-7 (4), 10-14 (9), 17-21 (14), 24-28 (19), 31
March-4 April (24), Mon 7 April (25). The agreed Friday 28 March governs; 19
working days to run from 3 March (4-7, 10-14, 17-21, 24-28).

  $ . ./env; today 2025-02-12; plaint consent C-2025-0001
  C-2025-0001: consent-received on 2025-02-12; now acknowledged
  $ . ./env; today 2025-03-03; plaint consent C-2025-0001 --summary-approved
  C-2025-0001: summary-approved on 2025-03-03; now acknowledged

  $ . ./env; clocks C-2025-0001 | grep response
  response: running from 2025-03-03 due 2025-03-28 was 2025-04-07 warn 2025-03-21 [19 left]

Investigated from Tuesday 4 March; the response goes on Thursday 27 March, a
day early: response and long-stop met.

  $ . ./env; today 2025-03-04; plaint investigate C-2025-0001 --investigator "Head of Continuing Care" >/dev/null
  $ . ./env; today 2025-03-27; plaint respond C-2025-0001 --outcome not-upheld >/dev/null
  $ . ./env; clocks C-2025-0001 | grep -v -e investigation
  C-2025-0001 complaint responded, 7 events
  acknowledgement: met from 2025-02-05 due 2025-02-10 warn 2025-02-07 stopped 2025-02-07
  response: met from 2025-03-03 due 2025-03-28 was 2025-04-07 warn 2025-03-21 stopped 2025-03-27
  long-stop: met from 2025-02-05 due 2025-08-04 warn 2025-07-07 stopped 2025-03-27

(b) A hold, and a date agreed during it; then a second hold after the
agreement.

Received by email Monday 3 March 2025. Acknowledge by 4, 5, Thu 6 March.
Respond within 25 working days: 4-7 (4), 10-14 (9), 17-21 (14), 24-28 (19),
31 March-4 April (24), Mon 7 April (25); at risk 4, 3, 2, 1 April, Mon 31
March. Long-stop: 6 months beginning on 3 March end Tue 2 September; at risk
20 working days before: 1 September (1), 29-26 August (5), [25 August], 22-18
(10), 15-11 (15), 8-4 (20): Mon 4 August.

  $ . ./env; plaint log --received 2025-03-03 --channel email --complainant "Alex Example" --summary "Delayed wheelchair" >/dev/null
  $ . ./env; today 2025-03-04; plaint ack C-2025-0002 --method email >/dev/null
  $ . ./env; today 2025-03-05; plaint investigate C-2025-0002 >/dev/null

Monday 10 March: a police investigation; on hold. The response clock had run
4, 5, 6, 7, 10 March (5; 20 to run). Monday 24 March, still on hold: Alex
agrees a response by Friday 30 May. The agreed date governs: the clock runs
to it, on hold or not, 45 working days from 24 March (25-31 March 5, April
20, May 20).

  $ . ./env; today 2025-03-10; plaint hold C-2025-0002 --reason police
  C-2025-0002: hold on 2025-03-10; now investigating
  $ . ./env; today 2025-03-24; plaint extend C-2025-0002 --until 2025-05-30 --reason "police investigation"
  C-2025-0002: agree-response-date on 2025-03-24; now investigating
  $ . ./env; clocks C-2025-0002 | grep response
  response: running from 2025-03-03 due 2025-05-30 warn 2025-05-22 [45 left]

Resumed Monday 7 April. The date was agreed during the hold, knowing of it,
so the days held do not move it: due Fri 30 May. Without the agreement the
hold would have moved 7 April out by the 20 working days held (11-14, 17-21,
24-28, 31 March-4 April, 7 April) to 8-11 (4), 14-17 (8), [18, 21 April],
22-25 (12), 28 April-2 May (17), [5 May], 6, 7, Thu 8 May (20): "was". Due 30 May; at risk 29, 28, 27, [Mon
26 May], 23, Thu 22 May. To run from 7 April: 8-11 (4), 14-17 (8), [18, 21
April], 22-25 (12), 28 April-2 May (17), [5 May], 6-9 (21), 12-16 (26), 19-23
(31), 27-30 (35).

  $ . ./env; today 2025-04-07; plaint resume C-2025-0002 >/dev/null
  $ . ./env; clocks C-2025-0002 | grep response
  response: running from 2025-03-03 due 2025-05-30 was 2025-05-08 warn 2025-05-22 [35 left]

A second hold, Monday 12 May (disciplinary), resumed Monday 19 May: it
started after the agreement, so the agreed date moves out by the working days
held, 13, 14, 15, 16, 19 May (5): 2, 3, 4, 5, Fri 6 June; at risk 5, 4, 3,
2 June, Fri 30 May; the 8 May "was" had passed before this hold began, so it
stays; 13 to run from 19 May (20-23, 27-30, 2-6 June). The
long-stop does not pause: May 8 (20-30), June 21, July 23, August 20,
September 2: 74 to run.

  $ . ./env; today 2025-05-12; plaint hold C-2025-0002 --reason disciplinary >/dev/null
  $ . ./env; today 2025-05-19; plaint resume C-2025-0002 >/dev/null
  $ . ./env; clocks C-2025-0002 | grep -v investigation
  C-2025-0002 complaint investigating, 8 events
  acknowledgement: met from 2025-03-03 due 2025-03-06 warn 2025-03-05 stopped 2025-03-04
  response: running from 2025-03-03 due 2025-06-06 was 2025-05-08 warn 2025-05-30 [13 left]
  long-stop: running from 2025-03-03 due 2025-09-02 warn 2025-08-04 [74 left]

The report came on Friday 30 May; the response goes on Wednesday 4 June, in
time.

  $ . ./env; today 2025-05-30; plaint record C-2025-0002 investigation-report >/dev/null
  $ . ./env; today 2025-06-04; plaint respond C-2025-0002 --outcome partially-upheld >/dev/null
  $ . ./env; clocks C-2025-0002 | grep -e response -e long-stop
  response: met from 2025-03-03 due 2025-06-06 was 2025-05-08 warn 2025-05-30 stopped 2025-06-04
  long-stop: met from 2025-03-03 due 2025-09-02 warn 2025-08-04 stopped 2025-06-04

(c) The complainant declines to discuss; the organisation determines a
shorter period (reg 13(8)).

Received by email Monday 7 April 2025. Acknowledge by 8, 9, Thu 10 April.
Respond within 25 working days: 8-11 (4), 14-17 (8), [Good Friday 18, Easter
Monday 21], 22-25 (12), 28 April-2 May (17), [5 May], 6-9 (21), 12-15 (25):
Thu 15 May. Long-stop: 6 months beginning on 7 April end Mon 6 October; at
risk 20 working days before: 3-1 October (3), 30-22 September (10), 19-15
(15), 12-8 (20): Mon 8 September.

  $ . ./env; today 2025-04-07; plaint log --received 2025-04-07 --channel email --complainant "Jo Example" --summary "Prescription not sent" >/dev/null
  $ . ./env; clocks C-2025-0003
  C-2025-0003 complaint received, 1 events
  acknowledgement: running from 2025-04-07 due 2025-04-10 warn 2025-04-09 [3 left]
  response: running from 2025-04-07 due 2025-05-15 warn 2025-05-08 [25 left]
  long-stop: running from 2025-04-07 due 2025-10-06 warn 2025-09-08 [125 left]

Tuesday 8 April: acknowledged with the offer to discuss; Jo does not want to.
The organisation determines a response by Wednesday 30 April, sooner than the
25 days (an agreed date must be later, so `extend` is refused): at risk 29,
28, 25, 24, Wed 23 April. The long-stop is unchanged.

  $ . ./env; today 2025-04-08; plaint ack C-2025-0003 --method letter --offered-discussion >/dev/null
  $ . ./env; snapshot > before
  $ . ./env; plaint extend C-2025-0003 --until 2025-04-30
  ! plaint: error: extend: agree-response-date to 2025-04-30 moves no deadline: 2025-04-30 is not later than the response clock's due date 2025-05-15; 2025-04-30 is not later than the long-stop clock's due date 2025-10-06
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; plaint determine C-2025-0003 --until 2025-04-30 --reason "declined to discuss; a single GP practice"
  C-2025-0003: determine-response-period on 2025-04-08; now acknowledged
  $ . ./env; clocks C-2025-0003
  C-2025-0003 complaint acknowledged, 3 events
  acknowledgement: met from 2025-04-07 due 2025-04-10 warn 2025-04-09 stopped 2025-04-08
  response: running from 2025-04-07 due 2025-04-30 was 2025-05-15 warn 2025-04-23 [14 left]
  long-stop: running from 2025-04-07 due 2025-10-06 warn 2025-09-08 [124 left]
  $ . ./env; today 2025-04-29; plaint respond C-2025-0003 --outcome upheld >/dev/null
  $ . ./env; clocks C-2025-0003 | grep response
  response: met from 2025-04-07 due 2025-04-30 was 2025-05-15 warn 2025-04-23 stopped 2025-04-29

(d) The long-stop moved by a longer period agreed before the six months
expire; an agreement after it expired is refused.

Received by letter Wednesday 8 January 2025. Acknowledge by 9, 10, Mon 13
January. Respond within 25: 9, 10 (2), 13-17 (7), 20-24 (12), 27-31 (17), 3-7
February (22), 10, 11, Wed 12 February (25). Long-stop: 6 months beginning on
8 January end Mon 7 July; at risk 20 working days before: 4-1 July (4),
30-23 June (10), 20-16 (15), 13-9 (20): Mon 9 June.

  $ . ./env; today 2025-01-08; plaint log --received 2025-01-08 --channel letter --complainant "Lee Example" --summary "Diagnosis missed" >/dev/null
  $ . ./env; today 2025-01-09; plaint ack C-2025-0004 --method letter --offered-discussion >/dev/null
  $ . ./env; today 2025-01-13; plaint investigate C-2025-0004 >/dev/null
  $ . ./env; today 2025-01-24; plaint record C-2025-0004 investigation-report >/dev/null
  $ . ./env; today 2025-02-03; clocks C-2025-0004 | grep -v investigation
  C-2025-0004 complaint investigating, 4 events
  acknowledgement: met from 2025-01-08 due 2025-01-13 warn 2025-01-10 stopped 2025-01-09
  response: running from 2025-01-08 due 2025-02-12 warn 2025-02-05 [7 left]
  long-stop: running from 2025-01-08 due 2025-07-07 warn 2025-06-09 [106 left]

Monday 3 February: an independent clinical review is needed; Lee agrees a
response by Thursday 31 July, later than both the response date and the six
months, and agreed before either expired: both clocks run to 31 July. At
risk: the response 5 working days before, 30, 29, 28, 25, Thu 24 July; the
long-stop 20 before, 30-28 (3), 25-21 (8), 18-14 (13), 11-7 (18), 4, Thu 3
July (20). To run from 3 February: February 19 (4-28), March 21, April 20,
May 20, June 21, July 23: 124.

  $ . ./env; plaint extend C-2025-0004 --until 2025-07-31 --reason "independent clinical review"
  C-2025-0004: agree-response-date on 2025-02-03; now investigating
  $ . ./env; clocks C-2025-0004 | grep -v investigation
  C-2025-0004 complaint investigating, 5 events
  acknowledgement: met from 2025-01-08 due 2025-01-13 warn 2025-01-10 stopped 2025-01-09
  response: running from 2025-01-08 due 2025-07-31 was 2025-02-12 warn 2025-07-24 [124 left]
  long-stop: running from 2025-01-08 due 2025-07-31 was 2025-07-07 warn 2025-07-03 [124 left]

Tuesday 5 August: nothing sent; both clocks 3 working days late (1, 4, 5
August). A further date agreed now comes after both expired: refused, and
nothing is written.

  $ . ./env; today 2025-08-05; clocks C-2025-0004 | grep -v investigation
  C-2025-0004 complaint investigating, 5 events
  acknowledgement: met from 2025-01-08 due 2025-01-13 warn 2025-01-10 stopped 2025-01-09
  response: breached from 2025-01-08 due 2025-07-31 was 2025-02-12 warn 2025-07-24 [3 late]
  long-stop: breached from 2025-01-08 due 2025-07-31 was 2025-07-07 warn 2025-07-03 [3 late]
  $ . ./env; snapshot > before
  $ . ./env; plaint extend C-2025-0004 --until 2025-09-30 --reason "review delayed"
  ! plaint: error: extend: agree-response-date to 2025-09-30 moves no deadline: the response clock expired on 2025-07-31: a longer period must be agreed before then; the long-stop clock expired on 2025-07-31: a longer period must be agreed before then
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged

The response goes on Friday 8 August, 6 working days late (1, 4-8 August).

  $ . ./env; today 2025-08-08; plaint respond C-2025-0004 --outcome upheld >/dev/null
  $ . ./env; clocks C-2025-0004 | grep -e response -e long-stop
  response: breached from 2025-01-08 due 2025-07-31 was 2025-02-12 warn 2025-07-24 stopped 2025-08-08 [6 late]
  long-stop: breached from 2025-01-08 due 2025-07-31 was 2025-07-07 warn 2025-07-03 stopped 2025-08-08 [6 late]

(e) Left past six months on hold: the delay letter.

Received by email Monday 12 May 2025. Acknowledge by 13, 14, Thu 15 May;
acknowledged Tue 13, investigated from Wed 14, put on hold for legal action
on Monday 19 May (the response and investigation clocks pause). Long-stop: 6
months beginning on 12 May end Tue 11 November; at risk 20 working days
before: 10 November (1), 7-3 (6), 31-27 October (11), 24-20 (16), 17-14 (20):
Tue 14 October.

  $ . ./env; today 2025-05-12; plaint log --received 2025-05-12 --channel email --complainant "Kit Example" --summary "Surgery cancelled twice" >/dev/null
  $ . ./env; today 2025-05-13; plaint ack C-2025-0005 --method email >/dev/null
  $ . ./env; today 2025-05-14; plaint investigate C-2025-0005 >/dev/null
  $ . ./env; today 2025-05-19; plaint hold C-2025-0005 --reason legal-action >/dev/null

Wednesday 12 November: still on hold, and the six months ended yesterday: the
long-stop is 1 working day late (Wed 12). `due --exit-code` exits 1; its
next step is the delay letter (`show` says so).

  $ . ./env; today 2025-11-12; clocks C-2025-0005 | grep long-stop
  long-stop: breached from 2025-05-12 due 2025-11-11 warn 2025-10-14 [1 late]
  $ . ./env; plaint due --overdue --format tsv | cut -f1,2,4,6,15
  reference	clock	due	status	next_step
  C-2025-0005	long-stop	2025-11-11	overdue	delay-letter
  $ . ./env; plaint due --overdue --exit-code >/dev/null
  [1]
  $ . ./env; plaint show C-2025-0005 | sed -n '/^Next steps/p'
  Next steps: resume; delay-letter

Thursday 13 November: the delay letter goes. The long-stop is still overdue,
2 working days late (12, 13), but dealt with: `due --exit-code` exits 0, and
the next step is the response.

  $ . ./env; today 2025-11-13; plaint delay-letter C-2025-0005 --reason "awaiting the outcome of legal proceedings"
  C-2025-0005: delay-letter on 2025-11-13; now investigating
  $ . ./env; plaint due --overdue --exit-code >/dev/null
  $ . ./env; plaint due --overdue --format table
  reference    clock      due         days                           state          owner  next step
  C-2025-0005  long-stop  2025-11-11  2 late, dealt with 2025-11-13  investigating  -      respond
  1 overdue (1 dealt with), 0 due today, 0 due within 5 working days
  $ . ./env; plaint due --overdue --format tsv | cut -f1,2,4,6,15,20
  reference	clock	due	status	next_step	breach_handled_on
  C-2025-0005	long-stop	2025-11-11	overdue	respond	2025-11-13
  $ . ./env; plaint due --overdue --format json | python3 -c 'import json,sys; [print(i["reference"], i["clock"], i["status"], i["breach_handled_on"]) for i in json.load(sys.stdin)]'
  C-2025-0005 long-stop overdue 2025-11-13
  $ . ./env; plaint show C-2025-0005 | sed -n '/^Clocks/,$p'
  Clocks:
    clock            status    start       due         at risk from  days
    acknowledgement  met       2025-05-12  2025-05-15  2025-05-14    met
    investigation    paused    2025-05-14  -           -             paused (7 left)
    response         paused    2025-05-12  -           -             paused (20 left)
    long-stop        breached  2025-05-12  2025-11-11  2025-10-14    2 late, dealt with 2025-11-13 (delay-letter)
  Next steps: resume; respond
  Also allowed: investigation-report, agree-response-date, determine-response-period, delay-letter, joint, withdraw, withdraw-continuing, decline, designate-vexatious, assign

(f) A longer period agreed after the local 25 days expired but before the six
months: only the statutory long-stop takes it (reg 14(2)); the response
clock stays late.

Received by letter Monday 2 June 2025. Respond within 25: 3-6 (4), 9-13 (9),
16-20 (14), 23-27 (19), 30 June-4 July (24), Mon 7 July (25). Long-stop: 6
months beginning on 2 June end Mon 1 December. Wednesday 16 July: the response
is 7 working days late (8-11, 14-16 July); Jo agrees a response by Friday 19
December. The long-stop moves to it: at risk 20 working days before, 18-15
(4), 12-8 (9), 5-1 (14), 28-24 November (19), Fri 21 November (20); to run
from 16 July: July 11 (17-31), August 20, September 22, October 23, November
20, December 15 (1-19): 111. The response clock keeps its 7 July.

  $ . ./env; today 2025-06-02; plaint log --received 2025-06-02 --channel letter --complainant "Jo Other" --summary "Equipment never delivered" >/dev/null
  $ . ./env; today 2025-06-03; plaint ack C-2025-0006 --method letter --offered-discussion >/dev/null
  $ . ./env; today 2025-07-16; plaint extend C-2025-0006 --until 2025-12-19 --reason "awaiting the supplier's records"
  C-2025-0006: agree-response-date on 2025-07-16; now acknowledged
  $ . ./env; clocks C-2025-0006 | grep -e response -e long-stop
  response: breached from 2025-06-02 due 2025-07-07 warn 2025-06-30 [7 late]
  long-stop: running from 2025-06-02 due 2025-12-19 was 2025-12-01 warn 2025-11-21 [111 left]

  $ . ./env; set -o pipefail; plaint verify | cut -d";" -f1
  ok: 35 events, 6 cases

The period is determined when the offer to discuss is declined (reg 13(8)),
at the outset: once the response period has expired it cannot be set again,
so the breach stands. Case 7, received Monday 7 April, acknowledged Tuesday
8: the 25 working days end Thursday 15 May (Good Friday 18 April, Easter
Monday 21 April and the early May bank holiday, 5 May, skipped: 8-11 April
(4), 14-17 (8), 22-25 (12), 28 April-2 May (17), 6-9 May (21), 12-15 (25));
on Tuesday 20 May it is 3
working days late (16, 19, 20) and a determined period is refused.

  $ . ./env; today 2025-04-08; plaint log --received 2025-04-07 --channel letter --summary "Repeat prescription delays" >/dev/null
  $ . ./env; plaint ack C-2025-0007 --method letter >/dev/null
  $ . ./env; today 2025-05-20; snapshot > before
  $ . ./env; plaint determine C-2025-0007 --until 2025-06-30 --reason late
  ! plaint: error: determine: determine-response-period to 2025-06-30 moves no deadline: the response clock expired on 2025-05-15: a period must be set before then
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; clocks C-2025-0007 | grep response
  response: breached from 2025-04-07 due 2025-05-15 warn 2025-05-08 [3 late]
