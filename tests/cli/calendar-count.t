The command contract of `plaint calendar count FROM TO`: the number of working
days in (FROM, TO], a bare integer; negative when TO is before FROM.

Christmas and New Year 2024-25: Christmas Day Wednesday, Boxing Day Thursday,
New Year's Day Wednesday; Scotland rests on Thursday 2 January too.

| December 2024 / January 2025
| Mo Tu We Th Fr Sa Su
| 16 17 18 19 20 21 22    20 FROM
| 23 24 25 26 27 28 29    25 Christmas Day, 26 Boxing Day
| 30 31  1  2  3  4  5     1 New Year's Day, 2 (Scotland) 2nd January
|  6                       6 TO

  $ plaint calendar count 2024-12-20 2025-01-06
  8
  $ plaint calendar count 2024-12-20 2025-01-06 --calendar scotland
  7
  $ plaint calendar count 2025-01-06 2024-12-20
  -8
  $ plaint calendar count 2024-12-20 2024-12-20
  0

Christmas Day 2022 was a Sunday: Boxing Day Monday 26, the Christmas Day
substitute Tuesday 27. In 2021 both fell at the weekend: substitutes on
Monday 27 and Tuesday 28. New Year's Day 2022, a Saturday: Monday 3 January.

| December 2022                 December 2021 / January 2022
| Mo Tu We Th Fr Sa Su          Mo Tu We Th Fr Sa Su
| 19 20 21 22 23 24 25          20 21 22 23 24 25 26
| 26 27 28 29 30 31             27 28 29 30 31  1  2
|                                3  4

  $ plaint calendar count 2022-12-23 2022-12-30
  3
  $ plaint calendar count 2021-12-24 2022-01-04
  4
  $ plaint calendar count 2021-12-24 2022-01-04 --calendar scotland
  3

Easter 2024 (Good Friday 29 March, Easter Monday 1 April, not in Scotland).

  $ plaint calendar count 2024-03-28 2024-04-02
  1
  $ plaint calendar count 2024-03-28 2024-04-02 --calendar scotland
  2

Leap years: Thursday 29 February 2024 is a working day; 2100 is no leap year.

  $ plaint calendar count 2024-02-28 2024-03-01
  2
  $ plaint calendar count 2023-02-28 2023-03-01
  1
  $ plaint calendar count 2100-02-26 2100-03-01
  1

St Patrick's Day 2024 was a Sunday: Northern Ireland rests on Monday 18 March;
united-kingdom rests on any division's holiday.

  $ plaint calendar count 2024-03-15 2024-03-19
  2
  $ plaint calendar count 2024-03-15 2024-03-19 --calendar northern-ireland
  1
  $ plaint calendar count 2024-03-15 2024-03-19 --calendar united-kingdom
  1

The one-offs: the state funeral (Monday 19 September 2022) and the coronation
(Monday 8 May 2023, besides Monday 1 May).

  $ plaint calendar count 2022-09-16 2022-09-20
  1
  $ plaint calendar count 2023-04-28 2023-05-09
  5

The range edges: 1990 and 2100 are covered, a day outside is not.

  $ plaint calendar count 1990-01-01 1990-01-31
  22
  $ plaint calendar count 2100-12-01 2100-12-31
  20
  $ plaint calendar count 1989-12-29 1990-01-02
  ! plaint: error: calendar count: 1989-12-29 is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar count 2100-12-30 2101-01-03
  ! plaint: error: calendar count: 2101-01-03 is outside the calendar
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]

Each day shown, and machine output.

  $ plaint calendar count 2024-03-28 2024-04-02 --explain
  Working days in (2024-03-28, 2024-04-02]
    2024-03-28  Thu  day 0
    2024-03-29  Fri  skip     Good Friday
    2024-03-30  Sat  skip     Saturday
    2024-03-31  Sun  skip     Sunday
    2024-04-01  Mon  skip     Easter Monday
    2024-04-02  Tue  day 1
  Result: 1 working day
  $ plaint calendar count 2024-04-02 2024-03-28 --explain
  Working days in (2024-03-28, 2024-04-02], counted back from 2024-04-02
    2024-04-02  Tue  day -1
    2024-04-01  Mon  skip     Easter Monday
    2024-03-31  Sun  skip     Sunday
    2024-03-30  Sat  skip     Saturday
    2024-03-29  Fri  skip     Good Friday
    2024-03-28  Thu  day 0
  Result: -1 working day
  $ plaint calendar count 2024-12-20 2025-01-06 --format json
  {
    "from": "2024-12-20",
    "to": "2025-01-06",
    "calendar": "england-and-wales",
    "working_days": 8
  }
