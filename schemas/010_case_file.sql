-- Schema version 10: the whole case file.
--
-- Personal data (may name people or hold their words), each row protected
-- by a salted digest recorded in the journal event that added it, as the
-- parties are (verify recomputes them):
--   notes           dated, attributed notes of calls, meetings, thoughts
--   correspondence  letters, emails, calls and meetings in and out: the
--                   subject line is personal; direction, channel and date
--                   are in the journal too
--   attachments     documents kept with a case: original name and media
--                   type (personal), the content's SHA-256 (in the journal)
--   party_history   a party's earlier details after a rectification
-- Content, shared by every attachment with the same SHA-256 and checked
-- against it by verify:
--   blobs, blob_chunks
-- Projection (rebuilt from the journal by `plaint rebuild`, no personal data):
--   case_links          duplicate, related, joint, follow-up: both ends
--   case_contributions  statements asked of a service or provider by a date
--   cases.voided_on     the case was logged in error (out of list, due and
--                       every report; shown by show)
--   cases.received_as_logged  the date of receipt first recorded, when an
--                       amendment changed it (never silent)
--   cases.risk_*        the case's risk grade against a versioned matrix

CREATE TABLE notes (
    id       INTEGER PRIMARY KEY,
    case_ref TEXT NOT NULL,
    noted_on TEXT NOT NULL,          -- YYYY-MM-DD
    author   TEXT NOT NULL,
    text     TEXT NOT NULL
) STRICT;
CREATE INDEX notes_by_case ON notes (case_ref, id);

CREATE TABLE correspondence (
    id        INTEGER PRIMARY KEY,
    case_ref  TEXT NOT NULL,
    direction TEXT NOT NULL,         -- in | out
    channel   TEXT NOT NULL,         -- letter | email | phone | meeting | ...
    dated     TEXT NOT NULL,         -- YYYY-MM-DD sent or received
    subject   TEXT NOT NULL,
    step_seq  INTEGER                -- the step it evidences (an acknowledgement, a response)
) STRICT;
CREATE INDEX correspondence_by_case ON correspondence (case_ref, id);

-- A blob's content is its chunks (1 MiB each but the last) in number order;
-- chunks point at the blob by its integer id, so that content can be
-- written as it is read, before its SHA-256 is known, and never rewritten.
CREATE TABLE blobs (
    id     INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,     -- lower-case hex of the whole content
    size   INTEGER NOT NULL,         -- bytes
    chunks INTEGER NOT NULL
) STRICT;

CREATE TABLE blob_chunks (
    id      INTEGER PRIMARY KEY,
    blob_id INTEGER NOT NULL REFERENCES blobs (id),
    number  INTEGER NOT NULL,        -- 0, 1, 2 ... in order
    data    BLOB NOT NULL,
    UNIQUE (blob_id, number)
) STRICT;

CREATE TABLE attachments (
    id                INTEGER PRIMARY KEY,
    case_ref          TEXT NOT NULL,
    sha256            TEXT NOT NULL,
    name              TEXT NOT NULL,  -- the original file name
    media_type        TEXT NOT NULL,
    size              INTEGER NOT NULL,
    attached_on       TEXT NOT NULL,  -- YYYY-MM-DD
    correspondence_id INTEGER         -- the letter or email it came with
) STRICT;
CREATE INDEX attachments_by_case ON attachments (case_ref, id);
CREATE INDEX attachments_by_blob ON attachments (sha256);

CREATE TABLE party_history (
    party_id    INTEGER NOT NULL,
    seq         INTEGER NOT NULL,    -- the event that replaced these details
    name        TEXT NOT NULL,
    contact     TEXT NOT NULL,
    PRIMARY KEY (party_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE case_links (
    case_ref  TEXT NOT NULL,
    other_ref TEXT NOT NULL,
    relation  TEXT NOT NULL,         -- duplicate-of | duplicated-by | related | joint | follow-up-of | followed-up-by
    linked_on TEXT NOT NULL,
    PRIMARY KEY (case_ref, other_ref, relation)
) STRICT, WITHOUT ROWID;

CREATE TABLE case_contributions (
    case_ref     TEXT NOT NULL,
    number       INTEGER NOT NULL,   -- 1, 2, 3 ... per case
    requested_of TEXT NOT NULL,      -- a service or provider, never a person's name
    requested_on TEXT NOT NULL,
    due          TEXT NOT NULL,
    received_on  TEXT,
    PRIMARY KEY (case_ref, number)
) STRICT, WITHOUT ROWID;
CREATE INDEX contributions_open_by_due ON case_contributions (due) WHERE received_on IS NULL;

ALTER TABLE cases ADD COLUMN voided_on TEXT;
ALTER TABLE cases ADD COLUMN received_as_logged TEXT;
ALTER TABLE cases ADD COLUMN risk_consequence INTEGER;
ALTER TABLE cases ADD COLUMN risk_likelihood INTEGER;
ALTER TABLE cases ADD COLUMN risk_score INTEGER;
ALTER TABLE cases ADD COLUMN risk_level TEXT;
ALTER TABLE cases ADD COLUMN risk_matrix TEXT;
ALTER TABLE cases ADD COLUMN risk_graded_on TEXT;
CREATE INDEX cases_voided ON cases (voided_on) WHERE voided_on IS NOT NULL;
CREATE INDEX cases_by_risk ON cases (risk_level) WHERE risk_level IS NOT NULL;
