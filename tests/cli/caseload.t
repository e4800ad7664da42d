The contract of `plaint caseload` (open cases by owner, their states and how
their clocks stand today) and of `plaint action list` (every case's
improvement actions by due date). Asked on Friday 20 November 2026.

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
  $ . ./env.sh && plaint withdraw C-2026-0006 >/dev/null

  $ . ./env.sh && plaint caseload --format table
  owner         open  overdue  at-risk  paused  waiting  on-track  acknowledged  received
  (unassigned)     1        0        0       0        0         1             0         1
  alice            2        1        1       0        0         0             0         2
  bob              2        0        0       1        1         0             1         1
  (total)          5        1        1       1        1         1             1         4
  $ . ./env.sh && plaint caseload --owner bob --format table
  owner    open  overdue  at-risk  paused  waiting  on-track  acknowledged  received
  bob         2        0        0       1        1         0             1         1
  (total)     2        0        0       1        1         0             1         1
  $ . ./env.sh && plaint caseload --owner nobody --format table
  owner    open  overdue  at-risk  paused  waiting  on-track
  nobody      0        0        0       0        0         0
  (total)     0        0        0       0        0         0
  $ . ./env.sh && plaint caseload | tr -d "\r"
  owner,open,overdue,at_risk,paused,waiting,on_track,state:acknowledged,state:received
  ,1,0,0,0,0,1,0,1
  alice,2,1,1,0,0,0,0,2
  bob,2,0,0,1,1,0,1,1
  $ . ./env.sh && plaint caseload --format json
  {
    "date": "2026-11-20",
    "owners": [
      {
        "owner": null,
        "open": 1,
        "clocks": {
          "overdue": 0,
          "at_risk": 0,
          "paused": 0,
          "waiting": 0,
          "on_track": 1
        },
        "states": {
          "received": 1
        }
      },
      {
        "owner": "alice",
        "open": 2,
        "clocks": {
          "overdue": 1,
          "at_risk": 1,
          "paused": 0,
          "waiting": 0,
          "on_track": 0
        },
        "states": {
          "received": 2
        }
      },
      {
        "owner": "bob",
        "open": 2,
        "clocks": {
          "overdue": 0,
          "at_risk": 0,
          "paused": 1,
          "waiting": 1,
          "on_track": 0
        },
        "states": {
          "acknowledged": 1,
          "received": 1
        }
      }
    ],
    "total": {
      "open": 5,
      "clocks": {
        "overdue": 1,
        "at_risk": 1,
        "paused": 1,
        "waiting": 1,
        "on_track": 1
      },
      "states": {
        "acknowledged": 1,
        "received": 4
      }
    }
  }
  $ . ./env.sh && plaint caseload --format ndjson
  ! plaint: error: caseload: format 'ndjson' is not available here
  ! plaint: hint: use --format table|json|csv|tsv
  [2]

Improvement actions across the register, by due date (none last).

  $ . ./env.sh && plaint action C-2026-0001 --add "Review triage" --owner carys --due 2026-11-30 >/dev/null
  $ . ./env.sh && plaint action C-2026-0002 --add "Retrain" --owner dev --due 2026-11-19 --on 2026-11-18 >/dev/null
  $ . ./env.sh && plaint action C-2026-0003 --add "Fix the form" >/dev/null
  $ . ./env.sh && plaint action C-2026-0001 --add "Audit" --owner carys --due 2026-12-15 >/dev/null
  $ . ./env.sh && plaint action C-2026-0001 --done 2 >/dev/null
  $ . ./env.sh && plaint action list --format table
  reference    number  action         owner  due         added_on    done_on
  C-2026-0002       1  Retrain        dev    2026-11-19  2026-11-18
  C-2026-0001       1  Review triage  carys  2026-11-30  2026-11-20
  C-2026-0001       2  Audit          carys  2026-12-15  2026-11-20  2026-11-20
  C-2026-0003       1  Fix the form                      2026-11-20
  $ . ./env.sh && plaint action --format table --open
  reference    number  action         owner  due         added_on    done_on
  C-2026-0002       1  Retrain        dev    2026-11-19  2026-11-18
  C-2026-0001       1  Review triage  carys  2026-11-30  2026-11-20
  C-2026-0003       1  Fix the form                      2026-11-20
  $ . ./env.sh && plaint action list --overdue --format csv | tr -d "\r"
  reference,number,action,owner,due,added_on,done_on
  C-2026-0002,1,Retrain,dev,2026-11-19,2026-11-18,
  $ . ./env.sh && plaint action list --owner carys --due-by 2026-12-01 --format json
  [
    {
      "reference": "C-2026-0001",
      "number": 1,
      "action": "Review triage",
      "owner": "carys",
      "due": "2026-11-30",
      "added_on": "2026-11-20",
      "done_on": null
    }
  ]
  $ . ./env.sh && plaint action C-2026-0001 --open
  ! plaint: error: action: --open, --overdue and --due-by filter the register-wide list
  ! plaint: hint: plaint action list --open
  [2]
  $ . ./env.sh && plaint action list --add "x"
  ! plaint: error: action: --add and --done need a case
  ! plaint: hint: plaint action REF --add TEXT
  [2]
  $ . ./env.sh && plaint verify | cut -d';' -f1
  ok: 15 events, 7 cases
