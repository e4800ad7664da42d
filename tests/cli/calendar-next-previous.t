`plaint calendar next`, `previous`, `is-working` and `months`.

| December 2022
| Mo Tu We Th Fr Sa Su
| 19 20 21 22 23 24 25    25 Christmas Day (Sunday)
| 26 27 28 29 30 31       26 Boxing Day, 27 Christmas Day substitute

  $ plaint calendar next 2022-12-23
  2022-12-28
  $ plaint calendar previous 2022-12-28
  2022-12-23
  $ plaint calendar next 2024-12-24
  2024-12-27
  $ plaint calendar previous 2024-12-27
  2024-12-24
  $ plaint calendar next 2024-02-28
  2024-02-29
  $ plaint calendar previous 2024-03-01
  2024-02-29
  $ plaint calendar next 2024-03-28 --calendar scotland
  2024-04-01
  $ plaint calendar next 2024-03-28
  2024-04-02
  $ plaint calendar next 2024-12-24 --format json
  {
    "from": "2024-12-24",
    "date": "2024-12-27",
    "weekday": "Friday"
  }

At the edges of the range: 1 January 1990 was a Monday and a holiday, so the
working day before 2 January is in 1989, outside the calendar.

  $ plaint calendar previous 1990-01-03
  1990-01-02
  $ plaint calendar previous 1990-01-02
  ! plaint: error: calendar previous: 1990-01-02 -1 working day is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar next 2100-12-30
  2100-12-31
  $ plaint calendar next 2100-12-31
  ! plaint: error: calendar next: 2100-12-31 +1 working day is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]

is-working: "yes", or "no: why" with exit status 1.

  $ plaint calendar is-working 2024-02-29
  yes
  $ plaint calendar is-working 2024-12-25
  no: Christmas Day
  [1]
  $ plaint calendar is-working 2024-03-30
  no: Saturday
  [1]
  $ plaint calendar is-working 2022-09-19
  no: Bank Holiday for the State Funeral of Queen Elizabeth II
  [1]
  $ plaint calendar is-working 2023-05-08
  no: Bank holiday for the coronation of King Charles III
  [1]
  $ plaint calendar is-working 2026-06-15
  yes
  $ plaint calendar is-working 2026-06-15 --calendar scotland
  no: Extra bank holiday
  [1]
  $ plaint calendar is-working 2026-06-15 --calendar united-kingdom --format json
  {
    "date": "2026-06-15",
    "working_day": false,
    "reason": "Extra bank holiday (scotland)"
  }
  [1]
  $ plaint calendar is-working 2024-02-29 --format json
  {
    "date": "2024-02-29",
    "working_day": true,
    "reason": null
  }

months: "N months after" (the default) and "beginning on".

  $ plaint calendar months 2024-01-15 6 --rule beginning-on
  2024-07-14
  $ plaint calendar months 2024-01-15 6
  2024-07-15
  $ plaint calendar months 2024-02-29 12
  2025-02-28
  $ plaint calendar months 2024-02-29 12 --rule beginning-on
  2025-02-28
  $ plaint calendar months 2024-08-31 6 --rule beginning-on
  2025-02-28
  $ plaint calendar months 2023-08-31 6 --rule beginning-on
  2024-02-29
  $ plaint calendar months 2024-03-31 -1
  2024-02-29
  $ plaint calendar months 2024-01-31 1 --format json
  {
    "start": "2024-01-31",
    "months": 1,
    "rule": "after",
    "date": "2024-02-29",
    "weekday": "Thursday"
  }
  $ plaint calendar months 2024-01-31 1 --rule within
  ! plaint: error: calendar months: --rule: within not in {after,beginning-on}
  ! plaint: hint: see 'plaint calendar months --help'
  [2]
