The contract of `plaint contribution`: statements asked of a service or a
provider by a date, each a clock of its own that `due` lists and `remind`
puts in the owner's digest, stopped when recorded received.

| November 2026             | December 2026
| Mo Tu We Th Fr Sa Su      | Mo Tu We Th Fr Sa Su
|                    1      |     1  2  3  4  5  6
|  2  3  4  5  6  7  8      |  7  8  9 10 11 12 13
|  9 10 11 12 13 14 15      | 14 15 16 17 18 19 20
| 16 17 18 19 20 21 22      | 21 22 23 24 25 26 27
| 23 24 25 26 27 28 29      | 28 29 30 31
| 30

Today is Friday 20 November. Case 1 (alice) asks Ward 7 on Monday 9: due 10
working days later, Monday 23 (10-13, 16-20, 23), at risk from Thursday 19.
It asks Acme Care on Tuesday 10 by Friday 13: overdue today by 5 working days
(16-20). Case 2 (bob) asks the pharmacy today for Monday 30.

  $ cat > env <<'END'
  > export PLAINT_REGISTER=reg.db PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_USER=cco PLAINT_TODAY=2026-11-20
  > END
  $ mkdir -p .config/plaint && cat > .config/plaint/config.toml <<'END'
  > [remind]
  > from = "Complaints team <complaints@example.org>"
  > [people.alice]
  > email = "alice@example.org"
  > [people.bob]
  > email = "bob@example.org"
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null
  $ . ./env; plaint log --received 2026-11-09 --summary "Missed visit" --complainant "Ann Example" --owner alice --provider "Acme Care"
  $ . ./env; plaint log --received 2026-11-16 --summary "Wrong medication" --complainant "Bo Example" --owner bob
  $ . ./env; plaint ack C-2026-0001 --method letter --on 2026-11-10 >/dev/null
  $ . ./env; plaint ack C-2026-0002 --method letter --on 2026-11-17 >/dev/null
  $ . ./env; plaint contribution request C-2026-0001 --from "Ward 7" --on 2026-11-09
  $ . ./env; plaint contribution request C-2026-0001 --from "Acme Care" --on 2026-11-10 --by 2026-11-13
  $ . ./env; plaint contribution request C-2026-0002 --from Pharmacy --days 6

`due` lists the open requests with the other clocks; the overdue one makes
`--exit-code` exit 1.

  $ . ./env; plaint due --format table
  $ . ./env; plaint due --format csv | tr -d "\r" | grep contribution
  $ . ./env; plaint due --exit-code --format tsv >/dev/null
  $ . ./env; plaint contribution list
  $ . ./env; plaint contribution list C-2026-0001 --format json

The reminder digests carry them, with the step that stops them.

  $ . ./env; plaint remind --dry-run | grep -i 'statement\|contribution\|^To:'

Recording them received: Ward 7 on Friday 20 (in time), Acme Care on Friday
20 (5 working days late: breached).

  $ . ./env; plaint contribution received C-2026-0001 1 --on 2026-11-20
  $ . ./env; plaint contribution received C-2026-0001 2 --format json | grep -v '"hash"\|"prev_hash"'
  $ . ./env; plaint contribution list --open --format tsv
  $ . ./env; plaint contribution list --format tsv
  $ . ./env; plaint due --format tsv | cut -f1-4
  $ . ./env; plaint due --exit-code --format tsv >/dev/null

Bad input, nothing written (the journal stays at 10 events): received twice,
an unknown number, before the request, an unknown case, a due date before the
request, both --by and --days, a person's name missing.

  $ . ./env; plaint contribution received C-2026-0001 1
  $ . ./env; plaint contribution received C-2026-0001 3
  $ . ./env; plaint contribution received C-2026-0002 1 --on 2026-11-19
  $ . ./env; plaint contribution received C-2026-0099 1
  $ . ./env; plaint contribution request C-2026-0002 --from Pharmacy --by 2026-11-19
  $ . ./env; plaint contribution request C-2026-0002 --from Pharmacy --by 2026-11-30 --days 3
  $ . ./env; plaint contribution request C-2026-0002 --from "  "
  $ . ./env; plaint contribution request C-2026-0002
  $ . ./env; plaint contribution list C-2026-0099
  $ . ./env; plaint --format json verify | grep '"events"'

A closed case: refused (exit 5) unless --force.

  $ . ./env; plaint respond C-2026-0002 --outcome upheld >/dev/null
  $ . ./env; plaint contribution request C-2026-0002 --from Pharmacy
  $ . ./env; plaint contribution request C-2026-0002 --from "Ombudsman liaison" --force

The timeliness report counts acknowledgements and responses only.

  $ . ./env; plaint report timeliness --period 2026-11 --format csv | tr -d "\r" | head -12

Verify is clean, and rebuild reproduces every case and its clocks.

  $ . ./env; plaint verify >/dev/null
  $ . ./env; plaint show C-2026-0001 --format json > before.json; plaint due --format tsv > due-before.tsv
  $ . ./env; plaint rebuild >/dev/null
  $ . ./env; plaint show C-2026-0001 --format json > after.json; plaint due --format tsv > due-after.tsv
  $ cmp before.json after.json && cmp due-before.tsv due-after.tsv && echo same
