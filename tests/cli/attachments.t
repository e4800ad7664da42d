The command contracts of `plaint attach REF FILE...` (files stored in the
documents directory beside the register, reg.db-documents/, once per
SHA-256, all of them or none, the ids printed),
`plaint attachments REF` (the case's list, names left out with
--no-personal) and `plaint extract REF ID` (the content byte for byte,
checked, to a new file of mode 0600 or to a pipe). A file's name is
personal: it is printed for the handler, never put in a message.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > masked() { sed -E 's/[0-9a-f]{64}/<hash>/g'; }
  > counts() { echo "$(sqlite3 reg.db "select (select count(*) from attachments), (select count(*) from blobs), (select count(*) from blob_chunks), (select count(*) from events)")|$(find reg.db-documents -type f 2>/dev/null | wc -l) files"; }
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ . ./env.sh && plaint log --received 2026-11-18 --summary "Discharge arrangements" --complainant "Ann Smith"
  C-2026-0001
  $ . ./env.sh && plaint log --received 2026-11-19 --summary "Parking" --complainant "Bob Jones"
  C-2026-0002
  $ printf '%%PDF-1.4\n%% Letter from Ann Smith\n' > "Letter from Ann.pdf"
  $ head -c 2500000 /dev/zero | tr '\0' 'x' > scan.tiff
  $ printf 'Thank you for your letter.\n' > reply.txt

Several files in one command: one event each, the ids printed one a line.

  $ . ./env.sh && plaint attach C-2026-0001 "Letter from Ann.pdf" scan.tiff reply.txt
  1
  2
  3
  $ . ./env.sh && counts
  3|3|0|5|3 files

Each content is a file named by its SHA-256 in the documents directory,
made on the first attach (0700), the files read-only (0400); nothing is
left but the documents, and the register has no chunks of them.

  $ . ./env.sh && find reg.db-documents -printf '%m %p\n' | sort -k2 | masked
  700 reg.db-documents
  700 reg.db-documents/7b
  400 reg.db-documents/7b/<hash>
  700 reg.db-documents/91
  400 reg.db-documents/91/<hash>
  700 reg.db-documents/b2
  400 reg.db-documents/b2/<hash>
  $ cmp scan.tiff reg.db-documents/b2/b28d028158597a0e9d58d8ece40e918253ad02ea5de85af96eccd4a00a848f93 && echo same
  same
  $ . ./env.sh && plaint attachments C-2026-0001 --format table
  id  attached_on  size     media_type       sha256        correspondence  name
   1  2026-11-20   33 B     application/pdf  91631a3cc1e6                  Letter from Ann.pdf
   2  2026-11-20   2.4 MiB  image/tiff       b28d02815859                  scan.tiff
   3  2026-11-20   27 B     text/plain       7b1aa7870f8e                  reply.txt
  $ . ./env.sh && plaint attachments C-2026-0001 --format tsv
  id	attached_on	size	media_type	sha256	correspondence	name
  1	2026-11-20	33	application/pdf	91631a3cc1e69d8cfdb06e9b3736442652b056493e40faec433f4f6deb673deb		Letter from Ann.pdf
  2	2026-11-20	2500000	image/tiff	b28d028158597a0e9d58d8ece40e918253ad02ea5de85af96eccd4a00a848f93		scan.tiff
  3	2026-11-20	27	text/plain	7b1aa7870f8e1d67831465094638318743d99ff19dee719cde574eb58e08c098		reply.txt
  $ . ./env.sh && plaint attachments C-2026-0001 --format json
  [
    {
      "id": 1,
      "reference": "C-2026-0001",
      "attached_on": "2026-11-20",
      "size": 33,
      "media_type": "application/pdf",
      "sha256": "91631a3cc1e69d8cfdb06e9b3736442652b056493e40faec433f4f6deb673deb",
      "correspondence": null,
      "name": "Letter from Ann.pdf"
    },
    {
      "id": 2,
      "reference": "C-2026-0001",
      "attached_on": "2026-11-20",
      "size": 2500000,
      "media_type": "image/tiff",
      "sha256": "b28d028158597a0e9d58d8ece40e918253ad02ea5de85af96eccd4a00a848f93",
      "correspondence": null,
      "name": "scan.tiff"
    },
    {
      "id": 3,
      "reference": "C-2026-0001",
      "attached_on": "2026-11-20",
      "size": 27,
      "media_type": "text/plain",
      "sha256": "7b1aa7870f8e1d67831465094638318743d99ff19dee719cde574eb58e08c098",
      "correspondence": null,
      "name": "reply.txt"
    }
  ]
  $ . ./env.sh && plaint attachments C-2026-0001 --no-personal --format csv | sed 's/\r$/[CR]/'
  id,attached_on,size,media_type,sha256,correspondence[CR]
  1,2026-11-20,33,application/pdf,91631a3cc1e69d8cfdb06e9b3736442652b056493e40faec433f4f6deb673deb,[CR]
  2,2026-11-20,2500000,image/tiff,b28d028158597a0e9d58d8ece40e918253ad02ea5de85af96eccd4a00a848f93,[CR]
  3,2026-11-20,27,text/plain,7b1aa7870f8e1d67831465094638318743d99ff19dee719cde574eb58e08c098,[CR]
  $ . ./env.sh && plaint attachments C-2026-0002 --format table
  id  attached_on  size  media_type  sha256  correspondence  name

The journal has the content's hash, size and media type, never the name.

  $ sqlite3 reg.db "select seq, type, effective_date, details from events where type = 'attached'" | sed -E 's/"digest":"[0-9a-f]{64}"/"digest":"<digest>"/'
  3|attached|2026-11-20|{"media_type":"application/pdf","personal":[{"digest":"<digest>","id":1,"table":"attachments"}],"sha256":"91631a3cc1e69d8cfdb06e9b3736442652b056493e40faec433f4f6deb673deb","size":33}
  4|attached|2026-11-20|{"media_type":"image/tiff","personal":[{"digest":"<digest>","id":2,"table":"attachments"}],"sha256":"b28d028158597a0e9d58d8ece40e918253ad02ea5de85af96eccd4a00a848f93","size":2500000}
  5|attached|2026-11-20|{"media_type":"text/plain","personal":[{"digest":"<digest>","id":3,"table":"attachments"}],"sha256":"7b1aa7870f8e1d67831465094638318743d99ff19dee719cde574eb58e08c098","size":27}
  $ . ./env.sh && plaint verify | masked
  ok: 5 events, 2 cases; journal head <hash>
  $ . ./env.sh && plaint rebuild && counts
  Rebuilt 2 cases from 5 events; 0 differed from the journal
  3|3|0|5|3 files

The same content attached again, to this case or another, is stored once.

  $ cp scan.tiff "copy of scan.tif"
  $ . ./env.sh && plaint attach C-2026-0002 "copy of scan.tif" --on 2026-11-19 --type image/tiff --format json
  [
    {
      "id": 4,
      "reference": "C-2026-0002",
      "attached_on": "2026-11-19",
      "size": 2500000,
      "media_type": "image/tiff",
      "sha256": "b28d028158597a0e9d58d8ece40e918253ad02ea5de85af96eccd4a00a848f93",
      "correspondence": null,
      "name": "copy of scan.tif"
    }
  ]
  $ . ./env.sh && counts
  4|3|0|6|3 files

Extract: byte for byte, to a new file of mode 0600, or to a pipe.

  $ . ./env.sh && plaint extract C-2026-0001 2 -o out.tiff && cmp scan.tiff out.tiff && stat -c %a out.tiff
  600
  $ . ./env.sh && plaint extract C-2026-0001 1 | cmp - "Letter from Ann.pdf" && echo same
  same
  $ . ./env.sh && plaint extract C-2026-0002 4 | sha256sum
  b28d028158597a0e9d58d8ece40e918253ad02ea5de85af96eccd4a00a848f93  -
  $ . ./env.sh && plaint extract C-2026-0001 2 -o out.tiff
  ! plaint: error: extract: the output file exists; nothing was written
  ! plaint: hint: give --force to replace it
  [2]
  $ . ./env.sh && plaint extract C-2026-0001 3 -o out.tiff --force && cmp reply.txt out.tiff && stat -c %a out.tiff
  600
  $ . ./env.sh && plaint extract C-2026-0001 3 -o .
  ! plaint: error: extract: the output file is a directory
  [2]
  $ . ./env.sh && script -qec "plaint extract C-2026-0001 3" /dev/null | tr -d '\r'; echo "exit ${PIPESTATUS[0]}"
  plaint: error: extract: not writing an attachment to a terminal
  plaint: hint: give -o FILE, or redirect the output
  exit 2

A backup is the register file and its documents directory beside it
(copy.db-documents/, the same layout and modes); the copy verifies and
extracts on its own.

  $ . ./env.sh && plaint backup copy.db && plaint --register copy.db extract C-2026-0001 2 | cmp - scan.tiff && echo same
  Backed up reg.db to copy.db
  same
  $ . ./env.sh && find copy.db-documents -printf '%m %p\n' | sort -k2 | masked
  700 copy.db-documents
  700 copy.db-documents/7b
  400 copy.db-documents/7b/<hash>
  700 copy.db-documents/91
  400 copy.db-documents/91/<hash>
  700 copy.db-documents/b2
  400 copy.db-documents/b2/<hash>
  $ . ./env.sh && plaint --register copy.db verify | masked
  ok: 6 events, 2 cases; journal head <hash>

Bad input: a clear error, exit 2, the register unchanged.

  $ . ./env.sh && plaint attach C-2026-0009 reply.txt
  ! plaint: error: attach: no case C-2026-0009 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]
  $ . ./env.sh && plaint attach C-2026-0001 reply.txt "Missing letter.pdf"
  ! plaint: error: attach: file 2 of 2: cannot be read: No such file or directory
  [2]
  $ . ./env.sh && plaint attach C-2026-0001 .
  ! plaint: error: attach: file 1 of 1 is a directory
  ! plaint: hint: attach the files in it one by one
  [2]
  $ . ./env.sh && plaint attach C-2026-0001 reply.txt --on 2026-11-17
  ! plaint: error: attach: --on 2026-11-17 is before C-2026-0001 was received (2026-11-18)
  [2]
  $ . ./env.sh && plaint attach C-2026-0001 reply.txt --on 2026-11-21
  ! plaint: error: attach: --on 2026-11-21 is after today (2026-11-20)
  [2]
  $ . ./env.sh && plaint attach C-2026-0001 reply.txt --type "not a type"
  ! plaint: error: attach: 'not a type' is not a media type such as application/pdf
  [2]
  $ . ./env.sh && plaint attach C-2026-0001 reply.txt --correspondence 7
  ! plaint: error: attach: correspondence 7 is not one of C-2026-0001's
  ! plaint: hint: 'plaint show C-2026-0001' lists its correspondence
  [2]
  $ . ./env.sh && plaint attach C-2026-0001
  ! plaint: error: attach: FILE is required
  ! plaint: hint: see 'plaint attach --help'
  [2]
  $ . ./env.sh && plaint extract C-2026-0001 9
  ! plaint: error: extract: attachment 9 is not one of C-2026-0001's
  ! plaint: hint: 'plaint attachments C-2026-0001' lists them
  [2]
  $ . ./env.sh && plaint extract C-2026-0002 1 -o other.pdf || echo "exit $?"; test -e other.pdf || echo "no file"
  exit 2
  no file
  ! plaint: error: extract: attachment 1 is not one of C-2026-0002's
  ! plaint: hint: 'plaint attachments C-2026-0002' lists them
  $ . ./env.sh && plaint extract C-2026-0009 1
  ! plaint: error: extract: no case C-2026-0009 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]
  $ . ./env.sh && plaint attachments C-2026-0009
  ! plaint: error: attachments: no case C-2026-0009 in reg.db
  ! plaint: hint: 'plaint list' shows the references
  [2]
  $ . ./env.sh && counts
  4|3|0|6|3 files

A file over the size limit is refused with the limit and its size, and
nothing of the command is written (the file before it included).

  $ printf '[attachments]\nmax_size = "2MB"\n' > small.toml
  $ . ./env.sh && plaint --config small.toml config show --format tsv | grep attachments
  attachments.max_size	2 MB (2000000 bytes)	small.toml:2:12
  $ head -c 2000001 /dev/urandom > big.pdf
  $ . ./env.sh && plaint --config small.toml attach C-2026-0001 reply.txt big.pdf
  ! plaint: error: attach: file 2 of 2 is 1.9 MiB (2000001 bytes), over the limit of 2 MB (2000000 bytes); nothing was attached
  ! plaint: hint: the limit is the configuration's attachments.max_size (plaint-config(5))
  [2]
  $ . ./env.sh && counts
  4|3|0|6|3 files
  $ . ./env.sh && plaint verify | masked
  ok: 6 events, 2 cases; journal head <hash>
  $ printf '[attachments]\nmax_size = "lots"\n' > bad.toml
  $ . ./env.sh && plaint --config bad.toml attach C-2026-0001 reply.txt
  ! plaint: error: attach: bad.toml:2:12: attachments.max_size must be a size such as "25MB", "50 MiB" or 52428800 (bytes), up to 1 TiB
  [3]

A backup takes the documents with it, and restoring it checks the backup
against them and puts them back: the register verifies and every document
can be read.

  $ . ./env.sh && plaint backup kept.db
  Backed up reg.db to kept.db
  $ . ./env.sh && plaint --register kept.db verify | masked
  ok: 6 events, 2 cases; journal head <hash>
  $ . ./env.sh && plaint restore kept.db | masked
  Restored reg.db from kept.db: 6 events, 2 cases; journal head <hash>
  The register as it was (6 events; journal head <hash>) is kept in reg.db.replaced-20261120T090000Z
  $ . ./env.sh && plaint verify | masked
  ok: 6 events, 2 cases; journal head <hash>
  $ . ./env.sh && plaint attachments 1 --format tsv | cut -f1,3
  id	size
  1	33
  2	2500000
  3	27
  $ . ./env.sh && plaint extract 1 3 | wc -c
  27
