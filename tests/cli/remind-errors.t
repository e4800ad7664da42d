How `plaint remind` fails: configuration it needs and does not have (exit
status 3), bad options (2), no register (4); each said on stderr without a
prompt, before anything is sent. And when nothing is due, nothing is sent.

  $ cat > env <<'END'
  > export PLAINT_REGISTER=reg.db PLAINT_NOW=2026-11-20T09:30:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=cco
  > END
  $ . ./env; plaint init --organisation "Test ICB" >/dev/null
  $ . ./env; plaint log --received 2026-11-10 --owner sam --summary "Secret summary"
  C-2026-0001

No sender configured.

  $ . ./env; plaint remind --dry-run
  ! plaint: error: remind: remind.from is not set: reminders need a sender
  ! plaint: hint: set [remind] from = "Complaints team <complaints@example.org>" in the configuration
  [3]
  $ mkdir -p .config/plaint && printf '[remind]\nfrom = "Complaints team"\n' > .config/plaint/config.toml
  $ . ./env; plaint remind
  ! plaint: error: remind: remind.from 'Complaints team' is not an email address
  ! plaint: hint: write it as "Name <local@domain>" or local@domain
  [3]
  $ printf '[remind]\nfrom = "complaints@example.org"\nmanager = "the boss"\n' > .config/plaint/config.toml
  $ . ./env; plaint remind
  ! plaint: error: remind: remind.manager 'the boss' is not an email address
  ! plaint: hint: write it as "Name <local@domain>" or local@domain
  [3]

A password is never written in the configuration.

  $ printf '[remind]\nfrom = "complaints@example.org"\nsmtp_password = "hunter2"\n' > bad.toml
  $ . ./env; plaint --config bad.toml remind
  ! plaint: error: remind: bad.toml:3:17: remind.smtp_password is not accepted: use smtp_password_env or smtp_password_file
  [3]
  $ printf '[remind]\nfrom = "complaints@example.org"\nsmpt_url = "smtp://x"\n' > bad.toml
  $ . ./env; plaint --config bad.toml remind
  ! plaint: error: remind: bad.toml:3:12: unknown setting 'remind.smpt_url'
  [3]
  $ printf '[remind]\ntransport = "pigeon"\n' > bad.toml
  $ . ./env; plaint --config bad.toml remind
  ! plaint: error: remind: bad.toml:2:13: remind.transport must be one of sendmail, smtp, not 'pigeon'
  [3]
  $ printf '[people.sam]\nemail = "Sam <sam@example.org>"\n' > bad.toml
  $ . ./env; plaint --config bad.toml remind
  ! plaint: error: remind: bad.toml:2:9: people.sam.email is not a plain email address
  [3]

SMTP settings are checked before anything is sent.

  $ printf '[remind]\nfrom = "complaints@example.org"\ntransport = "smtp"\n' > .config/plaint/config.toml
  $ . ./env; plaint remind
  ! plaint: error: remind: remind.transport is smtp but remind.smtp_url is not set
  ! plaint: hint: set remind.smtp_url, for example smtp://mail.example.org:587
  [3]
  $ printf '[remind]\nfrom = "complaints@example.org"\ntransport = "smtp"\nsmtp_url = "http://mail.example.org"\n' > .config/plaint/config.toml
  $ . ./env; plaint remind
  ! plaint: error: remind: remind.smtp_url 'http://mail.example.org' is not an smtp:// or smtps:// URL
  ! plaint: hint: for example smtp://mail.example.org:587 or smtps://mail.example.org
  [3]
  $ printf '[remind]\nfrom = "complaints@example.org"\ntransport = "smtp"\nsmtp_url = "smtp://127.0.0.1:9"\nsmtp_user = "plaint"\n' > .config/plaint/config.toml
  $ . ./env; plaint remind
  ! plaint: error: remind: remind.smtp_user is set but no password source
  ! plaint: hint: set remind.smtp_password_env or remind.smtp_password_file
  [3]
  $ printf 'smtp_password_env = "PLAINT_SMTP_PASSWORD"\n' >> .config/plaint/config.toml
  $ . ./env; plaint remind
  ! plaint: error: remind: the environment variable PLAINT_SMTP_PASSWORD (remind.smtp_password_env) is not set
  ! plaint: hint: set it in the environment that runs plaint remind
  [3]
  $ sed -i 's/^smtp_password_env.*/smtp_password_file = "missing-password"/' .config/plaint/config.toml
  $ . ./env; plaint remind
  ! plaint: error: remind: cannot read missing-password (remind.smtp_password_file)
  ! plaint: hint: check that it exists and that this user may read it
  [3]
  $ sqlite3 reg.db "select count(*) from reminders"
  0

Bad options.

  $ printf '[remind]\nfrom = "complaints@example.org"\n' > .config/plaint/config.toml
  $ . ./env; plaint remind --dry-run --manager "not an address"
  ! plaint: error: remind: --manager 'not an address' is not an email address
  ! plaint: hint: write it as "Name <local@domain>" or local@domain
  [2]
  $ . ./env; plaint remind --dry-run --manager boss@example.org --no-manager
  ! plaint: error: remind: --manager excludes --no-manager
  ! plaint: hint: see 'plaint remind --help'
  [2]
  $ . ./env; plaint remind --dry-run --within -1
  ! plaint: error: remind: --within: Value -1 not in range 0 to 260
  ! plaint: hint: see 'plaint remind --help'
  [2]
  $ . ./env; plaint remind --dry-run --bcc someone@example.org
  ! plaint: error: remind: The following arguments were not expected: someone@example.org --bcc
  ! plaint: hint: see 'plaint remind --help'
  [2]

No register.

  $ . ./env; plaint --register missing.db remind --dry-run
  ! plaint: error: remind: no register at missing.db
  ! plaint: hint: create one with 'plaint init missing.db'
  [4]

Nothing due: on Wed 11 November the acknowledgement (due Fri 13) is not
within 1 working day. Nothing is sent, nor any command run.

  $ . ./env; plaint remind --today 2026-11-11 --within 1
  nothing due within 1 working day: no reminders to send
  $ . ./env; plaint remind --today 2026-11-11 --within 1 --dry-run
  ! nothing due within 1 working day: no reminders to send
