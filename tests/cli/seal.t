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
  $ salt=000102030405060708090a0b0c0d0e0f; sqlite3 reg.db "UPDATE register SET salt = '$salt', journal_head_hash = '$(printf 'plaint journal genesis\n%s' "$salt" | sha256sum | cut -c1-64)'"
  $ . ./env.sh && plaint verify
  $ . ./env.sh && plaint seal

A new key: the private key in a file of its own, mode 0600; the lines to put
in the configuration on stdout. Never over an existing file.

  $ . ./env.sh && plaint seal --new-key made.pem | masked
  $ stat -c %a made.pem; head -1 made.pem; ls -a | grep -c plaint-seal-key
  $ . ./env.sh && plaint seal --new-key made.pem
  $ . ./env.sh && plaint seal --new-key missing-dir/made.pem

The key used below is a fixed one (openssl genpkey -algorithm ed25519).

  $ cat > seal.pem <<'END'
  > -----BEGIN PRIVATE KEY-----
  > MC4CAQAwBQYDK2VwBCIEID6aWrnfqXQyAhew9lkwcqOxJGfeiAGQ1anucOVC9vf4
  > -----END PRIVATE KEY-----
  > END
  $ mkdir -p .config/plaint && printf '[seal]\nkey = "%s/seal.pem"\n' "$PWD" > .config/plaint/config.toml
  $ . ./env.sh && plaint seal 2>&1 | masked
  $ chmod 600 seal.pem
  $ . ./env.sh && plaint seal

An empty journal has nothing to seal; three cases, then a seal, then two
more cases and a second seal chained to the first.

  $ . ./env.sh && for s in one two three; do plaint log --summary $s --complainant "Ann $s"; done
  $ . ./env.sh && plaint seal
  $ . ./env.sh && plaint log --summary four && plaint log --summary five
  $ . ./env.sh && PLAINT_NOW=2026-11-21T09:00:00Z plaint seal --format json
  $ . ./env.sh && plaint seal --list
  $ . ./env.sh && plaint seal --list --format json | grep -c '"prefixes"'
  $ . ./env.sh && plaint seal --list --format csv

Verify: the seals checked, but against the key stored with them, which
proves nothing until the public key is configured.

  $ . ./env.sh && plaint verify
  $ printf 'public_key = "59c85b9e6f9fec50e7f2e1f8ba2357ac13cdd1f600a6baf2a2f5e5a011baf5bc"\n' >> .config/plaint/config.toml
  $ . ./env.sh && plaint verify
  $ . ./env.sh && plaint verify --format json | sed -n '/"seals"/,$p'
  $ . ./env.sh && plaint config show --format csv | grep '^seal'

The export: JSON lines, each with the prefixes of its events (8 bytes each,
base64). Verify checks the register against it.

  $ . ./env.sh && plaint seal --export seals.jsonl
  $ wc -l < seals.jsonl; stat -c %a seals.jsonl
  $ . ./env.sh && plaint seal --export - | cut -c1-120
  $ . ./env.sh && plaint seal --export - | cmp - seals.jsonl && echo same
  $ . ./env.sh && plaint verify --seals seals.jsonl

The seals deleted from the register: the register alone only notes it; the
exported copy catches it, and a new export refuses to replace that copy.

  $ cp reg.db kept.db && sqlite3 reg.db 'DELETE FROM seals'
  $ . ./env.sh && plaint verify
  $ . ./env.sh && plaint verify --seals seals.jsonl
  $ . ./env.sh && plaint seal --export seals.jsonl
  $ cp kept.db reg.db && rm -f reg.db-wal reg.db-shm

A history rewritten with every later hash recomputed is the system test
tests/system/test_journal_tamper.py; here, a sealed event's hash edited is
named, and a seal altered is caught by its signature.

  $ sqlite3 reg.db "UPDATE events SET hash = '$(printf '0%.0s' $(seq 64))' WHERE seq = 4"
  $ . ./env.sh && plaint verify | masked
  $ cp kept.db reg.db && sqlite3 reg.db "UPDATE seals SET sealed_at = '2026-11-19T09:00:00Z' WHERE number = 2"
  $ . ./env.sh && plaint verify
  $ cp kept.db reg.db

Another key configured than the one that signed; a key that is not the
configured one's pair is refused for sealing.

  $ printf '[seal]\npublic_key = "63a79b2a2d4c0e7e9fb80119e4a9936a4211a17383831e02c3b97b4d3bb01060"\n' > other.toml
  $ . ./env.sh && plaint --config other.toml verify
  $ . ./env.sh && plaint --config other.toml seal
  $ printf '[seal]\npublic_key = "ABC"\n' > bad.toml; . ./env.sh && plaint --config bad.toml seal

Options that do not go together.

  $ . ./env.sh && plaint seal --list --export x.jsonl
  $ . ./env.sh && plaint verify --seals missing.jsonl
  $ echo '{"format": "plaint-seal-1"}' > bad.jsonl; . ./env.sh && plaint verify --seals bad.jsonl
