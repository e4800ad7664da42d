Organisation closure days from a --config file: they are not working days,
and every calendar command knows them.

| December 2026 / January 2027
| Mo Tu We Th Fr Sa Su
| 21 22 23 24 25 26 27    25 Christmas Day, 26 Boxing Day (Saturday)
| 28 29 30 31  1  2  3    28 Boxing Day substitute; 29-31 closures; 1 New Year's Day
|  4  5

  $ cat > office.toml <<'END'
  > [calendar]
  > closures = [
  >   2026-12-29,
  >   { date = 2026-12-30, name = "Christmas closure" },
  >   { date = 2026-12-31, name = "Christmas closure" },
  > ]
  > END
  $ plaint calendar add 2026-12-24 1
  2026-12-29
  $ plaint --config office.toml calendar add 2026-12-24 1
  2027-01-04
  $ plaint calendar add 2026-12-24 2 --config office.toml
  2027-01-05
  $ plaint calendar count 2026-12-24 2027-01-05 --config office.toml
  2
  $ plaint calendar is-working 2026-12-29 --config office.toml
  no: closure: Closure day
  [1]
  $ plaint calendar is-working 2026-12-30 --config office.toml
  no: closure: Christmas closure
  [1]
  $ plaint calendar holidays 2026 --config office.toml --format tsv
  date	weekday	name	type	source
  2026-01-01	Thu	New Year’s Day	bank holiday	rules
  2026-04-03	Fri	Good Friday	bank holiday	rules
  2026-04-06	Mon	Easter Monday	bank holiday	rules
  2026-05-04	Mon	Early May bank holiday	bank holiday	rules
  2026-05-25	Mon	Spring bank holiday	bank holiday	rules
  2026-08-31	Mon	Summer bank holiday	bank holiday	rules
  2026-12-25	Fri	Christmas Day	bank holiday	rules
  2026-12-28	Mon	Boxing Day	substitute	rules
  2026-12-29	Tue	Closure day	closure	office.toml
  2026-12-30	Wed	Christmas closure	closure	office.toml
  2026-12-31	Thu	Christmas closure	closure	office.toml
  $ plaint calendar explain 2026-12-24 1 --config office.toml
  1 working day from Thursday 2026-12-24 (england-and-wales, receipt day-zero)
    2026-12-24  Thu  day 0
    2026-12-25  Fri  skip     Christmas Day
    2026-12-26  Sat  skip     Saturday
    2026-12-27  Sun  skip     Sunday
    2026-12-28  Mon  skip     Boxing Day (substitute day)
    2026-12-29  Tue  skip     closure: Closure day
    2026-12-30  Wed  skip     closure: Christmas closure
    2026-12-31  Thu  skip     closure: Christmas closure
    2027-01-01  Fri  skip     New Year’s Day
    2027-01-02  Sat  skip     Saturday
    2027-01-03  Sun  skip     Sunday
    2027-01-04  Mon  day 1
  Result: Monday 2027-01-04 (10 days skipped)
  $ plaint calendar count 2026-12-24 2027-01-05 --config office.toml --calendar scotland
  1

A complaint received on a closure day, under next-working-day receipt.

  $ plaint calendar add 2026-12-29 3 --config office.toml --receipt next-working-day
  2027-01-07
  $ plaint calendar add 2026-12-29 3 --config office.toml
  2027-01-06

Added bank holidays and cancelled rule days, from the same file.

  $ cat > moved.toml <<'END'
  > [calendar]
  > holidays = [{ date = 2027-06-07, name = "Extra bank holiday" }]
  > not_holidays = [2027-05-31]
  > END
  $ plaint --config moved.toml calendar is-working 2027-06-07
  no: Extra bank holiday
  [1]
  $ plaint --config moved.toml calendar is-working 2027-05-31
  yes
  $ plaint --config moved.toml calendar count 2027-05-28 2027-06-08
  6

A closure given badly.

  $ printf '[calendar]\nclosures = ["2026-12-32"]\n' > bad.toml
  $ plaint --config bad.toml calendar add 2026-12-24 1
  ! plaint: error: calendar add: bad.toml:2:13: calendar.closures must be a date such as 2026-12-29
  [3]
  $ plaint --config absent.toml calendar add 2026-12-24 1
  ! plaint: error: calendar add: configuration file absent.toml does not exist
  [3]
