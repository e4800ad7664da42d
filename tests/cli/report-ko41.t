The KO41 return from a small register built step by step, with the counts
worked out by hand; the year is 2025/26:
A, received 2025-02-10, upheld 2025-05-01: brought forward, resolved upheld.
B, received 2025-03-20, still open: brought forward, carried forward.
C, received 2025-06-03, 3 aspects, partially upheld 2025-07-01: new, resolved.
D, received 2025-09-10, withdrawn 2025-10-01: new, closed without an outcome.
E, received 2026-03-25, no age band nor profession, open: new, carried forward.
F, received 2025-05-05, a concern: not counted.
So: brought forward 2, new 3, upheld 1, partially 1, closed without outcome 1,
carried forward 2 (2 + 3 - 2 - 1 = 2). Subjects: communications once for C
(two aspects), values-behaviours 1, clinical-treatment 1, waiting-times 1.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-06-01T09:00:00Z PLAINT_TODAY=2026-06-01 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --received 2025-02-10 --channel email --summary "Poor explanation of a diagnosis" --aspect communications/inpatient/medical --age-band 65-74 --complainant-status patient
  C-2026-0001
  $ . ./env.sh && plaint log --received 2025-03-20 --channel email --summary "Clinic appointment cancelled" --aspect appointments/outpatient/administration --age-band 18-64 --complainant-status patient
  C-2026-0002
  $ . ./env.sh && plaint log --received 2025-06-03 --channel email --summary "Ward care and discharge" --aspect communications/inpatient/medical \
  >   --aspect values-behaviours/inpatient/nursing --aspect communications/outpatient/medical --age-band 65-74 --complainant-status representative
  C-2026-0003
  $ . ./env.sh && plaint log --received 2025-09-10 --channel email --summary "Fracture missed in A&E" --aspect clinical-treatment/a-and-e/medical --age-band 18-64 --complainant-status other
  C-2026-0004
  $ . ./env.sh && plaint log --received 2026-03-25 --channel email --summary "Long wait for a clinic" --aspect waiting-times/outpatient --complainant-status patient
  C-2026-0005
  $ . ./env.sh && plaint log --received 2025-05-05 --kind concern --channel email --summary "Unclear appointment letter" --aspect communications
  C-2026-0006
  $ . ./env.sh && plaint ack C-2026-0001 --method letter --on 2025-02-11 >/dev/null && plaint respond C-2026-0001 --outcome upheld --on 2025-05-01 >/dev/null
  $ . ./env.sh && plaint ack C-2026-0003 --method letter --on 2025-06-04 >/dev/null && plaint respond C-2026-0003 --outcome partially-upheld --on 2025-07-01 >/dev/null
  $ . ./env.sh && plaint withdraw C-2026-0004 --on 2025-10-01 >/dev/null

  $ . ./env.sh && plaint report ko41 --period 2025/26 --format json | jq -c '.sections[0].figures'
  {"brought_forward":2,"new":3,"resolved_upheld":1,"resolved_partially_upheld":1,"resolved_not_upheld":0,"resolved":2,"closed_without_outcome":1,"carried_forward":2}
  $ . ./env.sh && plaint report ko41 --period 2025/26 --format csv | tr -d '\r' | grep -A 12 '^# breakdowns/subject'
  # breakdowns/subject: New complaints by subject area
  id,category,complaints
  access,Access to treatment or drugs,0
  admissions,Admissions and discharges,0
  appointments,Appointments,0
  clinical-treatment,Clinical treatment,1
  commissioning,Commissioning,0
  communications,Communications,1
  consent,Consent,0
  end-of-life,End of life care,0
  facilities,Facilities,0
  integrated-care,Integrated care,0
  mortuary,Mortuary,0

The validation rules, with the cases behind each failure.

  $ . ./env.sh && plaint report ko41 --period 2025/26 --check
  ko41.age-band-missing: the age band breakdown must sum to exactly the 3 new complaints; 1 has no age band
    C-2026-0005
  ko41.profession-missing: the profession breakdown must sum to at least the 3 new complaints; 1 has no profession on any aspect (the sum is met, but each complaint needs one)
    C-2026-0005
  [1]
  $ . ./env.sh && plaint report ko41 --period 2025/26 --check --format csv
  rule,reference
  ko41.age-band-missing,C-2026-0005
  ko41.profession-missing,C-2026-0005
  [1]
  $ . ./env.sh && plaint classify C-2026-0005 --aspect waiting-times/outpatient/medical --age-band 85+ >/dev/null
  $ . ./env.sh && plaint report ko41 --period 2025/26 --check
  KO41 return, 2025/26: no validation failures
  $ . ./env.sh && plaint report ko41 --period 2024/25 --format json | jq -c '.sections[0].figures'
  {"brought_forward":0,"new":2,"resolved_upheld":0,"resolved_partially_upheld":0,"resolved_not_upheld":0,"resolved":0,"closed_without_outcome":0,"carried_forward":2}

Bad names, periods and formats.

  $ . ./env.sh && plaint report kO41
  ! plaint: error: report: no report 'kO41'
  ! plaint: hint: reports are ko41, annual, timeliness, providers, trends
  [2]
  $ . ./env.sh && plaint report ko41 --period 2025/27
  ! plaint: error: report: invalid period '2025/27': a financial year runs from April 2025 to March 2026, written 2025/26
  ! plaint: hint: periods are 2025/26 (financial year), 2026-Q3 (calendar quarter), 2025/26-Q1 (financial quarter), 2026-03 (month), 2026 (year) or 2025-04-01..2025-09-30 (range)
  [2]
  $ . ./env.sh && plaint report ko41 --format tsv
  ! plaint: error: report: plaint report cannot write 'tsv'
  ! plaint: hint: formats are table, csv, json, markdown, html
  [2]
  $ . ./env.sh && plaint report annual --check
  ! plaint: error: report: --check is for the KO41 return
  ! plaint: hint: plaint report ko41 --check
  [2]
