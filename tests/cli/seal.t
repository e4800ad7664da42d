The contract of `plaint seal`: a key pair made with --new-key (0600, never
over a file), the journal head signed with the configured key, the seals
listed and exported, and `plaint verify` checking them, with and without a
configured public key and an exported copy. A key readable by others, a
missing key and an empty journal are refused. The register's salt is fixed
below, so its hashes, and with them the Ed25519 signatures (which are
deterministic), are exact.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-11-20T09:00:00Z PLAINT_TODAY=2026-11-20 PLAINT_USER=tester PLAINT_REGISTER=reg.db
  > masked() { sed -E 's/[0-9a-f]{64}/<hex>/g; s/key [0-9a-f]{16}/key <id>/g' | sed "s#$PWD#<dir>#g"; }
  > END
  $ . ./env.sh && plaint init --organisation "Test ICB" >/dev/null
  $ salt=000102030405060708090a0b0c0d0e0f; sqlite3 reg.db "UPDATE register SET salt = '$salt', journal_head_hash = '$(printf 'plaint journal genesis v2\n["%s","Test ICB","C","nhs-complaint","2026-11-20T09:00:00Z"]' "$salt" | sha256sum | cut -c1-64)'"
  $ . ./env.sh && plaint verify
  ok: 0 events, 0 cases; journal head 24f78972d73952173dae37cc4f44023d748707d67c37d0a64d8b32ff29a8659f
  $ . ./env.sh && plaint seal
  ! plaint: error: seal: no seal key is configured
  ! plaint: hint: make one with 'plaint seal --new-key FILE' and name it in the configuration: [seal] key = "FILE"
  [3]

A new key: the private key in a file of its own, mode 0600; the lines to put
in the configuration on stdout. Never over an existing file.

  $ . ./env.sh && plaint seal --new-key made.pem | masked
  # plaint seal key <id>, made 2026-11-20T09:00:00Z; the private key is in this file only (mode 0600)
  [seal]
  key = "<dir>/made.pem"
  public_key = "<hex>"
  ! plaint: note: add these lines to the configuration of whoever runs 'plaint seal', and the public_key line to that of whoever runs 'plaint verify'; keep a copy of the public key where the register's writers cannot change it
  $ stat -c %a made.pem; head -1 made.pem; find . -name '.plaint-seal-key*' | wc -l
  600
  -----BEGIN PRIVATE KEY-----
  0
  $ . ./env.sh && plaint seal --new-key made.pem
  ! plaint: error: seal: made.pem already exists
  ! plaint: hint: a seal key is never overwritten: choose a new file name
  [2]
  $ . ./env.sh && plaint seal --new-key missing-dir/made.pem
  ! plaint: error: seal: cannot create a file in missing-dir: No such file or directory
  [2]

The key used below is a fixed one (openssl genpkey -algorithm ed25519).

  $ cat > seal.pem <<'END'
  > -----BEGIN PRIVATE KEY-----
  > MC4CAQAwBQYDK2VwBCIEID6aWrnfqXQyAhew9lkwcqOxJGfeiAGQ1anucOVC9vf4
  > -----END PRIVATE KEY-----
  > END
  $ mkdir -p .config/plaint && printf '[seal]\nkey = "%s/seal.pem"\n' "$PWD" > .config/plaint/config.toml
  $ . ./env.sh && plaint seal 2>&1 | masked
  plaint: error: seal: the seal key <dir>/seal.pem is open to others (mode 0644): anyone who can read it can make seals
  plaint: hint: chmod 600 <dir>/seal.pem, and make a new key if others may have read it
  $ chmod 600 seal.pem
  $ . ./env.sh && plaint seal
  ! plaint: error: seal: the journal is empty: there is nothing to seal
  ! plaint: hint: seal once something is recorded
  [5]

An empty journal has nothing to seal; three cases, then a seal, then two
more cases and a second seal chained to the first.

  $ . ./env.sh && for s in one two three; do plaint log --summary $s --complainant "Ann $s"; done
  C-2026-0001
  C-2026-0002
  C-2026-0003
  $ . ./env.sh && plaint seal
  Sealed event 3 as seal 1 at 2026-11-20T09:00:00Z: 3 events since the start, key 34751143d8fcb176
  journal head 557d8949848c0d6787cf69c2ba5f5f35be065c8f38c938ccb77d33de52c1a913
  ! plaint: note: no [seal] public_key is configured: 'plaint verify' cannot tell these seals from forged ones until it is
  $ . ./env.sh && plaint log --summary four && plaint log --summary five
  C-2026-0004
  C-2026-0005
  $ . ./env.sh && PLAINT_NOW=2026-11-21T09:00:00Z plaint seal --format json
  {
    "format": "plaint-seal-1",
    "seal": 2,
    "organisation": "Test ICB",
    "genesis": "24f78972d73952173dae37cc4f44023d748707d67c37d0a64d8b32ff29a8659f",
    "seq": 5,
    "hash": "d5a4a0194f340dd2fe8097fddfa35bf3c4b7861e1dbc008b6006a78cd0c9b9ef",
    "sealed_at": "2026-11-21T09:00:00Z",
    "from_seq": 4,
    "events": 2,
    "prefixes_sha256": "5cdae9bd90c81cc81981352677a5222a68cc06224f6ed0712ac0c28df63f247d",
    "previous_signature": "3e050b526efc10938839ffc0ee9dc248b0248bf8828fd42dd989997d7aac8521ab2da3b9b4d1fc9b1291804e216ada3e1d7f7557777f8bdae439e0899bd7200a",
    "public_key": "59c85b9e6f9fec50e7f2e1f8ba2357ac13cdd1f600a6baf2a2f5e5a011baf5bc",
    "key_id": "34751143d8fcb176",
    "signature": "5405f2c1fa3bb5a908d95b00a45ee121b7c2ee04c54de5f51694ccdc826e1b76851a077a8e6d3f0bae7e9ad3765f0c583d9311f7161fd928132ca4406aa04a0e"
  }
  ! plaint: note: no [seal] public_key is configured: 'plaint verify' cannot tell these seals from forged ones until it is
  $ . ./env.sh && plaint seal --list
  seal  sealed_at             event  events  hash                                                              key
     1  2026-11-20T09:00:00Z      3       3  557d8949848c0d6787cf69c2ba5f5f35be065c8f38c938ccb77d33de52c1a913  34751143d8fcb176
     2  2026-11-21T09:00:00Z      5       2  d5a4a0194f340dd2fe8097fddfa35bf3c4b7861e1dbc008b6006a78cd0c9b9ef  34751143d8fcb176
  $ . ./env.sh && plaint seal --list --format json | grep -q '"prefixes"' || echo "no prefixes in a listing"
  no prefixes in a listing
  $ . ./env.sh && plaint seal --list --format csv
  ! plaint: error: seal: format 'csv' is not available here
  ! plaint: hint: use --format table|json
  [2]

Verify: the seals checked, but against the key stored with them, which
proves nothing until the public key is configured.

  $ . ./env.sh && plaint verify
  ok: 5 events, 5 cases; journal head d5a4a0194f340dd2fe8097fddfa35bf3c4b7861e1dbc008b6006a78cd0c9b9ef
  seals: 2, the newest seal 2 of event 5 at 2026-11-21T09:00:00Z, key 34751143d8fcb176 (not checked: none is configured)
  note: no [seal] public_key is configured, so the seals were checked against the key stored with them in the register, which whoever can write the file can replace: they prove nothing until the public key is configured
  $ printf 'public_key = "59c85b9e6f9fec50e7f2e1f8ba2357ac13cdd1f600a6baf2a2f5e5a011baf5bc"\n' >> .config/plaint/config.toml
  $ . ./env.sh && plaint verify
  ok: 5 events, 5 cases; journal head d5a4a0194f340dd2fe8097fddfa35bf3c4b7861e1dbc008b6006a78cd0c9b9ef
  seals: 2, the newest seal 2 of event 5 at 2026-11-21T09:00:00Z, key 34751143d8fcb176 (checked against the configured public key)
  $ . ./env.sh && plaint verify --format json | sed -n '/"seals"/,$p'
    "seals": {
      "count": 2,
      "key_configured": true,
      "newest": {
        "format": "plaint-seal-1",
        "seal": 2,
        "organisation": "Test ICB",
        "genesis": "24f78972d73952173dae37cc4f44023d748707d67c37d0a64d8b32ff29a8659f",
        "seq": 5,
        "hash": "d5a4a0194f340dd2fe8097fddfa35bf3c4b7861e1dbc008b6006a78cd0c9b9ef",
        "sealed_at": "2026-11-21T09:00:00Z",
        "from_seq": 4,
        "events": 2,
        "prefixes_sha256": "5cdae9bd90c81cc81981352677a5222a68cc06224f6ed0712ac0c28df63f247d",
        "previous_signature": "3e050b526efc10938839ffc0ee9dc248b0248bf8828fd42dd989997d7aac8521ab2da3b9b4d1fc9b1291804e216ada3e1d7f7557777f8bdae439e0899bd7200a",
        "public_key": "59c85b9e6f9fec50e7f2e1f8ba2357ac13cdd1f600a6baf2a2f5e5a011baf5bc",
        "key_id": "34751143d8fcb176",
        "signature": "5405f2c1fa3bb5a908d95b00a45ee121b7c2ee04c54de5f51694ccdc826e1b76851a077a8e6d3f0bae7e9ad3765f0c583d9311f7161fd928132ca4406aa04a0e"
      },
      "notes": []
    }
  }
  $ . ./env.sh && plaint config show --format tsv | grep '^seal' | sed "s#$PWD#<dir>#g"
  seal.key	<dir>/seal.pem	<dir>/.config/plaint/config.toml:2:7
  seal.public_key	59c85b9e6f9fec50e7f2e1f8ba2357ac13cdd1f600a6baf2a2f5e5a011baf5bc	<dir>/.config/plaint/config.toml:3:14

The export: JSON lines, each with the prefixes of its events (8 bytes each,
base64). Verify checks the register against it.

  $ . ./env.sh && plaint seal --export seals.jsonl
  Exported 2 seals to seals.jsonl (the newest: seal 2, event 5)
  $ wc -l < seals.jsonl; stat -c %a seals.jsonl
  2
  600
  $ . ./env.sh && plaint seal --export - | cut -c1-120
  {"format":"plaint-seal-1","seal":1,"organisation":"Test ICB","genesis":"24f78972d73952173dae37cc4f44023d748707d67c37d0a6
  {"format":"plaint-seal-1","seal":2,"organisation":"Test ICB","genesis":"24f78972d73952173dae37cc4f44023d748707d67c37d0a6
  $ . ./env.sh && plaint seal --export - | cmp - seals.jsonl && echo same
  same
  $ . ./env.sh && plaint verify --seals seals.jsonl
  ok: 5 events, 5 cases; journal head d5a4a0194f340dd2fe8097fddfa35bf3c4b7861e1dbc008b6006a78cd0c9b9ef
  seals: 2, the newest seal 2 of event 5 at 2026-11-21T09:00:00Z, key 34751143d8fcb176 (checked against the configured public key)

The seals deleted from the register: the register alone only notes it; the
exported copy catches it, and a new export refuses to replace that copy.

  $ cp reg.db kept.db && sqlite3 reg.db 'DELETE FROM seals'
  $ . ./env.sh && plaint verify
  ok: 5 events, 5 cases; journal head d5a4a0194f340dd2fe8097fddfa35bf3c4b7861e1dbc008b6006a78cd0c9b9ef
  note: the register has no seals although a [seal] public_key is configured: if it was ever sealed, check it against the exported seals with --seals FILE
  $ . ./env.sh && plaint verify --seals seals.jsonl
  FAILED: seal 1 of seals.jsonl is not in the register: seals were deleted from it
  FAILED: seal 2 of seals.jsonl is not in the register: seals were deleted from it
  seals: 2, the newest seal 2 of event 5 at 2026-11-21T09:00:00Z, key 34751143d8fcb176 (checked against the configured public key)
  what to do: the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record
  [1]
  $ . ./env.sh && plaint seal --export seals.jsonl
  ! plaint: error: seal: seals.jsonl holds seal 1, which the register does not: its seals were deleted or altered; nothing was written
  ! plaint: hint: run 'plaint verify --seals seals.jsonl'
  [1]
  $ cp kept.db reg.db && rm -f reg.db-wal reg.db-shm

A history rewritten with every later hash recomputed is the system test
tests/system/test_journal_tamper.py; here, a sealed event's hash edited is
named, and a seal altered is caught by its signature.

  $ sqlite3 reg.db "UPDATE events SET hash = '$(printf '0%.0s' $(seq 64))' WHERE seq = 4"
  $ . ./env.sh && plaint verify | masked
  FAILED: event 4 (C-2026-0004 logged) has been altered: its hash does not match its contents
  FAILED: event 4 (C-2026-0004 logged) differs from what seal 2 sealed at 2026-11-21T09:00:00Z: the journal was rewritten from this event on and its hashes recomputed; compare it with the exported seals or another outside record
  seals: 2, the newest seal 2 of event 5 at 2026-11-21T09:00:00Z, key <id> (checked against the configured public key)
  what to do: the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record
  $ cp kept.db reg.db && sqlite3 reg.db "UPDATE seals SET sealed_at = '2026-11-19T09:00:00Z' WHERE number = 2"
  $ . ./env.sh && plaint verify
  FAILED: seal 2's signature does not match its contents: the seal was altered
  seals: 2, the newest seal 2 of event 5 at 2026-11-19T09:00:00Z, key 34751143d8fcb176 (checked against the configured public key)
  what to do: the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record
  [1]
  $ cp kept.db reg.db

Another key configured than the one that signed; a key that is not the
configured one's pair is refused for sealing.

  $ printf '[seal]\npublic_key = "63a79b2a2d4c0e7e9fb80119e4a9936a4211a17383831e02c3b97b4d3bb01060"\n' > other.toml
  $ . ./env.sh && plaint --config other.toml verify
  FAILED: seal 1 was signed with key 34751143d8fcb176, which is not the configured [seal] public_key: the seal was forged or the key replaced
  FAILED: seal 2 was signed with key 34751143d8fcb176, which is not the configured [seal] public_key: the seal was forged or the key replaced
  seals: 2, the newest seal 2 of event 5 at 2026-11-21T09:00:00Z, key 34751143d8fcb176 (checked against the configured public key)
  what to do: the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup made before the first event named, and compare it with your latest seal or an outside record
  [1]
  $ . ./env.sh && plaint --config other.toml seal 2>&1 | sed "s#$PWD#<dir>#g"
  plaint: error: seal: the seal key <dir>/seal.pem (key 34751143d8fcb176) does not match the configured [seal] public_key
  plaint: hint: configure the public key that 'plaint seal --new-key' printed with this key
  $ printf '[seal]\npublic_key = "ABC"\n' > bad.toml; . ./env.sh && plaint --config bad.toml seal
  ! plaint: error: seal: bad.toml:2:14: seal.public_key must be 64 lower-case hex digits, as plaint seal --new-key prints
  [3]

Options that do not go together.

  $ . ./env.sh && plaint seal --list --export x.jsonl
  ! plaint: error: seal: --list excludes --export
  ! plaint: hint: see 'plaint seal --help'
  [2]
  $ . ./env.sh && plaint verify --seals missing.jsonl
  ! plaint: error: verify: cannot read the exported seals missing.jsonl
  [3]
  $ echo '{"format": "plaint-seal-1"}' > bad.jsonl; . ./env.sh && plaint verify --seals bad.jsonl
  ! plaint: error: verify: bad.jsonl:1: not a seal: no "seal"
  [3]
