Global options shared by every subcommand: --today and PLAINT_TODAY, the words
today/tomorrow/yesterday, --format per command, --version, --help and the
documented exit codes.

  $ plaint --version
  plaint 0.1.0

"Today" comes from --today, else PLAINT_TODAY; the flag wins.

| December 2024
| Mo Tu We Th Fr Sa Su
| 23 24 25 26 27 28 29    25 Christmas Day, 26 Boxing Day

  $ plaint --today 2024-12-24 calendar add today 0
  2024-12-24
  $ plaint calendar add tomorrow 0 --today 2024-12-24
  2024-12-25
  $ plaint calendar add yesterday 0 --today 2024-12-24
  2024-12-23
  $ PLAINT_TODAY=2024-12-23 plaint calendar add today 1
  2024-12-24
  $ PLAINT_TODAY=2024-12-23 plaint calendar add today 1 --today 2024-12-27
  2024-12-30
  $ PLAINT_TODAY=2024-12-23 plaint calendar count yesterday tomorrow
  2
  $ plaint calendar add today 1 --today 2024-02-30
  ! plaint: error: calendar add: invalid --today '2024-02-30'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ PLAINT_TODAY=soon plaint calendar add 2024-01-02 1
  ! plaint: error: calendar add: invalid PLAINT_TODAY 'soon'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]

--format: each command has its machine default off a terminal; json where it
makes sense, an error naming the choices where it does not.

  $ plaint calendar add 2024-03-30 3 --format table
  2024-04-04
  $ plaint --format json calendar count 2024-03-28 2024-04-02
  {
    "from": "2024-03-28",
    "to": "2024-04-02",
    "calendar": "england-and-wales",
    "working_days": 1
  }
  $ plaint calendar holidays 2024 --format ndjson
  {"date":"2024-01-01","weekday":"Mon","name":"New Year’s Day","type":"bank holiday","source":"rules"}
  {"date":"2024-03-29","weekday":"Fri","name":"Good Friday","type":"bank holiday","source":"rules"}
  {"date":"2024-04-01","weekday":"Mon","name":"Easter Monday","type":"bank holiday","source":"rules"}
  {"date":"2024-05-06","weekday":"Mon","name":"Early May bank holiday","type":"bank holiday","source":"rules"}
  {"date":"2024-05-27","weekday":"Mon","name":"Spring bank holiday","type":"bank holiday","source":"rules"}
  {"date":"2024-08-26","weekday":"Mon","name":"Summer bank holiday","type":"bank holiday","source":"rules"}
  {"date":"2024-12-25","weekday":"Wed","name":"Christmas Day","type":"bank holiday","source":"rules"}
  {"date":"2024-12-26","weekday":"Thu","name":"Boxing Day","type":"bank holiday","source":"rules"}
  $ plaint calendar add 2024-03-30 3 --format csv
  ! plaint: error: calendar add: format 'csv' is not available here
  ! plaint: hint: use --format table|json
  [2]

--help: the commands and their options, exit 0.

  $ plaint --help | head -n 3
  plaint keeps a complaints register: deadlines in working days, procedures, reports.
  Usage: plaint [OPTIONS] SUBCOMMAND
  
  $ plaint --help | grep -c '^  calendar'
  1
  $ plaint calendar add --help | grep -e '--receipt'
    --receipt TEXT:{day-zero,next-working-day}
  $ plaint calendar --help >/dev/null; echo $?
  0

Exit codes: 0 success, 1 a finding, 2 usage, 3 a bad file, 4 the register.

  $ plaint calendar is-working 2024-12-25 >/dev/null; echo $?
  1
  $ plaint frobnicate 2>/dev/null; echo $?
  2
  $ plaint --frobnicate calendar add 2024-01-02 1
  ! plaint: error: calendar add: The following argument was not expected: --frobnicate
  ! plaint: hint: see 'plaint calendar add --help'
  [2]
  $ plaint
  ! plaint: error: A subcommand is required
  ! plaint: hint: see 'plaint --help'
  [2]
  $ printf 'colour = "red"\n' > bad.toml && plaint --config bad.toml calendar add 2024-01-02 1
  ! plaint: error: calendar add: bad.toml:1:10: unknown setting 'colour'
  [3]
  $ plaint list
  ! plaint: error: list: no register given
  ! plaint: hint: use --register FILE, set PLAINT_REGISTER, or set register in the configuration; 'plaint init FILE' creates one
  [4]
  $ plaint --register missing.plaint list
  ! plaint: error: list: no register at missing.plaint
  ! plaint: hint: create one with 'plaint init missing.plaint'
  [4]
