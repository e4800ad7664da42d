The contract of `plaint letter`: letters from templates kept as data (the
built-in ones and the organisation's own), filled in from the case, its
parties and its clocks; text, Markdown or printable HTML; a new file of mode
0600 and never an existing one; bad templates named by file and line before
anything is written. The register is never changed (verify at the end).

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > END
  $ cat > cfg.toml <<'END'
  > [people.sam]
  > name = "Sam Jones"
  > [letters]
  > templates = "letters"
  > END
  $ mkdir letters
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-18 --channel email --summary "Late referral" --subject "Referrals" \
  >   --owner sam --complainant "Ann <b>Smith</b> & co" --complainant-contact "1 High Street, Walsall"
  C-2026-0001
  $ . ./env.sh && plaint log --received 2026-11-19 --channel letter --summary "Lost letter" --procedure two-stage
  C-2026-0002
  $ . ./env.sh && plaint log --received 2026-11-19 --procedure choice-qualification --summary "Qualification" --complainant "P Ltd"
  Q-2026-0001

The templates there are, each checked.

  $ . ./env.sh && plaint letter --list --format table
  template         source                           description
  acknowledgement  builtin:acknowledgement.txt      Acknowledgement of a complaint
  delay            builtin:delay.txt                Delay letter
  response         builtin:response.txt             Response cover letter
  $ . ./env.sh && plaint letter --fields --format csv | head -4
  field,value

An acknowledgement as text: the dates as the clocks give them on --on.

  $ . ./env.sh && plaint letter C-2026-0001 acknowledgement --config cfg.toml
  Test ICB

Markdown escapes what the complainant wrote; the address keeps its line.

  $ . ./env.sh && plaint letter C-2026-0001 acknowledgement --format markdown | sed -n 1,8p

HTML: a whole A4 page with every value escaped, in a new file of mode 0600.

  $ . ./env.sh && plaint letter C-2026-0001 acknowledgement --output ack.html --config cfg.toml
  $ stat -c %a ack.html
  $ grep -c '<b>' ack.html
  [1]
  $ grep -E '<title>|Ann|@page' ack.html

An existing file is never overwritten; the format must agree with the extension.

  $ . ./env.sh && plaint letter C-2026-0001 response --output ack.html
  $ grep -c 'Your complaint' ack.html
  $ . ./env.sh && plaint letter C-2026-0001 response --output ack.md --format html
  $ . ./env.sh && plaint letter C-2026-0001 response --output ack.pdf
  $ test -e ack.md || echo "no ack.md"

The delay letter: the agreed date, the new due date and the Ombudsman of the
procedure (the PHSO for an NHS complaint, the LGSCO for a two-stage one; none
for choice qualification).

  $ . ./env.sh && plaint ack C-2026-0001 --method email >/dev/null
  $ . ./env.sh && plaint extend C-2026-0001 --until 2027-01-04 --reason "expert opinion" >/dev/null
  $ . ./env.sh && plaint letter C-2026-0001 delay --on 2026-12-01 | sed -n '/^I am sorry/,$p'
  $ . ./env.sh && plaint letter C-2026-0002 response | grep -A5 'If you are not satisfied'
  $ . ./env.sh && plaint letter Q-2026-0001 response | grep -c Ombudsman
  [1]

Unknown templates and cases.

  $ . ./env.sh && plaint letter C-2026-0001 acknowledgment
  $ . ./env.sh && plaint letter C-2026-0099 acknowledgement
  $ . ./env.sh && plaint letter C-2026-0001
  $ . ./env.sh && plaint letter C-2026-0001 acknowledgement --format csv

The organisation's templates: one replaces the built-in of its name; one that
names an unknown field is refused with its file and line, before any file is
written; a field the case has no value for is refused without its value.

  $ cat > letters/acknowledgement.txt <<'END'
  > {{! Our own acknowledgement }}
  > Dear {{complainant.name|Sir or Madam}}, we received {{case.reference}} on {{case.received}}.
  > {{#clock.response.due}}We will respond by {{clock.response.due}}.{{/clock.response.due}}
  > {{owner.name}}
  > END
  $ cat > letters/bad.txt <<'END'
  > Dear {{complainant.name}},
  > 
  > Your reference is {{case.refrence}}.
  > END
  $ cat > letters/address.txt <<'END'
  > {{complainant.name}}
  > {{complainant.contact}}
  > END
  $ . ./env.sh && plaint letter C-2026-0001 acknowledgement --config cfg.toml
  $ . ./env.sh && plaint letter C-2026-0001 bad --config cfg.toml --output bad.txt
  $ test -e bad.txt || echo "no bad.txt"
  $ . ./env.sh && plaint letter --list --config cfg.toml
  $ . ./env.sh && plaint letter Q-2026-0001 address --config cfg.toml
  $ rm letters/bad.txt

--record records the letter as correspondence sent: not until the register
keeps a correspondence log. Nothing is written.

  $ . ./env.sh && plaint letter C-2026-0001 acknowledgement --record --output sent.txt
  $ test -e sent.txt || echo "no sent.txt"
  $ . ./env.sh && plaint verify
