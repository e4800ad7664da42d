`plaint restore BACKUP`: the register put back as a backup had it. The backup
is verified first; the register's content is then replaced in one
transaction under its write lock (others may have it open), and the register
as it was is kept beside it. Copying a backup over the register by hand is
not the way: a -wal left beside it would be mixed into the copy.

  $ cat > env <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > masked() { sed -E 's/[0-9a-f]{64}/<hash>/g'; }
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null
  $ . ./env; plaint log --received 2026-11-16 --summary one --complainant "Ann One"
  $ . ./env; plaint backup monday.db
  $ . ./env; plaint log --received 2026-11-17 --summary two --complainant "Bo Two"
  $ . ./env; plaint restore monday.db | masked
  $ . ./env; plaint list --format tsv | cut -f1
  $ . ./env; plaint verify | masked
  $ stat -c %a reg.db.replaced-20261120T090000Z
  $ . ./env; plaint --register reg.db.replaced-20261120T090000Z list --format tsv | cut -f1
  $ ls -a
  $ . ./env; plaint log --received 2026-11-18 --summary three --complainant "Cy Three"

The register as it was can be put back the same way (another name for what
is kept this time).

  $ . ./env; plaint restore reg.db.replaced-20261120T090000Z --keep undone.db | masked
  $ . ./env; plaint list --format tsv | cut -f1

A backup that does not verify is refused, and nothing changes.

  $ . ./env; plaint backup edited.db >/dev/null
  $ sqlite3 edited.db "update events set actor = 'mallory' where seq = 2"
  $ . ./env; plaint restore edited.db --keep never.db
  $ . ./env; plaint list --format tsv | cut -f1
  $ ls never.db

A lost register is made again from its backup.

  $ rm reg.db
  $ . ./env; plaint restore monday.db | masked
  $ . ./env; plaint list --format tsv | cut -f1

Errors: no backup, the register itself, not a database, a kept name in use.

  $ . ./env; plaint restore none.db
  $ . ./env; plaint restore reg.db
  $ echo text > text.db; . ./env; plaint restore text.db
  $ . ./env; plaint restore monday.db --keep undone.db
  $ . ./env; plaint restore
