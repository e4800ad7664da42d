// Schema migrations: every older register upgrades to the latest schema
// with its data intact and its journal still verifying.

#include "store/old_register.hpp"

#include <regex>

using namespace plaint;
using namespace plaint::test;
namespace fs = std::filesystem;

TEST_CASE("the migrations are the schema files in order", "[store][migrations]") {
    const auto all = store::migrations();
    REQUIRE_FALSE(all.empty());
    CHECK(store::latest_schema_version() == static_cast<int>(all.size()));
    for (std::size_t i = 0; i < all.size(); ++i) {
        INFO(all[i].name);
        CHECK(std::string(all[i].name).substr(0, 4) == fmt::format("{:03}_", i + 1));
        CHECK(std::string(all[i].name).ends_with(".sql"));
        CHECK(std::string(all[i].sql).find("CREATE") != std::string::npos);
    }
    CHECK(std::string(all[0].sql).find("CREATE TABLE register") != std::string::npos);
}

TEST_CASE("a register of every older schema version upgrades to the latest", "[store][migrations]") {
    const int latest = store::latest_schema_version();
    // Version `latest` itself is the control: nothing to upgrade.
    const int version = GENERATE_COPY(range(1, latest + 1));
    INFO("from schema version " << version);
    TempDir dir;
    const auto file = dir / "old.db";
    OldRegister{file, version};
    REQUIRE(user_version(file) == version);
    const auto access = GENERATE(store::Access::read_write, store::Access::read_only);

    auto r = store::Register::open(file, access);
    CHECK(user_version(file) == latest);
    const auto info = r.info();
    CHECK(info.schema_version == latest);
    CHECK(info.organisation == "Old ICB");
    CHECK(info.calendar == "scotland");
    CHECK(info.reference_prefix == "OLD");
    CHECK(info.created_at == "2020-01-02T03:04:05Z");
    CHECK(info.journal_events == 2);

    const auto first = r.case_or_throw("OLD-2020-0001");
    CHECK(first.summary == "Lost records");
    CHECK(first.received == d("2020-01-02"));
    CHECK(first.channel == std::optional<std::string>("letter"));
    CHECK(first.owner == std::optional<std::string>("sam"));
    CHECK(first.procedure == "nhs-complaint");
    CHECK(r.case_or_throw("OLD-2020-0002").summary == "Parking");
    REQUIRE(r.parties_of("OLD-2020-0001").size() == 1);
    CHECK(r.parties_of("OLD-2020-0001")[0].name == "Ann Example");
    CHECK(r.events_of("OLD-2020-0002").size() == 1);

    const auto report = r.verify();
    CHECK(report.ok());
    CHECK(report.events == 2);
    CHECK(report.cases == 2);

    if (access == store::Access::read_write) {
        const auto added = r.log_case(sample_case("after the upgrade", "2020-03-01"), stamp_on("2020-03-02"));
        CHECK(added.ref == "OLD-2020-0003");
        CHECK(r.verify().ok());
        CHECK(r.rebuild().changed == 0);
    }
    // Opening again finds nothing to do.
    r = store::Register::open(file, store::Access::read_write);
    CHECK(user_version(file) == latest);
    CHECK(r.verify().ok());
}

TEST_CASE("schema version 7 keeps every event but no longer indexes the hash", "[store][migrations]") {
    TempDir dir;
    const auto file = dir / "old.db";
    OldRegister{file, 6};
    // (the hashes themselves are rewritten by version 12: the view has none)
    const auto before = dump_table(file, "journal", "seq");
    auto r = store::Register::open(file, store::Access::read_write);
    CHECK(dump_table(file, "journal", "seq") == before);
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT group_concat(name, ' ') FROM sqlite_master WHERE tbl_name = 'events'"
                        " AND type = 'index'").getString() == "events_by_case");
    CHECK(db.execAndGet("SELECT group_concat(name || ' ' || type || ' ' || \"notnull\" || ' ' || pk, ', ')"
                        " FROM pragma_table_info('events')").getString() ==
          "seq INTEGER 0 1, case_ref TEXT 1 0, type TEXT 1 0, effective_date TEXT 1 0, recorded_at TEXT 1 0,"
          " actor TEXT 1 0, details TEXT 0 0, prev_hash TEXT 1 0, hash TEXT 1 0, content_hash TEXT 1 0");
    CHECK(db.execAndGet("SELECT COUNT(*) FROM journal").getInt() == 2);
    CHECK(r.verify().ok());
}

TEST_CASE("a read-only register that needs upgrading is refused, untouched", "[store][migrations]") {
    const int latest = store::latest_schema_version();
    const int version = GENERATE_COPY(range(1, latest));
    INFO("from schema version " << version);
    TempDir dir;
    const auto file = dir / "old.db";
    OldRegister{file, version};
    const auto before = read_text(file);
    fs::permissions(file, fs::perms::owner_read);
    const auto e = error_from<StoreError>([&] { store::Register::open(file, store::Access::read_only); });
    CHECK(std::string(e.what()) == fmt::format("{} needs upgrading from schema version {} to {} but is read-only",
                                               file.string(), version, latest));
    CHECK(read_text(file) == before);
    CHECK(user_version(file) == version);
}

TEST_CASE("a migration that fails leaves the register at its old version", "[store][migrations]") {
    const int latest = store::latest_schema_version();
    if (latest < 2) return;
    // Something in the way of the last migration's first new table or view.
    const std::string last = store::migrations()[static_cast<std::size_t>(latest - 1)].sql;
    // (not one the migration drops and makes again, a view it redefines)
    std::smatch created;
    const std::regex create(R"(CREATE (TABLE|VIEW) (\w+))");
    auto from = last.cbegin();
    while (std::regex_search(from, last.cend(), created, create) &&
           last.find("DROP VIEW " + created[2].str()) != std::string::npos)
        from = created.suffix().first;
    REQUIRE(!created.empty());
    TempDir dir;
    const auto file = dir / "old.db";
    OldRegister{file, latest - 1};
    exec_sql(file, "CREATE TABLE " + created[2].str() + " (x)");
    const auto before = dump_table(file, "cases", "ref") + dump_table(file, "events", "seq");

    const auto e = error_from<StoreError>([&] { store::Register::open(file, store::Access::read_write); });
    CHECK_THAT(e.what(), Catch::Matchers::StartsWith("opening the register: "));
    CHECK(user_version(file) == latest - 1);
    CHECK(dump_table(file, "cases", "ref") + dump_table(file, "events", "seq") == before);
}

TEST_CASE("schema version 11 indexes the cases and names already there", "[store][migrations][search]") {
    TempDir dir;
    const auto file = dir / "old.db";
    OldRegister{file, 10};
    auto r = store::Register::open(file, store::Access::read_write);
    store::Register::SearchQuery words;
    words.words = {"lost"};
    const auto found = r.search(words);
    REQUIRE(found.hits.size() == 1);
    CHECK(found.hits[0].record.ref == "OLD-2020-0001");
    store::Register::SearchQuery name;
    name.party = "ann ex";
    REQUIRE(r.search(name).hits.size() == 1);
    CHECK(r.search(name).hits[0].record.ref == "OLD-2020-0001");
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO case_search (case_search, rank) VALUES ('integrity-check', 0)");
}

TEST_CASE("schema version 12 rewrites the journal's hashes once the old chain is checked", "[store][migrations][journal]") {
    TempDir dir;
    const auto file = dir / "old.db";
    OldRegister{file, journal_v2_schema - 1};
    std::string old_head;
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
        old_head = db.execAndGet("SELECT journal_head_hash FROM register").getString();
    }
    const auto before = dump_table(file, "journal", "seq");
    auto r = store::Register::open(file, store::Access::read_write);
    CHECK(dump_table(file, "journal", "seq") == before);
    const auto events = r.events_of("OLD-2020-0001");
    REQUIRE(events.size() == 1);
    CHECK(events[0].prev_hash == store::genesis_hash(old_genesis));
    CHECK(events[0].content_hash == store::content_hash(old_register_salt, store::canonical_json(events[0].details)));
    CHECK(events[0].hash == store::event_hash(events[0]));
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    SQLite::Statement upgrade(db, "SELECT version, events, old_head_hash, new_head_hash FROM journal_upgrades");
    REQUIRE(upgrade.executeStep());
    CHECK(upgrade.getColumn(0).getInt() == 2);
    CHECK(upgrade.getColumn(1).getInt() == 2);
    CHECK(upgrade.getColumn(2).getString() == old_head);
    CHECK(upgrade.getColumn(3).getString() == r.info().journal_head);
    CHECK(r.verify().ok());
}

TEST_CASE("an older register whose journal was altered is not upgraded", "[store][migrations][journal]") {
    // The upgrade must not launder a history edited behind plaint's back by
    // giving it fresh hashes: it checks the old chain first, and refuses.
    const auto edit = GENERATE(as<std::string>{},
                               "UPDATE events SET details = replace(details, 'Parking', 'Parked') WHERE seq = 2",
                               "UPDATE events SET actor = 'eve' WHERE seq = 1",
                               "DELETE FROM events WHERE seq = 2",
                               "UPDATE register SET journal_head_hash = 'ab'");
    INFO(edit);
    TempDir dir;
    const auto file = dir / "old.db";
    OldRegister{file, journal_v2_schema - 1};
    exec_sql(file, edit);
    const auto before = dump_table(file, "events", "seq");
    const auto e = error_from<store::BrokenJournalError>([&] { store::Register::open(file, store::Access::read_write); });
    CHECK_THAT(e.what(), Catch::Matchers::StartsWith("the register cannot be upgraded to journal format 2: event "));
    CHECK(user_version(file) == journal_v2_schema - 1);
    CHECK(dump_table(file, "events", "seq") == before);
}

TEST_CASE("verify checks an older, read-only register through a private upgraded copy", "[store][migrations][verify]") {
    const int version = GENERATE_COPY(range(1, store::latest_schema_version()));
    INFO("from schema version " << version);
    TempDir dir;
    const auto file = dir / "old.db";
    OldRegister{file, version};
    exec_sql(file, "PRAGMA wal_checkpoint(TRUNCATE)");
    fs::permissions(file, fs::perms::owner_read);
    const auto before = read_text(file);
    std::string note;
    {
        auto r = store::Register::open_verifiable(file, note);
        const auto report = r.verify();
        CHECK(report.ok());
        CHECK(report.events == 2);
        CHECK(report.cases == 2);
    }
    CHECK(note == fmt::format("{} has register schema version {}: a private copy was upgraded to version {} and "
                              "checked; the file itself was not changed", file.string(), version,
                              store::latest_schema_version()));
    CHECK(read_text(file) == before);
    CHECK(user_version(file) == version);
}

TEST_CASE("schema version 14 keeps the content of older attachments inside the register", "[store][migrations]") {
    const auto all = store::migrations();
    int before = 0; // the version just before 014_documents.sql
    while (before < static_cast<int>(all.size()) && std::string(all[static_cast<std::size_t>(before)].name) !=
                                                         "014_documents.sql")
        ++before;
    REQUIRE(before < static_cast<int>(all.size()));
    TempDir dir;
    const auto file = dir / "old.db";
    OldRegister{file, before};
    exec_sql(file, "INSERT INTO blobs (id, sha256, size, chunks) VALUES (1, 'aa', 2, 1);"
                   "INSERT INTO blob_chunks (blob_id, number, data) VALUES (1, 0, x'6869')");
    store::Register::open(file, store::Access::read_write);
    CHECK(user_version(file) == store::latest_schema_version());
    CHECK(dump_table(file, "blobs", "id") == "'1'|'aa'|'2'|'1'|'register'\n");
    CHECK(dump_table(file, "document_files", "sha256") == "'aa'|'2'|'register'|NULL\n");
    CHECK(count_rows(file, "blob_chunks") == 1);
    CHECK_FALSE(fs::exists(dir / "old.db-documents")); // nothing moved
}
