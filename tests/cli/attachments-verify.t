`plaint verify` proves an attachment unaltered: the content re-hashed from
its chunks against the SHA-256 its `attached` event recorded, and each
attachments row against the salted digest in that event. (Pending: enabled
when verify calls store::detail::check_attachments; rename to .t and run
PLAINT_TEST_UPDATE=1 ctest -R attachments-verify, then read the result.)

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > masked() { sed -E 's/[0-9a-f]{64}/<hash>/g'; }
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
  $ cp reg.db intact.db

A chunk of the letter's content edited behind plaint's back: verify names
the content and the attachment using it (exit 1), and extract refuses it.

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

  $ cp intact.db reg.db && rm -f reg.db-wal reg.db-shm
  $ sqlite3 reg.db "update attachments set name = 'other.pdf' where id = 2"
  $ . ./env.sh && plaint verify
  FAILED: attachment 2 of case C-2026-0001 was changed outside plaint
  [1]
  $ cp intact.db reg.db && rm -f reg.db-wal reg.db-shm
  $ sqlite3 reg.db "delete from attachments where id = 1"
  $ . ./env.sh && plaint verify
  FAILED: 1 attachment record(s) were deleted outside plaint
  [1]
