-- Schema version 13: seals, signed checkpoints of the journal (plaint seal).
--
-- One row per seal, in the order made. A seal is an Ed25519 signature, by a
-- key kept outside the register, over the journal head (seq, hash), the
-- time, the register's identity (organisation, genesis hash), the previous
-- seal's signature and the first 8 bytes of the hash of every event since
-- the previous seal (prefixes: from_seq..seq, 8 bytes each), so that verify
-- can name the first event of a rewritten history. The text signed is
-- plaint::store::signed_text (lib/plaint/store/seals.hpp). Not part of the
-- journal: a seal is checked by its signature, and a journal event of its
-- own would move the head it seals. public_key is the signer's, for
-- reading only: whoever can write this file can replace it, so verify
-- trusts it only against the configured [seal] public_key.

CREATE TABLE seals (
    number INTEGER PRIMARY KEY,           -- 1, 2, ...
    organisation TEXT NOT NULL,
    genesis TEXT NOT NULL,
    seq INTEGER NOT NULL,                 -- the journal head sealed
    hash TEXT NOT NULL,
    sealed_at TEXT NOT NULL,              -- UTC, YYYY-MM-DDTHH:MM:SSZ
    from_seq INTEGER NOT NULL,            -- the first event of prefixes
    prefixes BLOB NOT NULL,               -- 8 bytes per event from_seq..seq
    previous_signature TEXT NOT NULL,     -- '' for the first seal
    public_key TEXT NOT NULL,             -- hex, 32 bytes
    signature TEXT NOT NULL               -- hex, 64 bytes
);
