The command contract of `plaint demo`: a demonstration register of realistic
cases; the same seed gives the same register.

  $ cat > env <<'END'
  > export PLAINT_TODAY=2026-11-18 PLAINT_NOW=2026-11-18T09:00:00Z PLAINT_USER=demo
  > END
  $ . ./env; plaint demo one.db --cases 60 --seed 7 --years 2
  Created demonstration register one.db: 60 cases (5 open), 339 events, seed 7, as of 2026-11-18
  $ . ./env; plaint demo two.db --cases 60 --seed 7 --years 2 >/dev/null
  $ . ./env; plaint demo three.db --cases 60 --seed 8 --years 2 >/dev/null

The same seed, the same cases; another seed, others.

  $ . ./env; plaint --register one.db list --format csv > one.csv && plaint --register two.db list --format csv > two.csv && cmp one.csv two.csv && echo same
  same
  $ . ./env; plaint --register three.db list --format csv | cmp -s - one.csv || echo different
  different
  $ test "$(wc -l < one.csv)" -eq 61 && echo "60 cases and a header"
  60 cases and a header
  $ . ./env; plaint --register one.db verify | sed -E 's/[0-9a-f]{64}/<hash>/'
  ok: 339 events, 60 cases; journal head <hash>

A realistic mix: several procedures, kinds and states, some open, some
closed; the register file private to its owner.

  $ . ./env; plaint --register one.db list --format json | python3 -c 'import json,sys; c=json.load(sys.stdin); print(len({x["procedure"] for x in c}) >= 3, len({x["kind"] for x in c}) >= 2, len({x["state"] for x in c}) >= 4)'
  True True True
  $ . ./env; test "$(plaint --register one.db list --open --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" -gt 0 && test "$(plaint --register one.db list --closed --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" -gt 0 && echo both
  both
  $ stat -c %a one.db
  600

A demo never goes over an existing register.

  $ . ./env; plaint demo one.db --cases 5
  ! plaint: error: demo: one.db already exists
  ! plaint: hint: choose another file name, or remove the old file first
  [4]
  $ . ./env; plaint demo four.db --cases 0
  ! plaint: error: demo: --cases: Value 0 not in range 1 to 20000000
  ! plaint: hint: see 'plaint demo --help'
  [2]
