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
  C-2026-0003

The templates there are, each checked.

  $ . ./env.sh && plaint letter --list --format table
  template         source                       description
  acknowledgement  builtin:acknowledgement.txt  Acknowledgement of a complaint: within 3 working days, offering to discuss how it will be handled and how long it will take (regulation 13 of the 2009 regulations)
  delay            builtin:delay.txt            Delay letter: the response will be later than promised or past the six-month long-stop; explains why, gives the new date and the Ombudsman's details (regulation 14 of the 2009 regulations)
  response         builtin:response.txt         Response cover letter: sends the written response and says how to take the complaint to the Ombudsman (regulation 14 of the 2009 regulations)
  $ . ./env.sh && plaint letter --fields --format csv | tr -d "\r" | head -4
  field,value
  organisation.name,the register's organisation
  today,"the letter's date (--on, default today)"
  case.reference,the case reference

An acknowledgement as text: the dates as the clocks give them on --on.

  $ . ./env.sh && plaint letter C-2026-0001 acknowledgement --config cfg.toml
  Test ICB
  
  Ann <b>Smith</b> & co
  1 High Street, Walsall
  
  Friday 20 November 2026
  
  Our reference: C-2026-0001
  
  Dear Ann <b>Smith</b> & co,
  
  Your complaint
  
  Thank you for your complaint, which we received on Wednesday 18 November 2026, about Referrals. This letter confirms that we have received it and will look into it under the NHS complaint (SI 2009/309).
  
  I would like to offer you the chance to discuss, by telephone or at a meeting, how we will handle your complaint and how long it is likely to take. Please let me know if you would like to do so.
  
  Unless we agree a different date with you, we aim to send you our full response by Wednesday 23 December 2026. If we cannot, we will write to explain why and tell you when to expect it.
  
  If you would like help with your complaint, an independent complaints advocacy service can support you free of charge.
  
  Yours sincerely,
  
  Sam Jones
  Test ICB

Markdown escapes what the complainant wrote; the address keeps its line.

  $ . ./env.sh && plaint letter C-2026-0001 acknowledgement --format markdown | sed -n 1,8p
  Test ICB
  
  Ann \<b\>Smith\</b\> & co\
  1 High Street, Walsall
  
  Friday 20 November 2026
  
  Our reference: C\-2026\-0001

HTML: a whole A4 page with every value escaped, in a new file of mode 0600.

  $ . ./env.sh && plaint letter C-2026-0001 acknowledgement --output ack.html --config cfg.toml
  C-2026-0001: acknowledgement letter written to ack.html
  $ stat -c %a ack.html
  600
  $ grep -c '<b>' ack.html
  0
  [1]
  $ grep -E '<title>|Ann|@page' ack.html
  <title>C-2026-0001 acknowledgement</title>
  @page { size: A4; margin: 25mm 22mm; }
  <p>Ann &lt;b&gt;Smith&lt;/b&gt; &amp; co<br>
  <p>Dear Ann &lt;b&gt;Smith&lt;/b&gt; &amp; co,</p>

An existing file is never overwritten; the format must agree with the extension.

  $ . ./env.sh && plaint letter C-2026-0001 response --output ack.html
  ! plaint: error: letter: ack.html exists
  ! plaint: hint: plaint letter never overwrites a file: name another
  [2]
  $ grep -c 'Your complaint' ack.html
  1
  $ . ./env.sh && plaint letter C-2026-0001 response --output ack.md --format html
  ! plaint: error: letter: --format html does not match ack.md
  ! plaint: hint: leave out --format: the extension decides
  [2]
  $ . ./env.sh && plaint letter C-2026-0001 response --output ack.pdf
  ! plaint: error: letter: cannot tell the format of ack.pdf from its extension
  ! plaint: hint: name it .txt, .md or .html
  [2]
  $ test -e ack.md || echo "no ack.md"
  no ack.md

The delay letter: the agreed date, the new due date and the Ombudsman of the
procedure (the PHSO for an NHS complaint, the LGSCO for a two-stage one; none
for choice qualification).

  $ . ./env.sh && plaint ack C-2026-0001 --method email >/dev/null
  $ . ./env.sh && plaint extend C-2026-0001 --until 2027-01-04 --reason "expert opinion" >/dev/null
  $ . ./env.sh && plaint letter C-2026-0001 delay --on 2026-12-01 | sed -n '/^I am sorry/,$p'
  I am sorry that we have not yet been able to send you our response to the complaint we received on Wednesday 18 November 2026, which we agreed with you we would send by Monday 4 January 2027.
  
  [Explain here why the response is delayed.]
  
  We now expect to send you our full response by Monday 4 January 2027, and will keep you informed of our progress until then.
  
  If you are unhappy with this delay, you may ask the Parliamentary and Health Service Ombudsman to look at your complaint now, without waiting for our response. The Ombudsman makes final decisions on complaints that have not been resolved locally, and the service is free.
  
  Citygate
  Mosley Street
  Manchester
  M2 3HQ
  
  Telephone: 0345 015 4033
  Website: www.ombudsman.org.uk
  
  Yours sincerely,
  
  sam
  Test ICB
  $ . ./env.sh && plaint letter C-2026-0002 response | grep -A5 'If you are not satisfied'
  If you are not satisfied with our response, you may ask the Local Government and Social Care Ombudsman to review your complaint. The Ombudsman makes final decisions on complaints that have not been resolved locally, and the service is free. You should normally contact the Ombudsman within 12 months of becoming aware of the matter you are complaining about.
  
  PO Box 4771
  Coventry
  CV4 0EH
  
  $ . ./env.sh && plaint letter C-2026-0003 response | grep -c Ombudsman
  0
  [1]

Unknown templates and cases.

  $ . ./env.sh && plaint letter C-2026-0001 acknowledgment
  ! plaint: error: letter: no letter template 'acknowledgment'
  ! plaint: hint: templates are acknowledgement, delay, response ('plaint letter --list')
  [2]
  $ . ./env.sh && plaint letter C-2026-0099 acknowledgement
  ! plaint: error: letter: no case C-2026-0099 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]
  $ . ./env.sh && plaint letter C-2026-0001
  ! plaint: error: letter: give a case and a template: plaint letter REF TEMPLATE
  ! plaint: hint: 'plaint letter --list' lists the templates
  [2]
  $ . ./env.sh && plaint letter C-2026-0001 acknowledgement --format csv
  ! plaint: error: letter: plaint letter cannot write 'csv'
  ! plaint: hint: formats are text, markdown, html
  [2]

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
  Dear Ann <b>Smith</b> & co, we received C-2026-0001 on Wednesday 18 November 2026.
  We will respond by Monday 4 January 2027.
  Sam Jones
  $ . ./env.sh && plaint letter C-2026-0001 bad --config cfg.toml --output bad.txt
  ! plaint: error: letter: letters/bad.txt:3: unknown field 'case.refrence'
  ! plaint: hint: did you mean case.reference? ('plaint letter --fields' lists them)
  [3]
  $ test -e bad.txt || echo "no bad.txt"
  no bad.txt
  $ . ./env.sh && plaint letter --list --config cfg.toml
  ! plaint: error: letter: letters/bad.txt:3: unknown field 'case.refrence'
  ! plaint: hint: did you mean case.reference? ('plaint letter --fields' lists them)
  [3]
  $ . ./env.sh && plaint letter C-2026-0003 address --config cfg.toml
  ! plaint: error: letter: the case has no value for complainant.contact (line 2) used by letters/address.txt
  ! plaint: hint: record it, or give the template a default ({{field|text}}) or a {{#field}} ... {{/field}} section
  [2]
  $ rm letters/bad.txt

--record records the letter as correspondence sent, in the same command.

  $ . ./env.sh && plaint letter C-2026-0001 acknowledgement --record --output sent.txt
  C-2026-0001: acknowledgement letter written to sent.txt and recorded as sent on 2026-11-20
  $ . ./env.sh && plaint correspondence C-2026-0001
  id  date        direction  channel  subject                 step  attachments
   1  2026-11-20  out        letter   acknowledgement letter
  $ . ./env.sh && plaint verify | cut -d';' -f1
  ok: 6 events, 3 cases
