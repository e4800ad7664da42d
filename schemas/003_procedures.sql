-- Schema version 3: the procedure definitions cases were started under,
-- stored by content hash so that editing a definition file never moves an
-- existing case's deadlines.

CREATE TABLE procedure_definitions (
    hash       TEXT PRIMARY KEY,   -- SHA-256 of the TOML text
    id         TEXT NOT NULL,
    source     TEXT NOT NULL,      -- builtin:<file> or the file it was read from
    text       TEXT NOT NULL,
    stored_at  TEXT NOT NULL
) STRICT;

ALTER TABLE cases ADD COLUMN procedure_hash TEXT;
CREATE INDEX cases_by_procedure ON cases (procedure, state);
