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
  $ . ./env.sh && plaint close C-2026-0004 >/dev/null

`--to` is `--owner` as people type it; --reason is recorded with the step.

  $ . ./env.sh && plaint assign C-2026-0003 --to carol --reason "rebalancing"
  $ . ./env.sh && plaint assign C-2026-0003 --to dave --owner erin
  $ . ./env.sh && plaint assign C-2026-0003 --to carol --dry-run

Unknown owners, and owners with no open case.

  $ . ./env.sh && plaint assign --from alcie --to bob
  $ . ./env.sh && plaint assign --from zed --to bob
  $ . ./env.sh && plaint assign --from alice
  $ . ./env.sh && plaint assign --from alice --to alice
  $ . ./env.sh && plaint assign C-2026-0001 --from alice --to bob

A dry run lists what would change and writes nothing.

  $ . ./env.sh && plaint assign --from alice --to bob --reason "long leave" --dry-run
  $ . ./env.sh && plaint list --owner alice --format csv

A refusal of one case refuses them all: the two-stage case, responded at
stage 1, takes no assign step until stage 2.

  $ . ./env.sh && plaint ack C-2026-0002 --method email >/dev/null
  $ . ./env.sh && plaint respond C-2026-0002 >/dev/null
  $ . ./env.sh && plaint assign --from alice --to bob
  $ . ./env.sh && plaint list --owner alice --format csv
  $ . ./env.sh && plaint assign C-2026-0002 --to carol

Then it goes through, every case in the one transaction.

  $ . ./env.sh && plaint assign --from alice --to bob --reason "long leave"
  $ . ./env.sh && plaint list --owner bob --format csv
  $ . ./env.sh && plaint show C-2026-0001 | grep assign
  $ . ./env.sh && plaint caseload --format csv
  $ . ./env.sh && plaint verify
