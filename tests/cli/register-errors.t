What every register command says about a register it cannot use: one
"plaint: error:" line naming the file and the problem, a hint where there is
something to do, exit 4, and the file left exactly as it was.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > latest_masked() { "$@" 2> err.txt; local status=$?; sed -E 's/up to [0-9]+\)/up to LATEST)/' err.txt >&2; rm err.txt; return $status; }
  > END

No register named anywhere.

  $ plaint list
  ! plaint: error: list: no register given
  ! plaint: hint: use --register FILE, set PLAINT_REGISTER, or set register in the configuration; 'plaint init FILE' creates one
  [4]
  $ plaint log --summary x
  ! plaint: error: log: no register given
  ! plaint: hint: use --register FILE, set PLAINT_REGISTER, or set register in the configuration; 'plaint init FILE' creates one
  [4]

A location names a file (PATH or sqlite:PATH); a PostgreSQL URI is refused
by this release, and one holding a password is refused without echoing it.

  $ plaint --register sqlite: list
  ! plaint: error: list: sqlite: names no file
  ! plaint: hint: give sqlite:PATH
  [2]
  $ plaint --register postgresql://alice@db.example.org/complaints list
  ! plaint: error: list: postgresql://alice@db.example.org/complaints: this plaint keeps registers in SQLite files only
  ! plaint: hint: PostgreSQL registers are not in this release; give a file: PATH or sqlite:PATH
  [4]
  $ PLAINT_REGISTER='postgres://alice:s3cret@db.example.org/complaints' plaint log --summary x
  ! plaint: error: log: the register's location holds a password
  ! plaint: hint: a password there shows in the process list and the shell's history: leave it out and keep it in ~/.pgpass (or PGPASSFILE), a service file, or PGPASSWORD
  [2]
  $ plaint --register sqlite:reg.db log --summary x
  ! plaint: error: log: no register at reg.db
  ! plaint: hint: create one with 'plaint init reg.db'
  [4]

No file there: the hint says how to make one, and nothing is created.

  $ . ./env.sh && plaint log --summary x
  ! plaint: error: log: no register at reg.db
  ! plaint: hint: create one with 'plaint init reg.db'
  [4]
  $ . ./env.sh && plaint list
  ! plaint: error: list: no register at reg.db
  ! plaint: hint: create one with 'plaint init reg.db'
  [4]
  $ . ./env.sh && plaint show C-2026-0001
  ! plaint: error: show: no register at reg.db
  ! plaint: hint: create one with 'plaint init reg.db'
  [4]
  $ . ./env.sh && plaint verify
  ! plaint: error: verify: no register at reg.db
  ! plaint: hint: create one with 'plaint init reg.db'
  [4]
  $ . ./env.sh && plaint rebuild
  ! plaint: error: rebuild: no register at reg.db
  ! plaint: hint: create one with 'plaint init reg.db'
  [4]
  $ . ./env.sh && plaint backup copy.db
  ! plaint: error: backup: no register at reg.db
  ! plaint: hint: create one with 'plaint init reg.db'
  [4]
  $ ls
  env.sh

A text file, an empty file, a directory: never written to.

  $ printf 'reference,summary\nC-1,x\n' > text.db && . ./env.sh && plaint --register text.db log --summary x
  ! plaint: error: log: text.db is not a plaint register (not an SQLite database)
  [4]
  $ . ./env.sh && plaint --register text.db list
  ! plaint: error: list: text.db is not a plaint register (not an SQLite database)
  [4]
  $ cat text.db
  reference,summary
  C-1,x
  $ touch empty.db && . ./env.sh && plaint --register empty.db log --summary x
  ! plaint: error: log: empty.db is not a plaint register (not an SQLite database)
  [4]
  $ . ./env.sh && plaint --register empty.db verify
  ! plaint: error: verify: empty.db is not a plaint register (not an SQLite database)
  [4]
  $ stat -c %s empty.db
  0
  $ mkdir dir.db && . ./env.sh && plaint --register dir.db log --summary x
  ! plaint: error: log: dir.db is a directory, not a register file
  [4]
  $ . ./env.sh && plaint --register dir.db list
  ! plaint: error: list: dir.db is a directory, not a register file
  [4]
  $ ls dir.db

Another program's SQLite database, whatever its user_version.

  $ sqlite3 other.db "create table cases (id integer primary key, title text); insert into cases values (1, 'mine'); pragma user_version = 2"
  $ . ./env.sh && plaint --register other.db log --summary x
  ! plaint: error: log: other.db is an SQLite database but not a plaint register
  [4]
  $ . ./env.sh && plaint --register other.db list
  ! plaint: error: list: other.db is an SQLite database but not a plaint register
  [4]
  $ sqlite3 other.db '.schema' 'select * from cases' 'pragma user_version'
  CREATE TABLE cases (id integer primary key, title text);
  1|mine
  2

A register from a newer plaint: refused for reading and writing, untouched.
(LATEST stands for this plaint's newest schema version.)

  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null && plaint log --summary first
  C-2026-0001
  $ cp reg.db newer.db && sqlite3 newer.db 'pragma user_version = 99'
  $ . ./env.sh && latest_masked plaint --register newer.db log --summary x
  ! plaint: error: log: newer.db was written by a newer plaint (register schema version 99; this plaint knows versions up to LATEST)
  ! plaint: hint: upgrade plaint to use this register
  [4]
  $ . ./env.sh && latest_masked plaint --register newer.db list
  ! plaint: error: list: newer.db was written by a newer plaint (register schema version 99; this plaint knows versions up to LATEST)
  ! plaint: hint: upgrade plaint to use this register
  [4]
  $ sqlite3 newer.db 'pragma user_version; select count(*) from events'
  99
  1

A read-only register (an archived year, say) can be read, verified and backed
up but not written, even by root.

  $ cp reg.db ro.db && chmod 400 ro.db
  $ . ./env.sh && plaint --register ro.db log --summary x
  ! plaint: error: log: ro.db is read-only
  ! plaint: hint: check the file's permissions and owner
  [4]
  $ . ./env.sh && plaint --register ro.db rebuild
  ! plaint: error: rebuild: ro.db is read-only
  ! plaint: hint: check the file's permissions and owner
  [4]
  $ . ./env.sh && plaint --register ro.db list --format tsv | cut -f1,9
  reference	summary
  C-2026-0001	first
  $ . ./env.sh && plaint --register ro.db show C-2026-0001 | head -1
  C-2026-0001  complaint  received
  $ . ./env.sh && plaint --register ro.db verify | sed -E 's/[0-9a-f]{64}/<hash>/'
  ok: 1 events, 1 cases; journal head <hash>
  $ . ./env.sh && plaint --register ro.db backup ro-copy.db
  Backed up ro.db to ro-copy.db
  $ stat -c %a ro.db ro-copy.db && sqlite3 ro.db 'select count(*) from events'
  400
  600
  1

A register readable by others still works, with a warning on stderr.

  $ cp reg.db shared.db && chmod 644 shared.db
  $ . ./env.sh && plaint --register shared.db list --format tsv | cut -f1
  reference
  C-2026-0001
  ! plaint: warning: shared.db is readable by others (mode 0644); it holds personal data: chmod 600 shared.db

A damaged file.

  $ cp reg.db cut.db && truncate -s 4096 cut.db
  $ . ./env.sh && plaint --register cut.db verify
  ! plaint: error: verify: opening the register: the register file is damaged
  ! plaint: hint: restore it from a backup ('plaint backup' makes them)
  [4]
  $ . ./env.sh && plaint --register cut.db log --summary x
  ! plaint: error: log: opening the register: the register file is damaged
  ! plaint: hint: restore it from a backup ('plaint backup' makes them)
  [4]
  $ stat -c %s cut.db
  4096

The register itself is as it was.

  $ . ./env.sh && plaint verify | sed -E 's/[0-9a-f]{64}/<hash>/'
  ok: 1 events, 1 cases; journal head <hash>
