A fifth procedure written only as a file (tests/data/procedures/fifth.toml):
a landlord's one-stage complaint procedure in the style of the Housing
Ombudsman's code, with its own states and events, none named like the
built-in ones. Log it with the team within 5 working days (kind
acknowledgement); reply within 10 working days of that (kind response),
after any evidence asked for on a phone complaint; a later reply date once.
The generic verbs pick its events (`plaint ack` is log-with-team, `plaint
respond` is reply, `plaint close` is settle or shut-case by state); `due`
gives its next steps; the timeliness report counts its clocks by kind and
the KO41 return counts its complaints (ko41 = true), with outcomes from its
reply (means = "response"). clocks.py prints the clocks of `plaint show REF
--format json`, one line each.

| January 2026           | February 2026          | March 2026
| Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su
|           1  2  3  4   |                    1   |                    1
|  5  6  7  8  9 10 11   |  2  3  4  5  6  7  8   |  2  3  4  5  6  7  8
| 12 13 14 15 16 17 18   |  9 10 11 12 13 14 15   |  9 10 11 12 13 14 15
| 19 20 21 22 23 24 25   | 16 17 18 19 20 21 22   | 16 17 18 19 20 21 22
| 26 27 28 29 30 31      | 23 24 25 26 27 28      | 23 24 25 26 27 28 29
|                        |                        | 30 31
No bank holidays in England from Thu 1 January (New Year's Day) to Good
Friday, 3 April 2026.

  $ mkdir -p .config/plaint && cp "$DATA/procedures/fifth.toml" .config/plaint/ && cat > .config/plaint/config.toml <<'EOF'
  > procedures = ["fifth.toml"]
  > EOF
  $ cat > env <<'EOF'
  > export PLAINT_REGISTER=register.db PLAINT_NOW=2026-03-31T09:00:00Z PLAINT_USER=housing
  > today() { echo "export PLAINT_TODAY=$1" >> env; export PLAINT_TODAY=$1; }
  > clocks() { plaint show "$1" --format json | python3 "$DATA/procedures/clocks.py"; }
  > snapshot() { sqlite3 register.db 'SELECT * FROM register' 'SELECT * FROM cases' 'SELECT count(*), max(seq) FROM events'; }
  > EOF
  $ plaint procedures check .config/plaint/fifth.toml
  .config/plaint/fifth.toml: ok: procedure landlord (7 states, 11 events, 2 clocks)
  $ plaint procedures list | grep landlord | sed "s|$PWD|~|" | tr -s ' '
  landlord Landlord complaint (Housing Ombudsman-style, one stage) 7 11 2 ~/.config/plaint/fifth.toml 8487981d5753
  $ . ./env; today 2026-01-05; plaint init --organisation "Example Homes" --prefix EH >/dev/null

1. Received by email Monday 5 January 2026. Log it within 5 working days: 6,
7, 8, 9, Mon 12 January; at risk Fri 9. Logged Wednesday 7 (`plaint ack`):
the reply is due 10 working days later, 8, 9 (2), 12-16 (7), 19, 20, Wed 21
January (10); at risk 2 before, 20, Mon 19. Replied Tuesday 20 (upheld),
shut Wednesday 21 (`plaint close` in reply-sent is shut-case).

  $ . ./env; plaint log --procedure landlord --received 2026-01-05 --channel email --complainant "Tenant One" --summary "Damp in the bedroom"
  EH-2026-0001
  $ . ./env; clocks EH-2026-0001
  EH-2026-0001 complaint lodged, 1 events
  log-within-5: running from 2026-01-05 due 2026-01-12 warn 2026-01-09 [5 left]
  $ . ./env; plaint due --format tsv | cut -f1,2,4,6,15
  reference	clock	due	status	next_step
  EH-2026-0001	log-within-5	2026-01-12	due-soon	log-with-team
  $ . ./env; today 2026-01-07; plaint ack EH-2026-0001 --method email
  EH-2026-0001: log-with-team on 2026-01-07; now logged-with-team
  $ . ./env; clocks EH-2026-0001
  EH-2026-0001 complaint logged-with-team, 2 events
  log-within-5: met from 2026-01-05 due 2026-01-12 warn 2026-01-09 stopped 2026-01-07
  reply-within-10: running from 2026-01-07 due 2026-01-21 warn 2026-01-19 [10 left]
  $ . ./env; plaint due --within 10 --format tsv | cut -f1,2,4,6,15
  reference	clock	due	status	next_step
  EH-2026-0001	reply-within-10	2026-01-21	due-soon	reply
  $ . ./env; today 2026-01-20; plaint respond EH-2026-0001 --outcome upheld --note "mould wash and ventilation"
  EH-2026-0001: reply on 2026-01-20; now reply-sent
  $ . ./env; today 2026-01-21; plaint close EH-2026-0001
  EH-2026-0001: shut-case on 2026-01-21; now shut
  $ . ./env; clocks EH-2026-0001
  EH-2026-0001 complaint shut (closed 2026-01-21), 4 events
  log-within-5: met from 2026-01-05 due 2026-01-12 warn 2026-01-09 stopped 2026-01-07
  reply-within-10: met from 2026-01-07 due 2026-01-21 warn 2026-01-19 stopped 2026-01-20
  $ . ./env; plaint show EH-2026-0001 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["outcome"], d["resolved_on"])'
  upheld 2026-01-20

The tenant takes it to the Housing Ombudsman on Monday 2 February: the event
whose meaning is the Ombudsman referral, through `escalate --to ombudsman`
(its escalation name), recorded once.

  $ . ./env; today 2026-02-02; plaint escalate EH-2026-0001 --to ombudsman --reason "wants compensation"
  EH-2026-0001: to-housing-ombudsman on 2026-02-02; now shut
  $ . ./env; plaint escalate EH-2026-0001 --to ombudsman >/dev/null
  ! plaint: error: escalate: to-housing-ombudsman was already recorded on 2026-02-02 (event 5): it is recorded once
  [5]
  $ . ./env; plaint show EH-2026-0001 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["state"], d["ombudsman_on"])'
  shut 2026-02-02

2. Received by phone Monday 12 January: log it by 13, 14, 15, 16, Mon 19
January. Logged late on Wednesday 21 (2 working days: 20, 21). The reply
waits for the evidence; a reply before it is refused. The photographs come
on Monday 26 January: the reply is due 10 working days after, 27-30 (4), 2-6
February (9), Mon 9 February (10); at risk Thu 5. On Thursday 5 February a
later reply date is set, Friday 13 February (4 working days more, within the
cap of 10); a second is refused (once). Replied Tuesday 17 February, not
upheld: 2 working days late (16, 17).

  $ . ./env; today 2026-01-12; plaint log --procedure landlord --received 2026-01-12 --channel phone --complainant "Tenant Two" --summary "Repair appointment missed" >/dev/null
  $ . ./env; today 2026-01-21; plaint ack EH-2026-0002 --method phone >/dev/null
  $ . ./env; clocks EH-2026-0002
  EH-2026-0002 complaint logged-with-team, 2 events
  log-within-5: breached from 2026-01-12 due 2026-01-19 warn 2026-01-16 stopped 2026-01-21 [2 late]
  reply-within-10: waiting for evidence
  $ . ./env; plaint show EH-2026-0002 | sed -n '/^Next steps/,$p'
  Next steps: awaiting the evidence asked of the tenant
  Also allowed: works-paused, later-reply-date, settle, pull-out
  $ . ./env; snapshot > before
  $ . ./env; plaint respond EH-2026-0002 --outcome not-upheld
  ! plaint: error: respond: reply needs these recorded first: evidence-in
  ! plaint: hint: waiting for the evidence asked of the tenant
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; today 2026-01-26; plaint receive EH-2026-0002 --note "photographs"
  EH-2026-0002: evidence-in on 2026-01-26; now logged-with-team
  $ . ./env; clocks EH-2026-0002 | grep '^reply'
  reply-within-10: running from 2026-01-26 due 2026-02-09 warn 2026-02-05 [10 left]
  $ . ./env; today 2026-02-05; plaint extend EH-2026-0002 --until 2026-02-13 --reason "contractor's report awaited"
  EH-2026-0002: later-reply-date on 2026-02-05; now logged-with-team
  $ . ./env; snapshot > before
  $ . ./env; plaint extend EH-2026-0002 --until 2026-02-20 --reason "again"
  ! plaint: error: extend: later-reply-date was already recorded on 2026-02-05 (event 9): it is recorded once
  [5]
  $ . ./env; snapshot | cmp - before && echo unchanged
  unchanged
  $ . ./env; today 2026-02-17; plaint respond EH-2026-0002 --outcome not-upheld
  EH-2026-0002: reply on 2026-02-17; now reply-sent
  $ . ./env; clocks EH-2026-0002 | grep '^reply'
  reply-within-10: breached from 2026-01-26 due 2026-02-13 was 2026-02-09 warn 2026-02-11 stopped 2026-02-17 [2 late]

3. Received by letter Monday 2 February, settled on Wednesday 4 before it
was logged (`plaint close` in lodged is settle).

  $ . ./env; today 2026-02-02; plaint log --procedure landlord --received 2026-02-02 --channel letter --complainant "Tenant Three" --summary "Noise from the flat above" >/dev/null
  $ . ./env; today 2026-02-04; plaint close EH-2026-0003 --note "mediation agreed"
  EH-2026-0003: settle on 2026-02-04; now settled

4. Received by email Monday 2 March, not yet logged on Friday 13 March: due
by 3, 4, 5, 6, Mon 9 March, 4 working days late (10, 11, 12, 13); its next
step is to log it. Received by phone Monday 9 March, logged Wednesday 11: the
reply waits for the evidence, since 11 March, 2 working days (12, 13).

  $ . ./env; today 2026-03-02; plaint log --procedure landlord --received 2026-03-02 --channel email --complainant "Tenant Four" --summary "Lift out of order" >/dev/null
  $ . ./env; today 2026-03-09; plaint log --procedure landlord --received 2026-03-09 --channel phone --complainant "Tenant Five" --summary "Boiler" >/dev/null
  $ . ./env; today 2026-03-11; plaint ack EH-2026-0005 --method text >/dev/null
  $ . ./env; today 2026-03-13; plaint due --format tsv | cut -f1,2,4,6,15,17-19
  reference	clock	due	status	next_step	waiting_for	waiting_since	waited
  EH-2026-0004	log-within-5	2026-03-09	overdue	log-with-team			0
  EH-2026-0005	reply-within-10		waiting	evidence-in	evidence	2026-03-11	2
  $ . ./env; plaint due --exit-code >/dev/null
  [1]

5. The reports for January to March 2026 (2025/26 Q4).

Timeliness: acknowledgements (logged with the team) in the quarter: case 1
on 7 January, in time; case 2 on 21 January, late; case 5 on 11 March, in
time. Replies: case 1 on 20 January, in time, 9 working days from day 0 (8,
9, 12-16, 19, 20); case 2 on 17 February, late, 16 working days from day 0
(27-30 January, 2-6, 9-13, 16, 17 February). So: 3 acknowledged, 2 in time
(2/3); 2 responded, 1 in time (0.5); median working days to respond 12.5
(9 and 16); one response in the 6-10 band, one in 16-20; all under the
procedure landlord.

Case 3's acknowledgement clock stopped when the case was settled before it
was ever logged with the team: it is not an acknowledgement, and is not
counted.

  $ . ./env; today 2026-03-31; plaint report timeliness --period 2025/26-Q4 --format json | python3 -c '
  > import json, sys
  > d = json.load(sys.stdin)
  > s = {x["key"]: x for x in d["sections"]}
  > f = s["summary"]["figures"]
  > print("acknowledged", f["acknowledged"], "in time", round(f["acknowledged_in_time"], 3))
  > print("responded", f["responded"], "in time", f["responded_in_time"])
  > print("median", s["by_procedure"]["tables"][0]["rows"][0]["median_working_days"])
  > print("bands", [(r["band"], r["responses"]) for r in s["summary"]["tables"][0]["rows"] if r["responses"]])
  > print("procedures", [r["procedure"] for r in s["by_procedure"]["tables"][0]["rows"]])'
  acknowledged 3 in time 0.667
  responded 2 in time 0.5
  median 12.5
  bands [('6-10', 1), ('16-20', 1)]
  procedures ['landlord']

KO41: brought forward 0; new 5 (all received in the quarter); resolved: 1
upheld (case 1), 1 not upheld (case 2); 1 closed without an outcome (case 3,
settled); carried forward 2 (cases 4 and 5): 0 + 5 - 2 - 1 = 2.

  $ . ./env; plaint report ko41 --period 2025/26-Q4 --format json | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["sections"][0]["figures"]))'
  {"brought_forward": 0, "new": 5, "resolved_upheld": 1, "resolved_partially_upheld": 0, "resolved_not_upheld": 1, "resolved": 2, "closed_without_outcome": 1, "carried_forward": 2}

  $ . ./env; set -o pipefail; plaint verify | cut -d";" -f1
  ok: 15 events, 5 cases
