The command contract of `plaint calendar add`: a bare YYYY-MM-DD line.

Received Saturday 30 March 2024 (Easter weekend), +3 working days: day 0 is the
Saturday itself; Easter Monday 1 April is skipped; the answer is Thursday.

| March/April 2024
| Mo Tu We Th Fr Sa Su
| .. .. .. .. 29 30 31    29 Good Friday, 30 received
|  1  2  3  4  5  6  7     1 Easter Monday

  $ plaint calendar add 2024-03-30 3
  2024-04-04

The brief's other convention: receipt on a non-working day rolls to Tuesday 2 April.

  $ plaint calendar add 2024-03-30 3 --receipt next-working-day
  2024-04-05

Negative N goes back.

  $ plaint calendar add 2024-04-04 -3
  2024-03-28

Words for today, relative to --today or PLAINT_TODAY.

  $ plaint calendar add today 1 --today 2024-12-24
  2024-12-27
  $ PLAINT_TODAY=2024-12-23 plaint calendar add tomorrow 1
  2024-12-27

Machine output.

  $ plaint calendar add 2024-03-30 3 --format json
  {
    "start": "2024-03-30",
    "working_days": 3,
    "receipt": "day-zero",
    "calendar": "england-and-wales",
    "date": "2024-04-04",
    "weekday": "Thursday"
  }

Bad values name themselves and exit 2.

  $ plaint calendar add 2024-02-30 3
  ! plaint: error: calendar add: invalid date '2024-02-30'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ plaint calendar add 2100-12-30 5
  ! plaint: error: calendar add: 2100-12-30 +5 working days is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar add 2024-01-01 3 --calendar wales
  ! plaint: error: calendar add: unknown calendar 'wales'
  ! plaint: hint: calendars are england-and-wales, scotland, northern-ireland, united-kingdom
  [2]
