#pragma once
// The journal's hash chain. Each event's hash is SHA-256 over its previous
// hash, its fields and a hash of its content, so that editing, deleting or
// reordering events changes every later hash.

#include "plaint/register/case.hpp"

#include <string>
#include <string_view>

namespace plaint::store {

// The journal's format, version 2 (register schema 12 on). The chain covers,
// for each event, its public fields and a hash of its content (its details
// as stored), not the content itself: so an event's content can be erased for
// lawful disposal and the chain still verified, while content that is there
// is checked against its hash.
//
//   genesis      = SHA-256("plaint journal genesis v2\n" + canonical JSON
//                  [salt, organisation, reference prefix, default procedure,
//                  created at])
//   content hash = SHA-256("plaint event content\n" + salt + "\n" + details)
//   hash         = SHA-256(prev_hash + "\n" + canonical JSON [seq, case,
//                  type, effective date, recorded at, actor, content hash])
//
// The genesis covers the register row's identity, so an organisation or
// prefix edited behind plaint's back breaks the chain at its first event.
struct Genesis {
    std::string salt, organisation, reference_prefix, default_procedure, created_at;
};
std::string genesis_hash(const Genesis& genesis);

// `value` exactly as value.dump() writes it (keys in order, no spaces), made
// several times faster: an event's details are stored and hashed as this.
std::string canonical_json(const nlohmann::json& value);
void append_canonical_json(std::string& out, const nlohmann::json& value);

// The hash of an event's content: `details_text` is canonical_json(details).
std::string content_hash(std::string_view salt, std::string_view details_text);

// The text an event's hash covers after its previous hash (it does not
// depend on the previous hash, so a bulk import makes it ahead of the chain):
// a newline and the JSON array of the event's fields and e.content_hash.
// chained_hash(e.prev_hash, chain_text(e)) == event_hash(e).
std::string chain_text(const reg::Event& event);
std::string chained_hash(std::string_view prev_hash, std::string_view chain_text);
std::string event_hash(const reg::Event& event); // uses e.prev_hash and e.content_hash

// Version 1 (register schemas 1 to 11), for checking an older journal
// before it is upgraded: the hash covered the details text itself and the
// genesis only the salt.
namespace v1 {
std::string genesis_hash(const std::string& salt);
std::string hashed_text(const reg::Event& event, std::string_view details_text);
std::string event_hash(const reg::Event& event, std::string_view details_text);
} // namespace v1

// The salted digest recorded in the journal for a party's personal data.
std::string party_digest(const std::string& salt, const reg::Party& party);
// The salted digest of a row of a personal table other than parties: the
// row's columns as a JSON array, after the salt and the table's name.
std::string row_digest(const std::string& salt, std::string_view table, const nlohmann::json& columns);

} // namespace plaint::store
