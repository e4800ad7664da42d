#pragma once
// The journal's hash chain. Each event's hash is SHA-256 over its previous
// hash and a canonical JSON array of its fields, so that editing, deleting or
// reordering events changes every later hash.

#include "plaint/register/case.hpp"

#include <string>
#include <string_view>

namespace plaint::store {

// The hash that the first event chains to: derived from the register's salt
// so that two registers' journals never share hashes.
std::string genesis_hash(const std::string& salt);

// `value` exactly as value.dump() writes it (keys in order, no spaces), made
// several times faster: an event's details are stored and hashed as this.
std::string canonical_json(const nlohmann::json& value);
void append_canonical_json(std::string& out, const nlohmann::json& value);

// The canonical text an event's hash covers. `details_text` is
// canonical_json(event.details), for callers that store that text too.
std::string hashed_text(const reg::Event& event);
std::string hashed_text(const reg::Event& event, std::string_view details_text);
std::string event_hash(const reg::Event& event); // uses event.prev_hash
std::string event_hash(const reg::Event& event, std::string_view details_text);
// The two halves of the hashed text: the previous hash, and what follows it
// (which does not depend on the previous hash, so a bulk import makes it
// ahead of the chain). chained_hash(e.prev_hash, text_after_hash(e, d)) ==
// event_hash(e, d).
std::string text_after_hash(const reg::Event& event, std::string_view details_text);
std::string chained_hash(std::string_view prev_hash, std::string_view text_after_hash);

// The salted digest recorded in the journal for a party's personal data.
std::string party_digest(const std::string& salt, const reg::Party& party);
// The salted digest of a row of a personal table other than parties: the
// row's columns as a JSON array, after the salt and the table's name.
std::string row_digest(const std::string& salt, std::string_view table, const nlohmann::json& columns);

} // namespace plaint::store
