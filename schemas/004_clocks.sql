-- Schema version 4: each case's clocks as last computed, part of the
-- projection (rebuilt from the journal by `plaint rebuild`). Lets `plaint
-- due` and analysts find what is due with one indexed query.
--   status: waiting (for a gate), open (running, with a due date), paused,
--           met, breached (stopped after its due date). Whether an open clock
--           is overdue depends on the day you ask: compare due with today.

CREATE TABLE clocks (
    case_ref          TEXT NOT NULL,
    clock             TEXT NOT NULL,
    title             TEXT NOT NULL,
    status            TEXT NOT NULL,
    start             TEXT,
    due               TEXT,
    original_due      TEXT,
    warning           TEXT,
    window_opens      TEXT,
    stopped_on        TEXT,
    working_days_late INTEGER NOT NULL DEFAULT 0,  -- when stopped late
    paused_days_left  INTEGER,                     -- working days left when paused
    next_step         TEXT,                        -- the step that would stop it
    PRIMARY KEY (case_ref, clock)
) STRICT, WITHOUT ROWID;
CREATE INDEX clocks_open_by_due ON clocks (due) WHERE stopped_on IS NULL;

-- The calendar (holidays and closures) the open clocks were computed with.
ALTER TABLE register ADD COLUMN clocks_calendar TEXT NOT NULL DEFAULT '';

CREATE VIEW clock_list AS
SELECT k.case_ref AS reference, k.clock, k.title, k.status, k.start, k.due, k.warning,
       k.stopped_on, k.working_days_late, c.procedure, c.state, c.owner, c.provider
FROM clocks k JOIN cases c ON c.ref = k.case_ref;
