`plaint restore BACKUP`: the register put back as a backup had it. The backup
is verified first; the register's content is then replaced in one
transaction under its write lock (others may have it open), and the register
as it was is kept beside it. Copying a backup over the register by hand is
not the way: a -wal left beside it would be mixed into the copy.

  $ cat > env <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > masked() { sed -E 's/[0-9a-f]{64}/<hash>/g; s/replaced-[0-9]{8}T[0-9]{6}Z/replaced-TIME/'; }
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null
  $ . ./env; plaint log --received 2026-11-16 --summary one --complainant "Ann One"
  C-2026-0001
  $ . ./env; plaint backup monday.db
  Backed up reg.db to monday.db
  $ . ./env; plaint log --received 2026-11-17 --summary two --complainant "Bo Two"
  C-2026-0002
  $ . ./env; plaint restore monday.db | masked
  Restored reg.db from monday.db: 1 event, 1 case; journal head <hash>
  The register as it was (2 events; journal head <hash>) is kept in reg.db.replaced-TIME
  $ . ./env; plaint list --format tsv | cut -f1
  reference
  C-2026-0001
  $ . ./env; plaint verify | masked
  ok: 1 events, 1 cases; journal head <hash>
  $ stat -c %a reg.db.replaced-*
  600
  $ . ./env; plaint --register reg.db.replaced-* list --format tsv | cut -f1
  reference
  C-2026-0001
  C-2026-0002
  $ . ./env; ls -a | masked
  .
  ..
  env
  monday.db
  reg.db
  reg.db-shm
  reg.db-wal
  reg.db.replaced-TIME
  $ . ./env; plaint log --received 2026-11-18 --summary three --complainant "Cy Three"
  C-2026-0002

The register as it was can be put back the same way (another name for what
is kept this time).

  $ . ./env; plaint restore reg.db.replaced-* --keep undone.db | masked
  Restored reg.db from reg.db.replaced-TIME: 2 events, 2 cases; journal head <hash>
  The register as it was (2 events; journal head <hash>) is kept in undone.db
  $ . ./env; plaint list --format tsv | cut -f1
  reference
  C-2026-0001
  C-2026-0002

A backup that does not verify is refused, and nothing changes.

  $ . ./env; plaint backup edited.db >/dev/null
  $ sqlite3 edited.db "update events set actor = 'mallory' where seq = 2"
(The first problem verify finds is named; it is cut here.)

  $ . ./env; plaint restore edited.db --keep never.db 2>&1 | sed -E 's/verify: .*; nothing/verify: ...; nothing/'; echo "exit ${PIPESTATUS[0]}"
  plaint: error: restore: edited.db does not verify: ...; nothing was changed
  plaint: hint: 'plaint --register edited.db verify' lists every problem
  exit 3
  $ . ./env; plaint list --format tsv | cut -f1
  reference
  C-2026-0001
  C-2026-0002
  $ ls never.db
  ! ls: cannot access 'never.db': No such file or directory
  [2]

A lost register is made again from its backup.

  $ mv reg.db lost.db
  $ . ./env; plaint restore monday.db | masked
  Restored reg.db from monday.db: 1 event, 1 case; journal head <hash>
  $ . ./env; plaint list --format tsv | cut -f1
  reference
  C-2026-0001

Errors: no backup, the register itself, not a database, a kept name in use.

  $ . ./env; plaint restore none.db
  ! plaint: error: restore: no backup at none.db
  [3]
  $ . ./env; plaint restore reg.db
  ! plaint: error: restore: reg.db is the register itself
  ! plaint: hint: name a backup of it
  [2]
  $ echo text > text.db; . ./env; plaint restore text.db
  ! plaint: error: restore: text.db is not a plaint register (not an SQLite database)
  [3]
  $ . ./env; plaint restore monday.db --keep undone.db
  ! plaint: error: restore: undone.db already exists
  ! plaint: hint: backups never overwrite: choose a new file name
  [4]
  $ . ./env; plaint restore
  ! plaint: error: restore: BACKUP is required
  ! plaint: hint: see 'plaint restore --help'
  [2]
