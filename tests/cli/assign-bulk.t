The contract of `plaint assign --from A --to B`: every open case of A
reassigned in one transaction, each with the step `plaint assign REF --to B`
records; --dry-run writes nothing; an owner with no open case is an error
naming the nearest owners; a refusal leaves every case as it was.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-16 --summary one --owner alice
  C-2026-0001
  $ . ./env.sh && plaint log --received 2026-11-17 --summary two --owner alice --procedure two-stage
  C-2026-0002
  $ . ./env.sh && plaint log --received 2026-11-18 --summary three --owner bob
  C-2026-0003
  $ . ./env.sh && plaint log --received 2026-11-18 --summary four --owner alice
  C-2026-0004
  $ . ./env.sh && plaint withdraw C-2026-0004 >/dev/null

`--to` is `--owner` as people type it; --reason is recorded with the step.

  $ . ./env.sh && plaint assign C-2026-0003 --to carol --reason "rebalancing"
  C-2026-0003: assign on 2026-11-20; now received
  $ . ./env.sh && plaint assign C-2026-0003 --to dave --owner erin
  ! plaint: error: assign: owner is given twice: give each field once
  ! plaint: hint: see 'plaint assign --help'
  [2]
  $ . ./env.sh && plaint assign C-2026-0003 --to carol --dry-run
  ! plaint: error: assign: --dry-run goes with --from
  ! plaint: hint: plaint assign --from NAME --to NAME --dry-run
  [2]

Unknown owners, and owners with no open case.

  $ . ./env.sh && plaint assign --from alcie --to bob
  ! plaint: error: assign: no open case is owned by 'alcie'
  ! plaint: hint: did you mean alice?
  [2]
  $ . ./env.sh && plaint assign --from zed --to bob
  ! plaint: error: assign: no open case is owned by 'zed'
  ! plaint: hint: the owners of open cases are alice, carol
  [2]
  $ . ./env.sh && plaint assign --from alice
  ! plaint: error: assign: say who takes the cases: --to NAME
  [2]
  $ . ./env.sh && plaint assign --from alice --to alice
  ! plaint: error: assign: --from and --to are both 'alice'
  [2]
  $ . ./env.sh && plaint assign C-2026-0001 --from alice --to bob
  ! plaint: error: assign: give a case or --from, not both
  [2]

A dry run lists what would change and writes nothing.

  $ . ./env.sh && plaint assign --from alice --to bob --reason "long leave" --dry-run
  C-2026-0001: would record assign (alice -> bob); then received
  C-2026-0002: would record assign (alice -> bob); then received
  2 open cases of alice would go to bob (dry run: nothing written)
  $ . ./env.sh && plaint list --owner alice --format csv | tr -d "\r" | cut -d, -f1,3,4,13
  reference,procedure,state,owner
  C-2026-0001,nhs-complaint,received,alice
  C-2026-0002,two-stage,received,alice
  C-2026-0004,nhs-complaint,withdrawn,alice

A refusal of one case refuses them all: the two-stage case, responded at
stage 1, takes no assign step until stage 2.

  $ . ./env.sh && plaint ack C-2026-0002 --method email >/dev/null
  $ . ./env.sh && plaint respond C-2026-0002 --outcome upheld >/dev/null
  $ . ./env.sh && plaint assign --from alice --to bob
  ! plaint: error: assign: C-2026-0002: assign is not allowed while the case is stage1-responded
  ! plaint: hint: allowed now: escalate, close, withdraw; no case was reassigned
  [5]
  $ . ./env.sh && plaint list --owner alice --format csv | tr -d "\r" | cut -d, -f1,3,4,13
  reference,procedure,state,owner
  C-2026-0001,nhs-complaint,received,alice
  C-2026-0002,two-stage,stage1-responded,alice
  C-2026-0004,nhs-complaint,withdrawn,alice
  $ . ./env.sh && plaint assign C-2026-0002 --to carol
  ! plaint: error: assign: assign is not allowed while the case is stage1-responded
  ! plaint: hint: allowed now: escalate, close, withdraw
  [5]

At stage 2 it takes the stage 2 handler's step; then it goes through, every
case in the one transaction.

  $ . ./env.sh && plaint escalate C-2026-0002 --to stage-2 --reason "still unhappy" >/dev/null

  $ . ./env.sh && plaint assign --from alice --to bob --reason "long leave"
  C-2026-0001: assign on 2026-11-20; now received
  C-2026-0002: assign-stage2 on 2026-11-20; now stage2-received
  2 open cases of alice reassigned to bob
  $ . ./env.sh && plaint list --owner bob --format csv | tr -d "\r" | cut -d, -f1,3,4,13
  reference,procedure,state,owner
  C-2026-0001,nhs-complaint,received,bob
  C-2026-0002,two-stage,stage2-received,bob
  $ . ./env.sh && plaint show C-2026-0001 | grep '  assign'
    2026-11-20  assign       by tester at 2026-11-20T09:00:00Z  owner=bob reason=long leave state=received
  $ . ./env.sh && plaint caseload --format csv | tr -d "\r"
  owner,open,overdue,at_risk,paused,waiting,on_track,state:received,state:stage2-received
  bob,2,1,0,0,0,1,1,1
  carol,1,0,1,0,0,0,1,0
  $ . ./env.sh && plaint verify | cut -d';' -f1
  ok: 11 events, 4 cases
