#pragma once
// Signed checkpoints of the journal ("seals"): Ed25519 keys through OpenSSL,
// the seal record, the exact text its signature covers and its JSON form.
// No SQL here: the register's seals table is register_seals.cpp.
//
// A seal signs the journal head (sequence number and hash) at a time, the
// register's identity (organisation, genesis hash), the previous seal's
// signature (so seals form a chain of their own) and an 8-byte prefix of the
// hash of every event since the previous seal. The head hash alone proves
// that the journal up to it is unchanged; the prefixes let verify name the
// first event that differs when it is not (README, "Sealing the journal").

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plaint::store {

// Bytes of each event's hash kept in a seal (the first 8 of its 32).
inline constexpr std::size_t seal_prefix_bytes = 8;
// The first word of every exported line and of every signed text.
inline constexpr std::string_view seal_format = "plaint-seal-1";

struct Seal {
    std::int64_t number = 0;     // 1, 2, ... in the order made
    std::string organisation;    // the register's, when sealed
    std::string genesis;         // the hash the register's first event chains to
    std::int64_t seq = 0;        // the journal head sealed ...
    std::string hash;            // ... and its hash (hex)
    std::string sealed_at;       // UTC, YYYY-MM-DDTHH:MM:SSZ
    std::int64_t from_seq = 1;   // the first event of `prefixes` (the previous seal's seq + 1)
    std::string prefixes;        // raw bytes: seal_prefix_bytes per event from_seq..seq
    std::string previous_signature; // hex; "" for the first seal
    std::string public_key;      // hex of the 32-byte raw Ed25519 key that signed it
    std::string signature;       // hex of the 64-byte Ed25519 signature

    bool operator==(const Seal&) const = default;
    std::int64_t events() const { return seq - from_seq + 1; } // covered by the prefixes
};

// The bytes the signature covers: seal_format, a newline and the canonical
// JSON array [organisation, genesis, seq, hash, sealed_at, from_seq,
// SHA-256 of prefixes, previous_signature, public_key].
std::string signed_text(const Seal& seal);
// The prefix kept for an event whose hash is `hash_hex` (raw bytes).
std::string hash_prefix(std::string_view hash_hex);
// A key's id: the first 16 hex digits of the SHA-256 of its 32 raw bytes.
std::string key_id(std::string_view public_key_hex);
// Whether `text` is a public key as plaint prints them (64 hex digits).
bool is_public_key(std::string_view text);

// An Ed25519 private key, loaded from a PEM (PKCS #8) file.
class SigningKey {
public:
    // A new random key pair.
    static SigningKey generate();
    // Reads `path`: DataError (exit 3) when it is missing, unreadable,
    // readable or writable by group or others (like ssh), or not an
    // Ed25519 private key in PEM.
    static SigningKey load(const std::filesystem::path& path);
    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;
    ~SigningKey();

    std::string public_key() const; // hex of the raw key
    std::string sign(std::string_view message) const; // hex signature (deterministic)
    // Writes the private key as PEM to a new file of mode 0600: through a
    // temporary file in the same directory, fsynced, then linked to `path`,
    // so that an existing file is never replaced (UsageError) and a killed
    // run leaves nothing at `path`.
    void save(const std::filesystem::path& path) const;

private:
    struct Impl;
    explicit SigningKey(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Whether `signature_hex` is `public_key_hex`'s signature of `message`.
bool signature_valid(std::string_view public_key_hex, std::string_view message, std::string_view signature_hex);
// Whether the seal's signature is its key's signature of signed_text(seal).
bool seal_signature_valid(const Seal& seal);

// What verify checks the seals against (Register::set_seal_trust).
struct SealTrust {
    std::vector<std::string> public_keys; // [seal] public_key: hex; empty when none is configured
    std::vector<Seal> exported;           // verify --seals FILE
    std::string exported_from;            // FILE, for messages ("" when none)
};

// What verify found of the seals (VerifyReport::seals).
struct SealSummary {
    std::int64_t count = 0;          // seals checked (the register's and the file's)
    std::optional<Seal> newest;      // the last of them
    bool key_configured = false;     // checked against [seal] public_key
    std::vector<std::string> notes;  // what the check could not prove
};

// One exported line (schemas/seal.schema.json): every field, the prefixes
// in base64, plus "format", "key_id" and "prefixes_sha256". Without the
// prefixes for listings.
nlohmann::ordered_json seal_json(const Seal& seal, bool with_prefixes);
// The seal of an exported line; DataError naming `where` (FILE:LINE) when
// the line is not one.
Seal seal_from_json(std::string_view line, const std::string& where);

} // namespace plaint::store
