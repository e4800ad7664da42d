Forgiving, safe filters: a short or lower-case reference wherever a command
takes REF, and filter values of list and due checked against what the
register holds, case ignored where it makes sense: an unknown value is a
usage error with "did you mean", never an empty success (a cron job
filtered on a misspelt owner must not read "nothing overdue"). A value that
exists but matches nothing is still an empty success.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --today 2025-12-02 --received 2025-12-01 --summary "Last year's" --owner sam >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-16 --summary "Discharge" --owner alice --provider "Riverside Surgery" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-17 --summary "Parking" --owner Bob >/dev/null
  $ . ./env.sh && plaint list --format csv | cut -d, -f1
  reference
  C-2025-0001
  C-2026-0001
  C-2026-0002

Short references: this year's by number, another year's by year and
number, and any case.

  $ . ./env.sh && plaint show 1 --format json | grep '"reference"'
    "reference": "C-2026-0001",
        "reference": "C-2026-0001",
  $ . ./env.sh && plaint show 0002 --format json | grep '"reference"'
    "reference": "C-2026-0002",
        "reference": "C-2026-0002",
  $ . ./env.sh && plaint show 2025-0001 --format json | grep '"reference"'
    "reference": "C-2025-0001",
        "reference": "C-2025-0001",
  $ . ./env.sh && plaint show c-2026-0001 --format json | grep '"reference"'
    "reference": "C-2026-0001",
        "reference": "C-2026-0001",
  $ . ./env.sh && plaint ack 2 --method phone
  C-2026-0002: acknowledge on 2026-11-20; now acknowledged
  $ . ./env.sh && plaint explain 1 --format json | grep '"reference"'
    "reference": "C-2026-0001",
  $ . ./env.sh && plaint learn 0001 --lesson "Ring back within a day"
  C-2026-0001: lesson 1 recorded on 2026-11-20
  $ . ./env.sh && plaint action 1 --add "Review the script"
  C-2026-0001: action 1 added on 2026-11-20
  $ . ./env.sh && plaint action 1 --format csv | tr -d '\r'
  number,action,owner,due,added_on,done_on
  1,Review the script,,,2026-11-20,
  $ . ./env.sh && plaint show 3
  ! plaint: error: show: no case numbered 3 in 2026
  ! plaint: hint: 'plaint list' shows the references; a short one (0042) means this year's
  [2]
  $ . ./env.sh && plaint show 2024-0001
  ! plaint: error: show: no case numbered 1 in 2024
  ! plaint: hint: 'plaint list' shows the references; a short one (0042) means this year's
  [2]
  $ . ./env.sh && plaint show X-2026-0001
  ! plaint: error: show: no case X-2026-0001 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]

Owner and provider ignore case; an unknown one names the nearest.

  $ . ./env.sh && plaint list --owner ALICE --format csv | cut -d, -f1
  reference
  C-2026-0001
  $ . ./env.sh && plaint list --provider "riverside surgery" --format csv | cut -d, -f1
  reference
  C-2026-0001
  $ . ./env.sh && plaint list --owner alcie
  ! plaint: error: list: no owner 'alcie': did you mean 'alice'?
  ! plaint: hint: known: Bob, alice, sam
  [2]
  $ . ./env.sh && plaint list --owner zebedee
  ! plaint: error: list: no owner 'zebedee'
  ! plaint: hint: known: Bob, alice, sam
  [2]
  $ . ./env.sh && plaint list --provider "Riverside Surgry"
  ! plaint: error: list: no provider 'Riverside Surgry': did you mean 'Riverside Surgery'?
  ! plaint: hint: known: Riverside Surgery
  [2]
  $ . ./env.sh && plaint due --owner alcie --format csv
  ! plaint: error: due: no owner 'alcie': did you mean 'alice'?
  ! plaint: hint: known: Bob, alice, sam
  [2]
  $ . ./env.sh && plaint due --owner bob --within 30 --format csv | cut -d, -f1,2
  reference,clock
  C-2026-0002,response

State, kind and procedure: of the procedures, or held by a case.

  $ . ./env.sh && plaint list --state investigatoin
  ! plaint: error: list: no state 'investigatoin': did you mean 'investigating'?
  ! plaint: hint: a filter on a value nothing holds would find nothing
  [2]
  $ . ./env.sh && plaint list --kind complant
  ! plaint: error: list: no kind 'complant': did you mean 'complaint'?
  ! plaint: hint: known: complaint, compliment, concern
  [2]
  $ . ./env.sh && plaint list --procedure nhs-complain
  ! plaint: error: list: no procedure 'nhs-complain': did you mean 'nhs-complaint'?
  ! plaint: hint: known: choice-qualification, integrated-care-licence, nhs-complaint, two-stage
  [2]
  $ . ./env.sh && plaint due --procedure nhs-complain --format csv
  ! plaint: error: due: no procedure 'nhs-complain': did you mean 'nhs-complaint'?
  ! plaint: hint: known: choice-qualification, integrated-care-licence, nhs-complaint, two-stage
  [2]

A known value matching nothing is an empty success.

  $ . ./env.sh && plaint list --state closed --format csv | tr -d '\r'
  reference,kind,procedure,state,open,received,channel,incident_date,summary,subject,service,provider,owner,closed_on,logged_at,updated_at,aspects,age_band,complainant_status,categories,outcome,resolved_on,ombudsman_on,lessons,actions,voided_on,received_as_logged,links,contributions,risk
  $ . ./env.sh && plaint list --kind compliment --owner alice --format csv | tr -d '\r'
  reference,kind,procedure,state,open,received,channel,incident_date,summary,subject,service,provider,owner,closed_on,logged_at,updated_at,aspects,age_band,complainant_status,categories,outcome,resolved_on,ombudsman_on,lessons,actions,voided_on,received_as_logged,links,contributions,risk

Teams come from the configuration; an unknown one names the nearest.

  $ mkdir -p .config/plaint && printf '[people.alice]\nteam = "complaints"\n[people.sam]\nteam = "pals"\n' > .config/plaint/config.toml
  $ . ./env.sh && plaint due --team Complaints --within 30 --format csv | cut -d, -f1,2
  reference,clock
  C-2026-0001,acknowledgement
  C-2026-0001,response
  $ . ./env.sh && plaint due --team complaint --format csv
  ! plaint: error: due: no team 'complaint': did you mean 'complaints'?
  ! plaint: hint: known: complaints, pals
  [2]
