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
    const auto before = dump_table(file, "events", "seq");
    auto r = store::Register::open(file, store::Access::read_write);
    CHECK(dump_table(file, "events", "seq") == before);
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT group_concat(name, ' ') FROM sqlite_master WHERE tbl_name = 'events'"
                        " AND type = 'index'").getString() == "events_by_case");
    CHECK(db.execAndGet("SELECT group_concat(name || ' ' || type || ' ' || \"notnull\" || ' ' || pk, ', ')"
                        " FROM pragma_table_info('events')").getString() ==
          "seq INTEGER 0 1, case_ref TEXT 1 0, type TEXT 1 0, effective_date TEXT 1 0, recorded_at TEXT 1 0,"
          " actor TEXT 1 0, details TEXT 1 0, prev_hash TEXT 1 0, hash TEXT 1 0");
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
