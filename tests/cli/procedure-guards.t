The NHS complaint procedure's guards and next steps: a hold that is not
there cannot be resumed and one that is cannot be set again; `show` says "on
hold"; the Ombudsman referral is recorded once; a compliment is logged
closed; a new complaint's next step is the acknowledgement; a complaint made
by phone on someone's behalf awaits consent and the summary, and `due` lists
it as waiting; further local resolution after a response; a withdrawal that
lets the investigation go on for safeguarding. clocks.py prints the clocks
of `plaint show REF --format json`, one line each.

| September 2025         | October 2025           | November 2025
| Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su
|  1  2  3  4  5  6  7   |        1  2  3  4  5   |                 1  2
|  8  9 10 11 12 13 14   |  6  7  8  9 10 11 12   |  3  4  5  6  7  8  9
| 15 16 17 18 19 20 21   | 13 14 15 16 17 18 19   | 10 11 12 13 14 15 16
| 22 23 24 25 26 27 28   | 20 21 22 23 24 25 26   | 17 18 19 20 21 22 23
| 29 30                  | 27 28 29 30 31         | 24 25 26 27 28 29 30
No bank holidays in England from the summer bank holiday (Mon 25 August
2025) to Christmas Day.

  $ cat > env <<'EOF'
  > export PLAINT_REGISTER=register.db PLAINT_NOW=2026-01-01T09:00:00Z PLAINT_USER=cco
  > today() { echo "export PLAINT_TODAY=$1" >> env; export PLAINT_TODAY=$1; }
  > clocks() { plaint show "$1" --format json | python3 "$DATA/procedures/clocks.py"; }
  > snapshot() { sqlite3 register.db 'SELECT * FROM register' 'SELECT * FROM cases' 'SELECT count(*), max(seq) FROM events'; }
  > EOF
  $ . ./env; today 2025-09-03; plaint init --organisation "Walsall ICB" >/dev/null

1. A new complaint: the next step for every clock is the acknowledgement.

Received by email Wednesday 3 September 2025. Acknowledge by 4, 5, Mon 8
September (at risk Fri 5). Respond within 25: 4, 5 (2), 8-12 (7), 15-19 (12),
22-26 (17), 29 September-3 October (22), 6, 7, Wed 8 October (25). Long-stop:
6 months beginning on 3 September end Mon 2 March 2026. For the response and
the long-stop the first step towards the response is the acknowledgement
(not a withdrawal, which would also stop them).

  $ . ./env; plaint log --received 2025-09-03 --channel email --complainant "Robin Example" --summary "Appointment letters never arrive" >/dev/null
  $ . ./env; plaint due --within 150 --format tsv | cut -f1,2,4,6,15
  reference	clock	due	status	next_step
  C-2025-0001	acknowledgement	2025-09-08	due-soon	acknowledge
  C-2025-0001	response	2025-10-08	due-soon	acknowledge
  C-2025-0001	long-stop	2026-03-02	due-soon	acknowledge
  $ . ./env; plaint show C-2025-0001 | sed -n '/^Next steps/,$p'
  Next steps: acknowledge
  Also allowed: agree-response-date, determine-response-period, delay-letter, hold, joint, refer-to-provider, withdraw, withdraw-continuing, decline, designate-vexatious, assign

2. Hold and resume.

Thursday 4 September: acknowledged. There is no hold to resume: refused.
Friday 5 September: on hold (police). A second hold is refused. `show` says
the case is on hold, and lists resume (the response clock is paused) but not
hold.

  $ . ./env; today 2025-09-04; plaint ack C-2025-0001 --method email >/dev/null
  $ . ./env; snapshot > before
  $ . ./env; plaint resume C-2025-0001
  ! plaint: error: resume: the case is not on-hold
  ! plaint: hint: allowed now: consent-received, summary-approved, time-limit-decision, investigate, agree-response-date, determine-response-period, delay-letter, hold, respond, joint, refer-to-provider, withdraw, withdraw-continuing, decline, designate-vexatious, assign
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; today 2025-09-05; plaint hold C-2025-0001 --reason police
  C-2025-0001: hold on 2025-09-05; now acknowledged
  $ . ./env; snapshot > before
  $ . ./env; plaint hold C-2025-0001 --reason legal-action
  ! plaint: error: hold: the case is already on-hold
  ! plaint: hint: allowed now: consent-received, summary-approved, time-limit-decision, investigate, agree-response-date, determine-response-period, delay-letter, resume, respond, joint, refer-to-provider, withdraw, withdraw-continuing, decline, designate-vexatious, assign
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; plaint show C-2025-0001 --no-personal | head -1
  C-2025-0001  complaint  acknowledged, on hold
  $ . ./env; plaint show C-2025-0001 | sed -n '/^Next steps/,$p'
  Next steps: resume; respond
  Also allowed: investigate, agree-response-date, determine-response-period, delay-letter, joint, refer-to-provider, withdraw, withdraw-continuing, decline, designate-vexatious, assign

Resumed Monday 15 September: 8, 9, 10, 11, 12, 15 September did not count
(6). The response had run 4, 5 September (2; 23 to run): due 8 October + 6
working days, 9, 10, 13, 14, 15, Thu 16 October. Now hold is allowed again
and resume is not.

  $ . ./env; today 2025-09-15; plaint resume C-2025-0001 >/dev/null
  $ . ./env; clocks C-2025-0001 | grep response
  response: running from 2025-09-03 due 2025-10-16 warn 2025-10-09 [23 left]
  $ . ./env; plaint show C-2025-0001 | sed -n '/^Next steps/,$p'
  Next steps: respond
  Also allowed: investigate, agree-response-date, determine-response-period, delay-letter, hold, joint, refer-to-provider, withdraw, withdraw-continuing, decline, designate-vexatious, assign

3. Further local resolution after the response, then the Ombudsman, once.

Investigated from Tue 16 September; responded Wed 1 October, in time. A
meeting for further local resolution on Tue 14 October, a further response
on Mon 20 October, closed Tue 21; referred to the Ombudsman on Mon 3
November. A second referral is refused.

  $ . ./env; today 2025-09-16; plaint investigate C-2025-0001 >/dev/null
  $ . ./env; today 2025-10-01; plaint respond C-2025-0001 --outcome not-upheld
  C-2025-0001: respond on 2025-10-01; now responded
  $ . ./env; today 2025-10-14; plaint meet C-2025-0001 --note "met the complainant and the practice manager"
  C-2025-0001: resolution-meeting on 2025-10-14; now responded
  $ . ./env; today 2025-10-20; plaint respond C-2025-0001 --outcome partially-upheld --signed-by "Director of Nursing"
  C-2025-0001: further-response on 2025-10-20; now responded
  $ . ./env; today 2025-10-21; plaint close C-2025-0001
  C-2025-0001: close on 2025-10-21; now closed
  $ . ./env; today 2025-11-03; plaint escalate C-2025-0001 --to ombudsman --reason "still dissatisfied"
  C-2025-0001: ombudsman-referral on 2025-11-03; now closed
  $ . ./env; snapshot > before
  $ . ./env; plaint escalate C-2025-0001 --to ombudsman --reason "again"
  ! plaint: error: escalate: ombudsman-referral was already recorded on 2025-11-03 (event 10): it is recorded once
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; plaint show C-2025-0001 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["state"], d["outcome"], d["resolved_on"], d["ombudsman_on"])'
  closed partially-upheld 2025-10-20 2025-11-03

4. A compliment is logged closed.

  $ . ./env; today 2025-09-03; plaint log --kind compliment --received 2025-09-03 --channel email --summary "Thanks to the wheelchair service"
  C-2025-0002
  $ . ./env; clocks C-2025-0002
  C-2025-0002 compliment resolved (closed 2025-09-03), 1 events

5. A complaint made by phone on someone's behalf: awaiting consent and the
summary.

Received by phone Monday 8 September 2025. Acknowledge by 9, 10, Thu 11
September. The response clock waits for Pat's consent and for the approved
summary; `show` names what is awaited; on Thursday 11 September `due` lists
the clock as waiting since 8 September, 3 working days (9, 10, 11).

  $ . ./env; today 2025-09-08; plaint log --received 2025-09-08 --channel phone --complainant "Sam Carer" --on-behalf-of "Pat Patient" --summary "Hearing aid repairs" >/dev/null
  $ . ./env; plaint show C-2025-0003 | sed -n '/^Next steps/,$p'
  Next steps: acknowledge; awaiting consent of the person the complaint is made for and the complainant's approval of the written summary
  Also allowed: summary-approved, agree-response-date, determine-response-period, delay-letter, hold, joint, refer-to-provider, withdraw, withdraw-continuing, decline, designate-vexatious, assign
  $ . ./env; today 2025-09-09; plaint ack C-2025-0003 --method phone >/dev/null
  $ . ./env; today 2025-09-11; plaint due --format tsv | cut -f1,2,6,15,17-19 | grep -e reference -e C-2025-0003
  reference	clock	status	next_step	waiting_for	waiting_since	waited
  C-2025-0003	response	waiting	consent-received	consent,summary	2025-09-08	3
  $ . ./env; plaint show C-2025-0003 | sed -n '/^Next steps/,$p'
  Next steps: awaiting consent of the person the complaint is made for and the complainant's approval of the written summary
  Also allowed: summary-approved, agree-response-date, determine-response-period, delay-letter, hold, joint, refer-to-provider, withdraw, withdraw-continuing, decline, designate-vexatious, assign

Consent on Friday 12 September, the summary approved on Monday 15: the
response clock runs from the 15th, 25 working days: 16-19 (4), 22-26 (9),
29 September-3 October (14), 6-10 (19), 13-17 (24), Mon 20 October (25).
Nothing is awaited any more.

  $ . ./env; today 2025-09-12; plaint consent C-2025-0003 >/dev/null
  $ . ./env; today 2025-09-15; plaint consent C-2025-0003 --summary-approved >/dev/null
  $ . ./env; clocks C-2025-0003 | grep response
  response: running from 2025-09-15 due 2025-10-20 warn 2025-10-13 [25 left]
  $ . ./env; plaint show C-2025-0003 | sed -n '/^Next steps/,$p'
  Next steps: respond
  Also allowed: investigate, agree-response-date, determine-response-period, delay-letter, hold, joint, refer-to-provider, withdraw, withdraw-continuing, decline, designate-vexatious, assign
  $ . ./env; plaint due --within 30 --format tsv | cut -f1,2,6 | grep C-2025-0003
  C-2025-0003	response	due-soon

6. Withdrawn, but the investigation goes on for safeguarding (seed 004 9.9).

Received by email Monday 15 September; acknowledged Tue 16; investigated
from Wed 17: report within 10 working days, 18, 19 (2), 22-26 (7), 29, 30
September, Wed 1 October (10). Withdrawn Monday 22 September with the
investigation continuing: the response clocks stop, the investigation clock
does not. The report comes on Tuesday 30 September; the case is closed on
Wednesday 8 October.

  $ . ./env; today 2025-09-15; plaint log --received 2025-09-15 --channel email --complainant "Dee Example" --summary "Bruising after a home visit" >/dev/null
  $ . ./env; today 2025-09-16; plaint ack C-2025-0004 --method email >/dev/null
  $ . ./env; today 2025-09-17; plaint investigate C-2025-0004 >/dev/null
  $ . ./env; today 2025-09-22; plaint withdraw C-2025-0004 --continue-for safeguarding --note "complainant does not wish to pursue"
  C-2025-0004: withdraw-continuing on 2025-09-22; now withdrawn-investigating
  $ . ./env; clocks C-2025-0004
  C-2025-0004 complaint withdrawn-investigating, 4 events
  acknowledgement: met from 2025-09-15 due 2025-09-18 warn 2025-09-17 stopped 2025-09-16
  investigation: running from 2025-09-17 due 2025-10-01 warn 2025-09-26 [7 left]
  response: met from 2025-09-15 due 2025-10-20 warn 2025-10-13 stopped 2025-09-22
  long-stop: met from 2025-09-15 due 2026-03-14 warn 2026-02-16 stopped 2025-09-22
  $ . ./env; today 2025-09-30; plaint record C-2025-0004 investigation-report >/dev/null
  $ . ./env; today 2025-10-08; plaint close C-2025-0004
  C-2025-0004: close on 2025-10-08; now closed
  $ . ./env; clocks C-2025-0004
  C-2025-0004 complaint closed (closed 2025-10-08), 6 events
  acknowledgement: met from 2025-09-15 due 2025-09-18 warn 2025-09-17 stopped 2025-09-16
  investigation: met from 2025-09-17 due 2025-10-01 warn 2025-09-26 stopped 2025-09-30
  response: met from 2025-09-15 due 2025-10-20 warn 2025-10-13 stopped 2025-09-22
  long-stop: met from 2025-09-15 due 2026-03-14 warn 2026-02-16 stopped 2025-09-22

  $ . ./env; set -o pipefail; plaint verify | cut -d";" -f1
  ok: 21 events, 4 cases
