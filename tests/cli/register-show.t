The command contract of `plaint show REF`: the case, its parties (unless
--no-personal) and its timeline. The clocks, checks and next steps that
follow the timeline belong to the procedures and are tested with them, so
these cases stop at the timeline.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > register_part() { sed -e '/^Clocks:/,$d' -e '/^Next steps:/,$d'; }
  > masked() { sed -E 's/[0-9a-f]{64}/<hash>/g'; }
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-18 --kind concern --channel phone --incident-date 2026-11-02 \
  >   --summary "Rude receptionist" --subject "Staff attitude" --service GP --provider "Riverside Surgery" \
  >   --owner sam --complainant "Ann Smith" --complainant-contact "ann@example.org" --on-behalf-of "Bob Smith"
  C-2026-0001
  $ . ./env.sh && plaint log --kind compliment --summary "Thanks to the ward team" --as jo
  C-2026-0002

Text, with the parties.

  $ . ./env.sh && plaint show C-2026-0001 | register_part
  C-2026-0001  concern  received
    Procedure:  nhs-complaint
    Received:   Wed 2026-11-18 by phone
    Incident:   2026-11-02
    Summary:    Rude receptionist
    Subject:    Staff attitude
    Service:    GP
    Provider:   Riverside Surgery
    Owner:      sam
  Parties:
    complainant   Ann Smith  <ann@example.org>
    on-behalf-of  Bob Smith
  Timeline:
    2026-11-18  logged       by tester at 2026-11-20T09:00:00Z
  $ . ./env.sh && plaint show C-2026-0002 --format table | register_part
  C-2026-0002  compliment  resolved (closed 2026-11-20)
    Procedure:  nhs-complaint
    Received:   Fri 2026-11-20
    Incident:   -
    Summary:    Thanks to the ward team
    Subject:    -
    Service:    -
    Provider:   -
    Owner:      -
  Parties:
    (none recorded)
  Timeline:
    2026-11-20  logged       by jo at 2026-11-20T09:00:00Z

--no-personal leaves the parties out altogether.

  $ . ./env.sh && plaint show C-2026-0001 --no-personal | register_part
  C-2026-0001  concern  received
    Procedure:  nhs-complaint
    Received:   Wed 2026-11-18 by phone
    Incident:   2026-11-02
    Summary:    Rude receptionist
    Subject:    Staff attitude
    Service:    GP
    Provider:   Riverside Surgery
    Owner:      sam
  Timeline:
    2026-11-18  logged       by tester at 2026-11-20T09:00:00Z
  $ . ./env.sh && plaint show C-2026-0001 --no-personal | grep -c -e Smith -e example.org
  0
  [1]

JSON: the case as `plaint list` gives it, then its parties and its events
(hashes masked: the register's salt is random).

  $ . ./env.sh && plaint show C-2026-0001 --format json | jq 'del(.clocks, .checks, .next_steps)' | masked
  {
    "reference": "C-2026-0001",
    "kind": "concern",
    "procedure": "nhs-complaint",
    "state": "received",
    "open": true,
    "received": "2026-11-18",
    "channel": "phone",
    "incident_date": "2026-11-02",
    "summary": "Rude receptionist",
    "subject": "Staff attitude",
    "service": "GP",
    "provider": "Riverside Surgery",
    "owner": "sam",
    "closed_on": null,
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
    "risk": null,
    "parties": [
      {
        "role": "complainant",
        "name": "Ann Smith",
        "contact": "ann@example.org"
      },
      {
        "role": "on-behalf-of",
        "name": "Bob Smith",
        "contact": ""
      }
    ],
    "notes": [],
    "correspondence": [],
    "attachments": [],
    "receipt_changes": [],
    "as_of": null,
    "events": [
      {
        "seq": 1,
        "reference": "C-2026-0001",
        "type": "logged",
        "effective_date": "2026-11-18",
        "recorded_at": "2026-11-20T09:00:00Z",
        "actor": "tester",
        "details": {
          "channel": "phone",
          "incident_date": "2026-11-02",
          "kind": "concern",
          "number": 1,
          "owner": "sam",
          "parties": [
            {
              "digest": "<hash>",
              "id": 1,
              "role": "complainant"
            },
            {
              "digest": "<hash>",
              "id": 2,
              "role": "on-behalf-of"
            }
          ],
          "procedure": "nhs-complaint",
          "procedure_hash": "<hash>",
          "provider": "Riverside Surgery",
          "service": "GP",
          "state": "received",
          "subject": "Staff attitude",
          "summary": "Rude receptionist",
          "year": 2026
        },
        "hash": "<hash>"
      }
    ],
    "conditions": [],
    "awaiting": [],
    "also_allowed": [
      "escalate",
      "consent-received",
      "summary-approved",
      "hold",
      "joint",
      "refer-to-provider",
      "withdraw",
      "decline",
      "designate-vexatious",
      "assign"
    ]
  }
  $ . ./env.sh && plaint show C-2026-0001 --format json --no-personal | jq -c '[has("parties"), (.events | length)]'
  [false,1]
  $ . ./env.sh && plaint show C-2026-0001 --format json --no-personal | grep -c -e Smith -e example.org
  0
  [1]

A compliment is recorded and that is all it needs: it is logged closed
(initial_by_kind in the procedure file), and a closed case says so in its
first line. Nothing more can be recorded on it.

  $ . ./env.sh && plaint show C-2026-0002 | head -1
  C-2026-0002  compliment  resolved (closed 2026-11-20)
  $ . ./env.sh && plaint withdraw C-2026-0002
  ! plaint: error: withdraw: withdraw is not allowed while the case is resolved
  ! plaint: hint: allowed now: none: the case is closed
  [5]

Errors: exit 2 for a case that does not exist or a bad option; exit 4 when
there is no register.

  $ . ./env.sh && plaint show C-2026-0099
  ! plaint: error: show: no case C-2026-0099 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]
  $ . ./env.sh && plaint show "c-2026-0099"
  ! plaint: error: show: no case C-2026-0099 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]
  $ . ./env.sh && plaint show
  ! plaint: error: show: REF is required
  ! plaint: hint: see 'plaint show --help'
  [2]
  $ . ./env.sh && plaint show C-2026-0001 --format csv
  ! plaint: error: show: format 'csv' is not available here
  ! plaint: hint: use --format table|json
  [2]
  $ . ./env.sh && plaint show C-2026-0001 --personal
  ! plaint: error: show: The following argument was not expected: --personal
  ! plaint: hint: see 'plaint show --help'
  [2]
  $ . ./env.sh && plaint --register nowhere.db show C-2026-0001
  ! plaint: error: show: no register at nowhere.db
  ! plaint: hint: create one with 'plaint init nowhere.db'
  [4]
