#include "plaint/store/journal.hpp"

#include "plaint/core/sha256.hpp"

namespace plaint::store {

std::string genesis_hash(const std::string& salt) { return sha256_hex("plaint journal genesis\n" + salt); }

std::string hashed_text(const reg::Event& e) {
    // details is a std::map-backed json, so dump() sorts keys: canonical.
    const nlohmann::json fields = {e.seq,    e.case_ref,       e.type, e.effective_date.iso(),
                                   e.recorded_at, e.actor, e.details.dump()};
    return e.prev_hash + "\n" + fields.dump();
}

std::string event_hash(const reg::Event& e) { return sha256_hex(hashed_text(e)); }

std::string party_digest(const std::string& salt, const reg::Party& p) {
    const nlohmann::json fields = {salt, p.id, p.case_ref, p.role, p.name, p.contact};
    return sha256_hex(fields.dump());
}

} // namespace plaint::store
