-- Schema version 7: the journal's hash column loses its UNIQUE index.
-- Nothing looks events up by hash, and a duplicate hash cannot arise: each
-- hash covers its own seq (the primary key) and the previous hash, and
-- `plaint verify` recomputes the whole chain. The index was a random-order
-- B-tree as big as a tenth of the register, and keeping it up to date cost
-- a third of a bulk load's writing. SQLite cannot drop a column constraint,
-- so the table is copied (same columns, same rows, same order) and the view
-- that reads it is made again.

CREATE TABLE events_v7 (
    seq            INTEGER PRIMARY KEY,    -- 1, 2, 3 ... without gaps
    case_ref       TEXT NOT NULL,
    type           TEXT NOT NULL,
    effective_date TEXT NOT NULL,          -- YYYY-MM-DD the step happened
    recorded_at    TEXT NOT NULL,          -- UTC timestamp it was recorded
    actor          TEXT NOT NULL,
    details        TEXT NOT NULL,          -- canonical JSON object, no personal data
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL           -- SHA-256 of prev_hash and this row (see 001)
) STRICT;
INSERT INTO events_v7 (seq, case_ref, type, effective_date, recorded_at, actor, details, prev_hash, hash)
SELECT seq, case_ref, type, effective_date, recorded_at, actor, details, prev_hash, hash FROM events ORDER BY seq;
DROP VIEW journal;
DROP TABLE events;
ALTER TABLE events_v7 RENAME TO events;
CREATE INDEX events_by_case ON events (case_ref, seq);
CREATE VIEW journal AS
SELECT seq, case_ref AS reference, type, effective_date, recorded_at, actor, details
FROM events;
