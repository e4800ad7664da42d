Forgiving, safe filters: a short or lower-case reference wherever a command
takes REF, and filter values of list and due checked against what the
register holds, case ignored where it makes sense: an unknown value is a
usage error with "did you mean", never an empty success (a cron job
filtered on a misspelt owner must not read "nothing overdue"). A value that
exists but matches nothing is still an empty success.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --received 2025-12-01 --summary "Last year's" --owner sam >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-16 --summary "Discharge" --owner alice --provider "Riverside Surgery" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-17 --summary "Parking" --owner Bob >/dev/null
  $ . ./env.sh && plaint list --format csv | cut -d, -f1
  reference
  C-2025-0001
  C-2026-0001
  C-2026-0002

Short references: this year's by number, another year's by year and
number, and any case.

  $ . ./env.sh && plaint show 1 --format json | grep '"reference"'
  $ . ./env.sh && plaint show 0002 --format json | grep '"reference"'
  $ . ./env.sh && plaint show 2025-0001 --format json | grep '"reference"'
  $ . ./env.sh && plaint show c-2026-0001 --format json | grep '"reference"'
  $ . ./env.sh && plaint ack 2 --method phone
  $ . ./env.sh && plaint explain 1 --format json | grep '"reference"'
  $ . ./env.sh && plaint learn 0001 --lesson "Ring back within a day"
  $ . ./env.sh && plaint action 1 --add "Review the script"
  $ . ./env.sh && plaint action 1 --format csv
  $ . ./env.sh && plaint show 3
  $ . ./env.sh && plaint show 2024-0001
  $ . ./env.sh && plaint show X-2026-0001

Owner and provider ignore case; an unknown one names the nearest.

  $ . ./env.sh && plaint list --owner ALICE --format csv | cut -d, -f1
  $ . ./env.sh && plaint list --provider "riverside surgery" --format csv | cut -d, -f1
  $ . ./env.sh && plaint list --owner alcie
  $ . ./env.sh && plaint list --owner zebedee
  $ . ./env.sh && plaint list --provider "Riverside Surgry"
  $ . ./env.sh && plaint due --owner alcie --format csv
  $ . ./env.sh && plaint due --owner bob --format csv | cut -d, -f1

State, kind and procedure: of the procedures, or held by a case.

  $ . ./env.sh && plaint list --state investigatoin
  $ . ./env.sh && plaint list --kind complant
  $ . ./env.sh && plaint list --procedure nhs-complain
  $ . ./env.sh && plaint due --procedure nhs-complain --format csv

A known value matching nothing is an empty success.

  $ . ./env.sh && plaint list --state closed --format csv
  $ . ./env.sh && plaint list --kind compliment --owner alice --format csv

Teams come from the configuration; an unknown one names the nearest.

  $ mkdir -p .config/plaint && printf '[people.alice]\nteam = "complaints"\n[people.sam]\nteam = "pals"\n' > .config/plaint/config.toml
  $ . ./env.sh && plaint due --team Complaints --format csv | cut -d, -f1
  $ . ./env.sh && plaint due --team complaint --format csv
