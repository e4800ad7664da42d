The case file: notes, correspondence, corrections (amend, void), links and
merges. Every addition is a journal event; personal content (notes, subject
lines, party details) sits in its own tables under a salted digest that
verify recomputes; bad input changes nothing.

| November 2026
| Mo Tu We Th Fr Sa Su
|                    1
|  2  3  4  5  6  7  8
|  9 10 11 12 13 14 15
| 16 17 18 19 20 21 22
| 23 24 25 26 27 28 29
| 30

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=sam PLAINT_REGISTER=reg.db
  > ack() { plaint show "$1" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(*[(c["clock"], c["status"], c["due"]) for c in d["clocks"] if c["clock"].endswith("acknowledgement")])'; }
  > fingerprint() { sqlite3 reg.db 'SELECT count(*) FROM events' 'SELECT count(*) FROM notes' 'SELECT count(*) FROM correspondence' 'SELECT group_concat(ref || ":" || received || ":" || coalesce(voided_on, "-"), " ") FROM cases'; }
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-18 --channel email --summary "Discharge letter never sent" \
  >   --provider "Riverside Surgery" --complainant "Ann Smith" --complainant-contact "ann@example.org"
  C-2026-0001
  $ . ./env.sh && plaint log --received 2026-11-19 --channel letter --summary "Discharge letter never sent (letter)" \
  >   --complainant "Ann Smith" --on-behalf-of "Bob Smith"
  C-2026-0002
  $ . ./env.sh && plaint log --received 2026-11-19 --summary "Test entry"
  C-2026-0003

Received Wed 18 November: acknowledge within 3 working days, Thu 19 (1),
Fri 20 (2), Mon 23 (3).

  $ . ./env.sh && ack C-2026-0001
  ('acknowledgement', 'running', '2026-11-23')

Notes: from the command line, from stdin; never from an empty text, never
dated in the future, never on an unknown case.

  $ . ./env.sh && plaint note C-2026-0001 "Rang Mrs Smith: she will send the letter"
  C-2026-0001: note 1 recorded on 2026-11-20
  $ . ./env.sh && echo "Ward manager promised a statement by Friday" | plaint note C-2026-0001 - --on 2026-11-19
  C-2026-0001: note 2 recorded on 2026-11-19
  $ . ./env.sh && plaint note C-2026-0001 ""  < /dev/null
  ! plaint: error: note: no note given
  ! plaint: hint: give the note as TEXT, or - to read it from stdin
  [2]
  $ . ./env.sh && plaint note C-2026-0001 "later" --on 2026-11-21
  ! plaint: error: note: the note's date 2026-11-21 is in the future (today is 2026-11-20)
  [2]
  $ . ./env.sh && plaint note C-2026-9999 "lost"
  ! plaint: error: note: no case C-2026-9999 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]

Correspondence, one evidencing the acknowledgement (event 7).

  $ . ./env.sh && plaint correspondence C-2026-0001 --direction in --channel email --subject "Complaint from Mrs Smith" --on 2026-11-18
  C-2026-0001: correspondence 1 (in email) recorded on 2026-11-18
  $ . ./env.sh && plaint ack C-2026-0001 --method email
  C-2026-0001: acknowledge on 2026-11-20; now acknowledged
  $ . ./env.sh && plaint correspondence C-2026-0001 --direction out --channel email --subject "Acknowledgement" --step 7
  C-2026-0001: correspondence 2 (out email) recorded on 2026-11-20
  $ . ./env.sh && plaint correspondence C-2026-0001 --direction out --channel fax --subject "x"
  ! plaint: error: correspondence: unknown channel 'fax'
  ! plaint: hint: channels are letter, email, phone, meeting, in-person, web, text, portal
  [2]
  $ . ./env.sh && plaint correspondence C-2026-0001 --direction out --channel letter --subject "x" --step 1
  ! plaint: error: correspondence: event 1 is not a step of C-2026-0001
  ! plaint: hint: 'plaint show REF' lists the case's events with their numbers
  [2]
  $ . ./env.sh && plaint correspondence C-2026-0001
  id  date        direction  channel  subject                   step  attachments
   1  2026-11-18  in         email    Complaint from Mrs Smith
   2  2026-11-20  out        email    Acknowledgement              7
  $ . ./env.sh && plaint correspondence C-2026-0001 --no-personal --format csv | tr -d "\r"
  id,date,direction,channel,step,attachments
  1,2026-11-18,in,email,,
  2,2026-11-20,out,email,7,

Voiding the acknowledgement recorded in error: the clock is open again, as if
it had never been recorded; the journal keeps both.

  $ . ./env.sh && ack C-2026-0001
  ('acknowledgement', 'met', '2026-11-23')
  $ . ./env.sh && plaint void C-2026-0001 --event 7 --reason "Recorded on the wrong case"
  C-2026-0001: event 7 (acknowledge) voided
  $ . ./env.sh && ack C-2026-0001
  ('acknowledgement', 'running', '2026-11-23')
  $ . ./env.sh && plaint void C-2026-0001 --event 7 --reason "again"
  ! plaint: error: void: event 7 was voided already (event 9)
  [5]
  $ . ./env.sh && plaint void C-2026-0001 --event 1 --reason "x"
  ! plaint: error: void: event 1 is the logging of C-2026-0001
  ! plaint: hint: a case logged in error is voided whole: plaint void C-2026-0001 --reason TEXT
  [2]
  $ . ./env.sh && plaint void C-2026-0002 --event 7 --reason "wrong case"
  ! plaint: error: void: event 7 belongs to C-2026-0001, not C-2026-0002
  ! plaint: hint: 'plaint show REF' lists a case's events with their numbers
  [2]
  $ . ./env.sh && plaint void C-2026-0001 --event 999 --reason "x"
  ! plaint: error: void: the journal has no event 999
  [2]
  $ . ./env.sh && plaint void C-2026-0001 --event 5 --reason "x"
  ! plaint: error: void: event 5 (note-added) is not a procedure step
  ! plaint: hint: a note, a letter or a classification is corrected by recording another, or with plaint amend
  [2]

Amending the date of receipt to Mon 16 November: acknowledge by Tue 17 (1),
Wed 18 (2), Thu 19 (3), which has passed. Never silent: show and explain say
so, and the KO41 check lists the case.

  $ . ./env.sh && plaint amend C-2026-0001 --received 2026-11-16 --provider "Riverside Health Centre" --reason "Email arrived on Monday; wrong practice"
  C-2026-0001: amended provider Riverside Health Centre, received 2026-11-16
  $ . ./env.sh && ack C-2026-0001
  ('acknowledgement', 'breached', '2026-11-19')
  $ . ./env.sh && plaint explain C-2026-0001 | head -2
  C-2026-0001 follows nhs-complaint (definition 219e42e702b0), calendar england-and-wales, as of 2026-11-20
  The date of receipt was AMENDED from 2026-11-18 to 2026-11-16 on 2026-11-20 by sam (event 10): Email arrived on Monday; wrong practice. The clocks count from 2026-11-16.
  $ . ./env.sh && plaint report ko41 --period 2026-11 --check --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print([(f["rule"], f["references"]) for f in d["findings"] if f["rule"] == "ko41.receipt-amended"])'
  [('ko41.receipt-amended', ['C-2026-0001'])]

Bad amendments change nothing.

  $ . ./env.sh && fingerprint > before.txt
  $ . ./env.sh && plaint amend C-2026-0001 --received 2026-11-16 --reason "same"
  ! plaint: error: amend: C-2026-0001 already has those values: nothing to amend
  [2]
  $ . ./env.sh && plaint amend C-2026-0001 --received 2026-11-25 --reason "future"
  ! plaint: error: amend: the date of receipt 2026-11-25 is in the future (today is 2026-11-20)
  [2]
  $ . ./env.sh && plaint amend C-2026-0001 --channel fax --reason "x"
  ! plaint: error: amend: unknown channel 'fax'
  ! plaint: hint: channels are letter, email, phone, in-person, web, mp, advocate
  [2]
  $ . ./env.sh && plaint amend C-2026-0001 --summary "x"
  ! plaint: error: amend: --reason is required
  ! plaint: hint: see 'plaint amend --help'
  [2]
  $ . ./env.sh && plaint amend C-2026-0001 --incident-date 2026-11-17 --received 2026-11-15 --reason "x"
  ! plaint: error: amend: the incident date 2026-11-17 would be after the date of receipt 2026-11-15
  [2]
  $ . ./env.sh && plaint amend C-2026-0001 --party on-behalf-of --name "X" --reason "x"
  ! plaint: error: amend: C-2026-0001 has no on-behalf-of
  ! plaint: hint: 'plaint show REF' lists the parties with their numbers
  [2]
  $ . ./env.sh && fingerprint | diff before.txt - && echo unchanged
  unchanged

A closed case's date of receipt stays: its dates are in returns already.

  $ . ./env.sh && plaint ack C-2026-0003 --method phone >/dev/null && plaint withdraw C-2026-0003 >/dev/null
  $ . ./env.sh && plaint amend C-2026-0003 --received 2026-11-18 --reason "x"
  ! plaint: error: amend: C-2026-0003 was closed on 2026-11-20: its date of receipt cannot be amended
  ! plaint: hint: a closed case's dates are in returns already; record the correction in a note
  [5]

Rectifying a party's name (a data-protection right): the old details are
kept apart, never in the journal.

  $ . ./env.sh && plaint amend C-2026-0001 --party complainant --name "Ann Smyth" --reason "Misspelt"
  C-2026-0001: party 1 amended (name)
  $ . ./env.sh && sqlite3 reg.db "SELECT count(*) FROM events WHERE details LIKE '%Smith%' OR details LIKE '%Smyth%'"
  0

Links and merges; nothing merges into itself.

  $ . ./env.sh && plaint link C-2026-0001 C-2026-0001 --as related
  ! plaint: error: link: C-2026-0001 cannot be linked to itself
  [2]
  $ . ./env.sh && plaint merge C-2026-0002 C-2026-0002 --reason "x"
  ! plaint: error: merge: C-2026-0002 cannot be merged into itself
  [2]
  $ . ./env.sh && plaint note C-2026-0002 "Second copy arrived by post"
  C-2026-0002: note 3 recorded on 2026-11-20
  $ . ./env.sh && plaint merge C-2026-0002 C-2026-0001 --reason "The same complaint by letter"
  C-2026-0002 merged into C-2026-0001: 2 parties, 1 note, 0 correspondence, 0 attachments moved; C-2026-0002 voided
  $ . ./env.sh && plaint link C-2026-0002 C-2026-0001 --as duplicate
  ! plaint: error: link: C-2026-0002 is linked to C-2026-0001 as duplicate-of already
  [5]
  $ . ./env.sh && plaint ack C-2026-0002 --method letter
  ! plaint: error: ack: C-2026-0002 was voided on 2026-11-20: it was logged in error
  ! plaint: hint: 'plaint show' shows why; steps are recorded on the case that stands
  [5]
  $ . ./env.sh && plaint list --format csv | cut -d, -f1,4
  reference,state
  C-2026-0001,received
  C-2026-0003,withdrawn
  $ . ./env.sh && plaint void C-2026-0003 --reason "Test entry"
  C-2026-0003: voided (logged in error); it is left out of list, due and reports
  $ . ./env.sh && plaint list --format csv | cut -d, -f1,4
  reference,state
  C-2026-0001,received

The whole case.

  $ . ./env.sh && plaint show C-2026-0001 | sed -e '/^Clocks:/,$d'
  C-2026-0001  complaint  received
    Procedure:  nhs-complaint
    Received:   Mon 2026-11-16 by email
                AMENDED from 2026-11-18 on 2026-11-20 by sam (event 10): Email arrived on Monday; wrong practice
    Incident:   -
    Summary:    Discharge letter never sent
    Subject:    -
    Service:    -
    Provider:   Riverside Health Centre
    Owner:      -
  Parties:
    complainant   Ann Smyth  <ann@example.org>
    complainant   Ann Smith
    on-behalf-of  Bob Smith
    (party 1 was Ann Smith <ann@example.org> until event 13)
  Links:
    duplicated-by   C-2026-0002  since 2026-11-20
  Notes:
    1. 2026-11-20 sam: Rang Mrs Smith: she will send the letter
    2. 2026-11-19 sam: Ward manager promised a statement by Friday
    3. 2026-11-20 sam: Second copy arrived by post
  Timeline:
    2026-11-18  logged                  by sam at 2026-11-20T09:00:00Z
    2026-11-18  correspondence-recorded by sam at 2026-11-20T09:00:00Z  in email (correspondence 1): Complaint from Mrs Smith
    2026-11-19  note-added              by sam at 2026-11-20T09:00:00Z  note 2
    2026-11-20  note-added              by sam at 2026-11-20T09:00:00Z  note 1
    2026-11-20  acknowledge             by sam at 2026-11-20T09:00:00Z  VOIDED by event 9; method=email state=acknowledged
    2026-11-20  correspondence-recorded by sam at 2026-11-20T09:00:00Z  out email (correspondence 2): Acknowledgement, evidences event 7
    2026-11-20  voided                  by sam at 2026-11-20T09:00:00Z  voids event 7 (acknowledge): Recorded on the wrong case
    2026-11-20  amended                 by sam at 2026-11-20T09:00:00Z  provider Riverside Surgery -> Riverside Health Centre, received 2026-11-18 -> 2026-11-16: Email arrived on Monday; wrong practice
    2026-11-20  party-amended           by sam at 2026-11-20T09:00:00Z  fields=["name"] party=1 reason=Misspelt
    2026-11-20  merged                  by sam at 2026-11-20T09:00:00Z  from=C-2026-0002 reason=The same complaint by letter
    2026-11-20  linked                  by sam at 2026-11-20T09:00:00Z  other=C-2026-0002 relation=duplicated-by
  $ . ./env.sh && plaint show C-2026-0001 --no-personal | sed -e '/^Clocks:/,$d'
  C-2026-0001  complaint  received
    Procedure:  nhs-complaint
    Received:   Mon 2026-11-16 by email
                AMENDED from 2026-11-18 on 2026-11-20 by sam (event 10): Email arrived on Monday; wrong practice
    Incident:   -
    Summary:    Discharge letter never sent
    Subject:    -
    Service:    -
    Provider:   Riverside Health Centre
    Owner:      -
  Links:
    duplicated-by   C-2026-0002  since 2026-11-20
  Timeline:
    2026-11-18  logged                  by sam at 2026-11-20T09:00:00Z
    2026-11-18  correspondence-recorded by sam at 2026-11-20T09:00:00Z  in email (correspondence 1)
    2026-11-19  note-added              by sam at 2026-11-20T09:00:00Z  note 2
    2026-11-20  note-added              by sam at 2026-11-20T09:00:00Z  note 1
    2026-11-20  acknowledge             by sam at 2026-11-20T09:00:00Z  VOIDED by event 9; method=email state=acknowledged
    2026-11-20  correspondence-recorded by sam at 2026-11-20T09:00:00Z  out email (correspondence 2), evidences event 7
    2026-11-20  voided                  by sam at 2026-11-20T09:00:00Z  voids event 7 (acknowledge): Recorded on the wrong case
    2026-11-20  amended                 by sam at 2026-11-20T09:00:00Z  provider Riverside Surgery -> Riverside Health Centre, received 2026-11-18 -> 2026-11-16: Email arrived on Monday; wrong practice
    2026-11-20  party-amended           by sam at 2026-11-20T09:00:00Z  fields=["name"] party=1 reason=Misspelt
    2026-11-20  merged                  by sam at 2026-11-20T09:00:00Z  from=C-2026-0002 reason=The same complaint by letter
    2026-11-20  linked                  by sam at 2026-11-20T09:00:00Z  other=C-2026-0002 relation=duplicated-by
  $ . ./env.sh && plaint show C-2026-0002 | sed -e '/^Clocks:/,$d'
  C-2026-0002  complaint  received
    VOIDED:     2026-11-20: logged in error (The same complaint by letter); left out of list, due and reports
    Procedure:  nhs-complaint
    Received:   Thu 2026-11-19 by letter
    Incident:   -
    Summary:    Discharge letter never sent (letter)
    Subject:    -
    Service:    -
    Provider:   -
    Owner:      -
  Parties:
    (none recorded)
  Links:
    duplicate-of    C-2026-0001  since 2026-11-20
  Timeline:
    2026-11-19  logged       by sam at 2026-11-20T09:00:00Z
    2026-11-20  note-added   by sam at 2026-11-20T09:00:00Z  note 3
    2026-11-20  linked       by sam at 2026-11-20T09:00:00Z  other=C-2026-0001 relation=duplicate-of
    2026-11-20  voided       by sam at 2026-11-20T09:00:00Z  the case was logged in error: The same complaint by letter

As it stood on 18 November, before the notes, the acknowledgement and the
amendments: the parties too, as they stood that day (Ann Smith before her
name was rectified on the 20th, and not yet the two parties merged in from
C-2026-0002 that day).

  $ . ./env.sh && plaint show C-2026-0001 --today 2026-11-18 | sed -e '/^Clocks:/,$d'
  C-2026-0001  complaint  received
    As of:      2026-11-18 (what happened later is left out)
    Procedure:  nhs-complaint
    Received:   Wed 2026-11-18 by email
    Incident:   -
    Summary:    Discharge letter never sent
    Subject:    -
    Service:    -
    Provider:   Riverside Surgery
    Owner:      -
  Parties:
    complainant   Ann Smith  <ann@example.org>
  Timeline:
    2026-11-18  logged                  by sam at 2026-11-20T09:00:00Z
    2026-11-18  correspondence-recorded by sam at 2026-11-20T09:00:00Z  in email (correspondence 1): Complaint from Mrs Smith
  $ . ./env.sh && plaint show C-2026-0001 --today 2026-11-18 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["parties"])'
  [{'role': 'complainant', 'name': 'Ann Smith', 'contact': 'ann@example.org'}]

The duplicate, as it stood on the 19th before it was merged, still had its
own two parties (they are on C-2026-0001 now).

  $ . ./env.sh && plaint show C-2026-0002 --today 2026-11-19 | sed -n '/^Parties:/,/^Timeline:/p'
  Parties:
    complainant   Ann Smith
    on-behalf-of  Bob Smith
  Timeline:

Verify recomputes every digest; rebuild reproduces every projection.

  $ . ./env.sh && plaint verify | sed -E 's/[0-9a-f]{64}/<hash>/'
  ok: 19 events, 3 cases; journal head <hash>
  $ . ./env.sh && plaint show C-2026-0001 --format json > before.json && plaint rebuild && plaint show C-2026-0001 --format json | diff before.json - && echo same
  Rebuilt 3 cases from 19 events; 0 differed from the journal
  same
  $ . ./env.sh && sqlite3 reg.db "UPDATE notes SET text = 'Rang Mrs Smith: all sorted' WHERE id = 1" && plaint verify
  FAILED: note 1 of case C-2026-0001 was changed outside plaint
  what to do: personal rows (parties, notes, correspondence, attachments) are covered by digests in the journal, not kept in it, so 'plaint rebuild' cannot restore them: restore the register from a backup
  [1]
  $ . ./env.sh && sqlite3 reg.db "UPDATE notes SET text = 'Rang Mrs Smith: she will send the letter' WHERE id = 1; UPDATE correspondence SET subject = 'x' WHERE id = 2" && plaint verify
  FAILED: correspondence 2 of case C-2026-0001 was changed outside plaint
  what to do: personal rows (parties, notes, correspondence, attachments) are covered by digests in the journal, not kept in it, so 'plaint rebuild' cannot restore them: restore the register from a backup
  [1]
  $ . ./env.sh && sqlite3 reg.db "UPDATE correspondence SET subject = 'Acknowledgement' WHERE id = 2; DELETE FROM party_history" && plaint verify
  FAILED: 1 earlier party details record(s) of case C-2026-0001 were deleted outside plaint
  what to do: personal rows (parties, notes, correspondence, attachments) are covered by digests in the journal, not kept in it, so 'plaint rebuild' cannot restore them: restore the register from a backup
  [1]

A party rectified twice and another added, on days of their own (a second
register): on each day the case shows the details it had then, and the
earlier details only once they had been replaced.

  $ cat > env2.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_USER=sam PLAINT_REGISTER=second.db
  > END
  $ . ./env2.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env2.sh && plaint --today 2026-11-02 log --received 2026-11-02 \
  >   --summary "Lost property" --complainant "Cara Jones" --complainant-contact "cara@example.org"
  C-2026-0001
  $ . ./env2.sh && plaint --today 2026-11-05 amend 1 --party complainant \
  >   --name "Cara Jonas" --reason "Misspelt"
  C-2026-0001: party 1 amended (name)
  $ . ./env2.sh && plaint --today 2026-11-10 amend 1 --party complainant \
  >   --contact "cara.jonas@example.org" --reason "New address"
  C-2026-0001: party 1 amended (contact)
  $ . ./env2.sh && plaint --today 2026-11-12 amend 1 --add-party on-behalf-of \
  >   --name "Dan Jonas" --reason "Her son"
  C-2026-0001: on-behalf-of added
  $ . ./env2.sh && for day in 2026-11-04 2026-11-05 2026-11-11 2026-11-20; do echo "on $day:"; \
  >   plaint show 1 --today $day | sed -n '/^Parties:/,/^Timeline:/p' | grep -v ':$'; done
  on 2026-11-04:
    complainant   Cara Jones  <cara@example.org>
  on 2026-11-05:
    complainant   Cara Jonas  <cara@example.org>
    (party 1 was Cara Jones <cara@example.org> until event 2)
  on 2026-11-11:
    complainant   Cara Jonas  <cara.jonas@example.org>
    (party 1 was Cara Jones <cara@example.org> until event 2)
    (party 1 was Cara Jonas <cara@example.org> until event 3)
  on 2026-11-20:
    complainant   Cara Jonas  <cara.jonas@example.org>
    on-behalf-of  Dan Jonas
    (party 1 was Cara Jones <cara@example.org> until event 2)
    (party 1 was Cara Jonas <cara@example.org> until event 3)
  $ . ./env2.sh && plaint show 1 --today 2026-11-07 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["parties"])'
  [{'role': 'complainant', 'name': 'Cara Jonas', 'contact': 'cara@example.org'}]
  $ . ./env2.sh && plaint show 1 --today 2026-11-07 --no-personal | grep -c 'Cara\|Parties'
  0
  [1]

Before the case was received there is nothing to show: a usage error, not
an empty case.

  $ . ./env2.sh && plaint show 1 --today 2026-11-01
  ! plaint: error: show: C-2026-0001 was received on 2026-11-02, after 2026-11-01
  ! plaint: hint: give a day on or after the date of receipt
  [2]

A link, for a script: the relation as each case's links give it.

  $ . ./env2.sh && plaint --today 2026-11-20 log --received 2026-11-19 --summary "Follow-up question" >/dev/null
  $ . ./env2.sh && plaint --today 2026-11-20 link C-2026-0002 C-2026-0001 --as follow-up --format json
  {
    "reference": "C-2026-0002",
    "relation": "follow-up-of",
    "linked": "C-2026-0001",
    "inverse": "followed-up-by",
    "linked_on": "2026-11-20"
  }
  $ . ./env2.sh && plaint --today 2026-11-20 show 1 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["links"])'
  [{'reference': 'C-2026-0002', 'relation': 'followed-up-by', 'linked_on': '2026-11-20'}]
  $ . ./env2.sh && plaint --today 2026-11-20 link C-2026-0002 C-2026-0001 --as related --format csv
  ! plaint: error: link: format 'csv' is not available here
  ! plaint: hint: use --format table|json
  [2]
  $ . ./env2.sh && plaint --today 2026-11-20 note 2 "Asked again" --format csv
  ! plaint: error: note: format 'csv' is not available here
  ! plaint: hint: use --format table|json
  [2]
  $ . ./env2.sh && plaint --today 2026-11-20 ack 2 --method letter --format csv
  ! plaint: error: ack: format 'csv' is not available here
  ! plaint: hint: use --format table|json
  [2]

Refused before anything was written: the follow-up link, and no second link,
no note, no step.

  $ . ./env2.sh && plaint --today 2026-11-20 show 2 --format json | python3 -c 'import json,sys; c=json.load(sys.stdin); print(c["state"], len(c["links"]), len(c["notes"]), len(c["events"]))'
  received 1 0 2
