The NHS complaint procedure, seed 004 s.10.5.1: a complaint made by telephone
on someone else's behalf. The written summary must be approved "prior to
investigation" (II) and nothing is investigated without consent (III); "the
timescale will not begin until those have been received" (VI), so the
response clock starts at the later of the two. A police investigation puts it
on hold (s.13.3); paused working days do not count. A new response date is
agreed before the old one expires; it is missed anyway. Then an MP acting for
a constituent (s.9.8: no consent needed), withdrawn while on hold, and a
complaint made in person, withdrawn before its summary was approved.
clocks.py prints the clocks of `plaint show REF --format json`.

| March 2024             | April 2024             | May 2024               | June 2024
| Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su
|              1  2  3   |  1  2  3  4  5  6  7   |        1  2  3  4  5   |                 1  2
|  4  5  6  7  8  9 10   |  8  9 10 11 12 13 14   |  6  7  8  9 10 11 12   |  3  4  5  6  7  8  9
| 11 12 13 14 15 16 17   | 15 16 17 18 19 20 21   | 13 14 15 16 17 18 19   | 10 11 12 13 14 15 16
| 18 19 20 21 22 23 24   | 22 23 24 25 26 27 28   | 20 21 22 23 24 25 26   | 17 18 19 20 21 22 23
| 25 26 27 28 29 30 31   | 29 30                  | 27 28 29 30 31         | 24 25 26 27 28 29 30
Fri 29 March Good Friday, Mon 1 April Easter Monday, Mon 6 May early May bank
holiday, Mon 27 May spring bank holiday. Working days: April 21, May 21, June
20, July 23, August 21 (26th a holiday), September 20 (to the 27th).

  $ cat > env <<'EOF'
  > export PLAINT_REGISTER=register.db PLAINT_NOW=2026-01-01T09:00:00Z PLAINT_USER=cco
  > today() { echo "export PLAINT_TODAY=$1" >> env; export PLAINT_TODAY=$1; }
  > clocks() { plaint show "$1" --format json | python3 "$DATA/procedures/clocks.py"; }
  > snapshot() { sqlite3 register.db 'SELECT * FROM register' 'SELECT * FROM cases' 'SELECT count(*), max(seq) FROM events'; }
  > EOF
  $ . ./env; today 2024-03-28; plaint init --organisation "Walsall CCG" >/dev/null

Maundy Thursday, 28 March 2024: Sam rings about their mother's care. Day 0 is
the Thursday; acknowledge within 3 working days skipping Good Friday, the
weekend and Easter Monday: Tue 2 (1), Wed 3 (2), Thu 4 April (3). Long-stop:
6 months beginning on 28 March end Fri 27 September; at risk 20 working days
before: 26-23 (4), 20-16 (9), 13-9 (14), 6-2 September (19), Fri 30 August
(20). To run: 21 + 21 + 20 + 23 + 21 + 20 = 126. The response clock waits.

  $ . ./env; plaint log --received 2024-03-28 --channel phone --complainant "Sam Carer" --on-behalf-of "Pat Patient" --summary "Discharge without a care package" --incident-date 2024-03-20
  C-2024-0001
  $ . ./env; clocks C-2024-0001
  C-2024-0001 complaint received, 1 events
  acknowledgement: running from 2024-03-28 due 2024-04-04 warn 2024-04-03 [3 left]
  response: waiting for consent and summary
  long-stop: running from 2024-03-28 due 2024-09-27 warn 2024-08-30 [126 left]

Tuesday 2 April: acknowledged by phone. Investigation and the response have
to wait for consent and the summary; refused, and nothing is written. (A
response date agreed at acknowledgement would be recorded and govern: see
procedure-nhs-complaint-agreed.t.)

  $ . ./env; today 2024-04-02; plaint ack C-2024-0001 --method phone
  C-2024-0001: acknowledge on 2024-04-02; now acknowledged
  $ . ./env; snapshot > before
  $ . ./env; plaint investigate C-2024-0001 --investigator "Discharge lead"
  ! plaint: error: investigate: investigate needs these recorded first: consent-received, summary-approved
  ! plaint: hint: waiting for consent of the person the complaint is made for; the complainant's approval of the written summary
  [5]
  $ . ./env; plaint respond C-2024-0001 --outcome upheld
  ! plaint: error: respond: respond needs these recorded first: consent-received, summary-approved
  ! plaint: hint: waiting for consent of the person the complaint is made for; the complainant's approval of the written summary
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged

Friday 5 April: Pat's signed consent arrives. Still waiting for the summary.

  $ . ./env; today 2024-04-05; plaint consent C-2024-0001
  C-2024-0001: consent-received on 2024-04-05; now acknowledged
  $ . ./env; clocks C-2024-0001 | grep response
  response: waiting for summary

Thursday 11 April: Sam approves the typed summary. The response clock starts
from the later of the two, Thu 11 April: 25 working days are Fri 12 (1),
15-19 (6), 22-26 (11), 29, 30 (13), 1-3 May (16), [Mon 6 May], 7-10 (20),
13-17 (25): Fri 17 May; at risk 16, 15, 14, 13, Fri 10 May.

  $ . ./env; today 2024-04-11; plaint consent C-2024-0001 --summary-approved
  C-2024-0001: summary-approved on 2024-04-11; now acknowledged
  $ . ./env; clocks C-2024-0001 | grep response
  response: running from 2024-04-11 due 2024-05-17 warn 2024-05-10 [25 left]
  $ . ./env; plaint explain C-2024-0001 | sed -n '/\[response\]/,/at risk/p'
  Written response within 25 working days, or by the agreed date [response]: 25 left
    starts on Thu 2024-03-28 (logged)
    held back to Fri 2024-04-05 until consent of the person the complaint is made for (consent-received)
    held back to Thu 2024-04-11 until the complainant's approval of the written summary (summary-approved)
    25 working days after day 0 is Fri 2024-05-17 (skipping 10 weekend days; 2024-05-06 Early May bank holiday)
    due Fri 2024-05-17
    at risk from 2024-05-10

Friday 12 April: investigation starts; report due in 10 working days, 15-19
(5), 22-26 April (10): Fri 26 April, at risk 25, 24, Tue 23.

  $ . ./env; today 2024-04-12; plaint investigate C-2024-0001 --investigator "Discharge lead"
  C-2024-0001: investigate on 2024-04-12; now investigating
  $ . ./env; clocks C-2024-0001 | grep investigation
  investigation: running from 2024-04-12 due 2024-04-26 warn 2024-04-23 [10 left]

Wednesday 17 April: the police open an investigation; the complaint is put on
hold. The investigation clock had run 15, 16, 17 April (3; 7 to run), the
response clock 12, 15, 16, 17 April (4; 21 to run). On Tuesday 30 April both
are still paused with those days to run; the statutory long-stop does not
pause: from 30 April, May 21 + June 20 + July 23 + August 21 + September 20 =
105 working days.

  $ . ./env; today 2024-04-17; plaint hold C-2024-0001 --reason police
  C-2024-0001: hold on 2024-04-17; now investigating
  $ . ./env; today 2024-04-30; clocks C-2024-0001
  C-2024-0001 complaint investigating, 6 events
  acknowledgement: met from 2024-03-28 due 2024-04-04 warn 2024-04-03 stopped 2024-04-02
  investigation: paused from 2024-04-12 [7 left]
  response: paused from 2024-04-11 [21 left]
  long-stop: running from 2024-03-28 due 2024-09-27 warn 2024-08-30 [105 left]
  $ . ./env; plaint show C-2024-0001 | sed -n '/^Clocks/,/^Next/p'
  Clocks:
    clock            status   start       due         at risk from  days
    acknowledgement  met      2024-03-28  2024-04-04  2024-04-03    met
    investigation    paused   2024-04-12  -           -             paused (7 left)
    response         paused   2024-04-11  -           -             paused (21 left)
    long-stop        running  2024-03-28  2024-09-27  2024-08-30    105 left
  Next steps: resume; respond

Resumed Wednesday 8 May. Did not count: 18, 19, 22-26, 29, 30 April, 1-3,
7, 8 May: 14 working days. Investigation: 7 more from 8 May, 9, 10, 13-17:
Fri 17 May (at risk 16, 15, Tue 14), 14 working days after the 3 May it would
have been without the hold. Response: 21 more, 9, 10 (2), 13-17 (7), 20-24
(12), [Mon 27 May], 28-31 (16), 3-7 June (21): Fri 7 June (at risk 6, 5, 4, 3
June, Fri 31 May), which is also 17 May + 14 working days.

  $ . ./env; today 2024-05-08; plaint resume C-2024-0001 --note "police content to proceed"
  C-2024-0001: resume on 2024-05-08; now investigating
  $ . ./env; clocks C-2024-0001
  C-2024-0001 complaint investigating, 7 events
  acknowledgement: met from 2024-03-28 due 2024-04-04 warn 2024-04-03 stopped 2024-04-02
  investigation: running from 2024-04-12 due 2024-05-17 warn 2024-05-14 [7 left]
  response: running from 2024-04-11 due 2024-06-07 warn 2024-05-31 [21 left]
  long-stop: running from 2024-03-28 due 2024-09-27 warn 2024-08-30 [100 left]
  $ . ./env; plaint explain C-2024-0001 | sed -n '/\[investigation\]/,/at risk/p'
  Investigation report within 10 working days [investigation]: 7 left
    starts on Fri 2024-04-12 (investigate)
    paused on Wed 2024-04-17, resumed on Wed 2024-05-08: 14 working days did not count
    10 working days after day 0, not counting the days paused, is Fri 2024-05-17 (skipping 10 weekend days; 2024-05-06 Early May bank holiday)
    due Fri 2024-05-17
    at risk from 2024-05-14

The report arrives Wednesday 15 May.

  $ . ./env; today 2024-05-15; plaint record C-2024-0001 investigation-report
  C-2024-0001: investigation-report on 2024-05-15; now investigating

Wednesday 5 June: Sam agrees a new date before the old one (Fri 7 June)
expires (reg 14(2)). It must be later than 7 June. Friday 21 June: at risk
from 20, 19, 18, 17, Fri 14 June; 6, 7 (2), 10-14 (7), 17-21 (12) to run.

  $ . ./env; today 2024-06-05; plaint extend C-2024-0001 --until 2024-06-07 --reason "awaiting police liaison"
  ! plaint: error: extend: agree-response-date to 2024-06-07 moves no deadline: 2024-06-07 is not later than the response clock's due date 2024-06-07; 2024-06-07 is not later than the long-stop clock's due date 2024-09-27
  [5]
  $ . ./env; plaint extend C-2024-0001 --until 2024-06-21 --reason "awaiting police liaison"
  C-2024-0001: agree-response-date on 2024-06-05; now investigating
  $ . ./env; clocks C-2024-0001 | grep response
  response: running from 2024-04-11 due 2024-06-21 was 2024-06-07 warn 2024-06-14 [12 left]

Tuesday 25 June: not sent. 2 working days late (24, 25); sent Wednesday 26,
3 late. The case is closed on Friday 28 June.

  $ . ./env; today 2024-06-25; clocks C-2024-0001 | grep response
  response: breached from 2024-04-11 due 2024-06-21 was 2024-06-07 warn 2024-06-14 [2 late]
  $ . ./env; today 2024-06-26; plaint respond C-2024-0001 --outcome upheld --signed-by "Director of Quality"
  C-2024-0001: respond on 2024-06-26; now responded
  $ . ./env; today 2024-06-28; plaint close C-2024-0001
  C-2024-0001: close on 2024-06-28; now closed
  $ . ./env; clocks C-2024-0001
  C-2024-0001 complaint closed (closed 2024-06-28), 11 events
  acknowledgement: met from 2024-03-28 due 2024-04-04 warn 2024-04-03 stopped 2024-04-02
  investigation: met from 2024-04-12 due 2024-05-17 warn 2024-05-14 stopped 2024-05-15
  response: breached from 2024-04-11 due 2024-06-21 was 2024-06-07 warn 2024-06-14 stopped 2024-06-26 [3 late]
  long-stop: met from 2024-03-28 due 2024-09-27 warn 2024-08-30 stopped 2024-06-26

An MP writes for a constituent on Thursday 2 May (s.9.8): the constituent's
consent was given to the MP, and a letter needs no summary, so the response
clock runs from receipt: 3 May (1), [6], 7-10 (5), 13-17 (10), 20-24 (15),
[27], 28-31 (19), 3-7 June (24), Mon 10 June (25); at risk 7, 6, 5, 4, Mon 3
June. Acknowledge by 3, 7, Wed 8 May. Long-stop: 6 months beginning on 2 May
end Fri 1 November; at risk Fri 4 October (31 October back to 7 October is
19 working days, the 4th the 20th). To run: May 19, June 20, July 23, August
21, September 21, October 23, November 1: 128.

  $ . ./env; today 2024-05-02; plaint log --received 2024-05-02 --channel mp --complainant "A Member MP" --on-behalf-of "Chris Constituent" --summary "Continuing care assessment"
  C-2024-0002
  $ . ./env; clocks C-2024-0002
  C-2024-0002 complaint received, 1 events
  acknowledgement: running from 2024-05-02 due 2024-05-08 warn 2024-05-07 [3 left]
  response: running from 2024-05-02 due 2024-06-10 warn 2024-06-03 [25 left]
  long-stop: running from 2024-05-02 due 2024-11-01 warn 2024-10-04 [128 left]

Acknowledged Fri 3 May, investigated from Tue 7 May (no consent to wait for),
held for legal action Thu 9 May: the investigation had run 8, 9 May (2; 8 to
run), the response 3, 7, 8, 9 May (4; 21 to run).

  $ . ./env; today 2024-05-03; plaint ack C-2024-0002 --method letter
  C-2024-0002: acknowledge on 2024-05-03; now acknowledged
  $ . ./env; today 2024-05-07; plaint investigate C-2024-0002
  C-2024-0002: investigate on 2024-05-07; now investigating
  $ . ./env; today 2024-05-09; plaint hold C-2024-0002 --reason legal-action
  C-2024-0002: hold on 2024-05-09; now investigating

Withdrawn on Monday 3 June while still on hold (the claim goes to the
litigation process, s.13.4). The clocks stop there, not late: had the case
resumed that day, the investigation was due 4-7 (4), 10-13 June (8): Thu 13
June; the response 4-7 (4), 10-14 (9), 17-21 (14), 24-28 (19), 1, Tue 2 July
(21).

  $ . ./env; today 2024-06-03; plaint withdraw C-2024-0002 --note "pursuing a claim"
  C-2024-0002: withdraw on 2024-06-03; now withdrawn
  $ . ./env; clocks C-2024-0002
  C-2024-0002 complaint withdrawn (closed 2024-06-03), 5 events
  acknowledgement: met from 2024-05-02 due 2024-05-08 warn 2024-05-07 stopped 2024-05-03
  investigation: met from 2024-05-07 due 2024-06-13 warn 2024-06-10 stopped 2024-06-03
  response: met from 2024-05-02 due 2024-07-02 warn 2024-06-25 stopped 2024-06-03
  long-stop: met from 2024-05-02 due 2024-11-01 warn 2024-10-04 stopped 2024-06-03

A complaint made in person on Monday 1 July 2024 is withdrawn on Wednesday
3 July, before its summary was approved: the response clock never started.
Acknowledge by 2, 3, Thu 4 July. Long-stop: 6 months beginning on 1 July end
Tue 31 December; at risk 30, 27 (2), [25, 26], 24, 23 (4), 20-16 (9), 13-9
(14), 6-2 December (19), Fri 29 November (20). To run: July 22, August 21,
September 21, October 23, November 21, December 20: 128.

  $ . ./env; today 2024-07-01; plaint log --received 2024-07-01 --channel in-person --complainant "Dee Visitor" --summary "Reception closed early"
  C-2024-0003
  $ . ./env; clocks C-2024-0003
  C-2024-0003 complaint received, 1 events
  acknowledgement: running from 2024-07-01 due 2024-07-04 warn 2024-07-03 [3 left]
  response: waiting for summary
  long-stop: running from 2024-07-01 due 2024-12-31 warn 2024-11-29 [128 left]
  $ . ./env; today 2024-07-03; plaint withdraw C-2024-0003
  C-2024-0003: withdraw on 2024-07-03; now withdrawn
  $ . ./env; clocks C-2024-0003
  C-2024-0003 complaint withdrawn (closed 2024-07-03), 2 events
  acknowledgement: met from 2024-07-01 due 2024-07-04 warn 2024-07-03 stopped 2024-07-03
  response: not-started stopped 2024-07-03
  long-stop: met from 2024-07-01 due 2024-12-31 warn 2024-11-29 stopped 2024-07-03
  $ . ./env; plaint explain C-2024-0003 | sed -n '/\[response\]/,/before it could start/p'
  Written response within 25 working days, or by the agreed date [response]: not started
    starts on Mon 2024-07-01 (logged)
    waiting for the complainant's approval of the written summary (recorded by summary-approved)
    stopped on Wed 2024-07-03 (withdraw) before it could start
