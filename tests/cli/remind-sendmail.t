Delivery through a sendmail-compatible command, here a recording script on
PATH that keeps each message (its stdin) and its arguments, and fails for
an address listed in the file fail-for. Once a day per owner: a second run
sends nothing, --force sends again; a failed delivery is recorded, the other
owners' digests still go, and the next run retries it.

| November 2026
| Mo Tu We Th Fr Sa Su
| 16 17 18 19 20 21 22      today: Friday 20 November
| 23 24 25 26 27 28 29

  $ cat > env <<'END'
  > export PLAINT_REGISTER=reg.db PLAINT_NOW=2026-11-20T09:30:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=cco PATH="$PWD/bin:$PATH"
  > END
  $ mkdir bin sent && cat > bin/record-sendmail <<'END' && chmod +x bin/record-sendmail
  > #!/bin/sh
  > # A sendmail stand-in: sent/N.eml is message N, sent/N.argv its arguments.
  > n=$(( $(cat sent/count 2>/dev/null || echo 0) + 1 ))
  > echo "$n" > sent/count
  > printf '%s\n' "$@" > "sent/$n.argv"
  > cat > "sent/$n.eml"
  > if [ -s fail-for ] && grep -q -F -f fail-for "sent/$n.argv" "sent/$n.eml"; then
  >   echo "record-sendmail: cannot deliver to $(cat fail-for)" >&2
  >   exit 1
  > fi
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null
  $ . ./env; plaint log --received 2026-11-10 --owner sam --summary "Secret summary" --complainant "Ann Smith"
  C-2026-0001
  $ . ./env; plaint log --received 2026-11-17 --owner jo --summary "Secret summary"
  C-2026-0002
  $ . ./env; plaint log --received 2026-11-19 --owner sam --summary "Secret summary"
  C-2026-0003
  $ mkdir -p .config/plaint && cat > .config/plaint/config.toml <<'END'
  > [remind]
  > from = "Complaints team <complaints@example.org>"
  > manager = "manager@example.org"
  > sendmail = "record-sendmail -t -i"
  > [people.sam]
  > email = "sam@example.org"
  > name = "Sam Jones"
  > [people.jo]
  > email = "jo@example.org"
  > END

The first run: one message per owner and the summary, each piped to the
command with -t -i (recipients from the headers); a line per digest on stdout.

  $ . ./env; plaint remind
  jo: sent to jo@example.org (1 clock)
  sam: sent to sam@example.org (2 clocks)
  summary: sent to manager@example.org (3 clocks)
  $ cat sent/count sent/1.argv
  3
  -t
  -i
  $ cat sent/1.eml
  From: Complaints team <complaints@example.org>
  To: jo@example.org
  Subject: Complaints due for jo: 0 overdue, 1 due today, 0 due within 5 working
   days
  Date: Fri, 20 Nov 2026 09:30:00 +0000
  Message-ID: <plaint.20261120T093000Z.96c47a5d5ef025bc@example.org>
  MIME-Version: 1.0
  Content-Type: text/plain; charset=utf-8
  Content-Transfer-Encoding: 7bit
  Auto-Submitted: auto-generated
  
  Hello jo,
  
  These deadlines on your cases need attention as of Fri 2026-11-20:
  0 overdue, 1 due today, 0 due within 5 working days.
  
  Due today (1)
    C-2026-0002  acknowledgement  due Fri 2026-11-20  due today
                 next step: acknowledge
  
  This reminder carries case references, clocks, dates and next steps only.
  See a case and its timeline with: plaint show REFERENCE
  Sent by plaint remind for Test ICB, once a day.
  $ grep -h -e '^To:' -e '^Subject:' sent/2.eml sent/3.eml
  To: Sam Jones <sam@example.org>
  Subject: Complaints due for Sam Jones: 1 overdue, 0 due today, 1 due within 5
  To: manager@example.org
  Subject: Complaints due, all owners: 1 overdue, 1 due today, 1 due within 5
  $ sqlite3 reg.db "select day, kind, owner, recipient, status, items, attempted_at, error from reminders order by id"
  2026-11-20|digest|jo|jo@example.org|sent|1|2026-11-20T09:30:00Z|
  2026-11-20|digest|sam|sam@example.org|sent|2|2026-11-20T09:30:00Z|
  2026-11-20|summary||manager@example.org|sent|3|2026-11-20T09:30:00Z|
  $ sqlite3 reg.db "select count(*) from reminders r where message_id = '' or message_id not like '<plaint.20261120T093000Z.%@example.org>'"
  0

Again the same day: nothing is sent.

  $ . ./env; plaint remind
  jo: already sent today (--force sends it again)
  sam: already sent today (--force sends it again)
  summary: already sent today (--force sends it again)
  $ cat sent/count
  3

--force sends again (the day's sent row is replaced, with a new Message-ID).

  $ . ./env; plaint remind --force --owner jo
  jo: sent to jo@example.org (1 clock)
  $ cat sent/count
  4
  $ sqlite3 reg.db "select kind, owner, status, attempted_at from reminders where owner = 'jo'"
  digest|jo|sent|2026-11-20T09:30:00Z
  $ test "$(grep '^Message-ID' sent/1.eml)" != "$(grep '^Message-ID' sent/4.eml)" && echo new id
  new id
  $ sqlite3 reg.db "select message_id = '$(sed -n 's/^Message-ID: //p' sent/4.eml)' from reminders where owner = 'jo'"
  1

A failing delivery, the next working day: sam's command exits 1. It is
reported on stderr and recorded as failed; jo's digest and the summary still
go, and the summary says sam's did not; the exit status is 1.

  $ echo sam@example.org > fail-for
  $ . ./env; plaint remind --today 2026-11-23
  jo: sent to jo@example.org (1 clock)
  summary: sent to manager@example.org (3 clocks)
  ! record-sendmail: cannot deliver to sam@example.org
  ! plaint: warning: sam: not sent: 'record-sendmail' exited with status 1; the next run tries again
  [1]
  $ grep -h '^Subject:' sent/7.eml
  Subject: Complaints due, all owners: 2 overdue, 0 due today, 1 due within 5
  $ grep '^sam ' sent/7.eml
  sam          1      0     1  FAILED: 'record-sendmail' exited with status 1 (retried on the next run)
  $ sqlite3 reg.db "select owner, status, error from reminders where day = '2026-11-23' order by id"
  jo|sent|
  sam|failed|'record-sendmail' exited with status 1
  |sent|

The next run retries sam's digest alone.

  $ rm fail-for
  $ . ./env; plaint remind --today 2026-11-23
  jo: already sent today (--force sends it again)
  sam: sent to sam@example.org (2 clocks)
  summary: already sent today (--force sends it again)
  $ cat sent/count sent/8.argv
  8
  -t
  -i
  $ grep -c '^To: Sam Jones <sam@example.org>$' sent/8.eml
  1
  $ sqlite3 reg.db "select owner, status from reminders where day = '2026-11-23' order by id"
  jo|sent
  sam|failed
  |sent
  sam|sent

Without -t the recipients are given as arguments; a --dry-run runs no command.

  $ sed -i 's/^sendmail = .*/sendmail = "record-sendmail -i"/' .config/plaint/config.toml
  $ . ./env; plaint remind --today 2026-11-24 --owner sam
  sam: sent to sam@example.org (2 clocks)
  $ cat sent/9.argv
  -i
  sam@example.org
  $ . ./env; plaint remind --today 2026-11-25 --owner sam --dry-run | grep -c '^From '
  1
  $ cat sent/count
  9

A command that cannot be run is a failed delivery like any other.

  $ sed -i 's/^sendmail = .*/sendmail = "no-such-sendmail -t"/' .config/plaint/config.toml
  $ . ./env; plaint remind --today 2026-11-26 --owner sam
  ! plaint: warning: sam: not sent: cannot run 'no-such-sendmail': No such file or directory; the next run tries again
  [1]
