-- Schema version 8: the register's own calendar days, the same for every
-- user. With the division (register.calendar) they decide every due date.
-- Projection of the journal's register-level events (case_ref ''):
-- calendar-day-added, calendar-day-removed, calendar-imported and
-- division-set; kept in the same transaction as each event, checked by
-- `plaint verify` and rebuilt from the journal by `plaint rebuild`.
--   kind:       closure (the organisation is closed), holiday (a one-off
--               bank holiday the rules lack) or cancelled (a rule holiday
--               that is not one after all)
--   substitute: 1 for a weekday standing in for a weekend holiday
--   source:     where the day came from: a configuration file at init,
--               "import:FILE" for a GOV.UK feed, "command" for the calendar
--               commands

CREATE TABLE calendar_days (
    date       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('closure', 'holiday', 'cancelled')),
    name       TEXT NOT NULL DEFAULT '',
    substitute INTEGER NOT NULL DEFAULT 0 CHECK (substitute IN (0, 1)),
    source     TEXT NOT NULL,
    PRIMARY KEY (date, kind)
) STRICT, WITHOUT ROWID;

CREATE VIEW calendar_day_list AS
SELECT date, kind, name, substitute, source FROM calendar_days;
