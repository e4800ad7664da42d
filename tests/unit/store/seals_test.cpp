// Seals: Ed25519 keys and signatures (against OpenSSL's command-line tool's
// own signature of the same text), the signed text, the exported form, and
// the register's seals as verify checks them.

#include "store/register_helpers.hpp"

#include "plaint/core/sha256.hpp"
#include "plaint/store/seals.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>

using namespace plaint;
using namespace plaint::test;
namespace fs = std::filesystem;

namespace {

// Made with `openssl genpkey -algorithm ed25519`; its public key is the
// last 32 bytes of `openssl pkey -pubout -outform DER`.
constexpr const char* test_key_pem = "-----BEGIN PRIVATE KEY-----\n"
                                     "MC4CAQAwBQYDK2VwBCIEID6aWrnfqXQyAhew9lkwcqOxJGfeiAGQ1anucOVC9vf4\n"
                                     "-----END PRIVATE KEY-----\n";
constexpr const char* test_public_key = "59c85b9e6f9fec50e7f2e1f8ba2357ac13cdd1f600a6baf2a2f5e5a011baf5bc";

fs::path write_key(const TempDir& dir, const std::string& name = "seal.pem", mode_t mode = 0600) {
    const auto path = dir.write(name, test_key_pem);
    ::chmod(path.c_str(), mode);
    return path;
}

store::SigningKey test_key(const TempDir& dir) { return store::SigningKey::load(write_key(dir)); }

std::vector<store::Seal> seals_of(const store::Register& r) {
    std::vector<store::Seal> seals;
    r.for_each_seal([&](const store::Seal& s) { seals.push_back(s); });
    return seals;
}

std::string problems_of(const store::VerifyReport& report) {
    std::string text;
    for (const auto& p : report.problems) text += fmt::format("[{}] {}\n", p.seq, p.message);
    return text;
}

bool has_problem(const store::VerifyReport& report, std::int64_t seq, const std::string& part) {
    return std::any_of(report.problems.begin(), report.problems.end(), [&](const store::Problem& p) {
        return p.seq == seq && p.message.find(part) != std::string::npos;
    });
}

std::string stored_hash(const fs::path& file, int seq) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet(fmt::format("SELECT hash FROM events WHERE seq = {}", seq)).getString();
}

} // namespace

TEST_CASE("a seal key signs as OpenSSL's own tool does, and only its signatures verify", "[store][seals]") {
    TempDir dir;
    const auto key = test_key(dir);
    CHECK(key.public_key() == test_public_key);
    CHECK(store::key_id(test_public_key) == sha256_hex(std::string(
        "\x59\xc8\x5b\x9e\x6f\x9f\xec\x50\xe7\xf2\xe1\xf8\xba\x23\x57\xac\x13\xcd\xd1\xf6\x00\xa6\xba\xf2\xa2\xf5\xe5\xa0\x11\xba\xf5\xbc",
        32)).substr(0, 16));
    // printf 'hello seal' | openssl pkeyutl -sign -rawin -inkey seal.pem | xxd -p -c 128
    const std::string expected = "aa06985f33081784f8ee8125ac52e93482b56a8b221c3884f52a9da5e673f51b"
                                 "144d7f1b84b6effbb761554d50d0b9f3f17482c342ff882daf653a66b1975f0e";
    CHECK(key.sign("hello seal") == expected);
    CHECK(store::signature_valid(test_public_key, "hello seal", expected));
    CHECK_FALSE(store::signature_valid(test_public_key, "hello seal!", expected));
    const auto other = store::SigningKey::generate();
    CHECK(other.public_key() != test_public_key);
    CHECK(store::is_public_key(other.public_key()));
    CHECK_FALSE(store::signature_valid(other.public_key(), "hello seal", expected));
    CHECK_FALSE(store::signature_valid(test_public_key, "hello seal", "not hex"));
    CHECK_FALSE(store::is_public_key("59C85B9E"));
}

TEST_CASE("a seal key is refused when others can read it, missing or not a key", "[store][seals]") {
    TempDir dir;
    const auto open = write_key(dir, "open.pem", 0640);
    CHECK_THROWS_MATCHES(store::SigningKey::load(open), DataError,
                         Catch::Matchers::Message(fmt::format("the seal key {} is open to others (mode 0640): anyone "
                                                              "who can read it can make seals", open.string())));
    CHECK_THROWS_MATCHES(store::SigningKey::load(dir / "none.pem"), DataError,
                         Catch::Matchers::Message(fmt::format("the seal key {} does not exist", (dir / "none.pem").string())));
    const auto text = dir.write("text.pem", "not a key\n");
    ::chmod(text.c_str(), 0600);
    CHECK_THROWS_AS(store::SigningKey::load(text), DataError);
    CHECK_THROWS_AS(store::SigningKey::load(dir.path()), DataError);
}

TEST_CASE("a new seal key is written 0600, never over a file, and loads back", "[store][seals]") {
    TempDir dir;
    const auto key = store::SigningKey::generate();
    const auto path = dir / "new.pem";
    key.save(path);
    struct stat st{};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(store::SigningKey::load(path).public_key() == key.public_key());
    CHECK_THROWS_AS(store::SigningKey::generate().save(path), UsageError);
    CHECK(store::SigningKey::load(path).public_key() == key.public_key());
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(dir.path())) files += entry.is_regular_file();
    CHECK(files == 1); // no temporary file left
}

TEST_CASE("the signed text pins every field of a seal", "[store][seals]") {
    store::Seal s;
    s.organisation = "Test ICB";
    s.genesis = std::string(64, 'a');
    s.seq = 6;
    s.hash = std::string(64, 'b');
    s.sealed_at = "2026-11-20T09:00:00Z";
    s.from_seq = 4;
    s.prefixes = std::string(24, '\x01');
    s.public_key = test_public_key;
    CHECK(store::signed_text(s) ==
          fmt::format("plaint-seal-1\n[\"Test ICB\",\"{}\",6,\"{}\",\"2026-11-20T09:00:00Z\",4,\"{}\",\"\",\"{}\"]",
                      s.genesis, s.hash, sha256_hex(s.prefixes), test_public_key));
    CHECK(s.events() == 3);
    CHECK(store::hash_prefix("0123456789abcdef" + std::string(48, '0')) == "\x01\x23\x45\x67\x89\xab\xcd\xef");
    CHECK(store::hash_prefix("not a hash").size() == store::seal_prefix_bytes);
}

TEST_CASE("a seal survives its exported line, and a bad line is named", "[store][seals]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 3);
    const auto seal = r.add_seal(test_key(dir), "2026-11-20T09:00:00Z");
    const std::string line = store::seal_json(seal, true).dump();
    CHECK(store::seal_from_json(line, "x") == seal);
    CHECK(store::seal_from_json(line, "x").prefixes.size() == 24);
    CHECK(store::seal_json(seal, false).count("prefixes") == 0);
    CHECK_THROWS_MATCHES(store::seal_from_json("{}", "seals.jsonl:2"), DataError,
                         Catch::Matchers::Message("seals.jsonl:2: not a seal: no \"format\""));
    CHECK_THROWS_MATCHES(store::seal_from_json("nonsense", "seals.jsonl:1"), DataError,
                         Catch::Matchers::Message("seals.jsonl:1: not a seal: not JSON"));
    auto j = store::seal_json(seal, true);
    j["prefixes"] = "!!!";
    CHECK_THROWS_AS(store::seal_from_json(j.dump(), "x"), DataError);
}

TEST_CASE("sealing signs the head and chains each seal to the one before", "[store][seals]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto empty = store::Register::create(file, sample_info(), stamp_on());
    const auto key = test_key(dir);
    CHECK_THROWS_AS(empty.add_seal(key, "2026-11-20T09:00:00Z"), RefusedError);
    for (int i = 1; i <= 3; ++i) empty.log_case(sample_case("case " + std::to_string(i)), stamp_on());
    const auto first = empty.add_seal(key, "2026-11-20T09:00:00Z");
    CHECK(first.number == 1);
    CHECK(first.seq == 3);
    CHECK(first.from_seq == 1);
    CHECK(first.hash == empty.info().journal_head);
    CHECK(first.previous_signature.empty());
    CHECK(first.prefixes == store::hash_prefix(stored_hash(file, 1)) + store::hash_prefix(stored_hash(file, 2)) +
                                store::hash_prefix(stored_hash(file, 3)));
    CHECK(store::seal_signature_valid(first));
    CHECK(first.signature == key.sign(store::signed_text(first))); // deterministic
    for (int i = 4; i <= 5; ++i) empty.log_case(sample_case("case " + std::to_string(i)), stamp_on());
    const auto second = empty.add_seal(key, "2026-11-21T09:00:00Z");
    CHECK(second.number == 2);
    CHECK(second.from_seq == 4);
    CHECK(second.events() == 2);
    CHECK(second.previous_signature == first.signature);
    const auto again = empty.add_seal(key, "2026-11-22T09:00:00Z"); // nothing new: the head attested again
    CHECK(again.events() == 0);
    CHECK(again.prefixes.empty());
    CHECK(seals_of(empty) == std::vector<store::Seal>{first, second, again});
    CHECK(store::seal_json(first, false).at("prefixes_sha256") == sha256_hex(first.prefixes));
}

TEST_CASE("sealing refuses a journal that does not chain on from the last seal", "[store][seals]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto r = register_with(file, 3);
    const auto key = test_key(dir);
    r.add_seal(key, "2026-11-20T09:00:00Z");
    r.log_case(sample_case("case 4"), stamp_on());
    exec_sql(file, "UPDATE events SET actor = 'someone else' WHERE seq = 4");
    try {
        r.add_seal(key, "2026-11-21T09:00:00Z");
        FAIL("sealed a broken journal");
    } catch (const Error& e) {
        CHECK(e.code() == ExitCode::finding);
        CHECK(std::string(e.what()) == "the journal is not intact at event 4: nothing was sealed");
    }
    CHECK(seals_of(r).size() == 1);
}

TEST_CASE("verify checks the seals against their key, each other and the journal", "[store][seals]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto r = register_with(file, 4);
    const auto key = test_key(dir);
    r.add_seal(key, "2026-11-20T09:00:00Z");
    r.log_case(sample_case("case 5"), stamp_on());
    r.add_seal(key, "2026-11-21T09:00:00Z");

    SECTION("intact, with no public key configured: said to prove nothing") {
        const auto report = r.verify();
        CHECK(problems_of(report).empty());
        CHECK(report.seals.count == 2);
        CHECK(report.seals.newest->number == 2);
        CHECK_FALSE(report.seals.key_configured);
        REQUIRE(report.seals.notes.size() == 1);
        CHECK(report.seals.notes[0].find("they prove nothing until the public key is configured") != std::string::npos);
    }
    SECTION("intact, against the configured key") {
        r.set_seal_trust({{test_public_key}, {}, ""});
        const auto report = r.verify();
        CHECK(problems_of(report).empty());
        CHECK(report.seals.key_configured);
        CHECK(report.seals.notes.empty());
    }
    SECTION("another key configured") {
        r.set_seal_trust({{store::SigningKey::generate().public_key()}, {}, ""});
        const auto report = r.verify();
        CHECK(has_problem(report, 0, fmt::format("seal 1 was signed with key {}, which is not the configured",
                                                 store::key_id(test_public_key))));
    }
    SECTION("a signature altered") {
        exec_sql(file, "UPDATE seals SET sealed_at = '2026-11-19T09:00:00Z' WHERE number = 1");
        const auto report = r.verify();
        CHECK(problems_of(report) == "[0] seal 1's signature does not match its contents: the seal was altered\n");
    }
    SECTION("a seal deleted") {
        exec_sql(file, "DELETE FROM seals WHERE number = 1");
        CHECK(has_problem(r.verify(), 0, "seal 1 is missing: seals were deleted"));
    }
    SECTION("history rewritten before a seal: the first event that differs is named") {
        // Hashes made up from event 3 on: the chain walk fails at 3 too, and
        // the seals name it whatever the chain walk says.
        exec_sql(file, "UPDATE events SET hash = printf('%064d', seq) WHERE seq >= 3");
        const auto report = r.verify();
        CHECK(has_problem(report, 3, "event 3 (T-2026-0003 logged) differs from what seal 1 sealed at "
                                     "2026-11-20T09:00:00Z: the journal was rewritten from this event on"));
    }
    SECTION("sealed events deleted from the end") {
        exec_sql(file, "DELETE FROM events WHERE seq = 5");
        CHECK(has_problem(r.verify(), 5, "the journal ends at event 4 but seal 2 sealed event 5 at "
                                         "2026-11-21T09:00:00Z: events were deleted"));
    }
    SECTION("seals deleted from the register, caught by an exported copy") {
        const auto exported = seals_of(r);
        exec_sql(file, "DELETE FROM seals");
        r.set_seal_trust({{test_public_key}, exported, "seals.jsonl"});
        const auto report = r.verify();
        CHECK(problems_of(report) == "[0] seal 1 of seals.jsonl is not in the register: seals were deleted from it\n"
                                     "[0] seal 2 of seals.jsonl is not in the register: seals were deleted from it\n");
        CHECK(report.seals.count == 2);
    }
    SECTION("an exported copy that agrees") {
        r.set_seal_trust({{test_public_key}, seals_of(r), "seals.jsonl"});
        CHECK(problems_of(r.verify()).empty());
    }
}
