A reproducible random sample of a provider's closed cases.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-06-01T09:00:00Z PLAINT_TODAY=2026-06-01 PLAINT_USER=tester PLAINT_REGISTER=demo.db
  > END
  $ . ./env.sh && plaint demo --cases 2000 --seed 3 >/dev/null
  $ . ./env.sh && plaint sample --provider "Riverside Community Health" --size 5 --seed 42 --format csv > a.csv
  $ . ./env.sh && plaint sample --provider "Riverside Community Health" --size 5 --seed 42 --format csv > b.csv
  $ . ./env.sh && cmp a.csv b.csv && wc -l < a.csv
  6
  $ . ./env.sh && plaint sample --provider "Riverside Community Health" --size 5 --seed 43 --format csv | cmp -s - a.csv || echo differs
  differs
  $ . ./env.sh && head -1 a.csv | tr -d '\r'
  reference,kind,procedure,received,closed_on,outcome,resolved_on,subjects,owner,lessons,actions
  $ . ./env.sh && plaint sample --provider "Riverside Community Health" --size 5 --seed 42 --format json | jq -r '.[].reference' > refs.txt
  $ . ./env.sh && for r in $(cat refs.txt); do sqlite3 demo.db "select provider, closed_on is not null from cases where ref = '$r'"; done | sort -u
  Riverside Community Health|1
  $ . ./env.sh && plaint sample --provider "Riverside Community Health" --size 5 --seed 42 --period 2025/26 --format json | jq -r '.[].closed_on' | awk '$0 < "2025-04-01" || $0 > "2026-03-31"' | wc -l
  0
  $ . ./env.sh && plaint sample --provider "Riverside Community Health" --size 3 --seed 42 > /dev/null
  ! plaint: 3 of 153 closed case(s) of Riverside Community Health, seed 42
  $ . ./env.sh && plaint sample --provider "Nobody" --size 3 --format csv | tr -d '\r'
  reference,kind,procedure,received,closed_on,outcome,resolved_on,subjects,owner,lessons,actions
  $ . ./env.sh && plaint sample --provider "Nobody" --size 0
  ! plaint: error: sample: --size: Value 0 not in range 1 to 100000
  ! plaint: hint: see 'plaint sample --help'
  [2]
  $ . ./env.sh && plaint sample --size 3
  ! plaint: error: sample: --provider is required
  ! plaint: hint: see 'plaint sample --help'
  [2]
