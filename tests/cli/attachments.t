The command contracts of `plaint attach REF FILE...` (files stored inside
the register, once per SHA-256, all of them or none, the ids printed),
`plaint attachments REF` (the case's list, names left out with
--no-personal) and `plaint extract REF ID` (the content byte for byte,
checked, to a new file of mode 0600 or to a pipe). A file's name is
personal: it is printed for the handler, never put in a message.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > masked() { sed -E 's/[0-9a-f]{64}/<hash>/g'; }
  > counts() { sqlite3 reg.db "select (select count(*) from attachments), (select count(*) from blobs), (select count(*) from blob_chunks), (select count(*) from events)"; }
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
  3|3|5|5
  $ . ./env.sh && plaint attachments C-2026-0001 --format table
  $ . ./env.sh && plaint attachments C-2026-0001 --format tsv
  $ . ./env.sh && plaint attachments C-2026-0001 --format json
  $ . ./env.sh && plaint attachments C-2026-0001 --no-personal --format csv
  $ . ./env.sh && plaint attachments C-2026-0002 --format table

The journal has the content's hash, size and media type, never the name.

  $ sqlite3 reg.db "select seq, type, effective_date, details from events where type = 'attached'" | sed -E 's/"digest":"[0-9a-f]{64}"/"digest":"<digest>"/'
  $ . ./env.sh && plaint verify | masked
  ok: 5 events, 2 cases; journal head <hash>
  $ . ./env.sh && plaint rebuild && counts
  Rebuilt 2 cases from 5 events; 0 differed from the journal
  3|3|5|5

The same content attached again, to this case or another, is stored once.

  $ cp scan.tiff "copy of scan.tif"
  $ . ./env.sh && plaint attach C-2026-0002 "copy of scan.tif" --on 2026-11-19 --type image/tiff --format json
  $ . ./env.sh && counts
  4|3|5|6

Extract: byte for byte, to a new file of mode 0600, or to a pipe.

  $ . ./env.sh && plaint extract C-2026-0001 2 -o out.tiff && cmp scan.tiff out.tiff && stat -c %a out.tiff
  600
  $ . ./env.sh && plaint extract C-2026-0001 1 | cmp - "Letter from Ann.pdf" && echo same
  same
  $ . ./env.sh && plaint extract C-2026-0002 4 | sha256sum
  $ . ./env.sh && plaint extract C-2026-0001 2 -o out.tiff
  $ . ./env.sh && plaint extract C-2026-0001 3 -o out.tiff --force && cmp reply.txt out.tiff && stat -c %a out.tiff
  600
  $ . ./env.sh && plaint extract C-2026-0001 3 -o .
  $ . ./env.sh && script -qec "plaint extract C-2026-0001 3" /dev/null | tr -d '\r'

Bad input: a clear error, exit 2, the register unchanged.

  $ . ./env.sh && plaint attach C-2026-0009 reply.txt
  $ . ./env.sh && plaint attach C-2026-0001 reply.txt "Missing letter.pdf"
  $ . ./env.sh && plaint attach C-2026-0001 .
  $ . ./env.sh && plaint attach C-2026-0001 reply.txt --on 2026-11-17
  $ . ./env.sh && plaint attach C-2026-0001 reply.txt --on 2026-11-21
  $ . ./env.sh && plaint attach C-2026-0001 reply.txt --type "not a type"
  $ . ./env.sh && plaint attach C-2026-0001 reply.txt --correspondence 7
  $ . ./env.sh && plaint attach C-2026-0001
  $ . ./env.sh && plaint extract C-2026-0001 9
  $ . ./env.sh && plaint extract C-2026-0002 1 -o other.pdf; test -e other.pdf || echo "no file"
  $ . ./env.sh && plaint extract C-2026-0009 1
  $ . ./env.sh && plaint attachments C-2026-0009
  $ . ./env.sh && counts
  4|3|5|6

A file over the size limit is refused with the limit and its size, and
nothing of the command is written (the file before it included).

  $ printf '[attachments]\nmax_size = "2MB"\n' > small.toml
  $ . ./env.sh && plaint --config small.toml config show --format tsv | grep attachments
  $ head -c 2000001 /dev/urandom > big.pdf
  $ . ./env.sh && plaint --config small.toml attach C-2026-0001 reply.txt big.pdf
  $ . ./env.sh && counts
  4|3|5|6
  $ . ./env.sh && plaint verify | masked
  ok: 6 events, 2 cases; journal head <hash>
  $ printf '[attachments]\nmax_size = "lots"\n' > bad.toml
  $ . ./env.sh && plaint --config bad.toml attach C-2026-0001 reply.txt
