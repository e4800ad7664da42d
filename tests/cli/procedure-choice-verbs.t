The choice provider qualification complaint (NHS England SOP, seed 000)
driven with its own verbs: triage, receive, request, assign, meet, discuss,
consent, update, summarise, dismiss, appeal, escalate --to panel, defer,
panel, communicate, close. Every clock date is worked by hand. clocks.py
prints the clocks of `plaint show REF --format json`, one line each.

| November 2025          | December 2025          | January 2026           | February 2026
| Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su
|                 1  2   |  1  2  3  4  5  6  7   |           1  2  3  4   |                    1
|  3  4  5  6  7  8  9   |  8  9 10 11 12 13 14   |  5  6  7  8  9 10 11   |  2  3  4  5  6  7  8
| 10 11 12 13 14 15 16   | 15 16 17 18 19 20 21   | 12 13 14 15 16 17 18   |  9 10 11 12 13 14 15
| 17 18 19 20 21 22 23   | 22 23 24 25 26 27 28   | 19 20 21 22 23 24 25   | 16 17 18 19 20 21 22
| 24 25 26 27 28 29 30   | 29 30 31               | 26 27 28 29 30 31      | 23 24 25 26 27 28
Bank holidays (England): Thu 25 December Christmas Day, Fri 26 December
Boxing Day, Thu 1 January 2026 New Year's Day. None in November or February.

  $ cat > env <<'EOF'
  > export PLAINT_REGISTER=register.db PLAINT_NOW=2026-01-01T09:00:00Z PLAINT_USER=duty
  > today() { echo "export PLAINT_TODAY=$1" >> env; export PLAINT_TODAY=$1; }
  > clocks() { plaint show "$1" --format json | python3 "$DATA/procedures/clocks.py"; }
  > snapshot() { sqlite3 register.db 'SELECT * FROM register' 'SELECT * FROM cases' 'SELECT count(*), max(seq) FROM events'; }
  > EOF
  $ . ./env; today 2025-11-03; plaint init --organisation "National Choice Team" --procedure choice-qualification --prefix NCT >/dev/null

1. A complaint without consent to contact the ICB, sent back for more
information, through dismissal, appeal and a deferred panel.

Received Monday 3 November 2025: triage and send the proforma within 1
working day, Tue 4 November; done that day.

  $ . ./env; plaint log --received 2025-11-03 --channel email --complainant "Acme Diagnostics Ltd" --provider "Acme Diagnostics Ltd" --summary "Not qualified for audiology" >/dev/null
  $ . ./env; clocks NCT-2025-0001
  NCT-2025-0001 complaint received, 1 events
  triage: running from 2025-11-03 due 2025-11-04 [1 left]
  $ . ./env; today 2025-11-04; plaint triage NCT-2025-0001 --note "proforma link sent"
  NCT-2025-0001: send-proforma on 2025-11-04; now triaged

Thursday 6 November: a proforma comes back, without consent to contact the
ICB. 25 working days to resolve from it: 7 (1), 10-14 (6), 17-21 (11), 24-28
(16), 1-5 December (21), 8-11 (25): Thu 11 December. Monday 10 November: not
enough to go on, the provider is advised (`request`): the clock is set back
and waits for the completed proforma. On Monday 17 November `due` lists it
as waiting since 10 November, 5 working days (11-14, 17), and nothing is
overdue.

  $ . ./env; today 2025-11-06; plaint receive NCT-2025-0001
  NCT-2025-0001: proforma-received on 2025-11-06; now proforma-received
  $ . ./env; clocks NCT-2025-0001 | grep resolution
  resolution: running from 2025-11-06 due 2025-12-11 warn 2025-12-04 [25 left]
  $ . ./env; today 2025-11-10; plaint request NCT-2025-0001 --note "no evidence of the qualification decision"
  NCT-2025-0001: insufficient-information on 2025-11-10; now awaiting-information
  $ . ./env; today 2025-11-17; clocks NCT-2025-0001 | grep resolution
  resolution: waiting for proforma-received
  $ . ./env; plaint due --format tsv | cut -f1,2,6,15,17-19
  reference	clock	status	next_step	waiting_for	waiting_since	waited
  NCT-2025-0001	resolution	waiting	proforma-received	proforma-received	2025-11-10	5
  $ . ./env; plaint due --overdue --exit-code
  []

Wednesday 26 November: the completed proforma, day 0 again. 25 working days:
27, 28 (2), 1-5 December (7), 8-12 (12), 15-19 (17), 22-24 (20), [Christmas
Day 25, Boxing Day 26], 29-31 (23), [New Year's Day 1 January], Fri 2 (24),
Mon 5 January 2026 (25); at risk 5 before: 2 January, 31, 30, 29, Wed 24
December.

  $ . ./env; today 2025-11-26; plaint receive NCT-2025-0001
  NCT-2025-0001: proforma-received on 2025-11-26; now proforma-received
  $ . ./env; clocks NCT-2025-0001 | grep resolution
  resolution: running from 2025-11-26 due 2026-01-05 warn 2025-12-24 [25 left]

Thursday 27 November: sufficient information; cm1 is allocated (`assign`).
Both meeting clocks start: meet the provider not before 28 (1), 1, 2, 3, Thu
4 December (5), by 5, 8, 9, 10, Thu 11 December (10), at risk 2 before (10,
Tue 9). The ICB discussion waits for the provider's consent to contact the
ICB. The resolution clock has 24 to run (28 November to 5 January).

  $ . ./env; today 2025-11-27; plaint assign NCT-2025-0001 --owner cm1
  NCT-2025-0001: sufficient-information on 2025-11-27; now collaborating
  $ . ./env; clocks NCT-2025-0001
  NCT-2025-0001 complaint collaborating, 6 events
  triage: met from 2025-11-03 due 2025-11-04 stopped 2025-11-04
  provider-meeting: running from 2025-11-27 window 2025-12-04 due 2025-12-11 warn 2025-12-09 [10 left]
  icb-discussion: waiting for icb-consent
  resolution: running from 2025-11-26 due 2026-01-05 warn 2025-12-24 [24 left]

Friday 28 November: no discussion with the ICB without the provider's
consent: refused, nothing written.

  $ . ./env; today 2025-11-28; snapshot > before
  $ . ./env; plaint discuss NCT-2025-0001 --note "summary of issues"
  ! plaint: error: discuss: icb-discussion needs these recorded first: icb-consent
  ! plaint: hint: waiting for the provider's consent to contact the ICB
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged

Monday 1 December: the provider consents (`consent`: the event icb-consent).
The ICB discussion clock starts from the consent: not before 2, 3, 4, 5, Mon
8 December (5), by 9-12 (9), 15-19 (14), Mon 22 December (15); at risk 3
before, 19, 18, Wed 17 December.

  $ . ./env; today 2025-12-01; plaint consent NCT-2025-0001 --note "consent by email"
  NCT-2025-0001: icb-consent on 2025-12-01; now collaborating
  $ . ./env; clocks NCT-2025-0001 | grep icb-discussion
  icb-discussion: running from 2025-12-01 window 2025-12-08 due 2025-12-22 warn 2025-12-17 [15 left]

The provider meeting on Friday 5 December (inside its window, 4-11
December), the ICB discussion on Tuesday 9 December (inside 8-22 December),
the summary of the meetings on Wednesday 10.

  $ . ./env; today 2025-12-05; plaint meet NCT-2025-0001 --note "background and timeline"
  NCT-2025-0001: provider-meeting on 2025-12-05; now collaborating
  $ . ./env; today 2025-12-09; plaint discuss NCT-2025-0001 --note "summary of issues"
  NCT-2025-0001: icb-discussion on 2025-12-09; now collaborating
  $ . ./env; today 2025-12-10; plaint update NCT-2025-0001 --note "outcomes and next steps sent"
  NCT-2025-0001: meeting-summary on 2025-12-10; now collaborating

Monday 22 December: not resolved; the complaint summary goes to the SRO, in
time (due 5 January).

  $ . ./env; today 2025-12-22; plaint summarise NCT-2025-0001 --recommendations "panel: criteria applied inconsistently"
  NCT-2025-0001: complaint-summary on 2025-12-22; now awaiting-sro
  $ . ./env; clocks NCT-2025-0001
  NCT-2025-0001 complaint awaiting-sro, 11 events
  triage: met from 2025-11-03 due 2025-11-04 stopped 2025-11-04
  provider-meeting: met from 2025-11-27 window 2025-12-04 due 2025-12-11 warn 2025-12-09 stopped 2025-12-05
  icb-discussion: met from 2025-12-01 window 2025-12-08 due 2025-12-22 warn 2025-12-17 stopped 2025-12-09
  resolution: met from 2025-11-26 due 2026-01-05 warn 2025-12-24 stopped 2025-12-22

Monday 5 January 2026: the SRO dismisses it; Wednesday 7 the provider
appeals (process not followed); Friday 9 the SRO clears escalation to the
panel of Wednesday 21 January: the panel clock is due that day. Monday 19
January: deferred to the panel of Wednesday 18 February (papers late): due
then.

  $ . ./env; today 2026-01-05; plaint dismiss NCT-2025-0001 --sro "Director of Commissioning" --reason "criteria applied as published"
  NCT-2025-0001: dismiss on 2026-01-05; now dismissed
  $ . ./env; today 2026-01-07; plaint appeal NCT-2025-0001 --grounds process-not-followed --note "ICB not sent the summary"
  NCT-2025-0001: appeal on 2026-01-07; now awaiting-sro
  $ . ./env; today 2026-01-09; plaint escalate NCT-2025-0001 --to panel --sro "Director of Commissioning" --panel-date 2026-01-21
  NCT-2025-0001: escalate-to-panel on 2026-01-09; now with-panel
  $ . ./env; clocks NCT-2025-0001 | grep '^panel'
  panel: running from 2026-01-09 due 2026-01-21 [8 left]
  $ . ./env; today 2026-01-19; plaint defer NCT-2025-0001 --panel-date 2026-02-18 --reason "papers late"
  NCT-2025-0001: defer-panel on 2026-01-19; now with-panel
  $ . ./env; clocks NCT-2025-0001 | grep '^panel'
  panel: running from 2026-01-09 due 2026-02-18 [22 left]

Wednesday 18 February: the panel meets. Its outcome is communicated within 5
working days: 19, 20, 23, 24, Wed 25 February; at risk Tue 24. Communicated
Monday 23 February.

  $ . ./env; today 2026-02-18; plaint panel NCT-2025-0001 --outcome "ICB to review its qualification criteria"
  NCT-2025-0001: panel-meeting on 2026-02-18; now with-panel
  $ . ./env; clocks NCT-2025-0001 | grep '^panel'
  panel: met from 2026-01-09 due 2026-02-18 stopped 2026-02-18
  panel-outcome: running from 2026-02-18 due 2026-02-25 warn 2026-02-24 [5 left]
  $ . ./env; today 2026-02-23; plaint communicate NCT-2025-0001 --note "letters to the ICB and provider"
  NCT-2025-0001: communicate-outcome on 2026-02-23; now outcome-communicated
  $ . ./env; clocks NCT-2025-0001 | grep '^panel'
  panel: met from 2026-01-09 due 2026-02-18 stopped 2026-02-18
  panel-outcome: met from 2026-02-18 due 2026-02-25 warn 2026-02-24 stopped 2026-02-23

2. Consent to contact the ICB given on the proforma: both meeting clocks
start on the allocation.

Received Monday 10 November 2025, triaged the same day. The proforma comes on
Wednesday 12 November with consent: resolve in 25 working days, 13, 14 (2),
17-21 (7), 24-28 (12), 1-5 December (17), 8-12 (22), 15, 16, Wed 17 December
(25); at risk 16, 15, 12, 11, Wed 10 December. Allocated Thursday 13: meet
the provider not before 14, 17, 18, 19, Thu 20 November (5), by 21, 24, 25,
26, Thu 27 November (10), at risk 26, Tue 25; discuss with the ICB not
before Thu 20 November, by 28, 1, 2, 3, Thu 4 December (15), at risk 3, 2,
Mon 1 December. The ICB discussion on Thursday 20 November is allowed (and
inside its window); resolved on Friday 28 November.

  $ . ./env; today 2025-11-10; plaint log --received 2025-11-10 --channel email --complainant "Beta Clinics Ltd" --provider "Beta Clinics Ltd" --summary "Not qualified for dermatology" >/dev/null
  $ . ./env; plaint triage NCT-2025-0002 >/dev/null
  $ . ./env; today 2025-11-12; plaint receive NCT-2025-0002 --consent-to-contact-icb yes
  NCT-2025-0002: proforma-received on 2025-11-12; now proforma-received
  $ . ./env; today 2025-11-13; plaint assign NCT-2025-0002 --owner cm2 >/dev/null
  $ . ./env; clocks NCT-2025-0002
  NCT-2025-0002 complaint collaborating, 4 events
  triage: met from 2025-11-10 due 2025-11-11 stopped 2025-11-10
  provider-meeting: running from 2025-11-13 window 2025-11-20 due 2025-11-27 warn 2025-11-25 [10 left]
  icb-discussion: running from 2025-11-13 window 2025-11-20 due 2025-12-04 warn 2025-12-01 [15 left]
  resolution: running from 2025-11-12 due 2025-12-17 warn 2025-12-10 [24 left]
  $ . ./env; today 2025-11-20; plaint discuss NCT-2025-0002
  NCT-2025-0002: icb-discussion on 2025-11-20; now collaborating
  $ . ./env; today 2025-11-21; plaint meet NCT-2025-0002 >/dev/null
  $ . ./env; today 2025-11-28; plaint close NCT-2025-0002 --note "ICB agreed to qualify"
  NCT-2025-0002: resolve on 2025-11-28; now resolved
  $ . ./env; clocks NCT-2025-0002
  NCT-2025-0002 complaint resolved (closed 2025-11-28), 7 events
  triage: met from 2025-11-10 due 2025-11-11 stopped 2025-11-10
  provider-meeting: met from 2025-11-13 window 2025-11-20 due 2025-11-27 warn 2025-11-25 stopped 2025-11-21
  icb-discussion: met from 2025-11-13 window 2025-11-20 due 2025-12-04 warn 2025-12-01 stopped 2025-11-20
  resolution: met from 2025-11-12 due 2025-12-17 warn 2025-12-10 stopped 2025-11-28

  $ . ./env; set -o pipefail; plaint verify | cut -d";" -f1
  ok: 24 events, 2 cases
