Lessons learned and improvement actions: journal events on a case in any
state, projected into case_lessons and case_actions.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-02 --channel email --summary "Call-back not made as promised" >/dev/null

  $ . ./env.sh && plaint learn C-2026-0001 --lesson "Call back when promised" --on 2026-11-10
  C-2026-0001: lesson 1 recorded on 2026-11-10
  $ . ./env.sh && plaint learn C-2026-0001 --lesson "   "
  ! plaint: error: learn: the lesson is empty
  [2]
  $ . ./env.sh && plaint action C-2026-0001 --add "Add call-back times to the booking system" --owner sam --due 2026-12-31
  C-2026-0001: action 1 added on 2026-11-20
  $ . ./env.sh && plaint action C-2026-0001 --add "Audit call-backs" --on 2026-11-12
  C-2026-0001: action 2 added on 2026-11-12
  $ . ./env.sh && plaint action C-2026-0001 --done 2 --on 2026-11-19
  C-2026-0001: action 2 done on 2026-11-19
  $ . ./env.sh && plaint action C-2026-0001 --done 2
  ! plaint: error: action: action 2 of C-2026-0001 was done on 2026-11-19
  [2]
  $ . ./env.sh && plaint action C-2026-0001 --done 3
  ! plaint: error: action: C-2026-0001 has no action 3
  ! plaint: hint: its actions are 1 to 2
  [2]
  $ . ./env.sh && plaint action C-2026-0001 --done 1 --on 2026-11-01
  ! plaint: error: action: action 1 of C-2026-0001 was added on 2026-11-20, after 2026-11-01
  [2]
  $ . ./env.sh && plaint action C-2026-0001 --add "Late" --due 2026-11-01
  ! plaint: error: action: the action is due (2026-11-01) before it is added (2026-11-20)
  [2]
  $ . ./env.sh && plaint action C-2026-0001 --owner sam
  ! plaint: error: action: --owner and --due describe a new action
  ! plaint: hint: use them with --add TEXT
  [2]
  $ . ./env.sh && plaint action C-2026-0001
  number  action                                     owner  due         added_on    done_on
       1  Add call-back times to the booking system  sam    2026-12-31  2026-11-20
       2  Audit call-backs                                              2026-11-12  2026-11-19
  $ . ./env.sh && plaint action C-2026-0001 --format csv | tr -d '\r'
  number,action,owner,due,added_on,done_on
  1,Add call-back times to the booking system,sam,2026-12-31,2026-11-20,
  2,Audit call-backs,,,2026-11-12,2026-11-19
  $ sqlite3 reg.db "select * from case_lessons"
  C-2026-0001|1|2026-11-10|Call back when promised
  $ sqlite3 reg.db "select * from case_actions"
  C-2026-0001|1|Add call-back times to the booking system|sam|2026-12-31|2026-11-20|
  C-2026-0001|2|Audit call-backs|||2026-11-12|2026-11-19
  $ sqlite3 reg.db "select seq, type, effective_date, details from events where seq > 1"
  2|lesson-learned|2026-11-10|{"lesson":"Call back when promised"}
  3|action-added|2026-11-20|{"action":"Add call-back times to the booking system","due":"2026-12-31","owner":"sam"}
  4|action-added|2026-11-12|{"action":"Audit call-backs"}
  5|action-done|2026-11-19|{"number":2}
  $ . ./env.sh && plaint action C-2026-0099 --add "Nothing"
  ! plaint: error: action: no case C-2026-0099 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]
  $ . ./env.sh && plaint verify >/dev/null && plaint rebuild
  Rebuilt 1 cases from 5 events; 0 differed from the journal
