`plaint verify` proves an attachment unaltered: each document file in the
register's documents directory (reg.db-documents/, named by its SHA-256)
re-hashed against the SHA-256 its `attached` event recorded, the content
that a register from before schema 14 keeps inside it re-hashed from its
chunks, and each attachments row against the salted digest in that event.
A missing, altered or truncated document fails verify (exit 1) naming the
attachment, never the file's original name; `extract` refuses it (exit 4).
Documents nothing uses and temporary files of a stopped attach are notes,
not failures, and `plaint attachments --prune` removes them.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > masked() { sed -E 's/[0-9a-f]{64}/<hash>/g'; }
  > letter=reg.db-documents/91/91631a3cc1e69d8cfdb06e9b3736442652b056493e40faec433f4f6deb673deb
  > reply=reg.db-documents/7b/7b1aa7870f8e1d67831465094638318743d99ff19dee719cde574eb58e08c098
  > reset() { rm -rf reg.db reg.db-wal reg.db-shm reg.db-documents && cp intact.db reg.db && cp -a intact-documents reg.db-documents; }
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-18 --summary "Discharge arrangements" --complainant "Ann Smith"
  C-2026-0001
  $ printf '%%PDF-1.4\n%% Letter from Ann Smith\n' > letter.pdf
  $ printf 'Thank you for your letter.\n' > reply.txt
  $ . ./env.sh && plaint attach C-2026-0001 letter.pdf reply.txt
  1
  2
  $ . ./env.sh && plaint verify | masked
  ok: 3 events, 1 cases; journal head <hash>
  $ . ./env.sh && cp reg.db intact.db && cp -a reg.db-documents intact-documents

A document edited behind plaint's back (the same size): verify names the
content and the attachment using it, and extract refuses it, leaving no file.

  $ . ./env.sh && chmod u+w $letter && sed -i 's/Ann/Bob/' $letter
  $ . ./env.sh && plaint verify
  FAILED: the content 91631a3cc1e6 (attachment 1 of C-2026-0001) was altered outside plaint: reg.db-documents/91/91631a3cc1e69d8cfdb06e9b3736442652b056493e40faec433f4f6deb673deb does not give its SHA-256
  [1]
  $ . ./env.sh && plaint extract C-2026-0001 1 -o letter-out.pdf || echo "exit $?"; test -e letter-out.pdf || echo "no file"
  exit 4
  no file
  ! plaint: error: extract: the content of attachment 1 of C-2026-0001 does not match its SHA-256: it was altered outside plaint
  ! plaint: hint: run 'plaint verify'; copy the document back from a backup's documents directory (plaint-backup(1))

Truncated, or deleted: the same, with what is wrong.

  $ . ./env.sh && reset && chmod u+w $reply && truncate -s 10 $reply
  $ . ./env.sh && plaint verify
  FAILED: the content 7b1aa7870f8e (attachment 2 of C-2026-0001) was truncated outside plaint: reg.db-documents/7b/7b1aa7870f8e1d67831465094638318743d99ff19dee719cde574eb58e08c098 has 10 of its 27 bytes
  [1]
  $ . ./env.sh && plaint extract C-2026-0001 2 > out.txt
  ! plaint: error: extract: the content of attachment 2 of C-2026-0001 does not match its SHA-256: it was altered outside plaint
  ! plaint: hint: run 'plaint verify'; copy the document back from a backup's documents directory (plaint-backup(1))
  [4]
  $ . ./env.sh && reset && rm $letter
  $ . ./env.sh && plaint verify
  FAILED: the content 91631a3cc1e6 (attachment 1 of C-2026-0001) is missing: there is no file reg.db-documents/91/91631a3cc1e69d8cfdb06e9b3736442652b056493e40faec433f4f6deb673deb
  [1]
  $ . ./env.sh && plaint extract C-2026-0001 1 -o letter-out.pdf
  ! plaint: error: extract: the content of attachment 1 of C-2026-0001 is missing: reg.db-documents has no file 91/91631a3cc1e69d8cfdb06e9b3736442652b056493e40faec433f4f6deb673deb (No such file or directory)
  ! plaint: hint: run 'plaint verify'; copy the document back from a backup's documents directory (plaint-backup(1))
  [4]
  $ . ./env.sh && rm -r reg.db-documents && plaint verify
  FAILED: the content 7b1aa7870f8e (attachment 2 of C-2026-0001) is missing: there is no file reg.db-documents/7b/7b1aa7870f8e1d67831465094638318743d99ff19dee719cde574eb58e08c098
  FAILED: the content 91631a3cc1e6 (attachment 1 of C-2026-0001) is missing: there is no file reg.db-documents/91/91631a3cc1e69d8cfdb06e9b3736442652b056493e40faec433f4f6deb673deb
  [1]

Copied back from the backup's documents directory, it verifies again.

  $ . ./env.sh && reset && rm $letter && cp -a intact-documents/91 reg.db-documents/ && plaint verify | masked
  ok: 3 events, 1 cases; journal head <hash>

Content from before schema 14 is inside the register, in chunks (here the
letter's, put back there with sqlite3): still read, extracted and checked.

  $ . ./env.sh && reset && sqlite3 reg.db "insert into blob_chunks (blob_id, number, data) select id, 0, readfile('$letter') from blobs where id = 1; update blobs set place = 'register', chunks = 1 where id = 1" && rm $letter
  $ . ./env.sh && sqlite3 reg.db "select sha256, size, place, file from document_files order by place" | masked
  <hash>|27|directory|7b/<hash>
  <hash>|33|register|
  $ . ./env.sh && plaint verify | masked && plaint extract C-2026-0001 1 | cmp - letter.pdf && echo same
  ok: 3 events, 1 cases; journal head <hash>
  same
  $ sqlite3 reg.db "update blob_chunks set data = cast(replace(cast(data as text), 'Ann', 'Bob') as blob) where blob_id = 1"
  $ . ./env.sh && plaint verify
  FAILED: the content 91631a3cc1e6 (attachment 1 of C-2026-0001) was altered outside plaint: its chunks do not give its SHA-256 and size
  [1]
  $ . ./env.sh && plaint extract C-2026-0001 1 -o letter-out.pdf || echo "exit $?"; test -e letter-out.pdf || echo "no file"
  exit 4
  no file
  ! plaint: error: extract: the content of attachment 1 of C-2026-0001 does not match its SHA-256: it was altered outside plaint
  ! plaint: hint: run 'plaint verify'; restore the register from a backup

An attachment's name or media type changed: verify names the row.

  $ . ./env.sh && reset && sqlite3 reg.db "update attachments set name = 'other.pdf' where id = 2"
  $ . ./env.sh && plaint verify
  FAILED: attachment 2 of case C-2026-0001 was changed outside plaint
  [1]
  $ . ./env.sh && reset && sqlite3 reg.db "delete from attachments where id = 1"
  $ . ./env.sh && plaint verify
  FAILED: 1 attachment record(s) were deleted outside plaint
  [1]

Leftovers are notes: a document nothing names, the temporary file of an
attach that was killed, a file someone else put there (counted, never
named). Verify still passes; --prune removes plaint's leftovers only.

  $ . ./env.sh && reset && mkdir -p reg.db-documents/2c && printf hello > reg.db-documents/2c/2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824
  $ . ./env.sh && printf 'half a lett' > reg.db-documents/.tmp-0123456789abcdef && printf x > "reg.db-documents/Ann's letter.pdf"
  $ . ./env.sh && plaint verify | masked
  ok: 3 events, 1 cases; journal head <hash>
  note: 1 document(s) in reg.db-documents used by no attachment (5 B): 'plaint attachments --prune' removes them
  note: 1 temporary file(s) in reg.db-documents left by an attach that was stopped (11 B): 'plaint attachments --prune' removes them
  note: 1 file(s) in reg.db-documents that plaint did not write: left alone
  $ . ./env.sh && plaint verify --format json | jq -c '[.ok, .notes[:1]]'
  [true,["1 document(s) in reg.db-documents used by no attachment (5 B): 'plaint attachments --prune' removes them"]]
  $ . ./env.sh && plaint attachments --prune
  removed 1 unused document(s) and 1 temporary file(s) from reg.db-documents (16 B)
  left 1 file(s) that plaint did not write
  $ . ./env.sh && find reg.db-documents -type f | sort | masked
  reg.db-documents/7b/<hash>
  reg.db-documents/91/<hash>
  reg.db-documents/Ann's letter.pdf
  $ . ./env.sh && plaint attachments C-2026-0001 --prune
  ! plaint: error: attachments: --prune works on the whole documents directory: give no REF
  [2]
  $ . ./env.sh && plaint attachments
  ! plaint: error: attachments: REF is required
  ! plaint: hint: see 'plaint attachments --help'
  [2]
  $ . ./env.sh && chmod 755 reg.db-documents && plaint verify | masked
  ok: 3 events, 1 cases; journal head <hash>
  note: reg.db-documents is readable by others (mode 0755); it holds personal data: chmod 700 reg.db-documents
  note: 1 file(s) in reg.db-documents that plaint did not write: left alone
