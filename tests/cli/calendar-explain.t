The command contract of `plaint calendar explain DATE N`: the working-day walk
behind `calendar add`, every day passed over named.

Christmas 2024 in Scotland: 2 January is a bank holiday there.

  $ plaint calendar explain 2024-12-20 7 --calendar scotland
  7 working days from Friday 2024-12-20 (scotland, receipt day-zero)
    2024-12-20  Fri  day 0
    2024-12-21  Sat  skip     Saturday
    2024-12-22  Sun  skip     Sunday
    2024-12-23  Mon  day 1
    2024-12-24  Tue  day 2
    2024-12-25  Wed  skip     Christmas Day
    2024-12-26  Thu  skip     Boxing Day
    2024-12-27  Fri  day 3
    2024-12-28  Sat  skip     Saturday
    2024-12-29  Sun  skip     Sunday
    2024-12-30  Mon  day 4
    2024-12-31  Tue  day 5
    2025-01-01  Wed  skip     New Year’s Day
    2025-01-02  Thu  skip     2nd January
    2025-01-03  Fri  day 6
    2025-01-04  Sat  skip     Saturday
    2025-01-05  Sun  skip     Sunday
    2025-01-06  Mon  day 7
  Result: Monday 2025-01-06 (10 days skipped)
  $ plaint calendar explain 2024-12-20 7
  7 working days from Friday 2024-12-20 (england-and-wales, receipt day-zero)
    2024-12-20  Fri  day 0
    2024-12-21  Sat  skip     Saturday
    2024-12-22  Sun  skip     Sunday
    2024-12-23  Mon  day 1
    2024-12-24  Tue  day 2
    2024-12-25  Wed  skip     Christmas Day
    2024-12-26  Thu  skip     Boxing Day
    2024-12-27  Fri  day 3
    2024-12-28  Sat  skip     Saturday
    2024-12-29  Sun  skip     Sunday
    2024-12-30  Mon  day 4
    2024-12-31  Tue  day 5
    2025-01-01  Wed  skip     New Year’s Day
    2025-01-02  Thu  day 6
    2025-01-03  Fri  day 7
  Result: Friday 2025-01-03 (7 days skipped)

The brief's example, received on Easter Saturday 2024, under both receipt
conventions.

  $ plaint calendar explain 2024-03-30 3
  3 working days from Saturday 2024-03-30 (england-and-wales, receipt day-zero)
    2024-03-30  Sat  day 0    Saturday; still day 0
    2024-03-31  Sun  skip     Sunday
    2024-04-01  Mon  skip     Easter Monday
    2024-04-02  Tue  day 1
    2024-04-03  Wed  day 2
    2024-04-04  Thu  day 3
  Result: Thursday 2024-04-04 (2 days skipped)
  $ plaint calendar explain 2024-03-30 3 --receipt next-working-day
  3 working days from Saturday 2024-03-30 (england-and-wales, receipt next-working-day)
    2024-03-30  Sat  skip     Saturday; received on a non-working day
    2024-03-31  Sun  skip     Sunday
    2024-04-01  Mon  skip     Easter Monday
    2024-04-02  Tue  day 0    treated as the day of receipt
    2024-04-03  Wed  day 1
    2024-04-04  Thu  day 2
    2024-04-05  Fri  day 3
  Result: Friday 2024-04-05 (3 days skipped)

Going back, and machine output.

  $ plaint calendar explain 2024-04-04 -3
  -3 working days from Thursday 2024-04-04 (england-and-wales, receipt day-zero)
    2024-04-04  Thu  day 0
    2024-04-03  Wed  day -1
    2024-04-02  Tue  day -2
    2024-04-01  Mon  skip     Easter Monday
    2024-03-31  Sun  skip     Sunday
    2024-03-30  Sat  skip     Saturday
    2024-03-29  Fri  skip     Good Friday
    2024-03-28  Thu  day -3
  Result: Thursday 2024-03-28 (4 days skipped)
  $ plaint calendar explain 2024-03-30 1 --format json
  {
    "title": "1 working day from Saturday 2024-03-30 (england-and-wales, receipt day-zero)",
    "steps": [
      {
        "date": "2024-03-30",
        "weekday": "Saturday",
        "working_day": 0,
        "reason": "Saturday; still day 0"
      },
      {
        "date": "2024-03-31",
        "weekday": "Sunday",
        "working_day": null,
        "reason": "Sunday"
      },
      {
        "date": "2024-04-01",
        "weekday": "Monday",
        "working_day": null,
        "reason": "Easter Monday"
      },
      {
        "date": "2024-04-02",
        "weekday": "Tuesday",
        "working_day": 1,
        "reason": ""
      }
    ],
    "result": "Tuesday 2024-04-02 (2 days skipped)"
  }
  $ plaint calendar explain 2024-04-02 -1
  -1 working day from Tuesday 2024-04-02 (england-and-wales, receipt day-zero)
    2024-04-02  Tue  day 0
    2024-04-01  Mon  skip     Easter Monday
    2024-03-31  Sun  skip     Sunday
    2024-03-30  Sat  skip     Saturday
    2024-03-29  Fri  skip     Good Friday
    2024-03-28  Thu  day -1
  Result: Thursday 2024-03-28 (4 days skipped)
