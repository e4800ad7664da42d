The command contract of `plaint list`: the cases matching every filter given,
ordered by reference (year, then number), in any record format. Without
--format the output is TSV unless stdout is a terminal.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null

An empty register lists nothing, in every format.

  $ . ./env.sh && plaint list
  reference	kind	procedure	state	open	received	channel	incident_date	summary	subject	service	provider	owner	closed_on	logged_at	updated_at	aspects	age_band	complainant_status	categories	outcome	resolved_on	ombudsman_on	lessons	actions	voided_on	received_as_logged	links	contributions	risk
  $ . ./env.sh && plaint list --format table
  reference  received  kind  procedure  state  owner  subject  provider
  $ . ./env.sh && plaint list --format json
  []
  $ . ./env.sh && plaint list --format ndjson
  $ . ./env.sh && plaint list --format csv | sed 's/\r$/[CR]/'
  reference,kind,procedure,state,open,received,channel,incident_date,summary,subject,service,provider,owner,closed_on,logged_at,updated_at,aspects,age_band,complainant_status,categories,outcome,resolved_on,ombudsman_on,lessons,actions,voided_on,received_as_logged,links,contributions,risk[CR]

Six cases over two years, one of them withdrawn (closed). Some values would
be formulas in a spreadsheet; one has a comma, quotes and a line break.

  $ . ./env.sh && plaint log --today 2025-12-30 --received 2025-12-29 --summary "Last year" --owner sam \
  >   --provider Acme --subject Access >/dev/null
  $ . ./env.sh && plaint log --received 2026-03-02 --kind concern --summary "Parking" --owner jo --subject Facilities >/dev/null
  $ . ./env.sh && plaint log --received 2026-03-31 --kind compliment --summary "Kind nurse" --provider Acme \
  >   --procedure two-stage >/dev/null
  $ . ./env.sh && plaint log --received 2026-04-01 --summary '=HYPERLINK("http://example.com","click")' \
  >   --subject "+44 1234" --owner "@admin" --provider "-1+2" --channel email >/dev/null
  $ . ./env.sh && plaint log --received 2026-04-01 --summary 'Said "no", then
  > left' --provider "Riverside, North" --owner sam --subject Access --incident-date 2026-03-30 >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-20 --summary "Withdrawn later" --owner jo >/dev/null
  $ . ./env.sh && plaint withdraw C-2026-0005 --on 2026-11-20 >/dev/null

Every format.

  $ . ./env.sh && plaint list --format table
  reference    received    kind        procedure      state      owner   subject     provider
  C-2025-0001  2025-12-29  complaint   nhs-complaint  received   sam     Access      Acme
  C-2026-0001  2026-03-02  concern     nhs-complaint  received   jo      Facilities
  C-2026-0002  2026-03-31  compliment  two-stage      received                       Acme
  C-2026-0003  2026-04-01  complaint   nhs-complaint  received   @admin  +44 1234    -1+2
  C-2026-0004  2026-04-01  complaint   nhs-complaint  received   sam     Access      Riverside, North
  C-2026-0005  2026-11-20  complaint   nhs-complaint  withdrawn  jo
  $ . ./env.sh && plaint list
  reference	kind	procedure	state	open	received	channel	incident_date	summary	subject	service	provider	owner	closed_on	logged_at	updated_at	aspects	age_band	complainant_status	categories	outcome	resolved_on	ombudsman_on	lessons	actions	voided_on	received_as_logged	links	contributions	risk
  C-2025-0001	complaint	nhs-complaint	received	true	2025-12-29			Last year	Access		Acme	sam		2026-11-20T09:00:00Z	2026-11-20T09:00:00Z								0	0			0	0	
  C-2026-0001	concern	nhs-complaint	received	true	2026-03-02			Parking	Facilities			jo		2026-11-20T09:00:00Z	2026-11-20T09:00:00Z								0	0			0	0	
  C-2026-0002	compliment	two-stage	received	true	2026-03-31			Kind nurse			Acme			2026-11-20T09:00:00Z	2026-11-20T09:00:00Z								0	0			0	0	
  C-2026-0003	complaint	nhs-complaint	received	true	2026-04-01	email		'=HYPERLINK("http://example.com","click")	'+44 1234		'-1+2	'@admin		2026-11-20T09:00:00Z	2026-11-20T09:00:00Z								0	0			0	0	
  C-2026-0004	complaint	nhs-complaint	received	true	2026-04-01		2026-03-30	Said "no", then left	Access		Riverside, North	sam		2026-11-20T09:00:00Z	2026-11-20T09:00:00Z								0	0			0	0	
  C-2026-0005	complaint	nhs-complaint	withdrawn	false	2026-11-20			Withdrawn later				jo	2026-11-20	2026-11-20T09:00:00Z	2026-11-20T09:00:00Z								0	0			0	0	
  $ . ./env.sh && plaint list --format tsv | cut -f1,9,10,12,13 | cat -A
  reference^Isummary^Isubject^Iprovider^Iowner$
  C-2025-0001^ILast year^IAccess^IAcme^Isam$
  C-2026-0001^IParking^IFacilities^I^Ijo$
  C-2026-0002^IKind nurse^I^IAcme^I$
  C-2026-0003^I'=HYPERLINK("http://example.com","click")^I'+44 1234^I'-1+2^I'@admin$
  C-2026-0004^ISaid "no", then left^IAccess^IRiverside, North^Isam$
  C-2026-0005^IWithdrawn later^I^I^Ijo$
  $ . ./env.sh && plaint list --format csv | sed 's/\r$/[CR]/'
  reference,kind,procedure,state,open,received,channel,incident_date,summary,subject,service,provider,owner,closed_on,logged_at,updated_at,aspects,age_band,complainant_status,categories,outcome,resolved_on,ombudsman_on,lessons,actions,voided_on,received_as_logged,links,contributions,risk[CR]
  C-2025-0001,complaint,nhs-complaint,received,true,2025-12-29,,,Last year,Access,,Acme,sam,,2026-11-20T09:00:00Z,2026-11-20T09:00:00Z,,,,,,,,0,0,,,0,0,[CR]
  C-2026-0001,concern,nhs-complaint,received,true,2026-03-02,,,Parking,Facilities,,,jo,,2026-11-20T09:00:00Z,2026-11-20T09:00:00Z,,,,,,,,0,0,,,0,0,[CR]
  C-2026-0002,compliment,two-stage,received,true,2026-03-31,,,Kind nurse,,,Acme,,,2026-11-20T09:00:00Z,2026-11-20T09:00:00Z,,,,,,,,0,0,,,0,0,[CR]
  C-2026-0003,complaint,nhs-complaint,received,true,2026-04-01,email,,"'=HYPERLINK(""http://example.com"",""click"")",'+44 1234,,'-1+2,'@admin,,2026-11-20T09:00:00Z,2026-11-20T09:00:00Z,,,,,,,,0,0,,,0,0,[CR]
  C-2026-0004,complaint,nhs-complaint,received,true,2026-04-01,,2026-03-30,"Said ""no"", then
  left",Access,,"Riverside, North",sam,,2026-11-20T09:00:00Z,2026-11-20T09:00:00Z,,,,,,,,0,0,,,0,0,[CR]
  C-2026-0005,complaint,nhs-complaint,withdrawn,false,2026-11-20,,,Withdrawn later,,,,jo,2026-11-20,2026-11-20T09:00:00Z,2026-11-20T09:00:00Z,,,,,,,,0,0,,,0,0,[CR]
  $ . ./env.sh && plaint list --format json
  [
    {"reference":"C-2025-0001","kind":"complaint","procedure":"nhs-complaint","state":"received","open":true,"received":"2025-12-29","channel":null,"incident_date":null,"summary":"Last year","subject":"Access","service":null,"provider":"Acme","owner":"sam","closed_on":null,"logged_at":"2026-11-20T09:00:00Z","updated_at":"2026-11-20T09:00:00Z","aspects":[],"age_band":null,"complainant_status":null,"categories":null,"outcome":null,"resolved_on":null,"ombudsman_on":null,"lessons":[],"actions":[],"voided_on":null,"received_as_logged":null,"links":[],"contributions":[],"risk":null},
    {"reference":"C-2026-0001","kind":"concern","procedure":"nhs-complaint","state":"received","open":true,"received":"2026-03-02","channel":null,"incident_date":null,"summary":"Parking","subject":"Facilities","service":null,"provider":null,"owner":"jo","closed_on":null,"logged_at":"2026-11-20T09:00:00Z","updated_at":"2026-11-20T09:00:00Z","aspects":[],"age_band":null,"complainant_status":null,"categories":null,"outcome":null,"resolved_on":null,"ombudsman_on":null,"lessons":[],"actions":[],"voided_on":null,"received_as_logged":null,"links":[],"contributions":[],"risk":null},
    {"reference":"C-2026-0002","kind":"compliment","procedure":"two-stage","state":"received","open":true,"received":"2026-03-31","channel":null,"incident_date":null,"summary":"Kind nurse","subject":null,"service":null,"provider":"Acme","owner":null,"closed_on":null,"logged_at":"2026-11-20T09:00:00Z","updated_at":"2026-11-20T09:00:00Z","aspects":[],"age_band":null,"complainant_status":null,"categories":null,"outcome":null,"resolved_on":null,"ombudsman_on":null,"lessons":[],"actions":[],"voided_on":null,"received_as_logged":null,"links":[],"contributions":[],"risk":null},
    {"reference":"C-2026-0003","kind":"complaint","procedure":"nhs-complaint","state":"received","open":true,"received":"2026-04-01","channel":"email","incident_date":null,"summary":"=HYPERLINK(\"http://example.com\",\"click\")","subject":"+44 1234","service":null,"provider":"-1+2","owner":"@admin","closed_on":null,"logged_at":"2026-11-20T09:00:00Z","updated_at":"2026-11-20T09:00:00Z","aspects":[],"age_band":null,"complainant_status":null,"categories":null,"outcome":null,"resolved_on":null,"ombudsman_on":null,"lessons":[],"actions":[],"voided_on":null,"received_as_logged":null,"links":[],"contributions":[],"risk":null},
    {"reference":"C-2026-0004","kind":"complaint","procedure":"nhs-complaint","state":"received","open":true,"received":"2026-04-01","channel":null,"incident_date":"2026-03-30","summary":"Said \"no\", then\nleft","subject":"Access","service":null,"provider":"Riverside, North","owner":"sam","closed_on":null,"logged_at":"2026-11-20T09:00:00Z","updated_at":"2026-11-20T09:00:00Z","aspects":[],"age_band":null,"complainant_status":null,"categories":null,"outcome":null,"resolved_on":null,"ombudsman_on":null,"lessons":[],"actions":[],"voided_on":null,"received_as_logged":null,"links":[],"contributions":[],"risk":null},
    {"reference":"C-2026-0005","kind":"complaint","procedure":"nhs-complaint","state":"withdrawn","open":false,"received":"2026-11-20","channel":null,"incident_date":null,"summary":"Withdrawn later","subject":null,"service":null,"provider":null,"owner":"jo","closed_on":"2026-11-20","logged_at":"2026-11-20T09:00:00Z","updated_at":"2026-11-20T09:00:00Z","aspects":[],"age_band":null,"complainant_status":null,"categories":null,"outcome":null,"resolved_on":null,"ombudsman_on":null,"lessons":[],"actions":[],"voided_on":null,"received_as_logged":null,"links":[],"contributions":[],"risk":null}
  ]
  $ . ./env.sh && plaint list --format ndjson | jq -c '[.reference, .kind, .open, .owner]'
  ["C-2025-0001","complaint",true,"sam"]
  ["C-2026-0001","concern",true,"jo"]
  ["C-2026-0002","compliment",true,null]
  ["C-2026-0003","complaint",true,"@admin"]
  ["C-2026-0004","complaint",true,"sam"]
  ["C-2026-0005","complaint",false,"jo"]
  $ . ./env.sh && plaint list --format ndjson | wc -l
  6

Every filter, and filters together (all must match).

  $ . ./env.sh && plaint list --format tsv --state withdrawn | cut -f1
  reference
  C-2026-0005
  $ . ./env.sh && plaint list --format tsv --kind concern | cut -f1
  reference
  C-2026-0001
  $ . ./env.sh && plaint list --format tsv --kind complaint | cut -f1
  reference
  C-2025-0001
  C-2026-0003
  C-2026-0004
  C-2026-0005
  $ . ./env.sh && plaint list --format tsv --owner sam | cut -f1
  reference
  C-2025-0001
  C-2026-0004
  $ . ./env.sh && plaint list --format tsv --owner @admin | cut -f1
  reference
  C-2026-0003
  $ . ./env.sh && plaint list --format tsv --provider Acme | cut -f1
  reference
  C-2025-0001
  C-2026-0002
  $ . ./env.sh && plaint list --format tsv --provider "Riverside, North" | cut -f1
  reference
  C-2026-0004
  $ . ./env.sh && plaint list --format tsv --subject Access | cut -f1
  reference
  C-2025-0001
  C-2026-0004
  $ . ./env.sh && plaint list --format tsv --procedure two-stage | cut -f1
  reference
  C-2026-0002
  $ . ./env.sh && plaint list --format tsv --from 2026-03-31 | cut -f1
  reference
  C-2026-0002
  C-2026-0003
  C-2026-0004
  C-2026-0005
  $ . ./env.sh && plaint list --format tsv --to 2026-03-31 | cut -f1
  reference
  C-2025-0001
  C-2026-0001
  C-2026-0002
  $ . ./env.sh && plaint list --format tsv --from 2026-04-01 --to 2026-04-01 | cut -f1
  reference
  C-2026-0003
  C-2026-0004
  $ . ./env.sh && plaint list --format tsv --from yesterday | cut -f1
  reference
  C-2026-0005
  $ . ./env.sh && plaint list --format tsv --open | cut -f1
  reference
  C-2025-0001
  C-2026-0001
  C-2026-0002
  C-2026-0003
  C-2026-0004
  $ . ./env.sh && plaint list --format tsv --closed | cut -f1
  reference
  C-2026-0005
  $ . ./env.sh && plaint list --format tsv --open --owner jo --kind complaint | cut -f1
  reference
  $ . ./env.sh && plaint list --format tsv --owner nobody
  ! plaint: error: list: no owner 'nobody'
  ! plaint: hint: known: @admin, jo, sam
  [2]
  $ . ./env.sh && plaint list --format json --owner nobody
  ! plaint: error: list: no owner 'nobody'
  ! plaint: hint: known: @admin, jo, sam
  [2]
  $ . ./env.sh && plaint list --format tsv --owner "sam' OR '1'='1"
  ! plaint: error: list: no owner 'sam' OR '1'='1'
  ! plaint: hint: known: @admin, jo, sam
  [2]

Bad filters and formats: exit 2, with the reason.

  $ . ./env.sh && plaint list --open --closed
  ! plaint: error: list: --open excludes --closed
  ! plaint: hint: see 'plaint list --help'
  [2]
  $ . ./env.sh && plaint list --from 2026-13-01
  ! plaint: error: list: invalid --from date '2026-13-01'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ . ./env.sh && plaint list --to 31/03/2026
  ! plaint: error: list: invalid --to date '31/03/2026'
  ! plaint: hint: dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday
  [2]
  $ . ./env.sh && plaint list --kind grumble
  ! plaint: error: list: no kind 'grumble'
  ! plaint: hint: known: complaint, compliment, concern
  [2]
  $ . ./env.sh && plaint list --format xml
  ! plaint: error: list: format 'xml' is not available here
  ! plaint: hint: use --format table|json|ndjson|csv|tsv
  [2]
  $ . ./env.sh && plaint list --status open
  ! plaint: error: list: The following arguments were not expected: open --status
  ! plaint: hint: see 'plaint list --help'
  [2]
