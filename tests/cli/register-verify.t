The command contracts of `plaint verify` (exit 0 when the register is intact,
1 naming the first problem), `plaint rebuild` (the case table from the
journal) and `plaint backup DEST` (a private, consistent copy, never over an
existing file). Journal hashes are masked: the register's salt is random.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > masked() { sed -E 's/[0-9a-f]{64}/<hash>/g'; }
  > masked_status() { "$@" > out.txt; local status=$?; masked < out.txt; rm out.txt; return $status; }
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint verify | masked
  ok: 0 events, 0 cases; journal head <hash>
  $ . ./env.sh && for s in one two three; do plaint log --summary $s --complainant "Ann $s"; done
  C-2026-0001
  C-2026-0002
  C-2026-0003

An intact register.

  $ . ./env.sh && plaint verify | masked
  ok: 3 events, 3 cases; journal head <hash>
  $ . ./env.sh && plaint verify --format json | masked
  {
    "ok": true,
    "events": 3,
    "cases": 3,
    "journal_head": "<hash>",
    "problems": [],
    "notes": [],
    "advice": [],
    "seals": {
      "count": 0,
      "key_configured": false,
      "newest": null,
      "notes": []
    }
  }
  $ h=$(sqlite3 reg.db 'select hash from events where seq = 3') && . ./env.sh && plaint verify | grep -c "$h"
  1
  $ . ./env.sh && plaint rebuild
  Rebuilt 3 cases from 3 events; 0 differed from the journal
  $ . ./env.sh && plaint verify --format csv
  ! plaint: error: verify: format 'csv' is not available here
  ! plaint: hint: use --format table|json
  [2]
  $ . ./env.sh && plaint verify --deep
  ! plaint: error: verify: The following argument was not expected: --deep
  ! plaint: hint: see 'plaint verify --help'
  [2]

A backup: private, intact, identical, and never over an existing file.

  $ . ./env.sh && plaint backup copy.db
  Backed up reg.db to copy.db
  $ stat -c %a copy.db
  600
  $ . ./env.sh && plaint --register copy.db verify | masked
  ok: 3 events, 3 cases; journal head <hash>
  $ for t in register events parties cases; do [ "$(sqlite3 reg.db "select * from $t")" = "$(sqlite3 copy.db "select * from $t")" ] && echo "$t same"; done
  register same
  events same
  parties same
  cases same
  $ . ./env.sh && plaint backup copy.db
  ! plaint: error: backup: copy.db already exists
  ! plaint: hint: backups never overwrite: choose a new file name
  [4]
  $ echo 'keep me' > notes.txt && . ./env.sh && plaint backup notes.txt
  ! plaint: error: backup: notes.txt already exists
  ! plaint: hint: backups never overwrite: choose a new file name
  [4]
  $ cat notes.txt
  keep me
  $ . ./env.sh && plaint backup missing/copy.db
  ! plaint: error: backup: cannot create missing/copy.db: No such file or directory
  [4]
  $ . ./env.sh && plaint backup
  ! plaint: error: backup: DEST is required
  ! plaint: hint: see 'plaint backup --help'
  [2]
  $ ls
  copy.db
  env.sh
  notes.txt
  reg.db
  reg.db-shm
  reg.db-wal

The case table edited behind plaint's back: verify names the case (exit 1),
rebuild restores it from the journal.

  $ sqlite3 reg.db "update cases set summary = 'nothing to see' where ref = 'C-2026-0002'"
  $ . ./env.sh && plaint verify
  FAILED: case C-2026-0002 differs from its journal
  what to do: the journal itself may have been rewritten (an edit followed by every later hash recomputed passes the chain walk): compare the journal head with your latest seal ('plaint verify --seals FILE') or an outside record such as a manager's digest; 'plaint rebuild' would make the cases agree with the journal as it now is, so do not run it until the journal is known to be genuine
  [1]
  $ . ./env.sh && masked_status plaint verify --format json
  {
    "ok": false,
    "events": 3,
    "cases": 3,
    "journal_head": "<hash>",
    "problems": [
      {
        "event": 2,
        "message": "case C-2026-0002 differs from its journal"
      }
    ],
    "notes": [],
    "advice": [
      "the journal itself may have been rewritten (an edit followed by every later hash recomputed passes the chain walk): compare the journal head with your latest seal ('plaint verify --seals FILE') or an outside record such as a manager's digest; 'plaint rebuild' would make the cases agree with the journal as it now is, so do not run it until the journal is known to be genuine"
    ],
    "seals": {
      "count": 0,
      "key_configured": false,
      "newest": null,
      "notes": []
    }
  }
  [1]
  $ . ./env.sh && plaint rebuild
  Rebuilt 3 cases from 3 events; 1 differed from the journal
    repaired: case C-2026-0002
  $ sqlite3 reg.db "select summary from cases where ref = 'C-2026-0002'"
  two
  $ sqlite3 reg.db "update cases set received = 'someday' where ref = 'C-2026-0001'; delete from cases where ref = 'C-2026-0003'"
  $ . ./env.sh && plaint verify
  FAILED: case C-2026-0001 differs from its journal
  FAILED: case C-2026-0003 is in the journal but missing from the case table
  what to do: the journal itself may have been rewritten (an edit followed by every later hash recomputed passes the chain walk): compare the journal head with your latest seal ('plaint verify --seals FILE') or an outside record such as a manager's digest; 'plaint rebuild' would make the cases agree with the journal as it now is, so do not run it until the journal is known to be genuine
  [1]
  $ . ./env.sh && plaint rebuild
  Rebuilt 3 cases from 3 events; 2 differed from the journal
    repaired: case C-2026-0001 (unreadable)
    repaired: case C-2026-0003 (missing)
  $ . ./env.sh && plaint verify | masked
  ok: 3 events, 3 cases; journal head <hash>

The journal edited: verify names the event; rebuild refuses (exit 4) and
changes nothing. The backup taken before is intact.

  $ cp reg.db edited.db && sqlite3 edited.db "update events set details = replace(details, 'two', 'too') where seq = 2"
  $ . ./env.sh && plaint --register edited.db verify
  FAILED: event 2 (C-2026-0002 logged) has been altered: its details do not match their hash
  what to do: the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record
  [1]
  $ . ./env.sh && plaint --register edited.db verify --format json
  {
    "ok": false,
    "events": 2,
    "cases": 0,
    "journal_head": "",
    "problems": [
      {
        "event": 2,
        "message": "event 2 (C-2026-0002 logged) has been altered: its details do not match their hash"
      }
    ],
    "notes": [],
    "advice": [
      "the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record"
    ],
    "seals": {
      "count": 0,
      "key_configured": false,
      "newest": null,
      "notes": []
    }
  }
  [1]
  $ . ./env.sh && plaint --register edited.db rebuild
  ! plaint: error: rebuild: the journal is not intact, so the cases cannot be rebuilt from it: event 2 (C-2026-0002 logged) has been altered: its details do not match their hash
  ! plaint: hint: run 'plaint verify' for details
  [4]
  $ cp reg.db dated.db && sqlite3 dated.db "update events set effective_date = '2026-13-01' where seq = 1"
  $ . ./env.sh && plaint --register dated.db verify
  FAILED: event 1 has been altered: its date is not a valid date
  what to do: the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record
  [1]
  $ cp reg.db deleted.db && sqlite3 deleted.db "delete from events where seq = 2"
  $ . ./env.sh && plaint --register deleted.db verify
  FAILED: event 2 is missing: the journal jumps from 1 to 3
  what to do: the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record
  [1]
  $ cp reg.db newest.db && sqlite3 newest.db "delete from events where seq = 3"
  $ . ./env.sh && plaint --register newest.db verify
  FAILED: the journal ends at event 2 but the register recorded event 3 as its newest: events were deleted
  what to do: the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record
  [1]
  $ cp reg.db party.db && sqlite3 party.db "update parties set name = 'Eve' where id = 1"
  $ . ./env.sh && plaint --register party.db verify
  FAILED: party 1 of case C-2026-0001 was changed outside plaint
  what to do: personal rows (parties, notes, correspondence, attachments) are covered by digests in the journal, not kept in it, so 'plaint rebuild' cannot restore them: restore the register from a backup
  [1]
A changed party cannot be rebuilt: the journal holds only its digest.

  $ . ./env.sh && plaint --register party.db rebuild
  Rebuilt 3 cases from 3 events; 0 differed from the journal
  $ . ./env.sh && plaint --register party.db verify
  FAILED: party 1 of case C-2026-0001 was changed outside plaint
  what to do: personal rows (parties, notes, correspondence, attachments) are covered by digests in the journal, not kept in it, so 'plaint rebuild' cannot restore them: restore the register from a backup
  [1]
  $ . ./env.sh && plaint --register copy.db verify | masked
  ok: 3 events, 3 cases; journal head <hash>
