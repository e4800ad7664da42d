`plaint rebuild`: the case records and clocks rebuilt from the journal
reproduce the projection exactly; a projection edited behind plaint's back is
repaired; a journal edited behind plaint's back is found by verify.

  $ cat > env <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > masked() { sed -E 's/[0-9a-f]{64}/<hash>/g'; }
  > snapshot() { sqlite3 reg.db 'select * from cases order by ref' 'select * from clocks' 'select * from parties'; }
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null
  $ . ./env; plaint log --received 2026-11-02 --summary one --complainant "Ann One" --owner alice
  C-2026-0001
  $ . ./env; plaint log --received 2026-11-16 --summary two --complainant "Bo Two" --procedure two-stage
  C-2026-0002
  $ . ./env; plaint log --received 2026-11-17 --kind concern --summary three
  C-2026-0003
  $ . ./env; plaint ack C-2026-0001 --method letter --on 2026-11-03 >/dev/null
  $ . ./env; plaint hold C-2026-0001 --reason police --on 2026-11-10 >/dev/null
  $ . ./env; plaint ack C-2026-0002 --method email --on 2026-11-18 >/dev/null

Rebuilding an intact register changes nothing.

  $ . ./env; snapshot > before.txt; plaint rebuild
  Rebuilt 3 cases from 6 events; 0 differed from the journal
  $ . ./env; snapshot > after.txt; cmp before.txt after.txt && echo same
  same
  $ . ./env; plaint verify | masked
  ok: 6 events, 3 cases; journal head <hash>

The case table edited behind plaint's back: verify names it, rebuild repairs
it from the journal.

  $ sqlite3 reg.db "update cases set state = 'closed' where ref = 'C-2026-0002'"
  $ . ./env; plaint verify | masked
  FAILED: case C-2026-0002 differs from its journal
  what to do: the journal itself may have been rewritten (an edit followed by every later hash recomputed passes the chain walk): compare the journal head with your latest seal ('plaint verify --seals FILE') or an outside record such as a manager's digest; 'plaint rebuild' would make the cases agree with the journal as it now is, so do not run it until the journal is known to be genuine
  $ . ./env; plaint rebuild
  Rebuilt 3 cases from 6 events; 1 differed from the journal
    repaired: case C-2026-0002
  $ . ./env; snapshot > repaired.txt; cmp before.txt repaired.txt && echo same
  same
  $ . ./env; plaint verify | masked
  ok: 6 events, 3 cases; journal head <hash>

An event edited behind plaint's back: rebuild does not launder it; verify
still fails and names the event.

  $ sqlite3 reg.db "update events set effective_date = '2026-11-04' where seq = 4"
  $ . ./env; plaint verify | masked
  FAILED: event 4 (C-2026-0001 acknowledge) has been altered: its hash does not match its contents
  what to do: the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record
  $ . ./env; plaint rebuild >/dev/null 2>&1; plaint verify | masked
  FAILED: event 4 (C-2026-0001 acknowledge) has been altered: its hash does not match its contents
  what to do: the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record
  $ . ./env; plaint verify >/dev/null; echo $?
  1
