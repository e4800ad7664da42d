`plaint backup DEST`: a private, consistent copy that carries everything
(journal, cases, clocks, parties) and verifies on its own.

  $ cat > env <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > masked() { sed -E 's/[0-9a-f]{64}/<hash>/g'; }
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null
  $ . ./env; plaint log --received 2026-11-16 --summary one --complainant "Ann One" --owner alice
  C-2026-0001
  $ . ./env; plaint log --received 2026-11-17 --summary two --complainant "Bo Two"
  C-2026-0002
  $ . ./env; plaint ack C-2026-0001 --method letter --on 2026-11-18
  C-2026-0001: acknowledge on 2026-11-18; now acknowledged

  $ . ./env; umask 022; plaint backup backup.db
  Backed up reg.db to backup.db
  $ stat -c %a backup.db
  600
  $ for t in register events cases clocks parties procedure_definitions; do [ "$(sqlite3 reg.db "select * from $t")" = "$(sqlite3 backup.db "select * from $t")" ] && echo "$t same"; done
  register same
  events same
  cases same
  clocks same
  parties same
  procedure_definitions same
  $ . ./env; plaint --register backup.db verify | masked
  ok: 3 events, 2 cases; journal head <hash>
  $ . ./env; plaint --register backup.db due --format tsv | cut -f1-3
  reference	clock	title
  C-2026-0002	acknowledgement	Acknowledge within 3 working days of receipt
  $ . ./env; plaint due --format tsv | cut -f1-3
  reference	clock	title
  C-2026-0002	acknowledgement	Acknowledge within 3 working days of receipt

The copy is independent: a later change to the register is not in it.

  $ . ./env; plaint log --received 2026-11-19 --summary three --complainant "Cy Three"
  C-2026-0003
  $ . ./env; plaint --register backup.db list --format tsv | cut -f1 | tail -n 1
  C-2026-0002
  $ . ./env; plaint list --format tsv | cut -f1 | tail -n 1
  C-2026-0003

Errors: no register, a backup onto the register itself, a directory.

  $ . ./env; plaint --register none.db backup copy.db
  ! plaint: error: backup: no register at none.db
  ! plaint: hint: create one with 'plaint init none.db'
  [4]
  $ . ./env; plaint backup reg.db
  ! plaint: error: backup: reg.db already exists
  ! plaint: hint: backups never overwrite: choose a new file name
  [4]
  $ mkdir dir; . ./env; plaint backup dir
  ! plaint: error: backup: dir already exists
  ! plaint: hint: backups never overwrite: choose a new file name
  [4]
