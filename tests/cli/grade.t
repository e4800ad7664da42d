The contract of `plaint grade`: a case's risk, consequence x likelihood,
against the built-in NHS 5x5 matrix (NPSA 2008: 1-3 low, 4-6 moderate, 8-12
high, 15-25 extreme) or an organisation's own; `list --grade`; and the annual
report's serious-concerns section. A changed matrix never rescores.

  $ cat > env <<'END'
  > export PLAINT_REGISTER=reg.db PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_USER=cco PLAINT_TODAY=2026-11-20
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null
  $ . ./env; plaint log --received 2026-11-02 --summary "Wrong drug given" --complainant "Ann Example" --owner alice --provider "Acme Care"
  $ . ./env; plaint log --received 2026-11-03 --summary "Rude receptionist" --complainant "Bo Example" --owner bob --provider "Beta Homes"
  $ . ./env; plaint log --received 2026-11-04 --summary "Fall on the ward" --complainant "Cy Example" --owner alice --provider "Acme Care"
  $ . ./env; plaint log --received 2026-11-05 --summary "Logged in error" --owner bob

The matrix in force, in each format.

  $ . ./env; plaint grade matrix
  $ . ./env; plaint grade matrix --format csv | tr -d "\r"
  $ . ./env; plaint grade matrix --all --format tsv

Grading: 4 x 3 = 12 is high; 5 x 4 = 20 extreme; 2 x 2 = 4 moderate.

  $ . ./env; plaint grade C-2026-0001 --consequence 4 --likelihood 3 --on 2026-11-03
  $ . ./env; plaint grade C-2026-0002 --consequence 2 --likelihood 2
  $ . ./env; plaint grade C-2026-0003 --consequence 5 --likelihood 4 --format json | grep -v '"hash"\|"prev_hash"'
  $ . ./env; plaint grade C-2026-0001
  $ . ./env; plaint grade C-2026-0001 --format json
  $ . ./env; plaint grade C-2026-0004

Bad input: nothing written (the journal stays at 8 events).

  $ . ./env; plaint grade C-2026-0001 --consequence 6 --likelihood 1
  $ . ./env; plaint grade C-2026-0001 --consequence 0 --likelihood 3
  $ . ./env; plaint grade C-2026-0001 --consequence 3
  $ . ./env; plaint grade C-2026-0001 --consequence 3 --likelihood 3 --matrix nhs-5x5-2025
  $ . ./env; plaint grade C-2026-0001 --consequence 3 --likelihood 3 --on 2026-10-01
  $ . ./env; plaint grade C-2026-0099 --consequence 3 --likelihood 3
  $ . ./env; plaint grade C-2026-0099
  $ . ./env; plaint grade
  $ . ./env; plaint --format json verify | grep '"events"'

Lists: by level, by score, a misspelt level refused.

  $ . ./env; plaint list --grade high --format table
  $ . ./env; plaint list --min-score 10 --format table
  $ . ./env; plaint list --grade extreme --format csv | tr -d "\r" | cut -d, -f1,35-
  $ . ./env; plaint list --grade hihg

The annual report counts the complaints graded high or extreme received in the
period, by level and by provider, by reference only.

  $ . ./env; plaint report annual --period 2026/27 --format markdown | sed -n '/Serious concerns/,$p'

The organisation's own matrix: high from 10 (3 x 3 = 9 is moderate there).
Grades made against the NHS matrix keep their level and are flagged.

  $ cat > org.toml <<'END'
  > id = "org-2027"
  > title = "Our matrix"
  > consequence = [{ score = 1, title = "None" }, { score = 2, title = "Low" }, { score = 3, title = "Some" }, { score = 4, title = "Much" }, { score = 5, title = "Grave" }]
  > likelihood = [{ score = 1, title = "Never" }, { score = 2, title = "Seldom" }, { score = 3, title = "Sometimes" }, { score = 4, title = "Often" }, { score = 5, title = "Always" }]
  > levels = [{ id = "low", title = "Low", from = 1, to = 4 }, { id = "moderate", title = "Moderate", from = 5, to = 9 }, { id = "high", title = "High", from = 10, to = 14, serious = true }, { id = "extreme", title = "Extreme", from = 15, to = 25, serious = true }]
  > END
  $ mkdir -p .config/plaint && printf '[risk]\nmatrices = ["%s/org.toml"]\n' "$PWD" > .config/plaint/config.toml
  $ . ./env; plaint grade matrix
  $ . ./env; plaint grade C-2026-0001
  $ . ./env; plaint grade C-2026-0002 --consequence 3 --likelihood 3
  $ . ./env; plaint grade C-2026-0002
  $ . ./env; plaint report annual --period 2026/27 --format csv | tr -d "\r" | grep -i 'superseded\|serious'
  $ . ./env; printf '[risk]\nmatrix = "org-2028"\n' > .config/plaint/config.toml; plaint grade C-2026-0001
  $ rm .config/plaint/config.toml

A bad matrix file is a bad file (exit 3).

  $ printf 'id = "bad"\n' > bad.toml; printf '[risk]\nmatrices = ["%s/bad.toml"]\n' "$PWD" > .config/plaint/config.toml
  $ . ./env; plaint grade matrix
  $ rm .config/plaint/config.toml

Verify is clean, and rebuild reproduces every case exactly.

  $ . ./env; plaint verify >/dev/null
  $ . ./env; for r in 1 2 3 4; do plaint show C-2026-000$r --format json; done > before.json
  $ . ./env; plaint rebuild >/dev/null
  $ . ./env; for r in 1 2 3 4; do plaint show C-2026-000$r --format json; done > after.json
  $ cmp before.json after.json && echo same
