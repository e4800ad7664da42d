-- Schema version 12: the journal's format version 2 (lib/plaint/store/journal.hpp).
--
-- Each event gains content_hash, the salted SHA-256 of its details, and its
-- hash covers that instead of the details themselves; details may become
-- NULL when the content is erased for lawful disposal, and the chain still
-- verifies. The genesis hash now also covers the register row's identity
-- (organisation, reference prefix, default procedure, created at), so an
-- edit of that row breaks the chain at its first event.
--
-- The upgrade rewrites every event's hash, in one transaction with the
-- rest of the upgrade: a killed upgrade leaves version 11, never a mix.
-- Before a row is rewritten the old chain is checked from the first event,
-- and the upgrade is refused if it is broken, so that an upgrade never
-- launders a history altered behind plaint's back. The old head is kept in
-- journal_upgrades, so that a seal or an outside record of it (a manager's
-- digest, say) can still be compared with the upgraded register.

CREATE TABLE events_v12 (
    seq            INTEGER PRIMARY KEY,    -- 1, 2, 3 ... without gaps
    case_ref       TEXT NOT NULL,          -- '' for register-level events
    type           TEXT NOT NULL,
    effective_date TEXT NOT NULL,          -- YYYY-MM-DD the step happened
    recorded_at    TEXT NOT NULL,          -- UTC timestamp it was recorded
    actor          TEXT NOT NULL,
    details        TEXT,                   -- canonical JSON object, no personal data; NULL once erased
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL,          -- SHA-256(prev_hash, the fields, content_hash)
    content_hash   TEXT NOT NULL           -- SHA-256 of the salt and details
) STRICT;

CREATE TABLE journal_upgrades (
    version        INTEGER PRIMARY KEY,    -- the journal format upgraded to
    upgraded_at    TEXT NOT NULL,          -- UTC timestamp
    events         INTEGER NOT NULL,       -- how many events were rewritten
    old_head_hash  TEXT NOT NULL,          -- the head under the old format
    new_head_hash  TEXT NOT NULL           -- the same event's hash under the new one
) STRICT;

-- @step rehash-journal-v2: events (version 1) checked and written into events_v12

DROP VIEW journal;
DROP TABLE events;
ALTER TABLE events_v12 RENAME TO events;
CREATE INDEX events_by_case ON events (case_ref, seq);
CREATE VIEW journal AS
SELECT seq, case_ref AS reference, type, effective_date, recorded_at, actor, details
FROM events;
