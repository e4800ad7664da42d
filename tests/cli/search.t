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

Notes and correspondence, until plaint note lands: rows put in with the sqlite3 shell.

  $ sqlite3 reg.db "INSERT INTO notes (case_ref, noted_on, author, text) VALUES ('C-2026-0004', '2026-11-19', 'tester', 'Daughter says the discharge lounge was closed')"  # until plaint note lands
  $ sqlite3 reg.db "INSERT INTO correspondence (case_ref, direction, channel, dated, subject) VALUES ('C-2026-0001', 'out', 'letter', '2026-11-19', 'Your discharge: our reply')"  # until plaint note lands

Ranked: summaries first, then lessons, then notes; matched words in [ ].

  $ . ./env.sh && plaint search discharge --format table
  $ . ./env.sh && plaint search discharge --format json
  $ . ./env.sh && plaint search discharge --format ndjson --limit 1
  $ . ./env.sh && plaint search discharge

CSV leaves the note's and the letter's words out (an export), and
--no-personal does not search them at all.

  $ . ./env.sh && plaint search discharge --format csv
  $ . ./env.sh && plaint search discharge --no-personal --format table

All words must appear; a trailing * is a prefix; --open and --closed; pages.

  $ . ./env.sh && plaint search discharge transport --format table
  $ . ./env.sh && plaint search 'cancel*' --format table
  $ . ./env.sh && plaint search discharge --closed --format table
  $ . ./env.sh && plaint search discharge --limit 2 --format table
  $ . ./env.sh && plaint search discharge --limit 2 --offset 2 --format table

Words are words, whatever FTS5 would make of them: a stray quote, an
operator, a column filter. Nothing but punctuation is a usage error that
does not repeat what was typed.

  $ . ./env.sh && plaint search 'discharge"' OR --format table
  $ . ./env.sh && plaint search 'summary:parking' 'NEAR(' --format table
  $ . ./env.sh && plaint search '"' '*'
  $ . ./env.sh && plaint search

Nothing found: an empty result, exit status 0.

  $ . ./env.sh && plaint search zeppelin --format json
  $ . ./env.sh && plaint search zeppelin --format table

--party finds cases by a complainant's or on-behalf-of party's name, case
and accents ignored, each word a prefix; newest first.

  $ . ./env.sh && plaint search --party ann --format table
  $ . ./env.sh && plaint search --party "bob sm" --format table
  $ . ./env.sh && plaint search --party ZOE --format table
  $ . ./env.sh && plaint search discharge --party jones --format table
  $ . ./env.sh && plaint search --party nobody --format table
  $ . ./env.sh && plaint search --party ann --no-personal
  $ . ./env.sh && plaint search --party "'"

A case logged in error (voided) is left out unless asked for (set with the
sqlite3 shell until plaint void lands).

  $ sqlite3 reg.db "UPDATE cases SET voided_on = '2026-11-20' WHERE ref = 'C-2026-0003'"  # until plaint void lands
  $ . ./env.sh && plaint search discharge --format table
  $ . ./env.sh && plaint search discharge --include-voided --format table

plaint rebuild leaves the index right.

  $ sqlite3 reg.db "UPDATE cases SET voided_on = NULL"
  $ . ./env.sh && plaint rebuild >/dev/null
  $ . ./env.sh && plaint search discharge --format table
  $ sqlite3 reg.db "INSERT INTO case_search (case_search, rank) VALUES ('integrity-check', 0)"
