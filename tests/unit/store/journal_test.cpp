// The journal's hash chain and the parties' digests. The known answers were
// computed independently (Python's hashlib and json) from the documented
// format, so a change to the format, which would make every existing
// register fail verification, cannot pass unnoticed.

#include "plaint/store/journal.hpp"

#include "support/dates.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <limits>
#include <string>
#include <vector>

using namespace plaint;
using namespace plaint::test;

namespace {

const std::string salt = "00112233445566778899aabbccddeeff";
const store::Genesis genesis{salt, "Test ICB", "T", "nhs-complaint", "2026-11-20T09:00:00Z"};

reg::Event sample_event() {
    reg::Event e;
    e.seq = 1;
    e.case_ref = "T-2026-0001";
    e.type = "logged";
    e.effective_date = d("2026-11-18");
    e.recorded_at = "2026-11-20T09:00:00Z";
    e.actor = "tester";
    e.details = {{"year", 2026},
                 {"summary", "Caf\u00e9 \"queue\""},
                 {"number", 1},
                 {"kind", "complaint"},
                 {"parties", {{{"role", "complainant"}, {"id", 1}, {"digest", "d"}}}}};
    e.prev_hash = store::genesis_hash(genesis);
    e.content_hash = store::content_hash(salt, store::canonical_json(e.details));
    return e;
}

reg::Party sample_party() { return {1, "T-2026-0001", "complainant", "Ann Example", "ann@example.org"}; }

} // namespace

TEST_CASE("the genesis hash covers the salt and the register's identity", "[store][journal]") {
    CHECK(store::genesis_hash(genesis) == "1dfcf57931c09eed6b92c29020f745ede490af0fce1842cb11497cd2ba32f8be");
    const std::vector<std::function<void(store::Genesis&)>> edits = {
        [](store::Genesis& g) { g.salt += "0"; },
        [](store::Genesis& g) { g.organisation = "Other ICB"; },
        [](store::Genesis& g) { g.reference_prefix = "U"; },
        [](store::Genesis& g) { g.default_procedure = "two-stage"; },
        [](store::Genesis& g) { g.created_at = "2026-11-20T09:00:01Z"; },
    };
    for (const auto& edit : edits) {
        auto changed = genesis;
        edit(changed);
        CHECK(store::genesis_hash(changed) != store::genesis_hash(genesis));
    }
    // Format 1 (schemas 1 to 11), still checked before an upgrade.
    CHECK(store::v1::genesis_hash(salt) == "27272ce232e63c8bd6d07f48f4a30e5c842ed916938667998d1cf637380af219");
}

TEST_CASE("an event's hash covers its previous hash, its fields and the hash of its content", "[store][journal]") {
    const auto e = sample_event();
    CHECK(e.content_hash == "72a8981c699d8ca9a00c74f74031bca266026d4602b03cc2e86688ba28e34236");
    CHECK(store::chain_text(e) ==
          "\n[1,\"T-2026-0001\",\"logged\",\"2026-11-18\",\"2026-11-20T09:00:00Z\",\"tester\","
          "\"72a8981c699d8ca9a00c74f74031bca266026d4602b03cc2e86688ba28e34236\"]");
    CHECK(store::event_hash(e) == "fcfdf788d78c9b0bc4dbefffc9975aa310d1eb4e9cb9f36a26bf5f9b6d6511c5");
    // The content hash is salted: another register's is another.
    CHECK(store::content_hash(salt + "0", store::canonical_json(e.details)) != e.content_hash);
}

TEST_CASE("format 1 hashes are still computed as they were", "[store][journal]") {
    // The known answers of format 1, pinned before format 2 existed.
    auto e = sample_event();
    e.prev_hash = store::v1::genesis_hash(salt);
    const std::string details = store::canonical_json(e.details);
    CHECK(store::v1::hashed_text(e, details) ==
          "27272ce232e63c8bd6d07f48f4a30e5c842ed916938667998d1cf637380af219\n"
          R"([1,"T-2026-0001","logged","2026-11-18","2026-11-20T09:00:00Z","tester",)"
          R"("{\"kind\":\"complaint\",\"number\":1,\"parties\":[{\"digest\":\"d\",\"id\":1,\"role\":\"complainant\"}],)"
          R"(\"summary\":\"Café \\\"queue\\\"\",\"year\":2026}"])");
    CHECK(store::v1::event_hash(e, details) == "3fff07fbf4acfa04d8f806ba54d9e6d3427118351cd6a47cf48a28342f7c9182");
}

TEST_CASE("canonical_json writes exactly what the JSON library's dump() writes", "[store][journal]") {
    // The stored details and every hash depend on these bytes.
    const std::vector<nlohmann::json> values{
        nullptr, true, false, 0, -1, 42, std::numeric_limits<std::int64_t>::min(),
        std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::uint64_t>::max(), 0.1, -0.0, 1e300, 2.5,
        "", "plain", "quote \" and backslash \\", "line\nbreak\ttab\r\b\f", std::string("nul \0 inside", 13),
        "\x01\x1f control", "del \x7f", "caf\u00e9 \u2014 \U0001F600", "/slash/", nlohmann::json::array(),
        nlohmann::json::object(), {1, "two", nullptr, {{"three", 3}}},
        {{"z", 1}, {"a", {{"nested", {1, 2, {{"deep", "er"}}}}}}, {"M", "upper sorts first"}, {"", "empty key"}},
        {{"k\u00e9y", "v"}, {"k\"q", "v"}, {"k\n", "v"}},
        nlohmann::json::binary({1, 2, 3})};
    for (const auto& v : values) {
        INFO(v.dump());
        CHECK(store::canonical_json(v) == v.dump());
    }
    CHECK_THROWS(store::canonical_json(std::string("\xff not UTF-8"))); // as dump() does
    // Built up, as the register's details are.
    nlohmann::json built;
    built["summary"] = "Caf\u00e9 \"queue\"";
    built["parties"].push_back({{"id", 1}, {"role", "complainant"}});
    built["count"] = 3u;
    built["ratio"] = 0.25;
    CHECK(store::canonical_json(built) == built.dump());
    std::string appended = "prefix:";
    store::append_canonical_json(appended, built);
    CHECK(appended == "prefix:" + built.dump());
}

TEST_CASE("the hash can be made in two halves: the text after the previous hash, then the chain", "[store][journal]") {
    // A bulk import prepares the second half ahead of the chain.
    const auto e = sample_event();
    CHECK(store::chained_hash(e.prev_hash, store::chain_text(e)) == store::event_hash(e));
    CHECK(store::chained_hash("0" + e.prev_hash.substr(1), store::chain_text(e)) != store::event_hash(e));
}

TEST_CASE("the chained text is the documented JSON array for any text in any field", "[store][journal]") {
    // The array as nlohmann::json writes it: printable ASCII, quotes,
    // backslashes, control characters, DEL and UTF-8 in every string field.
    const std::vector<std::string> texts = {"", "plain", "say \"hi\"", "back\\slash\\", "tab\tnew\nline\r",
                                            std::string("nul\0byte", 8), "\x01\x1f\x7f", "caf\u00e9 \u2019quoted\u2019",
                                            "{\"a\":\"b\\\"c\"}"};
    for (const auto& text : texts) {
        INFO(text);
        auto e = sample_event();
        e.case_ref = text;
        e.type = text;
        e.recorded_at = text;
        e.actor = text;
        e.details = {{"note", text}, {text, 1}};
        e.content_hash = store::content_hash(salt, e.details.dump());
        const nlohmann::json fields = {e.seq, e.case_ref, e.type, e.effective_date.iso(), e.recorded_at, e.actor,
                                       e.content_hash};
        CHECK(store::chain_text(e) == "\n" + fields.dump());
        const nlohmann::json old_fields = {e.seq, e.case_ref, e.type, e.effective_date.iso(), e.recorded_at, e.actor,
                                           e.details.dump()};
        CHECK(store::v1::hashed_text(e, e.details.dump()) == e.prev_hash + "\n" + old_fields.dump());
    }
}

TEST_CASE("an event's hash does not depend on the order details were built in", "[store][journal]") {
    auto a = sample_event();
    auto b = sample_event();
    b.details = nlohmann::json::object();
    b.details["parties"] = a.details["parties"];
    b.details["kind"] = "complaint";
    b.details["number"] = 1;
    b.details["summary"] = a.details["summary"];
    b.details["year"] = 2026;
    CHECK(store::content_hash(salt, store::canonical_json(a.details)) ==
          store::content_hash(salt, store::canonical_json(b.details)));
}

TEST_CASE("changing any hashed field of an event changes its hash", "[store][journal]") {
    const auto original = sample_event();
    const std::vector<std::pair<const char*, std::function<void(reg::Event&)>>> edits = {
        {"seq", [](reg::Event& e) { e.seq = 2; }},
        {"case_ref", [](reg::Event& e) { e.case_ref = "T-2026-0002"; }},
        {"type", [](reg::Event& e) { e.type = "closed"; }},
        {"effective_date", [](reg::Event& e) { e.effective_date = d("2026-11-19"); }},
        {"recorded_at", [](reg::Event& e) { e.recorded_at = "2026-11-20T09:00:01Z"; }},
        {"actor", [](reg::Event& e) { e.actor = "tester2"; }},
        {"details value", [](reg::Event& e) { e.details["number"] = 2; }},
        {"details type", [](reg::Event& e) { e.details["number"] = "1"; }},
        {"details key added", [](reg::Event& e) { e.details["owner"] = nullptr; }},
        {"details party digest", [](reg::Event& e) { e.details["parties"][0]["digest"] = "e"; }},
        {"prev_hash", [](reg::Event& e) { e.prev_hash = store::v1::genesis_hash("other"); }},
        // Fields are separated unambiguously: moving text between them shows.
        {"text moved between fields", [](reg::Event& e) {
             e.case_ref = "T-2026-0001logged";
             e.type = "";
         }},
    };
    for (const auto& [what, edit] : edits) {
        INFO(what);
        auto changed = original;
        edit(changed);
        changed.content_hash = store::content_hash(salt, store::canonical_json(changed.details));
        CHECK(store::event_hash(changed) != store::event_hash(original));
    }
    // The details are covered through their hash alone: erased content
    // (details gone, content hash kept) leaves the event's hash unchanged.
    auto erased = original;
    erased.details = nullptr;
    CHECK(store::event_hash(erased) == store::event_hash(original));
    auto rehashed = original;
    rehashed.hash = "anything";
    CHECK(store::event_hash(rehashed) == store::event_hash(original));
}

TEST_CASE("a party's digest covers the salt and every field", "[store][journal]") {
    const auto p = sample_party();
    CHECK(store::party_digest(salt, p) == "3669e4e36d55cf4764b1d335d5ab7968ebe794f534cb66484739ec637fac46c7");
    const std::vector<std::function<void(reg::Party&)>> edits = {
        [](reg::Party& q) { q.id = 2; },
        [](reg::Party& q) { q.case_ref = "T-2026-0002"; },
        [](reg::Party& q) { q.role = "on-behalf-of"; },
        [](reg::Party& q) { q.name = "Anne Example"; },
        [](reg::Party& q) { q.contact = ""; },
        [](reg::Party& q) {
            q.name = "Ann";
            q.contact = "Example ann@example.org";
        },
    };
    for (std::size_t i = 0; i < edits.size(); ++i) {
        INFO("edit " << i);
        auto changed = p;
        edits[i](changed);
        CHECK(store::party_digest(salt, changed) != store::party_digest(salt, p));
    }
    CHECK(store::party_digest("another salt", p) != store::party_digest(salt, p));
}
