#include "plaint/store/journal.hpp"

#include "plaint/core/sha256.hpp"

#include <charconv>
#include <iterator>

namespace plaint::store {

namespace {

// `text` as nlohmann::json's dump() writes a string. Printable ASCII, the
// usual case, is escaped here in one pass; anything else goes through the
// library, so that the text never depends on which path wrote it.
void append_json_string(std::string& out, std::string_view text) {
    const std::size_t start = out.size();
    out.resize(start + 2 + 2 * text.size()); // room for every character escaped
    char* to = out.data() + start;
    *to++ = '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x80) {
            out.resize(start);
            out += nlohmann::json(text).dump();
            return;
        }
        if (c == '"' || c == '\\') *to++ = '\\';
        *to++ = c;
    }
    *to++ = '"';
    out.resize(static_cast<std::size_t>(to - out.data()));
}

void append_integer(std::string& out, auto value) {
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
    out.append(digits, end);
}

} // namespace

void append_canonical_json(std::string& out, const nlohmann::json& value) {
    using type = nlohmann::json::value_t;
    switch (value.type()) {
    case type::object: {
        out += '{';
        bool first = true;
        for (const auto& [key, item] : value.get_ref<const nlohmann::json::object_t&>()) {
            if (!first) out += ',';
            first = false;
            append_json_string(out, key);
            out += ':';
            append_canonical_json(out, item);
        }
        out += '}';
        return;
    }
    case type::array: {
        out += '[';
        bool first = true;
        for (const auto& item : value.get_ref<const nlohmann::json::array_t&>()) {
            if (!first) out += ',';
            first = false;
            append_canonical_json(out, item);
        }
        out += ']';
        return;
    }
    case type::string: append_json_string(out, value.get_ref<const std::string&>()); return;
    case type::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case type::null: out += "null"; return;
    case type::number_integer: append_integer(out, value.get<std::int64_t>()); return;
    case type::number_unsigned: append_integer(out, value.get<std::uint64_t>()); return;
    default: out += value.dump(); // floating point (the library's own shortest form), binary
    }
}

std::string canonical_json(const nlohmann::json& value) {
    std::string text;
    text.reserve(256);
    append_canonical_json(text, value);
    return text;
}

std::string genesis_hash(const Genesis& g) {
    const nlohmann::json fields = {g.salt, g.organisation, g.reference_prefix, g.default_procedure, g.created_at};
    return sha256_hex("plaint journal genesis v2\n", canonical_json(fields));
}

std::string content_hash(std::string_view salt, std::string_view details_text) {
    std::string prefix = "plaint event content\n";
    prefix += salt;
    prefix += '\n';
    return sha256_hex(prefix, details_text);
}

namespace {

// "\n[seq,case,type,date,recorded at,actor," then the last field and "]".
std::string fields_text(const reg::Event& e, std::string_view last, std::size_t last_room) {
    std::string text;
    text.reserve(last_room + e.case_ref.size() + e.type.size() + e.recorded_at.size() + e.actor.size() + 64);
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
    append_json_string(text, last);
    text += ']';
    return text;
}

} // namespace

// Built by hand (tests/unit/store/journal_test.cpp pins the bytes).
std::string chain_text(const reg::Event& e) { return fields_text(e, e.content_hash, 66); }

std::string chained_hash(std::string_view prev_hash, std::string_view chain_text) {
    return sha256_hex(prev_hash, chain_text);
}

std::string event_hash(const reg::Event& e) { return chained_hash(e.prev_hash, chain_text(e)); }

namespace v1 {

std::string genesis_hash(const std::string& salt) { return sha256_hex("plaint journal genesis\n" + salt); }

// The previous hash, a newline and the JSON array [seq, case, type,
// effective date, recorded at, actor, details as a JSON string].
std::string hashed_text(const reg::Event& e, std::string_view details_text) {
    return e.prev_hash + fields_text(e, details_text, details_text.size() * 5 / 4);
}

std::string event_hash(const reg::Event& e, std::string_view details_text) {
    return sha256_hex(e.prev_hash, fields_text(e, details_text, details_text.size() * 5 / 4));
}

} // namespace v1

std::string party_digest(const std::string& salt, const reg::Party& p) {
    const nlohmann::json fields = {salt, p.id, p.case_ref, p.role, p.name, p.contact};
    return sha256_hex(canonical_json(fields));
}

std::string row_digest(const std::string& salt, std::string_view table, const nlohmann::json& columns) {
    nlohmann::json fields = nlohmann::json::array({salt, std::string(table)});
    for (const auto& c : columns) fields.push_back(c);
    return sha256_hex(canonical_json(fields));
}

} // namespace plaint::store
