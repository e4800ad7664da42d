The contract of `plaint caseload` (open cases by owner, their states and how
their clocks stand today) and of `plaint action list` (every case's
improvement actions by due date). Asked on Friday 20 November 2026.

       November 2026
  Mo Tu We Th Fr Sa Su
   9 10 11 12 13 14 15    C1 received Mon 9: acknowledgement due Thu 12, overdue
  16 17 18 19 20 21 22    C2 received Tue 17: due Fri 20, today (at risk)
  23 24 25 26 27 28 29    C3, C4 received Fri 20: due Wed 25 (on track)

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-09 --summary one --owner alice
  C-2026-0001
  $ . ./env.sh && plaint log --received 2026-11-17 --summary two --owner alice
  C-2026-0002
  $ . ./env.sh && plaint log --received 2026-11-20 --summary three --owner bob
  C-2026-0003
  $ . ./env.sh && plaint log --received 2026-11-20 --summary four
  C-2026-0004
  $ . ./env.sh && plaint log --received 2026-11-20 --summary five --owner bob --channel phone
  C-2026-0005
  $ . ./env.sh && plaint log --received 2026-11-20 --summary six --owner bob
  C-2026-0006
  $ . ./env.sh && plaint log --kind compliment --summary "thanks" --owner alice
  C-2026-0007
  $ . ./env.sh && plaint ack C-2026-0003 --method email >/dev/null
  $ . ./env.sh && plaint hold C-2026-0003 --reason police >/dev/null
  $ . ./env.sh && plaint close C-2026-0006 >/dev/null

  $ . ./env.sh && plaint caseload --format table
  $ . ./env.sh && plaint caseload --owner bob --format table
  $ . ./env.sh && plaint caseload --owner nobody --format table
  $ . ./env.sh && plaint caseload
  $ . ./env.sh && plaint caseload --format json
  $ . ./env.sh && plaint caseload --format ndjson

Improvement actions across the register, by due date (none last).

  $ . ./env.sh && plaint action C-2026-0001 --add "Review triage" --owner carys --due 2026-11-30 >/dev/null
  $ . ./env.sh && plaint action C-2026-0002 --add "Retrain" --owner dev --due 2026-11-19 --on 2026-11-18 >/dev/null
  $ . ./env.sh && plaint action C-2026-0003 --add "Fix the form" >/dev/null
  $ . ./env.sh && plaint action C-2026-0001 --add "Audit" --owner carys --due 2026-12-15 >/dev/null
  $ . ./env.sh && plaint action C-2026-0001 --done 2 >/dev/null
  $ . ./env.sh && plaint action list --format table
  $ . ./env.sh && plaint action --format table --open
  $ . ./env.sh && plaint action list --overdue --format csv
  $ . ./env.sh && plaint action list --owner carys --due-by 2026-12-01 --format json
  $ . ./env.sh && plaint action C-2026-0001 --open
  $ . ./env.sh && plaint action list --add "x"
  $ . ./env.sh && plaint verify
