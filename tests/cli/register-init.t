The command contract of `plaint init`: a new register file, private to its
owner, that never replaces anything already there.

Fixed clock, user and register for every step (each step is a new shell).

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester
  > END

A register named on the command line, with the defaults.

  $ . ./env.sh && plaint init reg.db --organisation "Test ICB"
  Created register reg.db for Test ICB (calendar england-and-wales, procedure nhs-complaint, references C-YYYY-NNNN)
  $ stat -c %a reg.db
  600
  $ sqlite3 reg.db 'select organisation, default_procedure, calendar, reference_prefix, created_at, journal_head_seq from register'
  Test ICB|nhs-complaint|england-and-wales|C|2026-11-20T09:00:00Z|0
  $ sqlite3 reg.db 'select count(*) from events; select count(*) from cases; select count(*) from parties'
  0
  0
  0

Or by PLAINT_REGISTER, with a prefix, a procedure and a calendar of its own.

  $ . ./env.sh && PLAINT_REGISTER=scot.db plaint init --organisation "Test Board" --prefix NHS1 --procedure two-stage --calendar scotland
  Created register scot.db for Test Board (calendar scotland, procedure two-stage, references NHS1-YYYY-NNNN)
  $ sqlite3 scot.db 'select organisation, default_procedure, calendar, reference_prefix from register'
  Test Board|two-stage|scotland|NHS1

Or by --register.

  $ . ./env.sh && plaint --register third.db init --organisation "Test ICB"
  Created register third.db for Test ICB (calendar england-and-wales, procedure nhs-complaint, references C-YYYY-NNNN)
  $ ls
  env.sh
  reg.db
  scot.db
  third.db
  $ . ./env.sh && PLAINT_REGISTER=third.db plaint log --summary first
  C-2026-0001
  $ . ./env.sh && PLAINT_REGISTER=scot.db plaint log --summary first
  NHS1-2026-0001

A register for a group needs a group that exists (the rest of --group, which
needs several accounts, is tests/system/test_shared_register.py).

  $ . ./env.sh && plaint init group.db --organisation "Test ICB" --group no-such-group-here
  ! plaint: error: init: there is no group 'no-such-group-here' on this machine
  ! plaint: hint: create it first (addgroup NAME) and add the team's accounts to it (adduser USER NAME)
  [2]
  $ ls group.db
  ! ls: cannot access 'group.db': No such file or directory
  [2]

An existing file is never replaced, whatever it holds.

  $ . ./env.sh && plaint init reg.db --organisation Other
  ! plaint: error: init: reg.db already exists
  ! plaint: hint: choose another file name, or remove the old file first
  [4]
  $ sqlite3 reg.db 'select organisation from register'
  Test ICB
  $ echo 'my notes' > notes.txt && . ./env.sh && plaint init notes.txt --organisation Other
  ! plaint: error: init: notes.txt already exists
  ! plaint: hint: choose another file name, or remove the old file first
  [4]
  $ cat notes.txt
  my notes

Nor is an old register's write-ahead log, which SQLite would replay into the
new file.

  $ echo 'old pages' > old.db-wal && . ./env.sh && plaint init old.db --organisation Other
  ! plaint: error: init: old.db-wal already exists (left by an earlier register)
  ! plaint: hint: it may hold that register's newest changes: keep it with that register, or choose another file name
  [4]
  $ ls old.db*
  old.db-wal

Bad values name themselves, exit 2 and create nothing.

  $ . ./env.sh && plaint init bad.db --organisation X --prefix abc
  ! plaint: error: init: invalid reference prefix 'abc'
  ! plaint: hint: use 1 to 10 capital letters or digits, starting with a letter
  [2]
  $ . ./env.sh && plaint init bad.db --organisation X --prefix ABCDEFGHIJK
  ! plaint: error: init: invalid reference prefix 'ABCDEFGHIJK'
  ! plaint: hint: use 1 to 10 capital letters or digits, starting with a letter
  [2]
  $ . ./env.sh && plaint init bad.db --organisation ''
  ! plaint: error: init: --organisation must not be empty
  [2]
  $ . ./env.sh && plaint init bad.db
  ! plaint: error: init: --organisation is required
  ! plaint: hint: see 'plaint init --help'
  [2]
  $ . ./env.sh && plaint init bad.db --organisation X --procedure nope
  ! plaint: error: init: unknown procedure 'nope'
  ! plaint: hint: procedures are choice-qualification, integrated-care-licence, nhs-complaint, two-stage
  [2]
  $ . ./env.sh && plaint init bad.db --organisation X --calendar wales
  ! plaint: error: init: unknown calendar 'wales'
  ! plaint: hint: calendars are england-and-wales, scotland, northern-ireland, united-kingdom
  [2]
  $ . ./env.sh && plaint init bad.db --organisation X --colour
  ! plaint: error: init: The following argument was not expected: --colour
  ! plaint: hint: see 'plaint init --help'
  [2]
  $ ls bad.db*
  ! ls: cannot access 'bad.db*': No such file or directory
  [2]

No register named anywhere, or nowhere to put it: exit 4.

  $ . ./env.sh && plaint init --organisation X
  ! plaint: error: init: no register given
  ! plaint: hint: use --register FILE, set PLAINT_REGISTER, or set register in the configuration; 'plaint init FILE' creates one
  [4]
  $ . ./env.sh && plaint init missing/reg.db --organisation X
  ! plaint: error: init: cannot create missing/reg.db: No such file or directory
  [4]
  $ ls
  env.sh
  notes.txt
  old.db-wal
  reg.db
  scot.db
  third.db
