The choice provider qualification complaint (NHS England's SOP, seed 000): a
provider complains that an ICB has not qualified it. Triage and send the
proforma within 1 working day; on the completed proforma, check there is
enough to go on; meet the provider within 5-10 working days and the ICB
within 5-15; if not resolved within 25 days of the proforma, a summary with
recommendations to the senior responsible officer (SRO), who escalates to
the monthly panel or dismisses (appealable only because the process was not
followed); the panel's outcome is communicated within 5 working days.
clocks.py prints the clocks of `plaint show REF --format json`.

  $ cat > env <<'EOF'
  > export PLAINT_REGISTER=register.db PLAINT_NOW=2026-01-01T09:00:00Z PLAINT_USER=duty
  > today() { echo "export PLAINT_TODAY=$1" >> env; export PLAINT_TODAY=$1; }
  > clocks() { plaint show "$1" --format json | python3 "$DATA/procedures/clocks.py"; }
  > snapshot() { sqlite3 register.db 'SELECT * FROM register' 'SELECT * FROM cases' 'SELECT count(*), max(seq) FROM events'; }
  > EOF
  $ . ./env; today 2022-05-27; plaint init --organisation "National Choice Team" --procedure choice-qualification --prefix NCT >/dev/null

1. A complaint around the Platinum Jubilee, through the panel.

| May 2022                 | June 2022                | July 2022                | August 2022
| Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su
|                    1     |        1  2  3  4  5     |              1  2  3     |  1  2  3  4  5  6  7
|  2  3  4  5  6  7  8     |  6  7  8  9 10 11 12     |  4  5  6  7  8  9 10     |  8  9 10 11 12 13 14
|  9 10 11 12 13 14 15     | 13 14 15 16 17 18 19     | 11 12 13 14 15 16 17     | 15 16 17 18 19 20 21
| 16 17 18 19 20 21 22     | 20 21 22 23 24 25 26     | 18 19 20 21 22 23 24     | 22 23 24 25 26 27 28
| 23 24 25 26 27 28 29     | 27 28 29 30              | 25 26 27 28 29 30 31     | 29 30 31
| 30 31                    |                          |                          |
In 2022 the spring bank holiday moved from Mon 30 May to Thu 2 June, with
the Platinum Jubilee holiday on Fri 3 June; Mon 29 August summer bank holiday.

Received Friday 27 May: triage by the next working day, Monday 30 May (not a
holiday that year).

  $ . ./env; plaint log --received 2022-05-27 --channel email --provider "Acme Diagnostics Ltd" --complainant "Acme Diagnostics Ltd" --summary "Not qualified for MSK diagnostics"
  NCT-2022-0001
  $ . ./env; clocks NCT-2022-0001
  NCT-2022-0001 complaint received, 1 events
  triage: running from 2022-05-27 due 2022-05-30 [1 left]
  $ . ./env; today 2022-05-30; plaint record NCT-2022-0001 send-proforma
  NCT-2022-0001: send-proforma on 2022-05-30; now triaged

The proforma comes back Wednesday 1 June: 25 working days to resolve, [2, 3
June], 6-10 (5), 13-17 (10), 20-24 (15), 27 June-1 July (20), 4-8 July (25):
Fri 8 July; at risk 7, 6, 5, 4, Fri 1 July. Not enough to go on on Monday 6
June: the case manager advises the provider (a note is required). The 25
days run from the proforma that lets the case proceed, so the clock is set
back: it waits for the completed proforma, and `due` lists it as waiting,
with that as the next step, instead of counting towards an overdue date.

  $ . ./env; today 2022-06-01; plaint record NCT-2022-0001 proforma-received consent_to_contact_icb=yes
  NCT-2022-0001: proforma-received on 2022-06-01; now proforma-received
  $ . ./env; clocks NCT-2022-0001
  NCT-2022-0001 complaint proforma-received, 3 events
  triage: met from 2022-05-27 due 2022-05-30 stopped 2022-05-30
  resolution: running from 2022-06-01 due 2022-07-08 warn 2022-07-01 [25 left]
  $ . ./env; today 2022-06-06; plaint record NCT-2022-0001 insufficient-information
  ! plaint: error: record: insufficient-information needs note
  [2]
  $ . ./env; plaint request NCT-2022-0001 --note "no evidence of the ICB's decision"
  NCT-2022-0001: insufficient-information on 2022-06-06; now awaiting-information
  $ . ./env; clocks NCT-2022-0001 | grep resolution
  resolution: waiting for proforma-received
  $ . ./env; today 2022-06-07; plaint due --format tsv | cut -f1,2,6,15,17-19
  reference	clock	status	next_step	waiting_for	waiting_since	waited
  NCT-2022-0001	resolution	waiting	proforma-received	proforma-received	2022-06-06	1

The completed proforma comes on Wednesday 8 June: day 0 again. 25 working
days: 9, 10 (2), 13-17 (7), 20-24 (12), 27 June-1 July (17), 4-8 (22), 11,
12, 13 July (25): Wed 13 July; at risk 5 before, 12, 11, 8, 7, Wed 6 July.

  $ . ./env; today 2022-06-08; plaint record NCT-2022-0001 proforma-received consent_to_contact_icb=yes
  NCT-2022-0001: proforma-received on 2022-06-08; now proforma-received

Thursday 9 June: enough information; cm1 is allocated. Meet the provider
within 5-10 working days: not before 10, 13, 14, 15, Thu 16 June (5), by 17,
20, 21, 22, Thu 23 June (10), at risk 2 before (22, Tue 21). Discuss with the
ICB within 5-15: not before Thu 16 June, by 24, 27, 28, 29, Thu 30 June (15),
at risk 3 before (29, 28, Mon 27). The resolution clock counts from the
completed proforma of 8 June: 24 working days left (10, 13-17, 20-24, 27
June-1 July, 4-8, 11-13 July).

  $ . ./env; today 2022-06-09; plaint record NCT-2022-0001 sufficient-information owner=cm1
  NCT-2022-0001: sufficient-information on 2022-06-09; now collaborating
  $ . ./env; clocks NCT-2022-0001
  NCT-2022-0001 complaint collaborating, 6 events
  triage: met from 2022-05-27 due 2022-05-30 stopped 2022-05-30
  provider-meeting: running from 2022-06-09 window 2022-06-16 due 2022-06-23 warn 2022-06-21 [10 left]
  icb-discussion: running from 2022-06-09 window 2022-06-16 due 2022-06-30 warn 2022-06-27 [15 left]
  resolution: running from 2022-06-08 due 2022-07-13 warn 2022-07-06 [24 left]

The ICB is keen and talks on Wednesday 15 June, before the window opens
(met, but early); the provider meeting is on Monday 20 June, inside its
window; the summary of outcomes follows on Tuesday 21.

  $ . ./env; today 2022-06-15; plaint record NCT-2022-0001 icb-discussion note="summary of issues discussed"
  NCT-2022-0001: icb-discussion on 2022-06-15; now collaborating
  $ . ./env; plaint explain NCT-2022-0001 | sed -n '/\[icb-discussion\]/,/not before/p'
  Discuss with the ICB within 5-15 working days [icb-discussion]: met (early)
    starts on Thu 2022-06-09 (sufficient-information)
    15 working days after day 0 is Thu 2022-06-30 (skipping 6 weekend days)
    stopped on Wed 2022-06-15 (icb-discussion): met, but before the window opened
    due Thu 2022-06-30
    at risk from 2022-06-27
    not before 2022-06-16
  $ . ./env; today 2022-06-20; plaint record NCT-2022-0001 provider-meeting
  NCT-2022-0001: provider-meeting on 2022-06-20; now collaborating
  $ . ./env; today 2022-06-21; plaint record NCT-2022-0001 meeting-summary
  NCT-2022-0001: meeting-summary on 2022-06-21; now collaborating

Monday 11 July: not resolved, 2 working days before day 25 (Wed 13 July)
and at risk since Wed 6 July. The complaint summary with recommendations
goes to the SRO that day, in time.

  $ . ./env; today 2022-07-11; clocks NCT-2022-0001
  NCT-2022-0001 complaint collaborating, 9 events
  triage: met from 2022-05-27 due 2022-05-30 stopped 2022-05-30
  provider-meeting: met from 2022-06-09 window 2022-06-16 due 2022-06-23 warn 2022-06-21 stopped 2022-06-20
  icb-discussion: met from 2022-06-09 window 2022-06-16 due 2022-06-30 warn 2022-06-27 stopped 2022-06-15
  resolution: running from 2022-06-08 due 2022-07-13 warn 2022-07-06 [2 left] [at risk]
  $ . ./env; plaint explain NCT-2022-0001 | sed -n '/\[resolution\]/,/at risk/p'
  Resolve within 25 working days of the proforma, or summarise for the SRO [resolution]: 2 left, at risk
    starts on Wed 2022-06-08 (proforma-received)
    25 working days after day 0 is Wed 2022-07-13 (skipping 10 weekend days)
    due Wed 2022-07-13
    at risk from 2022-07-06
  $ . ./env; plaint summarise NCT-2022-0001 --recommendations "escalate: qualification criteria not published"
  NCT-2022-0001: complaint-summary on 2022-07-11; now awaiting-sro

Friday 15 July: the SRO dismisses it. The provider appeals; the only ground
is that the process was not followed.

  $ . ./env; today 2022-07-15; plaint record NCT-2022-0001 dismiss sro="Director of Commissioning" reason="ICB followed the standing rules"
  NCT-2022-0001: dismiss on 2022-07-15; now dismissed
  $ . ./env; today 2022-07-20; snapshot > before
  $ . ./env; plaint record NCT-2022-0001 appeal grounds=unfair
  ! plaint: error: record: grounds must be one of process-not-followed, not 'unfair'
  [2]
  $ . ./env; plaint escalate NCT-2022-0001 --to panel --sro "Director of Commissioning" --panel-date 2022-08-17
  ! plaint: error: escalate: escalate-to-panel is not allowed while the case is dismissed
  ! plaint: hint: allowed now: icb-consent, appeal, close, withdraw, assign
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; plaint record NCT-2022-0001 appeal grounds=process-not-followed note="the ICB saw the summary late"
  NCT-2022-0001: appeal on 2022-07-20; now awaiting-sro

Friday 22 July: on reconsideration the SRO clears escalation to the next
monthly panel, Wednesday 17 August. The panel date is data.

  $ . ./env; today 2022-07-22; plaint escalate NCT-2022-0001 --to panel --sro "Director of Commissioning"
  ! plaint: error: escalate: escalate-to-panel needs panel_date (date of the panel meeting)
  [2]
  $ . ./env; plaint escalate NCT-2022-0001 --to panel --sro "Director of Commissioning" --panel-date 2022-08-17
  NCT-2022-0001: escalate-to-panel on 2022-07-22; now with-panel
  $ . ./env; clocks NCT-2022-0001 | grep 'panel:'
  panel: running from 2022-07-22 due 2022-08-17 [18 left]

The panel clock is due on the panel date: 25-29 July (5), 1-5 August (10),
8-12 (15), 15, 16, 17 (18) working days away.

The panel meets on Wednesday 17 August: its outcome is communicated within
5 working days, 18, 19, 22, 23, Wed 24 August; at risk Tue 23.

  $ . ./env; today 2022-08-17; plaint record NCT-2022-0001 panel-meeting outcome="ICB to review its qualification decision"
  NCT-2022-0001: panel-meeting on 2022-08-17; now with-panel
  $ . ./env; today 2022-08-23; clocks NCT-2022-0001 | grep panel-outcome
  panel-outcome: running from 2022-08-17 due 2022-08-24 warn 2022-08-23 [1 left] [at risk]
  $ . ./env; plaint record NCT-2022-0001 communicate-outcome
  NCT-2022-0001: communicate-outcome on 2022-08-23; now outcome-communicated
  $ . ./env; clocks NCT-2022-0001
  NCT-2022-0001 complaint outcome-communicated (closed 2022-08-23), 15 events
  triage: met from 2022-05-27 due 2022-05-30 stopped 2022-05-30
  provider-meeting: met from 2022-06-09 window 2022-06-16 due 2022-06-23 warn 2022-06-21 stopped 2022-06-20
  icb-discussion: met from 2022-06-09 window 2022-06-16 due 2022-06-30 warn 2022-06-27 stopped 2022-06-15
  resolution: met from 2022-06-08 due 2022-07-13 warn 2022-07-06 stopped 2022-07-11
  panel: met from 2022-07-22 due 2022-08-17 stopped 2022-08-17
  panel-outcome: met from 2022-08-17 due 2022-08-24 warn 2022-08-23 stopped 2022-08-23

2. Received the Friday before the Queen's funeral, triaged late, withdrawn.

| September 2022           | October 2022
| Mo Tu We Th Fr Sa Su     | Mo Tu We Th Fr Sa Su
|           1  2  3  4     |                 1  2
|  5  6  7  8  9 10 11     |  3  4  5  6  7  8  9
| 12 13 14 15 16 17 18     | 10 11 12 13 14 15 16
| 19 20 21 22 23 24 25     | 17 18 19 20 21 22 23
| 26 27 28 29 30           | 24 25 26 27 28 29 30
|                          | 31
Mon 19 September: bank holiday for the State Funeral of Queen Elizabeth II.

Friday 16 September: triage by the next working day, Tuesday 20. Done on
Wednesday 21, 1 working day late.

  $ . ./env; today 2022-09-16; plaint log --received 2022-09-16 --channel email --provider "Beta Physio LLP" --summary "Removed from the directory of services"
  NCT-2022-0002
  $ . ./env; clocks NCT-2022-0002
  NCT-2022-0002 complaint received, 1 events
  triage: running from 2022-09-16 due 2022-09-20 [1 left]
  $ . ./env; today 2022-09-21; plaint record NCT-2022-0002 send-proforma
  NCT-2022-0002: send-proforma on 2022-09-21; now triaged

Proforma back Monday 26 September: resolve within 25 working days, 27-30
(4), 3-7 October (9), 10-14 (14), 17-21 (19), 24-28 (24), Mon 31 October
(25); at risk 28, 27, 26, 25, Mon 24 October. Withdrawn on Monday 3 October:
the case closes and its clocks stop.

  $ . ./env; today 2022-09-26; plaint record NCT-2022-0002 proforma-received
  NCT-2022-0002: proforma-received on 2022-09-26; now proforma-received
  $ . ./env; today 2022-10-03; plaint withdraw NCT-2022-0002 --note "ICB reinstated the listing"
  NCT-2022-0002: withdraw on 2022-10-03; now withdrawn
  $ . ./env; clocks NCT-2022-0002
  NCT-2022-0002 complaint withdrawn (closed 2022-10-03), 4 events
  triage: breached from 2022-09-16 due 2022-09-20 stopped 2022-09-21 [1 late]
  resolution: met from 2022-09-26 due 2022-10-31 warn 2022-10-24 stopped 2022-10-03
