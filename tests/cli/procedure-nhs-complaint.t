The NHS complaint procedure (SI 2009/309 and the CCG policy, seed 004), walked
through with real dates as a customer care officer would: acknowledge within
3 working days (s.10.5.1 I), investigate within 10 (V), respond within 25 (VI),
6 months' statutory long-stop, withdrawal, exclusions (VII), commissioned
services (s.10.6), the Ombudsman (s.11). Every due date below is worked out
by hand from the month grids; clocks.py prints the clocks of
`plaint show REF --format json`, one line each.

  $ cat > env <<'EOF'
  > export PLAINT_REGISTER=register.db PLAINT_NOW=2026-01-01T09:00:00Z PLAINT_USER=cco
  > today() { echo "export PLAINT_TODAY=$1" >> env; export PLAINT_TODAY=$1; }
  > clocks() { plaint show "$1" --format json | python3 "$DATA/procedures/clocks.py"; }
  > snapshot() { sqlite3 register.db 'SELECT * FROM register' 'SELECT * FROM cases' 'SELECT count(*), max(seq) FROM events'; }
  > EOF
  $ . ./env; today 2022-06-01; plaint init --organisation "Walsall CCG"
  Created register register.db for Walsall CCG (calendar england-and-wales, procedure nhs-complaint, references C-YYYY-NNNN)

1. Received over the Platinum Jubilee, acknowledged late, never answered.

| June 2022                 | July 2022
| Mo Tu We Th Fr Sa Su      | Mo Tu We Th Fr Sa Su
|        1  2  3  4  5      |              1  2  3
|  6  7  8  9 10 11 12      |  4  5  6  7  8  9 10
| 13 14 15 16 17 18 19      | 11 12 13 14 15 16 17
| 20 21 22 23 24 25 26      | 18 19 20 21 22 23 24
| 27 28 29 30               | 25 26 27 28 29 30 31
Thu 2 June spring bank holiday (moved from 30 May), Fri 3 June Platinum
Jubilee bank holiday.

Received by email Wed 1 June 2022 (day 0). Acknowledge within 3 working days:
Mon 6 (1), Tue 7 (2), Wed 8 (3); at risk from the day before, Tue 7.
Respond within 25: 6-10 June (1-5), 13-17 (10), 20-24 (15), 27 June-1 July
(20), 4-8 July (25): Fri 8 July; at risk 5 working days before, Fri 1 July.
Long-stop: 6 months beginning on 1 June end on Wed 30 November; at risk 20
working days before: 29, 28, 25-21 (7), 18-14 (12), 11-7 (17), 4, 3, 2
November (20): Wed 2 November. Working days to run from 1 June: June 19
(2-30 less the two holidays), July 21, August 22 (29th a holiday), September
21 (19th the Queen's funeral), October 21, November 22: 126.

  $ . ./env; plaint log --received 2022-06-01 --channel email --complainant "Robin Example" --summary "Referral lost" --incident-date 2022-05-20
  C-2022-0001
  $ . ./env; clocks C-2022-0001
  C-2022-0001 complaint received, 1 events
  acknowledgement: running from 2022-06-01 due 2022-06-08 warn 2022-06-07 [3 left]
  response: running from 2022-06-01 due 2022-07-08 warn 2022-07-01 [25 left]
  long-stop: running from 2022-06-01 due 2022-11-30 warn 2022-11-02 [126 left]

Friday 10 June: the acknowledgement is 2 working days late (Thu 9, Fri 10);
20 working days left to respond (13 June to 8 July); 121 to the long-stop.

  $ . ./env; today 2022-06-10; clocks C-2022-0001
  C-2022-0001 complaint received, 1 events
  acknowledgement: breached from 2022-06-01 due 2022-06-08 warn 2022-06-07 [2 late]
  response: running from 2022-06-01 due 2022-07-08 warn 2022-07-01 [20 left]
  long-stop: running from 2022-06-01 due 2022-11-30 warn 2022-11-02 [121 left]
  $ . ./env; plaint ack C-2022-0001 --method email
  C-2022-0001: acknowledge on 2022-06-10; now acknowledged
  $ . ./env; plaint assign C-2022-0001 --owner cco
  C-2022-0001: assign on 2022-06-10; now acknowledged

Investigation started Mon 13 June: report within 10 working days, 14-17
(4), 20-24 (9), Mon 27 June (10); at risk 3 before: 24, 23, Wed 22.

  $ . ./env; today 2022-06-13; plaint investigate C-2022-0001 --investigator "Head of Primary Care"
  C-2022-0001: investigate on 2022-06-13; now investigating

Monday 11 July: no report, no response. The investigation is 10 working days
late (28-30 June, 1 July, 4-8, 11 July), the response 1 (Mon 11). Long-stop:
July 14 (12-29 July), August 22, September 21, October 21, November 22: 100.

  $ . ./env; today 2022-07-11; clocks C-2022-0001
  C-2022-0001 complaint investigating, 4 events
  acknowledgement: breached from 2022-06-01 due 2022-06-08 warn 2022-06-07 stopped 2022-06-10 [2 late]
  investigation: breached from 2022-06-13 due 2022-06-27 warn 2022-06-22 [10 late]
  response: breached from 2022-06-01 due 2022-07-08 warn 2022-07-01 [1 late]
  long-stop: running from 2022-06-01 due 2022-11-30 warn 2022-11-02 [100 left]

A new date must be agreed before the response period expires (SI 2009/309
reg 14(2)); it expired on Friday. The refusal changes nothing.

  $ . ./env; snapshot > before
  $ . ./env; plaint extend C-2022-0001 --until 2022-07-22 --reason "awaiting GP records"
  ! plaint: error: extend: agree-response-date to 2022-07-22 moves no deadline: the response clock expired on 2022-07-08: a longer period must be agreed before then; 2022-07-22 is not later than the long-stop clock's due date 2022-11-30
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged

Withdrawn Wed 13 July: the case closes, every clock stops; the investigation
12 working days late, the response 3 (11, 12, 13 July).

  $ . ./env; today 2022-07-13; plaint withdraw C-2022-0001 --note "resolved with the practice"
  C-2022-0001: withdraw on 2022-07-13; now withdrawn
  $ . ./env; clocks C-2022-0001
  C-2022-0001 complaint withdrawn (closed 2022-07-13), 5 events
  acknowledgement: breached from 2022-06-01 due 2022-06-08 warn 2022-06-07 stopped 2022-06-10 [2 late]
  investigation: breached from 2022-06-13 due 2022-06-27 warn 2022-06-22 stopped 2022-07-13 [12 late]
  response: breached from 2022-06-01 due 2022-07-08 warn 2022-07-01 stopped 2022-07-13 [3 late]
  long-stop: met from 2022-06-01 due 2022-11-30 warn 2022-11-02 stopped 2022-07-13
  $ . ./env; snapshot > before
  $ . ./env; plaint respond C-2022-0001 --outcome upheld
  ! plaint: error: respond: respond is not allowed while the case is withdrawn
  ! plaint: hint: allowed now: none: the case is closed
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged

2. Received the Friday before Christmas, answered in time, taken to the
Ombudsman.

| December 2023             | January 2024
| Mo Tu We Th Fr Sa Su      | Mo Tu We Th Fr Sa Su
|              1  2  3      |  1  2  3  4  5  6  7
|  4  5  6  7  8  9 10      |  8  9 10 11 12 13 14
| 11 12 13 14 15 16 17      | 15 16 17 18 19 20 21
| 18 19 20 21 22 23 24      | 22 23 24 25 26 27 28
| 25 26 27 28 29 30 31      | 29 30 31
Mon 25 Christmas Day, Tue 26 Boxing Day, Mon 1 January New Year's Day.

Received by letter Fri 22 December 2023. Acknowledge: 27 (1), 28 (2), Fri 29
December (3), at risk Thu 28. Respond: 27-29 December (3), 2-5 January (7),
8-12 (12), 15-19 (17), 22-26 (22), 29, 30, Wed 31 January (25); at risk 30,
29, 26, 25, Wed 24. Long-stop: 6 months beginning on 22 December end Fri 21
June 2024; 20 working days before (27 May a holiday) is Thu 23 May. To run:
December 3, January 22, February 21, March 20 (29th Good Friday), April 21
(1st Easter Monday), May 21 (6th, 27th holidays), June 1-21 15: 123.

  $ . ./env; today 2023-12-22; plaint log --received 2023-12-22 --channel letter --complainant "Alex Example" --summary "Wheelchair assessment delayed" --incident-date 2023-11-30 --subject Access
  C-2023-0001
  $ . ./env; clocks C-2023-0001
  C-2023-0001 complaint received, 1 events
  acknowledgement: running from 2023-12-22 due 2023-12-29 warn 2023-12-28 [3 left]
  response: running from 2023-12-22 due 2024-01-31 warn 2024-01-24 [25 left]
  long-stop: running from 2023-12-22 due 2024-06-21 warn 2024-05-23 [123 left]
  $ . ./env; plaint explain C-2023-0001 | sed -n '/\[response\]/,/at risk/p'
  Written response within 25 working days, or by the agreed date [response]: 25 left
    starts on Fri 2023-12-22 (logged)
    25 working days after day 0 is Wed 2024-01-31 (skipping 12 weekend days; 2023-12-25 Christmas Day; 2023-12-26 Boxing Day; 2024-01-01 New Year’s Day)
    due Wed 2024-01-31
    at risk from 2024-01-24

Thursday 28 December: at risk, acknowledged that day with the offer to discuss
the handling (s.10.5.1 IV), through the generic `record`.

  $ . ./env; today 2023-12-28; clocks C-2023-0001 | grep acknowledgement
  acknowledgement: running from 2023-12-22 due 2023-12-29 warn 2023-12-28 [1 left] [at risk]
  $ . ./env; plaint record C-2023-0001 acknowledge method=letter offered_discussion=yes
  C-2023-0001: acknowledge on 2023-12-28; now acknowledged
  $ . ./env; snapshot > before
  $ . ./env; plaint record C-2023-0001 acknowledge method=letter
  ! plaint: error: record: acknowledge is not allowed while the case is acknowledged
  ! plaint: hint: allowed now: consent-received, summary-approved, time-limit-decision, investigate, agree-response-date, determine-response-period, delay-letter, hold, respond, joint, refer-to-provider, withdraw, withdraw-continuing, decline, designate-vexatious, assign
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged

Investigation from Wed 3 January: 4, 5 (2), 8-12 (7), 15, 16, Wed 17 (10); at
risk 16, 15, Fri 12. The report comes in on Tue 16.

  $ . ./env; today 2024-01-03; plaint investigate C-2023-0001 --investigator "Head of Service"
  C-2023-0001: investigate on 2024-01-03; now investigating
  $ . ./env; today 2024-01-16; plaint record C-2023-0001 investigation-report note="report received"
  C-2023-0001: investigation-report on 2024-01-16; now investigating

Response sent Tue 30 January, a day early: response and long-stop met.

  $ . ./env; today 2024-01-30; plaint respond C-2023-0001 --outcome partially-upheld --signed-by "Accountable Officer"
  C-2023-0001: respond on 2024-01-30; now responded
  $ . ./env; clocks C-2023-0001
  C-2023-0001 complaint responded, 5 events
  acknowledgement: met from 2023-12-22 due 2023-12-29 warn 2023-12-28 stopped 2023-12-28
  investigation: met from 2024-01-03 due 2024-01-17 warn 2024-01-12 stopped 2024-01-16
  response: met from 2023-12-22 due 2024-01-31 warn 2024-01-24 stopped 2024-01-30
  long-stop: met from 2023-12-22 due 2024-06-21 warn 2024-05-23 stopped 2024-01-30
  $ . ./env; today 2024-02-02; plaint close C-2023-0001
  C-2023-0001: close on 2024-02-02; now closed

Local resolution has ended; the complainant goes to the Ombudsman (s.11).

  $ . ./env; today 2024-03-15; plaint escalate C-2023-0001 --reason "remains dissatisfied"
  C-2023-0001: ombudsman-referral on 2024-03-15; now closed
  $ . ./env; today 2024-09-02; plaint record C-2023-0001 ombudsman-outcome outcome=partly-upheld
  C-2023-0001: ombudsman-outcome on 2024-09-02; now closed
  $ . ./env; snapshot > before
  $ . ./env; plaint record C-2023-0001 hold reason=legal-action
  ! plaint: error: record: hold is not allowed while the case is closed
  ! plaint: hint: allowed now: ombudsman-referral, ombudsman-outcome, designate-vexatious
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; plaint show C-2023-0001 --no-personal
  C-2023-0001  complaint  closed (closed 2024-02-02)
    Procedure:  nhs-complaint
    Received:   Fri 2023-12-22 by letter
    Incident:   2023-11-30
    Summary:    Wheelchair assessment delayed
    Subject:    Access
    Service:    -
    Provider:   -
    Owner:      -
  Timeline:
    2023-12-22  logged               by cco at 2026-01-01T09:00:00Z
    2023-12-28  acknowledge          by cco at 2026-01-01T09:00:00Z  method=letter offered_discussion=true state=acknowledged
    2024-01-03  investigate          by cco at 2026-01-01T09:00:00Z  investigator=Head of Service state=investigating
    2024-01-16  investigation-report by cco at 2026-01-01T09:00:00Z  note=report received state=investigating
    2024-01-30  respond              by cco at 2026-01-01T09:00:00Z  outcome=partially-upheld response=true signed_by=Accountable Officer state=responded
    2024-02-02  close                by cco at 2026-01-01T09:00:00Z  closed=true state=closed
    2024-03-15  ombudsman-referral   by cco at 2026-01-01T09:00:00Z  reason=remains dissatisfied referral=ombudsman state=closed
    2024-09-02  ombudsman-outcome    by cco at 2026-01-01T09:00:00Z  outcome=partly-upheld response=false state=closed
  Clocks:
    clock            status  start       due         at risk from  days
    acknowledgement  met     2023-12-22  2023-12-29  2023-12-28    met
    investigation    met     2024-01-03  2024-01-17  2024-01-12    met
    response         met     2023-12-22  2024-01-31  2024-01-24    met
    long-stop        met     2023-12-22  2024-06-21  2024-05-23    met
  Next steps: none
  Also allowed: ombudsman-outcome, designate-vexatious

3. A compliment, an excluded matter and a complaint about a commissioned
provider, in March 2024.

A compliment is recorded and that is all it needs: it is logged closed
(resolved), with no clocks, and nothing more can be recorded on it.

  $ . ./env; today 2024-03-01; plaint log --kind compliment --received 2024-03-01 --channel email --summary "Thanks to the continuing care team"
  C-2024-0001
  $ . ./env; plaint close C-2024-0001
  ! plaint: error: close: resolve-concern is not allowed while the case is resolved
  ! plaint: hint: allowed now: none: the case is closed
  [5]
  $ . ./env; clocks C-2024-0001
  C-2024-0001 compliment resolved (closed 2024-03-01), 1 events

A staff employment matter is outside the procedure (s.13.1): declined the
next day. Received Mon 4 March; acknowledge by Thu 7; respond 25 working days:
5-8 (4), 11-15 (9), 18-22 (14), 25-28 (18; Fri 29 Good Friday), [Mon 1 April
Easter Monday], 2-5 April (22), 8, 9, Wed 10 April (25). Long-stop: 6 months
beginning on 4 March end Tue 3 September; at risk 20 working days before: 2
September, 30-27 August (5), [26 August bank holiday], 23-19 (10), 16-12
(15), 9-5 (20): Mon 5 August. To run: March 18, April 21, May 21 (6th and 27th
holidays), June 20, July 23, August 21, September 2: 126.

  $ . ./env; today 2024-03-04; plaint log --received 2024-03-04 --channel email --summary "Grievance about a manager"
  C-2024-0002
  $ . ./env; clocks C-2024-0002
  C-2024-0002 complaint received, 1 events
  acknowledgement: running from 2024-03-04 due 2024-03-07 warn 2024-03-06 [3 left]
  response: running from 2024-03-04 due 2024-04-10 warn 2024-04-03 [25 left]
  long-stop: running from 2024-03-04 due 2024-09-03 warn 2024-08-05 [126 left]
  $ . ./env; today 2024-03-05; plaint decline C-2024-0002 --reason grievance
  ! plaint: error: decline: reason must be one of staff-employment, individual-funding, continuing-care, already-investigated, foi, out-of-time, other, not 'grievance'
  [2]
  $ . ./env; plaint decline C-2024-0002 --reason staff-employment --note "referred to HR"
  C-2024-0002: decline on 2024-03-05; now declined
  $ . ./env; clocks C-2024-0002
  C-2024-0002 complaint declined (closed 2024-03-05), 2 events
  acknowledgement: met from 2024-03-04 due 2024-03-07 warn 2024-03-06 stopped 2024-03-05
  response: met from 2024-03-04 due 2024-04-10 warn 2024-04-03 stopped 2024-03-05
  long-stop: met from 2024-03-04 due 2024-09-03 warn 2024-08-05 stopped 2024-03-05

A complaint about a commissioned provider is passed to it with the
complainant's consent (s.10.6): the CCG's clocks stop. Received Tue 5 March,
each date is a working day after the last case's: acknowledge Fri 8 March
(at risk Thu 7), respond Thu 11 April (at risk 10, 9, 8, 5, Thu 4), long-stop
Wed 4 September (at risk Tue 6 August).

  $ . ./env; plaint log --received 2024-03-05 --channel web --provider "Example Community Trust" --summary "District nurse visits missed"
  C-2024-0003
  $ . ./env; plaint refer C-2024-0003 --provider "Example Community Trust"
  ! plaint: error: refer: refer-to-provider needs consent (the complainant consented to the referral)
  [2]
  $ . ./env; plaint refer C-2024-0003 --provider "Example Community Trust" --consent yes
  C-2024-0003: refer-to-provider on 2024-03-05; now referred
  $ . ./env; clocks C-2024-0003
  C-2024-0003 complaint referred (closed 2024-03-05), 2 events
  acknowledgement: met from 2024-03-05 due 2024-03-08 warn 2024-03-07 stopped 2024-03-05
  response: met from 2024-03-05 due 2024-04-11 warn 2024-04-04 stopped 2024-03-05
  long-stop: met from 2024-03-05 due 2024-09-04 warn 2024-08-06 stopped 2024-03-05
