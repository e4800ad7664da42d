The command contract of `plaint calendar import FILE`: what a GOV.UK
bank-holidays.json adds to the rules is recorded in the user's
imported-holidays.toml (beside config.toml), and every later calculation rests
on it. The file here is the 2019-2027 feed with a newly proclaimed holiday
added: Monday 7 June 2027 in England and Wales.

| June 2027
| Mo Tu We Th Fr Sa Su
|     1  2  3  4  5  6
|  7  8  9 10 11 12 13     7 the new holiday

  $ python3 - "$DATA/govuk-bank-holidays-2019-2027.json" <<'END'
  > import json, sys
  > feed = json.load(open(sys.argv[1]))
  > feed["england-and-wales"]["events"].append({"title": "Extra bank holiday", "date": "2027-06-07", "notes": "", "bunting": True})
  > json.dump(feed, open("bank-holidays.json", "w"), indent=2)
  > END
  $ plaint calendar add 2027-06-04 1
  2027-06-07
  $ plaint calendar import bank-holidays.json --dry-run --today 2026-11-30
  england-and-wales: 76 days for 2019-2027
    + 2027-06-07  Extra bank holiday  (new: recorded)
  scotland: 84 days for 2019-2027
    - 2026-06-15  Extra bank holiday  (not in the feed: kept)
  northern-ireland: 93 days for 2019-2027, as the rules give
  Dry run: nothing recorded.
  $ ls .config/plaint 2>/dev/null | wc -l
  0
  $ plaint calendar import bank-holidays.json --today 2026-11-30 | sed "s|$PWD|.|"
  england-and-wales: 76 days for 2019-2027
    + 2027-06-07  Extra bank holiday  (new: recorded)
  scotland: 84 days for 2019-2027
    - 2026-06-15  Extra bank holiday  (not in the feed: kept)
  northern-ireland: 93 days for 2019-2027, as the rules give
  Recorded in ./.config/plaint/imported-holidays.toml
  $ cat .config/plaint/imported-holidays.toml
  # Written by `plaint calendar import` on 2026-11-30. Holidays that GOV.UK's feed
  # adds to plaint's rules ([[holiday]]) or that it lacks ([[cancelled]]).
  
  [[holiday]]
  division = "england-and-wales"
  date = 2027-06-07
  name = "Extra bank holiday"

Now every calculation knows the day.

  $ plaint calendar add 2027-06-04 1
  2027-06-08
  $ plaint calendar count 2027-06-04 2027-06-08
  1
  $ plaint calendar is-working 2027-06-07
  no: Extra bank holiday
  [1]
  $ plaint calendar holidays 2027 --format tsv | grep 2027-06 | sed "s|$PWD|.|"
  2027-06-07	Mon	Extra bank holiday	bank holiday	./.config/plaint/imported-holidays.toml
  $ plaint calendar add 2027-06-04 1 --calendar scotland
  2027-06-07
  $ plaint config show --format tsv | grep holidays | sed "s|$PWD|.|"
  calendar.holidays	2027-06-07 Extra bank holiday	./.config/plaint/imported-holidays.toml
  calendar.not_holidays		default

--replace also records the rule days the feed lacks (Scotland's 15 June 2026,
proclaimed after this copy of the feed) as cancelled.

  $ plaint calendar import bank-holidays.json --replace --today 2026-11-30 | sed "s|$PWD|.|"
  england-and-wales: 76 days for 2019-2027
    + 2027-06-07  Extra bank holiday  (new: recorded)
  scotland: 84 days for 2019-2027
    - 2026-06-15  Extra bank holiday  (not in the feed: cancelled)
  northern-ireland: 93 days for 2019-2027, as the rules give
  Recorded in ./.config/plaint/imported-holidays.toml
  $ plaint calendar is-working 2026-06-15 --calendar scotland
  yes
  $ grep -A2 '^\[\[cancelled' .config/plaint/imported-holidays.toml
  [[cancelled]]
  division = "scotland"
  date = 2026-06-15
  $ plaint calendar import bank-holidays.json --into other.toml --today 2026-11-30 >/dev/null && grep -c '^\[\[' other.toml
  1

Bad files: exit 3, naming the file.

  $ echo '{"england-and-wales": {"events": [{"title": "x", "date": "2027-02-30"}]}}' > bad.json
  $ plaint calendar import bad.json
  ! plaint: error: calendar import: bad.json: england-and-wales.events[0]: invalid date '2027-02-30'
  [3]
  $ echo 'not json' > bad.json
  $ plaint calendar import bad.json
  ! plaint: error: calendar import: bad.json: not valid JSON at byte 2
  ! plaint: hint: expected GOV.UK's bank-holidays.json format
  [3]
  $ plaint calendar import missing.json
  ! plaint: error: calendar import: cannot read the holiday feed missing.json: No such file or directory
  [3]
