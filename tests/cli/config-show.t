The command contract of `plaint config show`: every setting in force, its
value and where it came from, in the written order of precedence (defaults <
system file < user file < environment < --config < flags).

Defaults only.

  $ plaint config show --today 2026-11-30
  key                        value                     origin
  calendar.division          england-and-wales         default
  calendar.receipt           day-zero                  default
  calendar.holidays                                    default
  calendar.closures                                    default
  calendar.not_holidays                                default
  color                      auto                      default
  register                                             default
  user                                                 default
  procedures                                           default
  due.within                 5                         default
  remind.from                                          default
  remind.manager                                       default
  remind.transport           sendmail                  default
  remind.sendmail            /usr/sbin/sendmail -t -i  default
  remind.smtp_url                                      default
  remind.smtp_user                                     default
  remind.smtp_password_env                             default
  remind.smtp_password_file                            default
  report.categories                                    default
  report.ko41_procedures     nhs-complaint; two-stage  procedure files (ko41 = true)
  attachments.max_size       64 MiB (67108864 bytes)   default
  risk.matrices                                        default
  risk.matrix                                          default (the last of risk.matrices, else nhs-5x5-2008)
  letters.templates                                    default
  seal.key                                             default
  seal.public_key                                      default
  today                      2026-11-30                --today, PLAINT_TODAY or the clock

A system file (PLAINT_SYSTEM_CONFIG names it in tests), a user file under
XDG_CONFIG_HOME, the environment, --config and --calendar, each overriding
the one before.

  $ cat > system.toml <<'END'
  > register = "/srv/complaints.plaint"
  > [calendar]
  > division = "scotland"
  > receipt = "next-working-day"
  > closures = [2026-12-29]
  > END
  $ mkdir -p .config/plaint && cat > .config/plaint/config.toml <<'END'
  > user = "alice"
  > [calendar]
  > division = "northern-ireland"
  > closures = [{ date = 2026-12-30, name = "Christmas closure" }]
  > END
  $ printf '[calendar]\ndivision = "england-and-wales"\nnot_holidays = [2026-12-28]\n' > office.toml
  $ PLAINT_SYSTEM_CONFIG=$PWD/system.toml plaint config show --today 2026-11-30 --format tsv | sed "s|$PWD|.|g"
  key	value	origin
  calendar.division	northern-ireland	./.config/plaint/config.toml:3:12
  calendar.receipt	next-working-day	./system.toml:4:11
  calendar.holidays		default
  calendar.closures	2026-12-29 Closure day; 2026-12-30 Christmas closure	./system.toml:5:12; ./.config/plaint/config.toml:4:12
  calendar.not_holidays		default
  color	auto	default
  register	/srv/complaints.plaint	./system.toml:1:12
  user	alice	./.config/plaint/config.toml:1:8
  procedures		default
  due.within	5	default
  remind.from		default
  remind.manager		default
  remind.transport	sendmail	default
  remind.sendmail	/usr/sbin/sendmail -t -i	default
  remind.smtp_url		default
  remind.smtp_user		default
  remind.smtp_password_env		default
  remind.smtp_password_file		default
  report.categories		default
  report.ko41_procedures	nhs-complaint; two-stage	procedure files (ko41 = true)
  attachments.max_size	64 MiB (67108864 bytes)	default
  risk.matrices		default
  risk.matrix		default (the last of risk.matrices, else nhs-5x5-2008)
  letters.templates		default
  seal.key		default
  seal.public_key		default
  today	2026-11-30	'--today, PLAINT_TODAY or the clock
  $ PLAINT_SYSTEM_CONFIG=$PWD/system.toml PLAINT_CALENDAR=scotland PLAINT_USER=bob plaint config show --today 2026-11-30 --format tsv | sed "s|$PWD|.|g"
  key	value	origin
  calendar.division	scotland	environment PLAINT_CALENDAR
  calendar.receipt	next-working-day	./system.toml:4:11
  calendar.holidays		default
  calendar.closures	2026-12-29 Closure day; 2026-12-30 Christmas closure	./system.toml:5:12; ./.config/plaint/config.toml:4:12
  calendar.not_holidays		default
  color	auto	default
  register	/srv/complaints.plaint	./system.toml:1:12
  user	bob	environment PLAINT_USER
  procedures		default
  due.within	5	default
  remind.from		default
  remind.manager		default
  remind.transport	sendmail	default
  remind.sendmail	/usr/sbin/sendmail -t -i	default
  remind.smtp_url		default
  remind.smtp_user		default
  remind.smtp_password_env		default
  remind.smtp_password_file		default
  report.categories		default
  report.ko41_procedures	nhs-complaint; two-stage	procedure files (ko41 = true)
  attachments.max_size	64 MiB (67108864 bytes)	default
  risk.matrices		default
  risk.matrix		default (the last of risk.matrices, else nhs-5x5-2008)
  letters.templates		default
  seal.key		default
  seal.public_key		default
  today	2026-11-30	'--today, PLAINT_TODAY or the clock
  $ PLAINT_SYSTEM_CONFIG=$PWD/system.toml PLAINT_CALENDAR=scotland plaint --config office.toml config show --today 2026-11-30 --format tsv | sed "s|$PWD|.|g" | head -n 3
  key	value	origin
  calendar.division	england-and-wales	office.toml:2:12
  calendar.receipt	next-working-day	./system.toml:4:11
  $ PLAINT_SYSTEM_CONFIG=$PWD/system.toml plaint --config office.toml --calendar united-kingdom --register r.db config show --format tsv | sed "s|$PWD|.|g" | grep -e division -e register
  calendar.division	united-kingdom	'--calendar
  register	r.db	'--register
  $ XDG_CONFIG_HOME=$PWD/elsewhere plaint config show --format tsv | grep -e division -e "^user"
  calendar.division	england-and-wales	default
  user		default

The people, reminder and report settings, and the procedures, are shown
too; a password never is: only the name of the variable or the file that
holds it, and an SMTP URL with its user information masked.

  $ cat > mail.toml <<'END'
  > procedures = ["our-procedure.toml"]
  > [due]
  > within = 10
  > [people."j.bloggs"]
  > email = "j.bloggs@example.org"
  > team = "north"
  > [people.alice]
  > name = "Alice Smith"
  > [remind]
  > from = "Complaints <complaints@example.org>"
  > transport = "smtp"
  > smtp_url = "smtp://mailer:s3cret@mail.example.org:587"
  > smtp_user = "mailer"
  > smtp_password_env = "SMTP_PASSWORD"
  > smtp_password_file = "/etc/plaint/smtp-password"
  > [report]
  > ko41_procedures = ["nhs-complaint"]
  > END
  $ SMTP_PASSWORD=hunter2 plaint --config mail.toml config show --today 2026-11-30 --format tsv | grep -v -e '^calendar' -e '^color' -e '^register' -e '^user'
  key	value	origin
  procedures	our-procedure.toml	mail.toml:1:14
  due.within	10	mail.toml:3:10
  people.alice.email		mail.toml:7:1
  people.alice.name	Alice Smith	mail.toml:7:1
  people.alice.team		mail.toml:7:1
  people.j.bloggs.email	j.bloggs@example.org	mail.toml:4:1
  people.j.bloggs.name		mail.toml:4:1
  people.j.bloggs.team	north	mail.toml:4:1
  remind.from	Complaints <complaints@example.org>	mail.toml:10:8
  remind.manager		default
  remind.transport	smtp	mail.toml:11:13
  remind.sendmail	/usr/sbin/sendmail -t -i	default
  remind.smtp_url	smtp://***@mail.example.org:587	mail.toml:12:12
  remind.smtp_user	mailer	mail.toml:13:13
  remind.smtp_password_env	SMTP_PASSWORD	mail.toml:14:21
  remind.smtp_password_file	/etc/plaint/smtp-password	mail.toml:15:22
  report.categories		default
  report.ko41_procedures	nhs-complaint	mail.toml:17:19
  attachments.max_size	64 MiB (67108864 bytes)	default
  risk.matrices		default
  risk.matrix		default (the last of risk.matrices, else nhs-5x5-2008)
  letters.templates		default
  seal.key		default
  seal.public_key		default
  today	2026-11-30	'--today, PLAINT_TODAY or the clock
  $ SMTP_PASSWORD=hunter2 plaint --config mail.toml config show --format json | grep -c -e s3cret -e hunter2
  0
  [1]

Machine output.

  $ plaint config show --today 2026-11-30 --format json | sed "s|$PWD|.|g" | head -n 12
  [
    {
      "key": "calendar.division",
      "value": "northern-ireland",
      "origin": "./.config/plaint/config.toml:3:12"
    },
    {
      "key": "calendar.receipt",
      "value": "day-zero",
      "origin": "default"
    },
    {
  $ plaint config show --format ndjson
  ! plaint: error: config show: format 'ndjson' is not available here
  ! plaint: hint: use --format table|json|csv|tsv
  [2]

Errors name file:line:column and exit 3.

  $ printf '[calendar]\ndivision = "wales"\n' > bad.toml
  $ plaint --config bad.toml config show
  ! plaint: error: config show: bad.toml:2:12: unknown calendar 'wales' (england-and-wales, scotland, northern-ireland, united-kingdom)
  [3]
  $ printf 'colour = "never"\n' > bad.toml
  $ plaint --config bad.toml config show
  ! plaint: error: config show: bad.toml:1:10: unknown setting 'colour'
  [3]
  $ printf '[calendar\n' > bad.toml
  $ plaint --config bad.toml config show
  ! plaint: error: config show: bad.toml:1:10: Error while parsing table header: expected ']', saw '\n'
  [3]
  $ plaint --config none.toml config show
  ! plaint: error: config show: configuration file none.toml does not exist
  [3]
  $ plaint config
  ! plaint: error: config: A subcommand is required
  ! plaint: hint: see 'plaint config --help'
  [2]
