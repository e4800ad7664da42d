The command contract of `plaint due`, the daily run: a fixed register built
with init, log and the step commands, asked on Wednesday 18 November 2026.
Every due date below is worked out by hand from the grid (no bank holidays in
England in November 2026; St Andrew's Day, Monday 30 November, is Scotland's).

| November 2026             | December 2026
| Mo Tu We Th Fr Sa Su      | Mo Tu We Th Fr Sa Su
|                    1      |     1  2  3  4  5  6
|  2  3  4  5  6  7  8      |  7  8  9 10 11 12 13
|  9 10 11 12 13 14 15      | 14 15 16 17 18 19 20
| 16 17 18 19 20 21 22      | 21 22 23 24 25 26 27
| 23 24 25 26 27 28 29      | 28 29 30 31
| 30

  $ cat > env <<'END'
  > export PLAINT_REGISTER=reg.db PLAINT_NOW=2026-11-18T09:00:00Z PLAINT_USER=cco PLAINT_TODAY=2026-11-18
  > END
  $ mkdir -p .config/plaint && cat > .config/plaint/config.toml <<'END'
  > [people.alice]
  > team = "north"
  > [people.bob]
  > team = "north"
  > [people.carol]
  > team = "south"
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null

1. Received Monday 9 November by alice, about Acme Care, never acknowledged:
acknowledgement due Thursday 12 (10, 11, 12), 4 working days late today (13,
16, 17, 18). Response due 25 working days after the 9th: 10-13 (4), 16-20
(9), 23-27 (14), 30 November-4 December (19), 7-11 (24), Monday 14 December.

  $ . ./env; plaint log --received 2026-11-09 --summary "Missed visit" --complainant "Ann Example" --owner alice --provider "Acme Care"
  C-2026-0001

2. Received Monday 16 by bob: acknowledgement due Thursday 19 (17, 18, 19),
1 working day left, at risk from Wednesday 18 (a day's warning).

  $ . ./env; plaint log --received 2026-11-16 --channel phone --summary "Rude receptionist" --complainant "Bo Example" --owner bob
  C-2026-0002

3. The two-stage procedure, received Friday 13 by alice about Beta Homes:
stage 1 acknowledgement within 5 working days (16-20), due Friday 20, 2 left.

  $ . ./env; plaint log --received 2026-11-13 --procedure two-stage --summary "Repairs" --complainant "Cy Example" --owner alice --provider "Beta Homes"
  C-2026-0003

4. Received Tuesday 17 by carol, acknowledged Wednesday 18: the response is
due 25 working days after the 17th: 18-20 (3), 23-27 (8), 30 November-4
December (13), 7-11 (18), 14-18 (23), 21 (24), Tuesday 22 December.

  $ . ./env; plaint log --received 2026-11-17 --summary "Wrong medication" --complainant "Di Example" --owner carol
  C-2026-0004
  $ . ./env; plaint ack C-2026-0004 --method letter >/dev/null

5. A concern received Tuesday 17 by bob: resolve by the next working day,
due today.

  $ . ./env; plaint log --received 2026-11-17 --kind concern --summary "Parking" --complainant "Ed Example" --owner bob
  C-2026-0005

6. Received Monday 2 by carol, acknowledged Tuesday 3 and on hold since
Tuesday 10 (police investigation): the response clock is paused.

  $ . ./env; plaint log --received 2026-11-02 --summary "Assault" --complainant "Flo Example" --owner carol
  C-2026-0006
  $ . ./env; plaint ack C-2026-0006 --method letter --on 2026-11-03 >/dev/null
  $ . ./env; plaint hold C-2026-0006 --reason police --on 2026-11-10 >/dev/null

What is due within 5 working days (to Wednesday 25), in every format.

  $ . ./env; plaint due --format table
  reference    clock                   due         days            state     owner  next step
  C-2026-0001  acknowledgement         2026-11-12  4 late          received  alice  acknowledge
  C-2026-0005  concern                 2026-11-18  today           received  bob    resolve-concern
  C-2026-0002  acknowledgement         2026-11-19  1 left          received  bob    acknowledge
  C-2026-0003  stage1-acknowledgement  2026-11-20  2 left          received  alice  acknowledge
  C-2026-0002  response                -           waiting 2 days  received  bob    summary-approved
  1 overdue, 1 due today, 2 due within 5 working days, 1 waiting
  $ . ./env; plaint due
  [
    {"reference":"C-2026-0001","clock":"acknowledgement","title":"Acknowledge within 3 working days of receipt","due":"2026-11-12","working_days_left":-4,"status":"overdue","at_risk":true,"warning":"2026-11-11","start":"2026-11-09","state":"received","kind":"complaint","procedure":"nhs-complaint","owner":"alice","provider":"Acme Care","next_step":"acknowledge","clock_kind":"acknowledgement","waiting_for":[],"waiting_since":null,"waited":0,"breach_handled_on":null},
    {"reference":"C-2026-0005","clock":"concern","title":"Resolve a concern by the next working day, or escalate it","due":"2026-11-18","working_days_left":0,"status":"due-today","at_risk":false,"warning":null,"start":"2026-11-17","state":"received","kind":"concern","procedure":"nhs-complaint","owner":"bob","provider":null,"next_step":"resolve-concern","clock_kind":"concern","waiting_for":[],"waiting_since":null,"waited":0,"breach_handled_on":null},
    {"reference":"C-2026-0002","clock":"acknowledgement","title":"Acknowledge within 3 working days of receipt","due":"2026-11-19","working_days_left":1,"status":"due-soon","at_risk":true,"warning":"2026-11-18","start":"2026-11-16","state":"received","kind":"complaint","procedure":"nhs-complaint","owner":"bob","provider":null,"next_step":"acknowledge","clock_kind":"acknowledgement","waiting_for":[],"waiting_since":null,"waited":0,"breach_handled_on":null},
    {"reference":"C-2026-0003","clock":"stage1-acknowledgement","title":"Stage 1: acknowledge within 5 working days","due":"2026-11-20","working_days_left":2,"status":"due-soon","at_risk":false,"warning":"2026-11-19","start":"2026-11-13","state":"received","kind":"complaint","procedure":"two-stage","owner":"alice","provider":"Beta Homes","next_step":"acknowledge","clock_kind":"acknowledgement","waiting_for":[],"waiting_since":null,"waited":0,"breach_handled_on":null},
    {"reference":"C-2026-0002","clock":"response","title":"Written response within 25 working days, or by the agreed date","due":null,"working_days_left":0,"status":"waiting","at_risk":false,"warning":null,"start":null,"state":"received","kind":"complaint","procedure":"nhs-complaint","owner":"bob","provider":null,"next_step":"summary-approved","clock_kind":"response","waiting_for":["summary"],"waiting_since":"2026-11-16","waited":2,"breach_handled_on":null}
  ]
  $ . ./env; plaint due --format ndjson
  {"reference":"C-2026-0001","clock":"acknowledgement","title":"Acknowledge within 3 working days of receipt","due":"2026-11-12","working_days_left":-4,"status":"overdue","at_risk":true,"warning":"2026-11-11","start":"2026-11-09","state":"received","kind":"complaint","procedure":"nhs-complaint","owner":"alice","provider":"Acme Care","next_step":"acknowledge","clock_kind":"acknowledgement","waiting_for":[],"waiting_since":null,"waited":0,"breach_handled_on":null}
  {"reference":"C-2026-0005","clock":"concern","title":"Resolve a concern by the next working day, or escalate it","due":"2026-11-18","working_days_left":0,"status":"due-today","at_risk":false,"warning":null,"start":"2026-11-17","state":"received","kind":"concern","procedure":"nhs-complaint","owner":"bob","provider":null,"next_step":"resolve-concern","clock_kind":"concern","waiting_for":[],"waiting_since":null,"waited":0,"breach_handled_on":null}
  {"reference":"C-2026-0002","clock":"acknowledgement","title":"Acknowledge within 3 working days of receipt","due":"2026-11-19","working_days_left":1,"status":"due-soon","at_risk":true,"warning":"2026-11-18","start":"2026-11-16","state":"received","kind":"complaint","procedure":"nhs-complaint","owner":"bob","provider":null,"next_step":"acknowledge","clock_kind":"acknowledgement","waiting_for":[],"waiting_since":null,"waited":0,"breach_handled_on":null}
  {"reference":"C-2026-0003","clock":"stage1-acknowledgement","title":"Stage 1: acknowledge within 5 working days","due":"2026-11-20","working_days_left":2,"status":"due-soon","at_risk":false,"warning":"2026-11-19","start":"2026-11-13","state":"received","kind":"complaint","procedure":"two-stage","owner":"alice","provider":"Beta Homes","next_step":"acknowledge","clock_kind":"acknowledgement","waiting_for":[],"waiting_since":null,"waited":0,"breach_handled_on":null}
  {"reference":"C-2026-0002","clock":"response","title":"Written response within 25 working days, or by the agreed date","due":null,"working_days_left":0,"status":"waiting","at_risk":false,"warning":null,"start":null,"state":"received","kind":"complaint","procedure":"nhs-complaint","owner":"bob","provider":null,"next_step":"summary-approved","clock_kind":"response","waiting_for":["summary"],"waiting_since":"2026-11-16","waited":2,"breach_handled_on":null}
  $ . ./env; plaint due --format csv | tr -d "\r"
  reference,clock,title,due,working_days_left,status,at_risk,warning,start,state,kind,procedure,owner,provider,next_step,clock_kind,waiting_for,waiting_since,waited,breach_handled_on
  C-2026-0001,acknowledgement,Acknowledge within 3 working days of receipt,2026-11-12,-4,overdue,true,2026-11-11,2026-11-09,received,complaint,nhs-complaint,alice,Acme Care,acknowledge,acknowledgement,,,0,
  C-2026-0005,concern,"Resolve a concern by the next working day, or escalate it",2026-11-18,0,due-today,false,,2026-11-17,received,concern,nhs-complaint,bob,,resolve-concern,concern,,,0,
  C-2026-0002,acknowledgement,Acknowledge within 3 working days of receipt,2026-11-19,1,due-soon,true,2026-11-18,2026-11-16,received,complaint,nhs-complaint,bob,,acknowledge,acknowledgement,,,0,
  C-2026-0003,stage1-acknowledgement,Stage 1: acknowledge within 5 working days,2026-11-20,2,due-soon,false,2026-11-19,2026-11-13,received,complaint,two-stage,alice,Beta Homes,acknowledge,acknowledgement,,,0,
  C-2026-0002,response,"Written response within 25 working days, or by the agreed date",,0,waiting,false,,,received,complaint,nhs-complaint,bob,,summary-approved,response,summary,2026-11-16,2,
  $ . ./env; plaint due --format tsv
  reference	clock	title	due	working_days_left	status	at_risk	warning	start	state	kind	procedure	owner	provider	next_step	clock_kind	waiting_for	waiting_since	waited	breach_handled_on
  C-2026-0001	acknowledgement	Acknowledge within 3 working days of receipt	2026-11-12	-4	overdue	true	2026-11-11	2026-11-09	received	complaint	nhs-complaint	alice	Acme Care	acknowledge	acknowledgement			0	
  C-2026-0005	concern	Resolve a concern by the next working day, or escalate it	2026-11-18	0	due-today	false		2026-11-17	received	concern	nhs-complaint	bob		resolve-concern	concern			0	
  C-2026-0002	acknowledgement	Acknowledge within 3 working days of receipt	2026-11-19	1	due-soon	true	2026-11-18	2026-11-16	received	complaint	nhs-complaint	bob		acknowledge	acknowledgement			0	
  C-2026-0003	stage1-acknowledgement	Stage 1: acknowledge within 5 working days	2026-11-20	2	due-soon	false	2026-11-19	2026-11-13	received	complaint	two-stage	alice	Beta Homes	acknowledge	acknowledgement			0	
  C-2026-0002	response	Written response within 25 working days, or by the agreed date		0	waiting	false			received	complaint	nhs-complaint	bob		summary-approved	response	summary	2026-11-16	2	

The window, and only the overdue or at-risk clocks. Case 2 came by phone, so
its response clock waits for the complainant's approval of the written
summary (seed 004 10.5.1 II): it is listed as waiting, to chase, since Monday
16 November, 2 working days (17, 18), with the step that clears it. It is
not overdue and `--overdue` and `--at-risk` leave it out.

  $ . ./env; plaint due --within 0 --format tsv
  reference	clock	title	due	working_days_left	status	at_risk	warning	start	state	kind	procedure	owner	provider	next_step	clock_kind	waiting_for	waiting_since	waited	breach_handled_on
  C-2026-0001	acknowledgement	Acknowledge within 3 working days of receipt	2026-11-12	-4	overdue	true	2026-11-11	2026-11-09	received	complaint	nhs-complaint	alice	Acme Care	acknowledge	acknowledgement			0	
  C-2026-0005	concern	Resolve a concern by the next working day, or escalate it	2026-11-18	0	due-today	false		2026-11-17	received	concern	nhs-complaint	bob		resolve-concern	concern			0	
  C-2026-0002	response	Written response within 25 working days, or by the agreed date		0	waiting	false			received	complaint	nhs-complaint	bob		summary-approved	response	summary	2026-11-16	2	
  $ . ./env; plaint due --within 20 --format tsv | cut -f1-4
  reference	clock	title	due
  C-2026-0001	acknowledgement	Acknowledge within 3 working days of receipt	2026-11-12
  C-2026-0005	concern	Resolve a concern by the next working day, or escalate it	2026-11-18
  C-2026-0002	acknowledgement	Acknowledge within 3 working days of receipt	2026-11-19
  C-2026-0003	stage1-acknowledgement	Stage 1: acknowledge within 5 working days	2026-11-20
  C-2026-0001	response	Written response within 25 working days, or by the agreed date	2026-12-14
  C-2026-0002	response	Written response within 25 working days, or by the agreed date	
  $ . ./env; plaint due --overdue --format tsv
  reference	clock	title	due	working_days_left	status	at_risk	warning	start	state	kind	procedure	owner	provider	next_step	clock_kind	waiting_for	waiting_since	waited	breach_handled_on
  C-2026-0001	acknowledgement	Acknowledge within 3 working days of receipt	2026-11-12	-4	overdue	true	2026-11-11	2026-11-09	received	complaint	nhs-complaint	alice	Acme Care	acknowledge	acknowledgement			0	
  $ . ./env; plaint due --at-risk --format tsv | cut -f1-4
  reference	clock	title	due
  C-2026-0001	acknowledgement	Acknowledge within 3 working days of receipt	2026-11-12
  C-2026-0002	acknowledgement	Acknowledge within 3 working days of receipt	2026-11-19
  $ . ./env; plaint due --paused --format tsv | cut -f1-4
  reference	clock	title	due
  C-2026-0001	acknowledgement	Acknowledge within 3 working days of receipt	2026-11-12
  C-2026-0005	concern	Resolve a concern by the next working day, or escalate it	2026-11-18
  C-2026-0002	acknowledgement	Acknowledge within 3 working days of receipt	2026-11-19
  C-2026-0003	stage1-acknowledgement	Stage 1: acknowledge within 5 working days	2026-11-20
  C-2026-0002	response	Written response within 25 working days, or by the agreed date	
  C-2026-0006	response	Written response within 25 working days, or by the agreed date	

Filters: owner, team (from [people.NAME] in the configuration), procedure,
clock, provider.

  $ . ./env; plaint due --owner alice --format tsv | cut -f1-3
  reference	clock	title
  C-2026-0001	acknowledgement	Acknowledge within 3 working days of receipt
  C-2026-0003	stage1-acknowledgement	Stage 1: acknowledge within 5 working days
  $ . ./env; plaint due --team north --format tsv | cut -f1-3
  reference	clock	title
  C-2026-0001	acknowledgement	Acknowledge within 3 working days of receipt
  C-2026-0005	concern	Resolve a concern by the next working day, or escalate it
  C-2026-0002	acknowledgement	Acknowledge within 3 working days of receipt
  C-2026-0003	stage1-acknowledgement	Stage 1: acknowledge within 5 working days
  C-2026-0002	response	Written response within 25 working days, or by the agreed date
  $ . ./env; plaint due --team south --format tsv | cut -f1-3
  reference	clock	title
  $ . ./env; plaint due --team east
  ! plaint: error: due: no team 'east'
  ! plaint: hint: known: north, south
  [2]
  $ . ./env; plaint due --procedure two-stage --format tsv | cut -f1-3
  reference	clock	title
  C-2026-0003	stage1-acknowledgement	Stage 1: acknowledge within 5 working days
  $ . ./env; plaint due --clock acknowledgement --format tsv | cut -f1-3
  reference	clock	title
  C-2026-0001	acknowledgement	Acknowledge within 3 working days of receipt
  C-2026-0002	acknowledgement	Acknowledge within 3 working days of receipt
  $ . ./env; plaint due --provider "Acme Care" --format tsv | cut -f1-3
  reference	clock	title
  C-2026-0001	acknowledgement	Acknowledge within 3 working days of receipt

Personal data only when asked.

  $ . ./env; plaint due --format csv | grep -c Example
  0
  [1]
  $ . ./env; plaint due --personal --format table
  reference    clock                   due         days            state     owner  next step         complainant
  C-2026-0001  acknowledgement         2026-11-12  4 late          received  alice  acknowledge       Ann Example
  C-2026-0005  concern                 2026-11-18  today           received  bob    resolve-concern   Ed Example
  C-2026-0002  acknowledgement         2026-11-19  1 left          received  bob    acknowledge       Bo Example
  C-2026-0003  stage1-acknowledgement  2026-11-20  2 left          received  alice  acknowledge       Cy Example
  C-2026-0002  response                -           waiting 2 days  received  bob    summary-approved  Bo Example
  1 overdue, 1 due today, 2 due within 5 working days, 1 waiting

--exit-code: 1 when anything is overdue, for cron.

  $ . ./env; plaint due --exit-code >/dev/null; echo $?
  1
  $ . ./env; plaint due --exit-code --owner bob >/dev/null; echo $?
  0
  $ . ./env; plaint due --overdue --owner bob --exit-code
  []
  $ . ./env; plaint due --within 300
  ! plaint: error: due: --within: Value 300 not in range 0 to 260
  ! plaint: hint: see 'plaint due --help'
  [2]

Colour in the table only when asked for, and never under NO_COLOR.

  $ printf 'color = "always"\n' > colour.toml
  $ . ./env; plaint --config colour.toml due --format table | cat -v | head -n 3
  reference    clock                   due         days            state     owner  next step
  ^[[31mC-2026-0001  acknowledgement         2026-11-12  4 late          received  alice  acknowledge^[[0m
  C-2026-0005  concern                 2026-11-18  today           received  bob    resolve-concern
  $ . ./env; NO_COLOR=1 plaint --config colour.toml due --format table | cat -v | head -n 3
  reference    clock                   due         days            state     owner  next step
  C-2026-0001  acknowledgement         2026-11-12  4 late          received  alice  acknowledge
  C-2026-0005  concern                 2026-11-18  today           received  bob    resolve-concern
