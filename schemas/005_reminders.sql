-- Schema version 5: the reminder emails `plaint remind` sent or tried to
-- send, one row per attempt. A delivery log, not case data: it is neither
-- part of the journal nor of the projection, and `plaint rebuild` leaves it
-- alone. No personal data of complainants is kept here.
--   kind:      digest (to a case owner) | summary (to the manager)
--   owner:     the case owner the digest was for; '' for the summary
--   recipient: the address it went to; '' when the owner has none
--   status:    sent | failed (failed attempts are kept; the next run retries)
--   items:     how many clocks the message listed
-- At most one 'sent' row per day, kind and owner: that is what makes "one
-- digest per owner per day" hold; a resend (plaint remind --force) replaces
-- that day's row.

CREATE TABLE reminders (
    id           INTEGER PRIMARY KEY,
    day          TEXT NOT NULL,                 -- YYYY-MM-DD the digest is for
    kind         TEXT NOT NULL CHECK (kind IN ('digest', 'summary')),
    owner        TEXT NOT NULL,
    recipient    TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
    items        INTEGER NOT NULL DEFAULT 0,
    attempted_at TEXT NOT NULL,                 -- UTC timestamp of the attempt
    message_id   TEXT NOT NULL DEFAULT '',
    error        TEXT NOT NULL DEFAULT ''       -- why it failed; '' when sent
) STRICT;
CREATE UNIQUE INDEX reminders_sent_once ON reminders (day, kind, owner) WHERE status = 'sent';
CREATE INDEX reminders_by_day ON reminders (day);
