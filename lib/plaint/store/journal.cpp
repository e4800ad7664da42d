#include "plaint/store/journal.hpp"

#include "plaint/core/sha256.hpp"

namespace plaint::store {

std::string genesis_hash(const std::string& salt) { return sha256_hex("plaint journal genesis\n" + salt); }

namespace {

// `text` as nlohmann::json's dump() writes a string. Printable ASCII, the
// usual case, is escaped here; anything else goes through the library, so
// that the hashed text never depends on which path wrote it.
void append_json_string(std::string& out, std::string_view text) {
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80) {
            out += nlohmann::json(text).dump();
            return;
        }
    out += '"';
    std::size_t from = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '"' || text[i] == '\\') {
            out.append(text, from, i - from);
            out += '\\';
            from = i;
        }
    out.append(text, from);
    out += '"';
}

} // namespace

// The hashed text is the previous hash, then this: a newline and the JSON array
// [seq, case, type, effective date, recorded at, actor, details as a JSON
// string]; details is a std::map-backed json, so dump() sorts keys:
// canonical. Built by hand (tests/unit/store/journal_test.cpp pins the bytes).
std::string text_after_hash(const reg::Event& e, std::string_view details_text) {
    std::string text;
    text.reserve(details_text.size() * 5 / 4 + e.case_ref.size() + e.type.size() + e.recorded_at.size() +
                 e.actor.size() + 64);
    text += "\n[";
    text += std::to_string(e.seq);
    text += ',';
    append_json_string(text, e.case_ref);
    text += ',';
    append_json_string(text, e.type);
    text += ',';
    append_json_string(text, e.effective_date.iso());
    text += ',';
    append_json_string(text, e.recorded_at);
    text += ',';
    append_json_string(text, e.actor);
    text += ',';
    append_json_string(text, details_text);
    text += ']';
    return text;
}

std::string hashed_text(const reg::Event& e, std::string_view details_text) {
    return e.prev_hash + text_after_hash(e, details_text);
}

std::string hashed_text(const reg::Event& e) { return hashed_text(e, e.details.dump()); }

std::string event_hash(const reg::Event& e, std::string_view details_text) {
    return chained_hash(e.prev_hash, text_after_hash(e, details_text));
}

std::string chained_hash(std::string_view prev_hash, std::string_view text_after_hash) {
    return sha256_hex(prev_hash, text_after_hash);
}

std::string event_hash(const reg::Event& e) { return sha256_hex(hashed_text(e)); }

std::string party_digest(const std::string& salt, const reg::Party& p) {
    const nlohmann::json fields = {salt, p.id, p.case_ref, p.role, p.name, p.contact};
    return sha256_hex(fields.dump());
}

} // namespace plaint::store
