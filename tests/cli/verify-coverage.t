The contract of `plaint verify` over everything that decides a date or a
count (issue 13): the procedure definitions cases follow, the stored clocks
that `due`, `remind` and reports read, the register row, and content erased
for lawful disposal. When the cases differ from an intact-looking journal,
verify does not send the user to `plaint rebuild` (which would make the cases
agree with a journal that may itself have been rewritten); `rebuild` names
what it repaired. Journal hashes are masked: the register's salt is random.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > masked() { sed -E 's/[0-9a-f]{64}/<hash>/g; s/\(([0-9a-f]{12})\)/(<hash>)/g'; }
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-16 --summary "Discharge delayed" --complainant "Ann Smith"
  C-2026-0001
  $ . ./env.sh && plaint log --received 2026-11-17 --summary "Parking" --complainant "Bob Jones"
  C-2026-0002
  $ . ./env.sh && plaint ack C-2026-0002 --on 2026-11-18 --method letter >/dev/null
  $ cp reg.db pristine.db
  $ . ./env.sh && plaint verify | masked
  ok: 3 events, 2 cases; journal head <hash>

A due date moved in the clocks table (what `due` and every reminder read).
16 November 2026 is a Monday: the acknowledgement is due 3 working days
later, Thursday 19 November.

  $ sqlite3 reg.db "UPDATE clocks SET due = '2026-12-30' WHERE case_ref = 'C-2026-0001' AND clock = 'acknowledgement'"
  $ . ./env.sh && plaint verify
  FAILED: the clocks of case C-2026-0001 differ from its journal: clock acknowledgement is due 2026-12-30, the journal says 2026-11-19
  what to do: the journal itself may have been rewritten (an edit followed by every later hash recomputed passes the chain walk): compare the journal head with your latest seal ('plaint verify --seals FILE') or an outside record such as a manager's digest; 'plaint rebuild' would make the cases agree with the journal as it now is, so do not run it until the journal is known to be genuine
  [1]
  $ . ./env.sh && plaint verify | grep -c rebuild.
  1
  $ . ./env.sh && plaint rebuild
  Rebuilt 2 cases from 3 events; 1 differed from the journal
    repaired: the clocks of C-2026-0001
  $ . ./env.sh && plaint verify | masked
  ok: 3 events, 2 cases; journal head <hash>

A clock deleted, and one added that the journal does not give.

  $ sqlite3 reg.db "DELETE FROM clocks WHERE case_ref = 'C-2026-0002' AND clock = 'response'"
  $ . ./env.sh && plaint verify | head -1
  FAILED: the clocks of case C-2026-0002 differ from its journal: clock response is missing
  $ . ./env.sh && plaint rebuild >/dev/null && plaint verify | masked
  ok: 3 events, 2 cases; journal head <hash>

A case row edited: named, and rebuild repairs it.

  $ sqlite3 reg.db "UPDATE cases SET state = 'closed', closed_on = '2026-11-18' WHERE ref = 'C-2026-0001'"
  $ . ./env.sh && plaint verify | head -1
  FAILED: case C-2026-0001 differs from its journal
  $ . ./env.sh && plaint rebuild
  Rebuilt 2 cases from 3 events; 1 differed from the journal
    repaired: case C-2026-0001
  $ . ./env.sh && plaint show C-2026-0001 --format json | jq -r .state
  received

A procedure definition's text edited: every due date of its cases would move.

  $ sqlite3 reg.db "UPDATE procedure_definitions SET text = text || ' '"
  $ . ./env.sh && plaint verify > out.txt; echo "exit $?"; masked < out.txt
  exit 1
  FAILED: the stored definition of procedure nhs-complaint (<hash>) was changed behind plaint's back: its text does not match its SHA-256
  what to do: a procedure definition decides every date of the cases that follow it and cannot be rebuilt from the journal: restore the register from a backup
  $ cp pristine.db reg.db && sqlite3 reg.db "DELETE FROM procedure_definitions"
  $ . ./env.sh && plaint verify | masked | head -1
  FAILED: 2 case(s) follow procedure definition 219e42e702b0, which the register no longer holds

The register row: its organisation, reference prefix and the rest of its
identity are covered by the journal's genesis hash.

  $ cp pristine.db reg.db && sqlite3 reg.db "UPDATE register SET organisation = 'Other ICB'"
  $ . ./env.sh && plaint verify
  FAILED: event 1 does not follow the register's genesis: the register row (organisation, reference prefix, default procedure, creation time or salt) was changed behind plaint's back
  what to do: the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record
  [1]
  $ cp pristine.db reg.db && sqlite3 reg.db "UPDATE register SET reference_prefix = 'X'"
  $ . ./env.sh && plaint verify | head -1
  FAILED: event 1 does not follow the register's genesis: the register row (organisation, reference prefix, default procedure, creation time or salt) was changed behind plaint's back
  $ . ./env.sh && plaint rebuild
  ! plaint: error: rebuild: the journal is not intact, so the cases cannot be rebuilt from it: event 1 does not follow the register's genesis: the register row (organisation, reference prefix, default procedure, creation time or salt) was changed behind plaint's back
  ! plaint: hint: run 'plaint verify' for details
  [4]

An event's details edited, its content hash left alone: named.

  $ cp pristine.db reg.db && sqlite3 reg.db "UPDATE events SET details = replace(details, 'letter', 'phone') WHERE seq = 3"
  $ . ./env.sh && plaint verify | head -1
  FAILED: event 3 (C-2026-0002 acknowledge) has been altered: its details do not match their hash

Content erased (as lawful disposal will): the chain still verifies, because
it covers each event's content hash, not its content.

  $ cp pristine.db reg.db && sqlite3 reg.db "UPDATE events SET details = NULL WHERE seq = 3"
  $ . ./env.sh && plaint verify --format json | jq -c '[.problems[0].message, .problems[0].event]'
  ["case C-2026-0002 differs from its journal",3]
  $ . ./env.sh && plaint verify --format json | jq -c '.problems | map(select(.message | test("altered|follow"))) | length'
  0

Invalid UTF-8 written into an event is named, not an internal error.

  $ cp pristine.db reg.db && sqlite3 reg.db "UPDATE events SET actor = CAST(X'65ff' AS TEXT) WHERE seq = 2"
  $ . ./env.sh && plaint verify
  FAILED: event 2 has been altered: it holds text that is not valid UTF-8
  what to do: the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record
  [1]

verify never writes: the file is the same, byte for byte, after it.

  $ cp pristine.db reg.db && sqlite3 reg.db "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null && sha256sum reg.db > before.sum
  $ . ./env.sh && plaint verify >/dev/null && sha256sum -c before.sum
  reg.db: OK
