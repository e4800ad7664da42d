The command contract of `plaint explain REF`: how each of a case's due dates
was worked out, which rule, which start, which days skipped.

| March/April 2024
| Mo Tu We Th Fr Sa Su
| 25 26 27 28 29 30 31    29 Good Friday, 30 received
|  1  2  3  4  5  6  7     1 Easter Monday

  $ cat > env <<'END'
  > export PLAINT_REGISTER=reg.db PLAINT_NOW=2024-04-02T09:00:00Z PLAINT_USER=cco PLAINT_TODAY=2024-04-02
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null

Received Saturday 30 March 2024: the acknowledgement is due on the third
working day after the Saturday (Easter Monday skipped): Thursday 4 April.

  $ . ./env; plaint log --received 2024-03-30 --summary "Discharge" --complainant "A. Person"
  C-2024-0001
  $ . ./env; plaint explain C-2024-0001
  C-2024-0001 follows nhs-complaint (definition 219e42e702b0), calendar england-and-wales, as of 2024-04-02
  
  Resolve a concern by the next working day, or escalate it [concern]: not started
    starts on logged
  
  Acknowledge within 3 working days of receipt [acknowledgement]: 2 left
    starts on Sat 2024-03-30 (logged)
    3 working days after day 0 is Thu 2024-04-04 (skipping 1 weekend day; 2024-04-01 Easter Monday)
    due Thu 2024-04-04
    at risk from 2024-04-03
  
  Investigation report within 10 working days [investigation]: not started
    starts on investigate
  
  Written response within 25 working days, or by the agreed date [response]: 24 left
    starts on Sat 2024-03-30 (logged)
    25 working days after day 0 is Tue 2024-05-07 (skipping 11 weekend days; 2024-04-01 Easter Monday; 2024-05-06 Early May bank holiday)
    due Tue 2024-05-07
    at risk from 2024-04-29
  
  Statutory long-stop: respond within 6 months of receipt [long-stop]: 125 left
    starts on Sat 2024-03-30 (logged)
    6 months beginning on 2024-03-30 end on Sun 2024-09-29
    due Sun 2024-09-29
    at risk from 2024-09-02
  $ . ./env; plaint explain C-2024-0001 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(type(d).__name__)'
  dict

Unknown or missing references.

  $ . ./env; plaint explain C-2024-0009
  ! plaint: error: explain: no case C-2024-0009 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]
  $ . ./env; plaint explain
  ! plaint: error: explain: REF is required
  ! plaint: hint: see 'plaint explain --help'
  [2]
