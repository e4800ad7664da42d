KO41 classification when a case is logged, and later with `plaint classify`:
aspects (subject/service/profession), the patient's age band and the
complainant's status, checked against the category list in force on the
date of receipt.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null

Several aspects, each once; a part left empty is not known yet.

  $ . ./env.sh && plaint log --received 2026-11-18 --summary "Discharge" --aspect communications/inpatient/nursing \
  >   --aspect admissions//medical --age-band 75-84 --complainant-status representative
  C-2026-0001
  $ sqlite3 reg.db "select case_ref, position, subject, service, profession from case_aspects"
  C-2026-0001|1|communications|inpatient|nursing
  C-2026-0001|2|admissions||medical
  $ sqlite3 reg.db "select ref, age_band, complainant_status, categories from cases"
  C-2026-0001|75-84|representative|ko41a-2015
  $ sqlite3 reg.db "select details from events where seq = 1" | grep -o '"aspects":[^]]*]'
  "aspects":[{"profession":"nursing","service":"inpatient","subject":"communications"},{"profession":"medical","subject":"admissions"}]

Unknown values are refused, with the valid ones, and nothing is written.

  $ . ./env.sh && plaint log --summary "Car park charges" --aspect parking
  ! plaint: error: log: unknown subject area 'parking' in category list ko41a-2015
  ! plaint: hint: subject areas are: access, admissions, appointments, clinical-treatment, commissioning, communications, consent, end-of-life, facilities, integrated-care, mortuary, patient-care, prescribing, privacy-dignity, restraint, staff-numbers, transport, administration, values-behaviours, waiting-times, other
  [2]
  $ . ./env.sh && plaint log --summary "Porter was unhelpful" --aspect communications/inpatient/porter
  ! plaint: error: log: unknown profession 'porter' in category list ko41a-2015
  ! plaint: hint: professions are: medical, nursing, allied-health, scientific, ambulance, dental, pharmacy, administration, other
  [2]
  $ . ./env.sh && plaint log --summary "Delayed test results" --age-band 40-50
  ! plaint: error: log: unknown age band '40-50' in category list ko41a-2015
  ! plaint: hint: age bands are: 0-17, 18-64, 65-74, 75-84, 85+, unknown
  [2]
  $ . ./env.sh && plaint log --summary "Delayed test results" --aspect a/b/c/d
  ! plaint: error: log: 'a/b/c/d' is not an aspect
  ! plaint: hint: write SUBJECT, SUBJECT/SERVICE or SUBJECT/SERVICE/PROFESSION (category ids)
  [2]
  $ . ./env.sh && plaint log --received 2010-01-04 --summary "Letter never arrived" --aspect communications
  ! plaint: error: log: no KO41 category list is in force on 2010-01-04
  ! plaint: hint: add one with valid_from on or before that date ([report] categories, see plaint-config(5))
  [2]
  $ sqlite3 reg.db "select count(*) from cases"
  1

Classify later: --aspect replaces the aspects, the others only what they name.

  $ . ./env.sh && plaint classify C-2026-0001 --aspect waiting-times/outpatient/administration --complainant-status patient
  C-2026-0001: classified under ko41a-2015: aspects waiting-times/outpatient/administration; age band 75-84; complainant status patient
  $ . ./env.sh && plaint classify C-2026-0001
  ! plaint: error: classify: nothing to classify
  ! plaint: hint: give --aspect, --age-band or --complainant-status
  [2]
  $ . ./env.sh && plaint classify C-2026-0001 --age-band old
  ! plaint: error: classify: unknown age band 'old' in category list ko41a-2015
  ! plaint: hint: age bands are: 0-17, 18-64, 65-74, 75-84, 85+, unknown
  [2]
  $ . ./env.sh && plaint --format json show C-2026-0001 --no-personal | jq -c '{aspects, age_band, complainant_status, categories}'
  {"aspects":[{"subject":"waiting-times","service":"outpatient","profession":"administration"}],"age_band":"75-84","complainant_status":"patient","categories":"ko41a-2015"}
  $ . ./env.sh && plaint verify >/dev/null && plaint rebuild
  Rebuilt 1 cases from 2 events; 0 differed from the journal

The lists themselves.

  $ . ./env.sh && plaint categories --format csv | tr -d '\r' | grep -E '^list|age_bands'
  list,valid_from,valid_to,dimension,id,title
  ko41a-2015,2015-04-01,,age_bands,0-17,0 to 17
  ko41a-2015,2015-04-01,,age_bands,18-64,18 to 64
  ko41a-2015,2015-04-01,,age_bands,65-74,65 to 74
  ko41a-2015,2015-04-01,,age_bands,75-84,75 to 84
  ko41a-2015,2015-04-01,,age_bands,85+,85 and over
  ko41a-2015,2015-04-01,,age_bands,unknown,Age not known
  $ . ./env.sh && plaint categories --on 2010-01-01
  ! plaint: error: categories: no KO41 category list is in force on 2010-01-01
  ! plaint: hint: add one with valid_from on or before that date ([report] categories, see plaint-config(5))
  [2]

An organisation's own list, from configuration.

  $ mkdir -p .config/plaint && cat > .config/plaint/local.toml <<'END'
  > id = "local-2026"
  > extends = "ko41a-2015"
  > valid_from = 2026-04-01
  > subjects = [{ id = "digital", title = "Digital access" }]
  > END
  $ printf '[report]\ncategories = "local.toml"\n' > .config/plaint/config.toml
  $ . ./env.sh && plaint log --received 2026-04-01 --summary "Online booking failed" --aspect digital/outpatient
  C-2026-0002
  $ . ./env.sh && plaint log --received 2026-03-31 --summary "Online booking failed" --aspect digital/outpatient
  ! plaint: error: log: unknown subject area 'digital' in category list ko41a-2015
  ! plaint: hint: subject areas are: access, admissions, appointments, clinical-treatment, commissioning, communications, consent, end-of-life, facilities, integrated-care, mortuary, patient-care, prescribing, privacy-dignity, restraint, staff-numbers, transport, administration, values-behaviours, waiting-times, other
  [2]
  $ sqlite3 reg.db "select ref, categories from cases where categories is not null"
  C-2026-0001|ko41a-2015
  C-2026-0002|local-2026
