-- Schema version 15: claims of the reminders being sent. `plaint remind`
-- claims each digest and summary in its own committed transaction before it
-- sends it, and records the attempt and drops the claim together afterwards,
-- so two overlapping runs (cron and a person, two cron lines) never send the
-- same reminder twice: the second finds the claim, or the 'sent' row, and
-- skips it. A claim left by a run that was killed while sending stays until
-- the day is over; `plaint remind --force` takes it over.
--   day, kind, owner: as in reminders (schemas/005)
--   claimed_at:       UTC timestamp of the claim
CREATE TABLE reminder_claims (
    day        TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('digest', 'summary')),
    owner      TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    PRIMARY KEY (day, kind, owner)
) STRICT, WITHOUT ROWID;
