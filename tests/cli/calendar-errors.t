Errors of the calendar commands: bad dates name the value and exit 2; years
outside 1990-2100, unknown divisions and unknown options exit 2 too.

  $ plaint calendar add 2024-13-01 1
  ! plaint: error: calendar add: invalid date '2024-13-01'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ plaint calendar add 24-03-30 1
  ! plaint: error: calendar add: invalid date '24-03-30'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ plaint calendar add 2024-3-30 1
  ! plaint: error: calendar add: invalid date '2024-3-30'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ plaint calendar add 2023-02-29 1
  ! plaint: error: calendar add: invalid date '2023-02-29'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ plaint calendar add someday 1
  ! plaint: error: calendar add: invalid date 'someday'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ plaint calendar count 2024-01-01 2024-01-32
  ! plaint: error: calendar count: invalid TO date '2024-01-32'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ plaint calendar next ""
  ! plaint: error: calendar next: invalid date ''
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ plaint calendar months 2024-02-30 1
  ! plaint: error: calendar months: invalid date '2024-02-30'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ plaint calendar is-working 2024-02-30
  ! plaint: error: calendar is-working: invalid date '2024-02-30'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]

Out of the range 1990-2100.

  $ plaint calendar add 1989-12-31 1
  ! plaint: error: calendar add: 1989-12-31 is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar add 1990-01-02 -1
  ! plaint: error: calendar add: 1990-01-02 -1 working day is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar add 2100-12-31 1
  ! plaint: error: calendar add: 2100-12-31 +1 working day is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar months 2100-07-31 5
  2100-12-31
  $ plaint calendar months 2100-12-31 1
  ! plaint: error: calendar months: 2100-12-31 +1 month is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar months 2100-08-31 6 --rule beginning-on
  ! plaint: error: calendar months: 2100-08-31 +6 months is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar months 1990-03-31 -3
  ! plaint: error: calendar months: 1990-03-31 -3 months is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar months 2000-01-01 2147483647
  ! plaint: error: calendar months: 2000-01-01 +2147483647 months is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar months 1989-12-31 1
  ! plaint: error: calendar months: 1989-12-31 is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar is-working 2101-01-01
  ! plaint: error: calendar is-working: 2101-01-01 is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar holidays 0
  ! plaint: error: calendar holidays: no calendar for 0
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar holidays twenty
  ! plaint: error: calendar holidays: YEAR: 'twenty' is not a whole number
  ! plaint: hint: see 'plaint calendar holidays --help'
  [2]

Unknown divisions, on the command line or in the environment.

  $ plaint calendar holidays 2024 --calendar wales
  ! plaint: error: calendar holidays: unknown calendar 'wales'
  ! plaint: hint: calendars are england-and-wales, scotland, northern-ireland, united-kingdom
  [2]
  $ PLAINT_CALENDAR=wales plaint calendar add 2024-01-02 1
  ! plaint: error: calendar add: unknown calendar 'wales'
  ! plaint: hint: calendars are england-and-wales, scotland, northern-ireland, united-kingdom
  [2]

Options and arguments CLI11 refuses.

  $ plaint calendar add 2024-01-02
  ! plaint: error: calendar add: N is required
  ! plaint: hint: see 'plaint calendar add --help'
  [2]
  $ plaint calendar add 2024-01-02 three
  ! plaint: error: calendar add: N: 'three' is not a whole number
  ! plaint: hint: see 'plaint calendar add --help'
  [2]
  $ plaint calendar add 2024-01-02 1 2
  ! plaint: error: calendar add: The following argument was not expected: 2
  ! plaint: hint: see 'plaint calendar add --help'
  [2]
  $ plaint calendar add 2024-01-02 1 --frobnicate
  ! plaint: error: calendar add: The following argument was not expected: --frobnicate
  ! plaint: hint: see 'plaint calendar add --help'
  [2]
  $ plaint calendar add 2024-01-02 1 --receipt monday
  ! plaint: error: calendar add: --receipt: monday not in {day-zero,next-working-day}
  ! plaint: hint: see 'plaint calendar add --help'
  [2]
  $ plaint calendar add 2024-01-02 1 --format xml
  ! plaint: error: calendar add: format 'xml' is not available here
  ! plaint: hint: use --format table|json
  [2]
  $ plaint calendar frobnicate
  ! plaint: error: calendar: unknown command 'frobnicate'
  ! plaint: hint: see 'plaint calendar --help'
  [2]
  $ plaint frobnicate
  ! plaint: error: unknown command 'frobnicate'
  ! plaint: hint: see 'plaint --help'
  [2]
  $ plaint calendar
  ! plaint: error: calendar: A subcommand is required
  ! plaint: hint: see 'plaint calendar --help'
  [2]
