examples/cron/plaint-morning.sh skips the days that are not working days by
asking `plaint calendar is-working`, which follows the register's calendar
when a register is given: a Scottish register skips 2 January and St
Andrew's Day, a Northern Ireland one the Battle of the Boyne, whatever the
user running cron has configured.

| January 2026             November 2026            July 2026
| Mo Tu We Th Fr Sa Su     Mo Tu We Th Fr Sa Su     Mo Tu We Th Fr Sa Su
|           1  2  3  4                        1            1  2  3  4  5
|  5  6  7  8  9 10 11      2  3  4  5  6  7  8      6  7  8  9 10 11 12
|                          ...                      13 14 15 16 17 18 19
|                          30
|
| Fri 2 Jan 2026: 2nd January, a Scottish bank holiday only.
| Mon 30 Nov 2026: St Andrew's Day, a Scottish bank holiday only.
| Sun 12 Jul 2026: the Battle of the Boyne falls on a Sunday, so Northern
| Ireland's bank holiday is the Monday, 13 July.
| All three as in GOV.UK's feed (/work/shared/reference/bank-holidays.json).

  $ python3 -c 'import datetime as t; [print(d, t.date.fromisoformat(d).strftime("%A")) for d in ("2026-01-02", "2026-11-30", "2026-07-12", "2026-07-13")]'
  2026-01-02 Friday
  2026-11-30 Monday
  2026-07-12 Sunday
  2026-07-13 Monday
  $ export PLAINT_NOW=2026-01-01T09:00:00Z PLAINT_USER=tester
  $ plaint init scot.db --organisation "Test Board" --calendar scotland > /dev/null
  $ plaint init ni.db --organisation "Test Trust" --calendar northern-ireland > /dev/null
  $ plaint init ew.db --organisation "Test ICB" > /dev/null

The same user, whose configuration says England and Wales, asks each register.

  $ mkdir -p .config/plaint && printf '[calendar]\ndivision = "england-and-wales"\n' > .config/plaint/config.toml
  $ plaint --register scot.db calendar is-working 2026-01-02 2>&1 | sed "s|$PWD|.|"
  plaint: warning: calendar.division england-and-wales from ./.config/plaint/config.toml:2:12 is ignored: the register's calendar is scotland
  no: 2nd January
  $ rm .config/plaint/config.toml
  $ plaint --register scot.db calendar is-working 2026-01-02
  no: 2nd January
  [1]
  $ plaint --register scot.db calendar is-working 2026-11-30
  no: St Andrew’s Day
  [1]
  $ plaint --register ni.db calendar is-working 2026-07-12
  no: Sunday
  [1]
  $ plaint --register ni.db calendar is-working 2026-07-13
  no: Battle of the Boyne (Orangemen’s Day) (substitute day)
  [1]
  $ plaint --register ew.db calendar is-working 2026-01-02
  yes
  $ plaint --register ew.db calendar is-working 2026-11-30
  yes
  $ plaint --register ew.db calendar is-working 2026-07-13
  yes

The morning script on those days does nothing but log that it skipped them.

  $ morning() { PLAINT_REGISTER=$1 PLAINT_TODAY=$2 PLAINT_STATE_DIR=$PWD/state sh "$DATA/../../examples/cron/plaint-morning.sh"; echo "exit $?"; }; morning scot.db 2026-01-02; morning scot.db 2026-11-30; morning ni.db 2026-07-13
  exit 0
  exit 0
  exit 0
  $ cut -d' ' -f2- state/morning.log
  2026-01-02 not a working day: nothing done
  2026-11-30 not a working day: nothing done
  2026-07-13 not a working day: nothing done
  $ ls state | grep -c csv
  0
  [1]
