The contract of `plaint remind --dry-run`: every digest it would send, one per
case owner, and the manager's summary, written to stdout as an mbox (mboxrd)
with nothing sent and nothing recorded. Messages carry references, clocks,
dates and next steps only: never a complainant's name or contact, nor the
case summary. An owner without an address is reported, not skipped.

| November 2026
| Mo Tu We Th Fr Sa Su
|                    1
|  2  3  4  5  6  7  8
|  9 10 11 12 13 14 15
| 16 17 18 19 20 21 22      today: Friday 20 November
| 23 24 25 26 27 28 29
| 30

Acknowledgements are due 3 working days after receipt: received Tue 10,
due Fri 13 (5 working days late today: 16-20); received Tue 17, due Fri 20
(today); received Wed 18, due Mon 23 (1 working day left); received Thu 19,
due Tue 24 (2 left). Responses (25 working days) are not due within 5.

  $ cat > env <<'END'
  > export PLAINT_REGISTER=reg.db PLAINT_NOW=2026-11-20T09:30:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=cco
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null

A fixed salt: the journal head in the manager's summary is then exact.

  $ salt=000102030405060708090a0b0c0d0e0f; sqlite3 reg.db "UPDATE register SET salt = '$salt', journal_head_hash = '$(printf 'plaint journal genesis v2\n["%s","Test ICB","C","nhs-complaint","2026-11-20T09:30:00Z"]' "$salt" | sha256sum | cut -c1-64)'"
  $ . ./env; plaint log --received 2026-11-10 --owner sam --complainant "Ann Smith" --complainant-contact ann@example.net --summary "Secret summary"
  C-2026-0001
  $ . ./env; plaint log --received 2026-11-17 --owner zoe --summary "Secret summary"
  C-2026-0002
  $ . ./env; plaint log --received 2026-11-18 --owner kim --summary "Secret summary"
  C-2026-0003
  $ . ./env; plaint log --received 2026-11-19 --owner sam --summary "Secret summary"
  C-2026-0004
  $ . ./env; plaint log --received 2026-11-18 --summary "Secret summary"
  C-2026-0005
  $ mkdir -p .config/plaint && cat > .config/plaint/config.toml <<'END'
  > [remind]
  > from = "Complaints team <complaints@example.org>"
  > manager = "Head of Complaints <manager@example.org>"
  > [people.sam]
  > email = "sam@example.org"
  > name = "Sam Jones"
  > [people.zoe]
  > email = "zoe@example.org"
  > name = "Zoë Brontë"
  > END

The whole run: sam's digest, zoe's (her name is not ASCII: encoded words in
To and Subject, a quoted-printable body), the manager's summary. kim has no
[people.kim]: reported on stderr, counted in the summary, and the exit status
is 1. C-2026-0005 has no owner: listed in the summary, with a warning.

  $ . ./env; plaint remind --dry-run
  From complaints@example.org Fri Nov 20 09:30:00 2026
  From: Complaints team <complaints@example.org>
  To: Sam Jones <sam@example.org>
  Subject: Complaints due for Sam Jones: 1 overdue, 0 due today, 1 due within 5
   working days
  Date: Fri, 20 Nov 2026 09:30:00 +0000
  Message-ID: <plaint.20261120T093000Z.3e80876cf7f1d9b4@example.org>
  MIME-Version: 1.0
  Content-Type: text/plain; charset=utf-8
  Content-Transfer-Encoding: 7bit
  Auto-Submitted: auto-generated
  
  Hello Sam Jones,
  
  These deadlines on your cases need attention as of Fri 2026-11-20:
  1 overdue, 0 due today, 1 due within 5 working days.
  
  Overdue (1)
    C-2026-0001  acknowledgement  due Fri 2026-11-13  5 working days late
                 next step: acknowledge
  
  Due within 5 working days (1)
    C-2026-0004  acknowledgement  due Tue 2026-11-24  2 working days left
                 next step: acknowledge
  
  This reminder carries case references, clocks, dates and next steps only.
  See a case and its timeline with: plaint show REFERENCE
  Sent by plaint remind for Test ICB, once a day.
  
  From complaints@example.org Fri Nov 20 09:30:00 2026
  From: Complaints team <complaints@example.org>
  To: =?UTF-8?Q?Zo=C3=AB_Bront=C3=AB?= <zoe@example.org>
  Subject: =?UTF-8?Q?Complaints_due_for_Zo=C3=AB_Bront=C3=AB=3A_0_overdue=2C_1?=
   =?UTF-8?Q?_due_today=2C_0_due_within_5_working_days?=
  Date: Fri, 20 Nov 2026 09:30:00 +0000
  Message-ID: <plaint.20261120T093000Z.93859c5c669e0375@example.org>
  MIME-Version: 1.0
  Content-Type: text/plain; charset=utf-8
  Content-Transfer-Encoding: quoted-printable
  Auto-Submitted: auto-generated
  
  Hello Zo=C3=AB Bront=C3=AB,
  
  These deadlines on your cases need attention as of Fri 2026-11-20:
  0 overdue, 1 due today, 0 due within 5 working days.
  
  Due today (1)
    C-2026-0002  acknowledgement  due Fri 2026-11-20  due today
                 next step: acknowledge
  
  This reminder carries case references, clocks, dates and next steps only.
  See a case and its timeline with: plaint show REFERENCE
  Sent by plaint remind for Test ICB, once a day.
  
  From complaints@example.org Fri Nov 20 09:30:00 2026
  From: Complaints team <complaints@example.org>
  To: Head of Complaints <manager@example.org>
  Subject: Complaints due, all owners: 1 overdue, 1 due today, 3 due within 5
   working days; 1 digest not sent
  Date: Fri, 20 Nov 2026 09:30:00 +0000
  Message-ID: <plaint.20261120T093000Z.76ad62e4df70fe2a@example.org>
  MIME-Version: 1.0
  Content-Type: text/plain; charset=utf-8
  Content-Transfer-Encoding: 7bit
  Auto-Submitted: auto-generated
  
  Reminders for Fri 2026-11-20: 1 overdue, 1 due today, 3 due within 5 working days.
  
  Owner  Overdue  Today  Soon  Digest
  kim          0      0     1  NOT SENT: no email address: the configuration has no [people.kim]
  sam          1      0     1  not sent (dry run)
  zoe          0      1     0  not sent (dry run)
  
  Clocks on cases with no owner (1)
    C-2026-0005  acknowledgement  due Mon 2026-11-23  1 working day left
                 next step: acknowledge
  
  Journal head: event 5, hash 681aabe32d68d38bce876b8c9cd601e8df951eb1dc65f4dc57892a2cf101f99b
  
  This reminder carries case references, clocks, dates and next steps only.
  See a case and its timeline with: plaint show REFERENCE
  Sent by plaint remind for Test ICB, once a day.
  
  ! plaint: warning: kim: not sent: no email address: the configuration has no [people.kim]
  ! plaint: warning: 1 due clock is on cases with no owner (C-2026-0005), listed in the manager's summary; give them an owner with 'plaint assign REF --owner NAME'
  [1]
  $ . ./env; plaint remind --dry-run 2>/dev/null | grep -c -e Smith -e ann@ -e Secret
  0
  [1]
  $ . ./env; sqlite3 reg.db "select count(*) from reminders"
  0

One owner's digest alone: no summary unless --manager names one.

  $ . ./env; plaint remind --dry-run --owner sam | grep -e '^From ' -e '^To:' -e '^  C-'
  From complaints@example.org Fri Nov 20 09:30:00 2026
  To: Sam Jones <sam@example.org>
    C-2026-0001  acknowledgement  due Fri 2026-11-13  5 working days late
    C-2026-0004  acknowledgement  due Tue 2026-11-24  2 working days left
  $ . ./env; plaint remind --dry-run --owner kim
  ! plaint: warning: kim: not sent: no email address: the configuration has no [people.kim]
  [1]
  $ . ./env; plaint remind --dry-run --owner zoe --manager boss@example.org | grep -e '^From ' -e '^To:' -e '^Subject:'
  From complaints@example.org Fri Nov 20 09:30:00 2026
  To: =?UTF-8?Q?Zo=C3=AB_Bront=C3=AB?= <zoe@example.org>
  Subject: =?UTF-8?Q?Complaints_due_for_Zo=C3=AB_Bront=C3=AB=3A_0_overdue=2C_1?=
  From complaints@example.org Fri Nov 20 09:30:00 2026
  To: boss@example.org
  Subject: Complaints due, all owners: 0 overdue, 1 due today, 0 due within 5

--within narrows the window, --no-manager drops the summary.

  $ . ./env; plaint remind --dry-run --within 0 --no-manager | grep -e '^From ' -e '^To:' -e '^Subject:'
  From complaints@example.org Fri Nov 20 09:30:00 2026
  To: Sam Jones <sam@example.org>
  Subject: Complaints due for Sam Jones: 1 overdue, 0 due today, 0 due within 0
  From complaints@example.org Fri Nov 20 09:30:00 2026
  To: =?UTF-8?Q?Zo=C3=AB_Bront=C3=AB?= <zoe@example.org>
  Subject: =?UTF-8?Q?Complaints_due_for_Zo=C3=AB_Bront=C3=AB=3A_0_overdue=2C_1?=

Nothing due: nothing to send, status 0.

  $ . ./env; plaint remind --dry-run --today 2026-11-11 --within 1
  ! nothing due within 1 working day: no reminders to send
