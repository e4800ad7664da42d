-- Schema version 9: what a clock needs next, stored with it (projection,
-- rebuilt by `plaint rebuild`):
--   kind               what the clock measures (acknowledgement, response,
--                      long-stop ...), from the procedure file; reports
--                      classify clocks by it
--   waiting_for        status waiting: the gates (consent, summary) or, once
--                      set back, the start events it waits for, comma-separated
--   waiting_since      the day it began to wait
--   breach_handled_on  a breach dealt with (the delay letter sent): still
--                      open and late, but no longer unhandled
--   breach_step        the step that deals with a breach (the delay letter),
--                      the next step once the due date has passed
--   stopped_by         the event that stopped it, and by_next 1 when that is
--                      a step that meets the clock (an acknowledgement, a
--                      response), 0 when it merely ended it (a withdrawal):
--                      timeliness counts only the first
-- The clocks of open cases are worked out again on the next write (the
-- calendar fingerprint is cleared so that they count as stale).

ALTER TABLE clocks ADD COLUMN kind TEXT;
ALTER TABLE clocks ADD COLUMN waiting_for TEXT;
ALTER TABLE clocks ADD COLUMN waiting_since TEXT;
ALTER TABLE clocks ADD COLUMN breach_handled_on TEXT;
ALTER TABLE clocks ADD COLUMN breach_step TEXT;
ALTER TABLE clocks ADD COLUMN stopped_by TEXT;
ALTER TABLE clocks ADD COLUMN by_next INTEGER;
-- `due` finds the clocks without a due date through these (a query's
-- status = '...' must match an index's condition exactly for SQLite to use it).
CREATE INDEX clocks_waiting ON clocks (case_ref) WHERE status = 'waiting';
CREATE INDEX clocks_paused ON clocks (case_ref) WHERE status = 'paused';
-- The clocks of closed cases are not worked out again: their kinds follow
-- the built-in procedures of earlier releases, which named them by id (the
-- same rule the parser applies to a stored definition without kinds).
UPDATE clocks SET kind = CASE
    WHEN clock LIKE '%acknowledgement' THEN 'acknowledgement'
    WHEN clock LIKE '%response' THEN 'response'
    WHEN clock = 'long-stop' THEN 'long-stop'
    END;
UPDATE register SET clocks_calendar = '';

-- What is waiting to be chased: consent, an approved summary, information.
CREATE VIEW waiting_list AS
SELECT k.case_ref AS reference, k.clock, k.waiting_for, k.waiting_since, k.next_step, c.procedure, c.state, c.owner
FROM clocks k JOIN cases c ON c.ref = k.case_ref
WHERE k.status = 'waiting' AND k.stopped_on IS NULL;

DROP VIEW clock_list;
CREATE VIEW clock_list AS
SELECT k.case_ref AS reference, k.clock, k.kind, k.title, k.status, k.start, k.due, k.warning,
       k.stopped_on, k.working_days_late, k.waiting_for, k.waiting_since, k.breach_handled_on, k.next_step,
       c.procedure, c.state, c.owner, c.provider
FROM clocks k JOIN cases c ON c.ref = k.case_ref;
