The command contract of `plaint search`: cases found by the words of their
summaries, lessons, notes and correspondence subjects, ranked (bm25, a
summary's words counting most), each case once with where it matched and a
snippet; or by a party's name with --party. Notes and correspondence
subjects are personal: their snippets are shown in the handler's table and
JSON, never in CSV or TSV, and --no-personal does not search them.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-16 --summary "Discharge delayed, no transport home" --owner sam \
  >   --complainant "Ann Smith" --on-behalf-of "Bob Smith" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-17 --summary "Appointment cancelled twice" --owner jo \
  >   --complainant "Zoë Brown" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-18 --summary "Rude receptionist at discharge desk" --owner sam \
  >   --complainant "Carl Jones" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-19 --summary "Parking charges" --complainant "Ann Jones" >/dev/null

A lesson is searched, and a case written again and again is still one hit.

  $ . ./env.sh && plaint learn C-2026-0002 --lesson "Confirm cancellations by phone" >/dev/null
  $ . ./env.sh && plaint ack C-2026-0002 --method phone >/dev/null
  $ . ./env.sh && plaint learn C-2026-0002 --lesson "Discharge letters to go out the same day" >/dev/null

A note of a call on case 4 and a letter sent on case 1, both dated
Thursday 19: their words are searched in the same transaction that records
them.

  $ . ./env.sh && plaint note C-2026-0004 --on 2026-11-19 "Daughter says the discharge lounge was closed"
  C-2026-0004: note 1 recorded on 2026-11-19
  $ . ./env.sh && plaint correspondence C-2026-0001 --direction out --channel letter --on 2026-11-19 \
  >   --subject "Your discharge: our reply"
  C-2026-0001: correspondence 1 (out letter) recorded on 2026-11-19

Ranked: summaries first, then lessons, then notes; matched words in [ ].

  $ . ./env.sh && plaint search discharge --format table
  reference    received    state         owner  matched                 snippet
  C-2026-0003  2026-11-18  received      sam    summary                 Rude receptionist at [discharge] desk
  C-2026-0001  2026-11-16  received      sam    summary,correspondence  [Discharge] delayed, no transport home
  C-2026-0002  2026-11-17  acknowledged  jo     lesson                  Confirm cancellations by phone / [Discharge] letters to go out the...
  C-2026-0004  2026-11-19  received             note                    Daughter says the [discharge] lounge was closed
  $ . ./env.sh && plaint search discharge --format json
  [
    {"reference":"C-2026-0003","received":"2026-11-18","kind":"complaint","procedure":"nhs-complaint","state":"received","owner":"sam","closed_on":null,"matched":["summary"],"snippet":"Rude receptionist at [discharge] desk"},
    {"reference":"C-2026-0001","received":"2026-11-16","kind":"complaint","procedure":"nhs-complaint","state":"received","owner":"sam","closed_on":null,"matched":["summary","correspondence"],"snippet":"[Discharge] delayed, no transport home"},
    {"reference":"C-2026-0002","received":"2026-11-17","kind":"complaint","procedure":"nhs-complaint","state":"acknowledged","owner":"jo","closed_on":null,"matched":["lesson"],"snippet":"Confirm cancellations by phone / [Discharge] letters to go out the..."},
    {"reference":"C-2026-0004","received":"2026-11-19","kind":"complaint","procedure":"nhs-complaint","state":"received","owner":null,"closed_on":null,"matched":["note"],"snippet":"Daughter says the [discharge] lounge was closed"}
  ]
  $ . ./env.sh && plaint search discharge --format ndjson --limit 1
  {"reference":"C-2026-0003","received":"2026-11-18","kind":"complaint","procedure":"nhs-complaint","state":"received","owner":"sam","closed_on":null,"matched":["summary"],"snippet":"Rude receptionist at [discharge] desk"}
  $ . ./env.sh && plaint search discharge
  reference	received	state	owner	matched	snippet
  C-2026-0003	2026-11-18	received	sam	summary	Rude receptionist at [discharge] desk
  C-2026-0001	2026-11-16	received	sam	summary,correspondence	[Discharge] delayed, no transport home
  C-2026-0002	2026-11-17	acknowledged	jo	lesson	Confirm cancellations by phone / [Discharge] letters to go out the...
  C-2026-0004	2026-11-19	received		note	

CSV leaves the note's and the letter's words out (an export), and
--no-personal does not search them at all.

  $ . ./env.sh && plaint search discharge --format csv | tr -d '\r'
  reference,received,state,owner,matched,snippet
  C-2026-0003,2026-11-18,received,sam,summary,Rude receptionist at [discharge] desk
  C-2026-0001,2026-11-16,received,sam,"summary,correspondence","[Discharge] delayed, no transport home"
  C-2026-0002,2026-11-17,acknowledged,jo,lesson,Confirm cancellations by phone / [Discharge] letters to go out the...
  C-2026-0004,2026-11-19,received,,note,
  $ . ./env.sh && plaint search discharge --no-personal --format table
  reference    received    state         owner  matched  snippet
  C-2026-0003  2026-11-18  received      sam    summary  Rude receptionist at [discharge] desk
  C-2026-0001  2026-11-16  received      sam    summary  [Discharge] delayed, no transport home
  C-2026-0002  2026-11-17  acknowledged  jo     lesson   Confirm cancellations by phone / [Discharge] letters to go out the...

All words must appear; a trailing * is a prefix; --open and --closed; pages.

  $ . ./env.sh && plaint search discharge transport --format table
  reference    received    state     owner  matched                 snippet
  C-2026-0001  2026-11-16  received  sam    summary,correspondence  [Discharge] delayed, no [transport] home
  $ . ./env.sh && plaint search 'cancel*' --format table
  reference    received    state         owner  matched         snippet
  C-2026-0002  2026-11-17  acknowledged  jo     summary,lesson  Appointment [cancelled] twice
  $ . ./env.sh && plaint search discharge --closed --format table
  reference  received  state  owner  matched  snippet
  $ . ./env.sh && plaint search discharge --limit 2 --format table
  reference    received    state     owner  matched                 snippet
  C-2026-0003  2026-11-18  received  sam    summary                 Rude receptionist at [discharge] desk
  C-2026-0001  2026-11-16  received  sam    summary,correspondence  [Discharge] delayed, no transport home
  ! plaint: note: more cases match: --offset 2 shows the next 2
  $ . ./env.sh && plaint search discharge --limit 2 --offset 2 --format table
  reference    received    state         owner  matched  snippet
  C-2026-0002  2026-11-17  acknowledged  jo     lesson   Confirm cancellations by phone / [Discharge] letters to go out the...
  C-2026-0004  2026-11-19  received             note     Daughter says the [discharge] lounge was closed

Words are words, whatever FTS5 would make of them: a stray quote, an
operator, a column filter. Nothing but punctuation is a usage error that
does not repeat what was typed.

  $ . ./env.sh && plaint search '"discharge' 'transport)' --format table
  reference    received    state     owner  matched                 snippet
  C-2026-0001  2026-11-16  received  sam    summary,correspondence  [Discharge] delayed, no [transport] home
  $ . ./env.sh && plaint search discharge OR parking --format table
  reference  received  state  owner  matched  snippet
  $ . ./env.sh && plaint search 'summary:parking' 'NEAR(' --format table
  reference  received  state  owner  matched  snippet
  $ . ./env.sh && plaint search '"' '*'
  ! plaint: error: search: the search words hold no letters or digits to search for
  ! plaint: hint: give words of letters or digits; punctuation is ignored
  [2]
  $ . ./env.sh && plaint search
  ! plaint: error: search: give words to search for, or --party NAME
  [2]

Nothing found: an empty result, exit status 0.

  $ . ./env.sh && plaint search zeppelin --format json
  []
  $ . ./env.sh && plaint search zeppelin --format table
  reference  received  state  owner  matched  snippet

--party finds cases by a complainant's or on-behalf-of party's name, case
and accents ignored, each word a prefix; the most recently logged first.

  $ . ./env.sh && plaint search --party ann --format table
  reference    received    state     owner  matched  snippet
  C-2026-0004  2026-11-19  received         party
  C-2026-0001  2026-11-16  received  sam    party
  $ . ./env.sh && plaint search --party "bob sm" --format table
  reference    received    state     owner  matched  snippet
  C-2026-0001  2026-11-16  received  sam    party
  $ . ./env.sh && plaint search --party ZOE --format table
  reference    received    state         owner  matched  snippet
  C-2026-0002  2026-11-17  acknowledged  jo     party
  $ . ./env.sh && plaint search discharge --party jones --format table
  reference    received    state     owner  matched        snippet
  C-2026-0003  2026-11-18  received  sam    summary,party  Rude receptionist at [discharge] desk
  C-2026-0004  2026-11-19  received         note,party     Daughter says the [discharge] lounge was closed
  $ . ./env.sh && plaint search --party nobody --format table
  reference  received  state  owner  matched  snippet
  $ . ./env.sh && plaint search --party ann --no-personal
  ! plaint: error: search: --party searches personal data: it cannot be used with --no-personal
  [2]
  $ . ./env.sh && plaint search --party "'"
  ! plaint: error: search: --party holds no letters or digits to search for
  ! plaint: hint: give a name or the start of one
  [2]

A case logged in error (voided) is left out unless asked for.

  $ . ./env.sh && plaint void C-2026-0003 --reason "Test entry"
  C-2026-0003: voided (logged in error); it is left out of list, due and reports
  $ . ./env.sh && plaint search discharge --format table
  reference    received    state         owner  matched                 snippet
  C-2026-0001  2026-11-16  received      sam    summary,correspondence  [Discharge] delayed, no transport home
  C-2026-0002  2026-11-17  acknowledged  jo     lesson                  Confirm cancellations by phone / [Discharge] letters to go out the...
  C-2026-0004  2026-11-19  received             note                    Daughter says the [discharge] lounge was closed
  $ . ./env.sh && plaint search discharge --include-voided --format table
  reference    received    state         owner  matched                 snippet
  C-2026-0003  2026-11-18  received      sam    summary                 Rude receptionist at [discharge] desk
  C-2026-0001  2026-11-16  received      sam    summary,correspondence  [Discharge] delayed, no transport home
  C-2026-0002  2026-11-17  acknowledged  jo     lesson                  Confirm cancellations by phone / [Discharge] letters to go out the...
  C-2026-0004  2026-11-19  received             note                    Daughter says the [discharge] lounge was closed

plaint rebuild leaves the index right: the same hits, the voided case
still left out unless asked for, and FTS5's own integrity check passes.

  $ . ./env.sh && plaint rebuild >/dev/null
  $ . ./env.sh && plaint search discharge --format table
  reference    received    state         owner  matched                 snippet
  C-2026-0001  2026-11-16  received      sam    summary,correspondence  [Discharge] delayed, no transport home
  C-2026-0002  2026-11-17  acknowledged  jo     lesson                  Confirm cancellations by phone / [Discharge] letters to go out the...
  C-2026-0004  2026-11-19  received             note                    Daughter says the [discharge] lounge was closed
  $ . ./env.sh && plaint search discharge --include-voided --format table
  reference    received    state         owner  matched                 snippet
  C-2026-0003  2026-11-18  received      sam    summary                 Rude receptionist at [discharge] desk
  C-2026-0001  2026-11-16  received      sam    summary,correspondence  [Discharge] delayed, no transport home
  C-2026-0002  2026-11-17  acknowledged  jo     lesson                  Confirm cancellations by phone / [Discharge] letters to go out the...
  C-2026-0004  2026-11-19  received             note                    Daughter says the [discharge] lounge was closed
  $ sqlite3 reg.db "INSERT INTO case_search (case_search, rank) VALUES ('integrity-check', 0)"
