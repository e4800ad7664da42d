The contract of `plaint grade`: a case's risk, consequence x likelihood,
against the built-in NHS 5x5 matrix (NPSA 2008: 1-3 low, 4-6 moderate, 8-12
high, 15-25 extreme) or an organisation's own; `list --grade`; and the annual
report's serious-concerns section. A changed matrix never rescores.

  $ cat > env <<'END'
  > export PLAINT_REGISTER=reg.db PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_USER=cco PLAINT_TODAY=2026-11-20
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null
  $ . ./env; plaint log --received 2026-11-02 --summary "Wrong drug given" --complainant "Ann Example" --owner alice --provider "Acme Care"
  C-2026-0001
  $ . ./env; plaint log --received 2026-11-03 --summary "Rude receptionist" --complainant "Bo Example" --owner bob --provider "Beta Homes"
  C-2026-0002
  $ . ./env; plaint log --received 2026-11-04 --summary "Fall on the ward" --complainant "Cy Example" --owner alice --provider "Acme Care"
  C-2026-0003
  $ . ./env; plaint log --received 2026-11-05 --summary "Logged in error" --owner bob
  C-2026-0004

The matrix in force, in each format.

  $ . ./env; plaint grade matrix
  nhs-5x5-2008: NHS 5x5 risk matrix (NPSA, 2008) (in force)
  likelihood        1 Negligible  2 Minor     3 Moderate  4 Major     5 Catastrophic
  5 Almost certain  5 moderate    10 high     15 extreme  20 extreme  25 extreme
  4 Likely          4 moderate    8 high      12 high     16 extreme  20 extreme
  3 Possible        3 low         6 moderate  9 high      12 high     15 extreme
  2 Unlikely        2 low         4 moderate  6 moderate  8 high      10 high
  1 Rare            1 low         2 low       3 low       4 moderate  5 moderate
  levels: low 1-3, moderate 4-6, high 8-12 (serious), extreme 15-25 (serious)
  source: National Patient Safety Agency, A risk matrix for risk managers, January 2008
  $ . ./env; plaint grade matrix --format csv | tr -d "\r"
  likelihood,1 Negligible,2 Minor,3 Moderate,4 Major,5 Catastrophic
  5 Almost certain,5 moderate,10 high,15 extreme,20 extreme,25 extreme
  4 Likely,4 moderate,8 high,12 high,16 extreme,20 extreme
  3 Possible,3 low,6 moderate,9 high,12 high,15 extreme
  2 Unlikely,2 low,4 moderate,6 moderate,8 high,10 high
  1 Rare,1 low,2 low,3 low,4 moderate,5 moderate
  $ . ./env; plaint grade matrix --all --format tsv
  id	title	in_force	origin
  nhs-5x5-2008	NHS 5x5 risk matrix (NPSA, 2008)	true	builtin:nhs-5x5-2008.toml

Grading: 4 x 3 = 12 is high; 5 x 4 = 20 extreme; 2 x 2 = 4 moderate.

  $ . ./env; plaint grade C-2026-0001 --consequence 4 --likelihood 3 --on 2026-11-03
  C-2026-0001: graded high, score 12 (consequence 4 Major x likelihood 3 Possible) on 2026-11-03 against nhs-5x5-2008
  $ . ./env; plaint grade C-2026-0002 --consequence 2 --likelihood 2
  C-2026-0002: graded moderate, score 4 (consequence 2 Minor x likelihood 2 Unlikely) on 2026-11-20 against nhs-5x5-2008
  $ . ./env; plaint grade C-2026-0003 --consequence 5 --likelihood 4 --format json | grep -v '"hash"\|"prev_hash"'
  {
    "seq": 7,
    "reference": "C-2026-0003",
    "type": "graded",
    "effective_date": "2026-11-20",
    "recorded_at": "2026-11-20T09:00:00Z",
    "actor": "cco",
    "details": {
      "consequence": 5,
      "level": "extreme",
      "likelihood": 4,
      "matrix": "nhs-5x5-2008",
      "score": 20
    },
  }
  $ . ./env; plaint grade C-2026-0001
  C-2026-0001: high, score 12 (consequence 4 Major x likelihood 3 Possible), graded on 2026-11-03 against nhs-5x5-2008
  $ . ./env; plaint grade C-2026-0001 --format json
  {
    "reference": "C-2026-0001",
    "risk": {
      "consequence": 4,
      "likelihood": 3,
      "score": 12,
      "level": "high",
      "matrix": "nhs-5x5-2008",
      "graded_on": "2026-11-03"
    },
    "matrix_in_force": "nhs-5x5-2008",
    "superseded": false
  }
  $ . ./env; plaint grade C-2026-0004
  C-2026-0004: not graded

Bad input: nothing written (the journal stays at 7 events: 4 logged, 3 graded).

  $ . ./env; plaint grade C-2026-0001 --consequence 6 --likelihood 1
  ! plaint: error: grade: --consequence must be 1 to 5, not 6
  ! plaint: hint: --consequence in nhs-5x5-2008: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Catastrophic
  [2]
  $ . ./env; plaint grade C-2026-0001 --consequence 0 --likelihood 3
  ! plaint: error: grade: --consequence must be 1 to 5, not 0
  ! plaint: hint: --consequence in nhs-5x5-2008: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Catastrophic
  [2]
  $ . ./env; plaint grade C-2026-0001 --consequence 3
  ! plaint: error: grade: a grade needs both --consequence and --likelihood
  ! plaint: hint: each is a score from 1 to 5
  [2]
  $ . ./env; plaint grade C-2026-0001 --consequence 3 --likelihood 3 --matrix nhs-5x5-2025
  ! plaint: error: grade: unknown risk matrix 'nhs-5x5-2025'
  ! plaint: hint: the matrices known: nhs-5x5-2008
  [2]
  $ . ./env; plaint grade C-2026-0001 --consequence 3 --likelihood 3 --on 2026-10-01
  ! plaint: error: grade: C-2026-0001 was received on 2026-11-02, after 2026-10-01
  [2]
  $ . ./env; plaint grade C-2026-0099 --consequence 3 --likelihood 3
  ! plaint: error: grade: no case C-2026-0099 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]
  $ . ./env; plaint grade C-2026-0099
  ! plaint: error: grade: no case C-2026-0099 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]
  $ . ./env; plaint grade
  ! plaint: error: grade: give a case reference, or 'matrix'
  ! plaint: hint: plaint grade REF --consequence N --likelihood N
  [2]
  $ . ./env; plaint --format json verify | grep '"events"'
    "events": 7,

Lists: by level, by score, a misspelt level refused.

  $ . ./env; plaint list --grade high --format table
  reference    received    kind       procedure      state     owner  subject  provider   risk
  C-2026-0001  2026-11-02  complaint  nhs-complaint  received  alice           Acme Care  high 12
  $ . ./env; plaint list --min-score 10 --format table
  reference    received    kind       procedure      state     owner  subject  provider   risk
  C-2026-0001  2026-11-02  complaint  nhs-complaint  received  alice           Acme Care  high 12
  C-2026-0003  2026-11-04  complaint  nhs-complaint  received  alice           Acme Care  extreme 20
  $ . ./env; plaint list --grade extreme --format csv | tr -d "\r" | cut -d, -f1,30
  reference,risk
  C-2026-0003,extreme 20
  $ . ./env; plaint list --grade hihg
  ! plaint: error: list: unknown risk level 'hihg'
  ! plaint: hint: the levels are: low, moderate, high, extreme
  [2]

The annual report counts the complaints graded high or extreme received in the
period, by level and by provider, by reference only.

  $ . ./env; plaint report annual --period 2026/27 --format markdown | sed -n '/Serious concerns/,$p'
  ## Serious concerns
  
  Complaints received in the period that identify potentially serious or significant concerns: those whose risk grade (consequence x likelihood) is high or extreme, as graded.
  
  - Complaints graded at a serious level: **2**
  - graded high: **1**
  - graded extreme: **1**
  - Graded against a superseded matrix: **0** (the matrix in force is nhs-5x5-2008)
  
  ### By level
  
  | Level | Complaints |
  | --- | ---: |
  | high | 1 |
  | extreme | 1 |
  
  ### By provider
  
  | Provider | Complaints |
  | --- | ---: |
  | Acme Care | 2 |
  
  ### Complaints graded at a serious level
  
  | Case | Provider | Level | Score | State | Matrix | Superseded matrix |
  | --- | --- | --- | ---: | --- | --- | --- |
  | C-2026-0001 | Acme Care | high | 12 | received | nhs-5x5-2008 | no |
  | C-2026-0003 | Acme Care | extreme | 20 | received | nhs-5x5-2008 | no |

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
  org-2027: Our matrix (in force)
  likelihood   1 None      2 Low       3 Some      4 Much      5 Grave
  5 Always     5 moderate  10 high     15 extreme  20 extreme  25 extreme
  4 Often      4 low       8 moderate  12 high     16 extreme  20 extreme
  3 Sometimes  3 low       6 moderate  9 moderate  12 high     15 extreme
  2 Seldom     2 low       4 low       6 moderate  8 moderate  10 high
  1 Never      1 low       2 low       3 low       4 low       5 moderate
  levels: low 1-4, moderate 5-9, high 10-14 (serious), extreme 15-25 (serious)
  $ . ./env; plaint grade C-2026-0001
  C-2026-0001: high, score 12 (consequence 4 Major x likelihood 3 Possible), graded on 2026-11-03 against nhs-5x5-2008
  C-2026-0001: the matrix in force is org-2027; the grade keeps the score and level it was given
  $ . ./env; plaint grade C-2026-0002 --consequence 3 --likelihood 3
  C-2026-0002: graded moderate, score 9 (consequence 3 Some x likelihood 3 Sometimes) on 2026-11-20 against org-2027
  $ . ./env; plaint grade C-2026-0002
  C-2026-0002: moderate, score 9 (consequence 3 Some x likelihood 3 Sometimes), graded on 2026-11-20 against org-2027
  $ . ./env; plaint report annual --period 2026/27 --format csv | tr -d "\r" | grep -i 'superseded\|serious'
  # serious_concerns/figures: Serious concerns
  serious,2
  serious_high,1
  serious_extreme,1
  superseded_matrix,2
  # serious_concerns/serious_by_level: By level
  # serious_concerns/serious_by_provider: By provider
  # serious_concerns/serious_cases: Complaints graded at a serious level
  reference,provider,level,score,state,matrix,superseded
  $ . ./env; printf '[risk]\nmatrix = "org-2028"\n' > .config/plaint/config.toml; plaint grade C-2026-0001
  ! plaint: error: grade: [risk] matrix names an unknown risk matrix 'org-2028'
  ! plaint: hint: 'plaint grade matrix --all' lists the matrices known
  [3]
  $ rm .config/plaint/config.toml

A bad matrix file is a bad file (exit 3).

  $ printf 'id = "bad"\n' > bad.toml; printf '[risk]\nmatrices = ["%s/bad.toml"]\n' "$PWD" > .config/plaint/config.toml
  $ . ./env; (plaint grade matrix 2>&1; echo "exit $?") | sed "s|$PWD|HOME|"
  plaint: error: grade matrix: HOME/bad.toml: risk matrix bad has no consequence
  exit 3
  $ rm .config/plaint/config.toml

Verify is clean, and rebuild reproduces every case exactly.

  $ . ./env; plaint verify >/dev/null
  $ . ./env; for r in 1 2 3 4; do plaint show C-2026-000$r --format json; done > before.json
  $ . ./env; plaint rebuild >/dev/null
  $ . ./env; for r in 1 2 3 4; do plaint show C-2026-000$r --format json; done > after.json
  $ cmp before.json after.json && echo same
  same
