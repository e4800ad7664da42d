The two-stage procedure (the Ombudsmen's Complaint Handling Code, seed 003):
stage 1 acknowledged within 5 working days and answered within 10 of the
acknowledgement (at most 10 more by extension); stage 2 on request,
acknowledged within 5 and answered within 20 (at most 20 more), by someone
other than the stage 1 handler; then the Ombudsman. Stage 1 is handled by a
contracted repairs provider until the organisation takes it over (seed 003:
"delays in the provider providing a response"). clocks.py prints the clocks
of `plaint show REF --format json`.

  $ cat > env <<'EOF'
  > export PLAINT_REGISTER=register.db PLAINT_NOW=2026-01-01T09:00:00Z PLAINT_USER=officer
  > today() { echo "export PLAINT_TODAY=$1" >> env; export PLAINT_TODAY=$1; }
  > clocks() { plaint show "$1" --format json | python3 "$DATA/procedures/clocks.py"; }
  > snapshot() { sqlite3 register.db 'SELECT * FROM register' 'SELECT * FROM cases' 'SELECT count(*), max(seq) FROM events'; }
  > EOF
  $ . ./env; today 2023-04-03; plaint init --organisation "Example Borough Council" --procedure two-stage --prefix HC
  Created register register.db for Example Borough Council (calendar england-and-wales, procedure two-stage, references HC-YYYY-NNNN)

1. Received at the weekend before Easter, extended at both stages.

| April 2023               | May 2023                 | June 2023                | July 2023
| Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su
|                 1  2     |  1  2  3  4  5  6  7     |           1  2  3  4     |                 1  2
|  3  4  5  6  7  8  9     |  8  9 10 11 12 13 14     |  5  6  7  8  9 10 11     |  3  4  5  6  7  8  9
| 10 11 12 13 14 15 16     | 15 16 17 18 19 20 21     | 12 13 14 15 16 17 18     | 10 11 12 13 14 15 16
| 17 18 19 20 21 22 23     | 22 23 24 25 26 27 28     | 19 20 21 22 23 24 25     | 17 18 19 20 21 22 23
| 24 25 26 27 28 29 30     | 29 30 31                 | 26 27 28 29 30           | 24 25 26 27 28 29 30
Fri 7 April Good Friday, Mon 10 April Easter Monday, Mon 1 May early May
bank holiday, Mon 8 May coronation bank holiday, Mon 29 May spring bank
holiday.

A web form sent on Saturday 1 April, logged on Monday 3. Day 0 is the
Saturday: acknowledge within 5 working days, 3-6 April (4), [7, 10], Tue 11
April (5); at risk from the working day before, Thu 6 April.

  $ . ./env; plaint log --received 2023-04-01 --channel web --complainant "Kim Tenant" --summary "Damp in the bedroom not repaired" --provider "Repairs Ltd" --owner ann
  HC-2023-0001
  $ . ./env; clocks HC-2023-0001
  HC-2023-0001 complaint received, 1 events
  stage1-acknowledgement: running from 2023-04-01 due 2023-04-11 warn 2023-04-06 [4 left]

Acknowledged by the provider on Thursday 6 April: respond within 10 working
days of that, [7, 10], 11-14 (4), 17-21 (9), Mon 24 April (10); at risk 21,
20, Wed 19 April.

  $ . ./env; today 2023-04-06; plaint ack HC-2023-0001 --method email --handled-by provider
  HC-2023-0001: acknowledge on 2023-04-06; now stage1-acknowledged
  $ . ./env; clocks HC-2023-0001
  HC-2023-0001 complaint stage1-acknowledged, 2 events
  stage1-acknowledgement: met from 2023-04-01 due 2023-04-11 warn 2023-04-06 stopped 2023-04-06
  stage1-response: running from 2023-04-06 due 2023-04-24 warn 2023-04-19 [10 left]

Thursday 20 April: the provider needs longer. At most 10 working days more
than Mon 24 April: 25-28 (4), [1 May], 2-5 (8), [8 May], 9, Wed 10 May (10).
Friday 12 May is refused and nothing is written; 10 May is accepted, at risk
from 9, [8], 5, Thu 4 May, 12 working days away (21, 24-28, 2-5, 9, 10).

  $ . ./env; today 2023-04-20; snapshot > before
  $ . ./env; plaint extend HC-2023-0001 --until 2023-05-12 --reason "awaiting the contractor's survey"
  ! plaint: error: extend: 2023-05-12 is beyond the stage1-response extension cap: the latest is 2023-05-10 (10 working days after the original due date 2023-04-24)
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; plaint extend HC-2023-0001 --until 2023-05-10
  ! plaint: error: extend: extend-stage1 needs reason
  [2]
  $ . ./env; plaint extend HC-2023-0001 --until 2023-05-10 --reason "awaiting the contractor's survey"
  HC-2023-0001: extend-stage1 on 2023-04-20; now stage1-acknowledged
  $ . ./env; clocks HC-2023-0001 | grep stage1-response
  stage1-response: running from 2023-04-06 due 2023-05-10 was 2023-04-24 warn 2023-05-04 [12 left]

Friday 28 April: the council takes the complaint over because of the
provider's delay; bea handles it now. The stage 1 response goes on Tuesday
9 May, a day inside the extension.

  $ . ./env; today 2023-04-28; plaint record HC-2023-0001 take-over reason=provider-delay owner=bea
  HC-2023-0001: take-over on 2023-04-28; now stage1-acknowledged
  $ . ./env; today 2023-05-09; plaint respond HC-2023-0001 --outcome not-upheld
  HC-2023-0001: respond on 2023-05-09; now stage1-responded

Monday 15 May: Kim asks for stage 2. Acknowledge within 5 working days: 16-19
(4), Mon 22 May (5); at risk Fri 19. Stage 2 goes to someone who did not
handle stage 1: neither ann (logged) nor bea (took it over).

  $ . ./env; today 2023-05-15; plaint escalate HC-2023-0001 --to stage-2 --reason "damp still not treated"
  HC-2023-0001: escalate on 2023-05-15; now stage2-received
  $ . ./env; snapshot > before
  $ . ./env; plaint assign HC-2023-0001 --owner bea
  ! plaint: error: assign: assign-stage2: owner must differ from the owner recorded by take-over
  [5]
  $ . ./env; plaint assign HC-2023-0001 --owner ann
  ! plaint: error: assign: assign-stage2: owner must differ from the owner recorded by logged
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; plaint assign HC-2023-0001 --owner dan
  HC-2023-0001: assign-stage2 on 2023-05-15; now stage2-received

Acknowledged Wednesday 17 May: respond within 20 working days, 18, 19 (2),
22-26 (7), [29], 30, 31 (9), 1, 2 June (11), 5-9 (16), 12-15 (20): Thu 15
June; at risk 14, 13, 12, 9, Thu 8 June.

  $ . ./env; today 2023-05-17; plaint ack HC-2023-0001 --method letter
  HC-2023-0001: acknowledge-stage2 on 2023-05-17; now stage2-acknowledged
  $ . ./env; clocks HC-2023-0001
  HC-2023-0001 complaint stage2-acknowledged, 8 events
  stage1-acknowledgement: met from 2023-04-01 due 2023-04-11 warn 2023-04-06 stopped 2023-04-06
  stage1-response: met from 2023-04-06 due 2023-05-10 was 2023-04-24 warn 2023-05-04 stopped 2023-05-09
  stage2-acknowledgement: met from 2023-05-15 due 2023-05-22 warn 2023-05-19 stopped 2023-05-17
  stage2-response: running from 2023-05-17 due 2023-06-15 warn 2023-06-08 [20 left]

Wednesday 14 June: an independent survey is needed. At most 20 working days
more than Thu 15 June: 16 (1), 19-23 (6), 26-30 (11), 3-7 July (16), 10-13
July (20): Thu 13 July. The new date is at risk from 12, 11, 10, 7, Thu 6
July; 21 working days away (15, 16, 19-23, 26-30, 3-7, 10-13).

  $ . ./env; today 2023-06-14; plaint extend HC-2023-0001 --until 2023-07-14 --reason "independent survey"
  ! plaint: error: extend: 2023-07-14 is beyond the stage2-response extension cap: the latest is 2023-07-13 (20 working days after the original due date 2023-06-15)
  [5]
  $ . ./env; plaint extend HC-2023-0001 --until 2023-07-13 --reason "independent survey"
  HC-2023-0001: extend-stage2 on 2023-06-14; now stage2-acknowledged
  $ . ./env; clocks HC-2023-0001 | grep stage2-response
  stage2-response: running from 2023-05-17 due 2023-07-13 was 2023-06-15 warn 2023-07-06 [21 left]

Wednesday 12 July: the final response must signpost the Ombudsman.

  $ . ./env; today 2023-07-12; plaint respond HC-2023-0001 --outcome partially-upheld
  ! plaint: error: respond: respond-stage2 needs signposted (the response signposts the Ombudsman)
  [2]
  $ . ./env; plaint respond HC-2023-0001 --outcome partially-upheld --signposted yes
  HC-2023-0001: respond-stage2 on 2023-07-12; now closed
  $ . ./env; clocks HC-2023-0001
  HC-2023-0001 complaint closed (closed 2023-07-12), 10 events
  stage1-acknowledgement: met from 2023-04-01 due 2023-04-11 warn 2023-04-06 stopped 2023-04-06
  stage1-response: met from 2023-04-06 due 2023-05-10 was 2023-04-24 warn 2023-05-04 stopped 2023-05-09
  stage2-acknowledgement: met from 2023-05-15 due 2023-05-22 warn 2023-05-19 stopped 2023-05-17
  stage2-response: met from 2023-05-17 due 2023-07-13 was 2023-06-15 warn 2023-07-06 stopped 2023-07-12
  $ . ./env; today 2023-09-01; plaint escalate HC-2023-0001
  HC-2023-0001: ombudsman-referral on 2023-09-01; now closed

2. Received the Friday before Christmas 2024, acknowledged and answered late.

| December 2024            | January 2025
| Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su
|                    1     |        1  2  3  4  5
|  2  3  4  5  6  7  8     |  6  7  8  9 10 11 12
|  9 10 11 12 13 14 15     | 13 14 15 16 17 18 19
| 16 17 18 19 20 21 22     | 20 21 22 23 24 25 26
| 23 24 25 26 27 28 29     | 27 28 29 30 31
| 30 31                    |
Wed 25 Christmas Day, Thu 26 Boxing Day, Wed 1 January New Year's Day.

Friday 20 December: acknowledge by 23 (1), 24 (2), 27 (3), 30 (4), Tue 31
December (5); at risk Mon 30.

  $ . ./env; today 2024-12-20; plaint log --received 2024-12-20 --channel email --summary "Boiler not fixed" --owner ann
  HC-2024-0001
  $ . ./env; clocks HC-2024-0001
  HC-2024-0001 complaint received, 1 events
  stage1-acknowledgement: running from 2024-12-20 due 2024-12-31 warn 2024-12-30 [5 left]

Friday 3 January: 2 working days late (2, 3 January). Acknowledged that day:
respond by 6-10 (5), 13-17 January (10), Fri 17; at risk 16, 15, Tue 14.
Answered Wednesday 22, 3 working days late (20, 21, 22); no stage 2 asked
for, so closed on Friday 24.

  $ . ./env; today 2025-01-03; clocks HC-2024-0001
  HC-2024-0001 complaint received, 1 events
  stage1-acknowledgement: breached from 2024-12-20 due 2024-12-31 warn 2024-12-30 [2 late]
  $ . ./env; plaint ack HC-2024-0001 --method email
  HC-2024-0001: acknowledge on 2025-01-03; now stage1-acknowledged
  $ . ./env; today 2025-01-22; plaint respond HC-2024-0001 --outcome upheld
  HC-2024-0001: respond on 2025-01-22; now stage1-responded
  $ . ./env; today 2025-01-24; plaint close HC-2024-0001 --note "no stage 2 requested"
  HC-2024-0001: close on 2025-01-24; now closed
  $ . ./env; clocks HC-2024-0001
  HC-2024-0001 complaint closed (closed 2025-01-24), 4 events
  stage1-acknowledgement: breached from 2024-12-20 due 2024-12-31 warn 2024-12-30 stopped 2025-01-03 [2 late]
  stage1-response: breached from 2025-01-03 due 2025-01-17 warn 2025-01-14 stopped 2025-01-22 [3 late]
  $ . ./env; snapshot > before
  $ . ./env; plaint escalate HC-2024-0001 --to stage-2 --reason "too late"
  ! plaint: error: escalate: escalate is not allowed while the case is closed
  ! plaint: hint: allowed now: ombudsman-referral
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
