-- Schema version 6: what the reports need. All of it is projection: kept
-- from the journal in the same transaction as each event and rebuilt from
-- it by `plaint rebuild`. None of it is personal data.
--   aspects:  each complaint's aspects (KO41: subject, service area,
--             profession; category ids from the list in force on receipt)
--   cases:    the patient's age band, the complainant's status, the
--             category list version they were checked against, the outcome
--             of the latest response and its date (resolved_on), and the
--             date the complainant went to the Ombudsman
--   lessons:  lessons learned, numbered per case
--   actions:  improvement actions with owner, due date and done date

CREATE TABLE case_aspects (
    case_ref   TEXT NOT NULL,
    position   INTEGER NOT NULL,   -- 1, 2, 3 ... in the order given
    subject    TEXT NOT NULL,
    service    TEXT,
    profession TEXT,
    PRIMARY KEY (case_ref, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE case_lessons (
    case_ref    TEXT NOT NULL,
    number      INTEGER NOT NULL,
    recorded_on TEXT NOT NULL,
    lesson      TEXT NOT NULL,
    PRIMARY KEY (case_ref, number)
) STRICT, WITHOUT ROWID;

CREATE TABLE case_actions (
    case_ref TEXT NOT NULL,
    number   INTEGER NOT NULL,
    action   TEXT NOT NULL,
    owner    TEXT,
    due      TEXT,
    added_on TEXT NOT NULL,
    done_on  TEXT,
    PRIMARY KEY (case_ref, number)
) STRICT, WITHOUT ROWID;
CREATE INDEX actions_open_by_due ON case_actions (due) WHERE done_on IS NULL;

ALTER TABLE cases ADD COLUMN age_band TEXT;
ALTER TABLE cases ADD COLUMN complainant_status TEXT;
ALTER TABLE cases ADD COLUMN categories TEXT;     -- id of the category list version
ALTER TABLE cases ADD COLUMN outcome TEXT;        -- upheld | partially-upheld | not-upheld
ALTER TABLE cases ADD COLUMN resolved_on TEXT;    -- date of the response with that outcome
ALTER TABLE cases ADD COLUMN ombudsman_on TEXT;   -- referred to the Ombudsman
CREATE INDEX cases_by_resolved ON cases (resolved_on) WHERE resolved_on IS NOT NULL;
CREATE INDEX cases_by_closed ON cases (closed_on) WHERE closed_on IS NOT NULL;

CREATE VIEW aspect_list AS
SELECT a.case_ref AS reference, a.position, a.subject, a.service, a.profession, c.kind, c.procedure,
       c.received, c.provider
FROM case_aspects a JOIN cases c ON c.ref = a.case_ref;
