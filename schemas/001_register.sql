-- plaint register schema, version 1: the register, the journal, the case
-- projection and personal data kept apart. Applied in one transaction;
-- PRAGMA user_version records the version. See schemas/README.md.

-- One row: the register's own settings.
CREATE TABLE register (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    organisation     TEXT NOT NULL,
    default_procedure TEXT NOT NULL,
    calendar         TEXT NOT NULL,
    reference_prefix TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    salt             TEXT NOT NULL,        -- random hex, keys party digests
    journal_head_seq INTEGER NOT NULL DEFAULT 0,
    journal_head_hash TEXT NOT NULL        -- hash of the newest event (genesis hash when empty)
) STRICT;

-- The journal: every change to a case, appended, never updated or deleted.
-- hash = SHA-256(prev_hash || canonical JSON of the other columns).
CREATE TABLE events (
    seq            INTEGER PRIMARY KEY,    -- 1, 2, 3 ... without gaps
    case_ref       TEXT NOT NULL,
    type           TEXT NOT NULL,
    effective_date TEXT NOT NULL,          -- YYYY-MM-DD the step happened
    recorded_at    TEXT NOT NULL,          -- UTC timestamp it was recorded
    actor          TEXT NOT NULL,
    details        TEXT NOT NULL,          -- canonical JSON object, no personal data
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX events_by_case ON events (case_ref, seq);

-- Personal data, apart from the case record. Referenced from events by id
-- and protected by a salted digest recorded in the journal.
CREATE TABLE parties (
    id       INTEGER PRIMARY KEY,
    case_ref TEXT NOT NULL,
    role     TEXT NOT NULL,                -- complainant | on-behalf-of
    name     TEXT NOT NULL,
    contact  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX parties_by_case ON parties (case_ref);

-- The projection: each case's current record, maintained in the same
-- transaction as its events and rebuilt from them by `plaint rebuild`.
CREATE TABLE cases (
    ref            TEXT PRIMARY KEY,
    year           INTEGER NOT NULL,
    number         INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    procedure      TEXT NOT NULL,
    state          TEXT NOT NULL,
    channel        TEXT,
    received       TEXT NOT NULL,
    incident_date  TEXT,
    summary        TEXT NOT NULL DEFAULT '',
    subject        TEXT,
    service        TEXT,
    provider       TEXT,
    owner          TEXT,
    closed_on      TEXT,
    logged_at      TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    last_seq       INTEGER NOT NULL,
    UNIQUE (year, number)
) STRICT, WITHOUT ROWID;
CREATE INDEX cases_by_received ON cases (received);
CREATE INDEX cases_open ON cases (closed_on, state);
CREATE INDEX cases_by_owner ON cases (owner);
