Steps recorded late (`--on PAST`) in the NHS complaint procedure: accepted
when the history, in date order, is still valid, and then every clock counts
from the step's true date; refused (exit 5, nothing written) when the step
is not allowed where it falls or would make a later recorded step invalid.
The journal only appends: `plaint verify` stays ok and `plaint rebuild`
gives the same case. clocks.py prints the clocks of `plaint show REF
--format json`, one line each.

| June 2025              | July 2025
| Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su
|                    1   |     1  2  3  4  5  6
|  2  3  4  5  6  7  8   |  7  8  9 10 11 12 13
|  9 10 11 12 13 14 15   | 14 15 16 17 18 19 20
| 16 17 18 19 20 21 22   | 21 22 23 24 25 26 27
| 23 24 25 26 27 28 29   | 28 29 30 31
| 30                     |
No bank holidays in England in June or July 2025 (spring bank holiday Mon 26
May, summer Mon 25 August). Working days: June 21, July 23.

  $ cat > env <<'EOF'
  > export PLAINT_REGISTER=register.db PLAINT_NOW=2026-01-01T09:00:00Z PLAINT_USER=cco
  > today() { echo "export PLAINT_TODAY=$1" >> env; export PLAINT_TODAY=$1; }
  > clocks() { plaint show "$1" --format json | python3 "$DATA/procedures/clocks.py"; }
  > snapshot() { sqlite3 register.db 'SELECT * FROM register' 'SELECT * FROM cases' 'SELECT count(*), max(seq) FROM events'; }
  > EOF
  $ . ./env; today 2025-06-02; plaint init --organisation "Walsall ICB" >/dev/null

1. Consent that came before the acknowledgement, recorded after it.

Monday 2 June 2025: Sam writes on behalf of Pat (a letter: no summary to
approve, but Pat's consent is needed). Acknowledge by Tue 3 (1), Wed 4 (2),
Thu 5 June (3). The response clock waits for consent. Long-stop: 6 months
beginning on 2 June end Mon 1 December; at risk 20 working days before: 28-24
November (5), 21-17 (10), 14-10 (15), 7-3 (20): Mon 3 November.

  $ . ./env; plaint log --received 2025-06-02 --channel letter --complainant "Sam Carer" --on-behalf-of "Pat Patient" --summary "Physiotherapy stopped" >/dev/null
  $ . ./env; today 2025-06-04; plaint ack C-2025-0001 --method letter
  C-2025-0001: acknowledge on 2025-06-04; now acknowledged
  $ . ./env; clocks C-2025-0001 | grep response
  response: waiting for consent

Friday 6 June: Pat's signed consent is found in the post; it came on Tuesday
3 June, the day before the acknowledgement. Recorded with its true date: the
response clock starts on Tue 3 June: 25 working days are 4-6 June (3), 9-13
(8), 16-20 (13), 23-27 (18), 30 June-4 July (23), Mon 7 (24), Tue 8 July
(25); at risk 7, 4, 3, 2, Tue 1 July. From Friday 6 June, 22 to run (9 June
to 8 July: 20 in June, 2 in July). The timeline lists the steps in date order:
the consent before the acknowledgement.

  $ . ./env; today 2025-06-06; plaint consent C-2025-0001 --on 2025-06-03 --note "signed form, date-stamped 3 June"
  C-2025-0001: consent-received on 2025-06-03; now acknowledged
  $ . ./env; clocks C-2025-0001
  C-2025-0001 complaint acknowledged, 3 events
  acknowledgement: met from 2025-06-02 due 2025-06-05 warn 2025-06-04 stopped 2025-06-04
  response: running from 2025-06-03 due 2025-07-08 warn 2025-07-01 [22 left]
  long-stop: running from 2025-06-02 due 2025-12-01 warn 2025-11-03 [125 left]
  $ . ./env; plaint explain C-2025-0001 | sed -n '/\[response\]/,/at risk/p'
  Written response within 25 working days, or by the agreed date [response]: 22 left
    starts on Mon 2025-06-02 (logged)
    held back to Tue 2025-06-03 until consent of the person the complaint is made for (consent-received)
    25 working days after day 0 is Tue 2025-07-08 (skipping 10 weekend days)
    due Tue 2025-07-08
    at risk from 2025-07-01
  $ . ./env; plaint show C-2025-0001 --no-personal | sed -n '/^Timeline/,/^Clocks/p' | cut -c1-60
  Timeline:
    2025-06-02  logged           by cco at 2026-01-01T09:00:00
    2025-06-03  consent-received by cco at 2026-01-01T09:00:00
    2025-06-04  acknowledge      by cco at 2026-01-01T09:00:00
  Clocks:

Monday 9 June: investigation starts; report within 10 working days, 10-13
(4), 16-20 (9), Mon 23 June (10).

  $ . ./env; today 2025-06-09; plaint investigate C-2025-0001 --investigator "Therapies lead"
  C-2025-0001: investigate on 2025-06-09; now investigating

2. Steps recorded late that would make the history invalid: refused, nothing
written.

Tuesday 10 June. A withdrawal dated Friday 6 June would come before the
investigation of Monday 9 June, which is not allowed on a withdrawn case. A
second investigation dated Tuesday 3 June falls before the acknowledgement
it needs (the case was still received then). A response dated Monday 2 June
likewise falls before the acknowledgement.

  $ . ./env; today 2025-06-10; snapshot > before
  $ . ./env; plaint withdraw C-2025-0001 --on 2025-06-06
  ! plaint: error: withdraw: withdraw on 2025-06-06 would come before investigate on 2025-06-09 (event 4), and then investigate is not allowed while the case is withdrawn
  ! plaint: hint: steps recorded late must leave the history valid in date order
  [5]
  $ . ./env; plaint investigate C-2025-0001 --on 2025-06-03
  ! plaint: error: investigate: investigate on 2025-06-03: investigate is not allowed while the case is received then
  ! plaint: hint: allowed then: acknowledge, consent-received, summary-approved, time-limit-decision, agree-response-date, determine-response-period, delay-letter, hold, joint, refer-to-provider, withdraw, withdraw-continuing, decline, designate-vexatious, assign
  [5]
  $ . ./env; plaint respond C-2025-0001 --on 2025-06-02 --outcome upheld
  ! plaint: error: respond: respond on 2025-06-02: respond is not allowed while the case is received then
  ! plaint: hint: allowed then: acknowledge, consent-received, summary-approved, time-limit-decision, agree-response-date, determine-response-period, delay-letter, hold, joint, refer-to-provider, withdraw, withdraw-continuing, decline, designate-vexatious, assign
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged

A concern received Monday 9 June is escalated into a formal complaint on
Tuesday 10 June. An acknowledgement dated Monday 9 June falls before the
escalation it needs (the case was a concern then): refused. Dated Tuesday 10
June, the day of the escalation, it comes after it: accepted. The
acknowledgement clock starts on the escalation, 10 June: 11, 12, Fri 13 June
(3); at risk Thu 12.

  $ . ./env; today 2025-06-09; plaint log --kind concern --received 2025-06-09 --channel phone --complainant "Max Example" --summary "Waiting room closed" >/dev/null
  $ . ./env; today 2025-06-10; plaint escalate C-2025-0002 --to complaint --reason "not resolved by the next working day"
  C-2025-0002: escalate on 2025-06-10; now received
  $ . ./env; today 2025-06-11; snapshot > before
  $ . ./env; plaint ack C-2025-0002 --method phone --on 2025-06-09
  ! plaint: error: ack: acknowledge on 2025-06-09: acknowledge applies to a complaint, and this case is a concern then
  ! plaint: hint: allowed then: escalate, resolve-concern, consent-received, summary-approved, time-limit-decision, hold, joint, refer-to-provider, withdraw, decline, designate-vexatious, assign
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; plaint ack C-2025-0002 --method phone --on 2025-06-10
  C-2025-0002: acknowledge on 2025-06-10; now acknowledged
  $ . ./env; clocks C-2025-0002 | grep acknowledgement
  acknowledgement: met from 2025-06-10 due 2025-06-13 warn 2025-06-12 stopped 2025-06-10

3. The register after the accepted late steps: verify is ok, and rebuilding
the case records from the journal gives the same cases.

  $ . ./env; set -o pipefail; plaint verify | cut -d";" -f1
  ok: 7 events, 2 cases
  $ . ./env; for c in C-2025-0001 C-2025-0002; do plaint show $c --format json; done > shown-before
  $ . ./env; sqlite3 register.db 'SELECT * FROM cases' > cases-before
  $ . ./env; plaint rebuild
  Rebuilt 2 cases from 7 events; 0 differed from the journal
  $ . ./env; for c in C-2025-0001 C-2025-0002; do plaint show $c --format json; done | cmp - shown-before && echo same
  same
  $ . ./env; sqlite3 register.db 'SELECT * FROM cases' | cmp - cases-before && echo same
  same
