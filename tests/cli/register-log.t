The command contract of `plaint log`: it records a case and prints its
reference alone on stdout (for scripts: REF=$(plaint log ...)), or the case
as JSON with --format json.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null

The reference alone; received today unless --received says otherwise.

  $ . ./env.sh && plaint log --summary "Waited six weeks for a reply"
  C-2026-0001
  $ . ./env.sh && ref=$(plaint log --summary "Second") && echo "[$ref]"
  [C-2026-0002]

Everything a handler knows on the day, with the personal details kept apart
from the case record and the journal.

  $ . ./env.sh && plaint log --received 2026-11-18 --kind concern --channel phone --incident-date 2026-11-02 \
  >   --summary "Rude receptionist" --subject "Staff attitude" --service GP --provider "Riverside Surgery" \
  >   --owner sam --complainant "Ann Smith" --complainant-contact "ann@example.org" --on-behalf-of "Bob Smith"
  C-2026-0003
  $ sqlite3 reg.db "select ref, kind, procedure, state, channel, received, incident_date, summary, subject, service, provider, owner, closed_on, logged_at from cases where ref = 'C-2026-0003'"
  C-2026-0003|concern|nhs-complaint|received|phone|2026-11-18|2026-11-02|Rude receptionist|Staff attitude|GP|Riverside Surgery|sam||2026-11-20T09:00:00Z
  $ sqlite3 reg.db "select case_ref, role, name, contact from parties"
  C-2026-0003|complainant|Ann Smith|ann@example.org
  C-2026-0003|on-behalf-of|Bob Smith|
  $ sqlite3 reg.db "select count(*) from events where details like '%Smith%' or details like '%example.org%'"
  0
  $ sqlite3 reg.db "select seq, case_ref, type, effective_date, recorded_at, actor from events"
  1|C-2026-0001|logged|2026-11-20|2026-11-20T09:00:00Z|tester
  2|C-2026-0002|logged|2026-11-20|2026-11-20T09:00:00Z|tester
  3|C-2026-0003|logged|2026-11-18|2026-11-20T09:00:00Z|tester

Words for dates, --as for the handler, and the year of logging in the reference.

  $ . ./env.sh && plaint log --received yesterday --summary "Parking charges at the hospital" --as jo
  C-2026-0004
  $ . ./env.sh && plaint log --today 2027-01-04 --received 2026-12-31 --summary "Test results not sent"
  C-2027-0001
  $ . ./env.sh && PLAINT_TODAY=2027-01-05 plaint log --received today --summary "Appointment moved without notice"
  C-2027-0002
  $ sqlite3 reg.db "select ref, received, actor from cases join events on case_ref = ref where seq > 3"
  C-2026-0004|2026-11-19|jo
  C-2027-0001|2026-12-31|tester
  C-2027-0002|2027-01-05|tester

Another procedure than the register's default.

  $ . ./env.sh && plaint log --procedure two-stage --summary "Bins not collected"
  C-2026-0005
  $ sqlite3 reg.db "select procedure, state from cases where ref = 'C-2026-0005'"
  two-stage|received

--format json prints the case instead (no personal data).

  $ . ./env.sh && plaint log --format json --kind compliment --channel web --summary "Thank you" --complainant "Cat Jones"
  {
    "reference": "C-2026-0006",
    "kind": "compliment",
    "procedure": "nhs-complaint",
    "state": "resolved",
    "open": false,
    "received": "2026-11-20",
    "channel": "web",
    "incident_date": null,
    "summary": "Thank you",
    "subject": null,
    "service": null,
    "provider": null,
    "owner": null,
    "closed_on": "2026-11-20",
    "logged_at": "2026-11-20T09:00:00Z",
    "updated_at": "2026-11-20T09:00:00Z",
    "aspects": [],
    "age_band": null,
    "complainant_status": null,
    "categories": null,
    "outcome": null,
    "resolved_on": null,
    "ombudsman_on": null,
    "lessons": [],
    "actions": [],
    "voided_on": null,
    "received_as_logged": null,
    "links": [],
    "contributions": [],
    "risk": null
  }
  $ . ./env.sh && plaint log --format table --summary "Table means the reference"
  C-2026-0007

Bad input is refused before the register is touched: exit 2 and nothing
recorded.

  $ . ./env.sh && plaint log --summary x --bogus
  ! plaint: error: log: The following argument was not expected: --bogus
  ! plaint: hint: see 'plaint log --help'
  [2]
  $ . ./env.sh && plaint log --summary x --received 2026-02-30
  ! plaint: error: log: invalid --received date '2026-02-30'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ . ./env.sh && plaint log --summary x --received 20/11/2026
  ! plaint: error: log: invalid --received date '20/11/2026'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ . ./env.sh && plaint log --summary x --incident-date last-week
  ! plaint: error: log: invalid --incident-date 'last-week'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ . ./env.sh && plaint log --summary x --incident-date 2026-11-21
  ! plaint: error: log: the incident date 2026-11-21 is after the date of receipt 2026-11-20
  [2]
  $ . ./env.sh && plaint log --summary x --kind grumble
  ! plaint: error: log: --kind: grumble not in {concern,complaint,compliment}
  ! plaint: hint: see 'plaint log --help'
  [2]
  $ . ./env.sh && plaint log --summary x --channel fax
  ! plaint: error: log: --channel: fax not in {letter,email,phone,in-person,web,mp,advocate}
  ! plaint: hint: see 'plaint log --help'
  [2]
  $ . ./env.sh && plaint log --summary x --procedure nope
  ! plaint: error: log: unknown procedure 'nope'
  ! plaint: hint: procedures are choice-qualification, integrated-care-licence, nhs-complaint, two-stage
  [2]
  $ . ./env.sh && plaint log --summary x --format csv
  ! plaint: error: log: format 'csv' is not available here
  ! plaint: hint: use --format table|json
  [2]
  $ . ./env.sh && plaint log --summary x --complainant-contact ann@example.org
  ! plaint: error: log: --complainant-contact needs --complainant
  ! plaint: hint: give the complainant's name as well
  [2]
  $ . ./env.sh && plaint log --summary x --received
  ! plaint: error: log: --received: 1 required TEXT missing
  ! plaint: hint: see 'plaint log --help'
  [2]
  $ sqlite3 reg.db "select count(*) from events; select count(*) from cases; select count(*) from parties"
  9
  9
  3
  $ . ./env.sh && plaint verify | sed -E 's/[0-9a-f]{64}/<hash>/'
  ok: 9 events, 9 cases; journal head <hash>

A case needs a summary: without one (stdin is not a terminal here, so none
is asked for), or with a blank one, it is refused and nothing is recorded.
A receipt date in the future is refused too.

  $ . ./env.sh && plaint list --format json | jq length
  9
  $ . ./env.sh && plaint log --received 2026-11-18 --channel phone
  ! plaint: error: log: a case needs a summary
  ! plaint: hint: give --summary TEXT: what the case is about, without personal details
  [2]
  $ . ./env.sh && plaint log --summary "  "
  ! plaint: error: log: a case needs a summary
  ! plaint: hint: give --summary TEXT: what the case is about, without personal details
  [2]
  $ . ./env.sh && plaint log --received tomorrow --summary "Waited six weeks for a reply"
  ! plaint: error: log: the date of receipt 2026-11-21 is in the future
  ! plaint: hint: a case is logged on or after the day it was received
  [2]
  $ . ./env.sh && plaint list --format json | jq length
  9
