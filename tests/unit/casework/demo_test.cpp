// plaint/casework/demo: the demonstration register. The same seed gives the
// same register; the cases are a realistic mix; no step is dated after today.

#include "plaint/casework/casework.hpp"
#include "plaint/casework/demo.hpp"
#include "support/builtins.hpp"
#include "support/dates.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <regex>

using namespace plaint;
using plaint::test::d;

namespace {

const procedure::Catalog& catalog() { return test::builtin_catalog(); }

const store::Stamp today_stamp{"demo", "2026-11-18T09:00:00Z", d("2026-11-18")};

casework::DemoSummary make(const std::filesystem::path& file, std::uint64_t seed, std::int64_t cases = 150) {
    store::RegisterInfo info;
    info.organisation = "Demo ICB";
    info.reference_prefix = "DEMO";
    store::Register::create(file, info, today_stamp);
    casework::Session session(store::Register::open(file, store::Access::read_write),
                              []() -> const procedure::Catalog& { return catalog(); });
    return casework::make_demo(session, catalog(), {cases, seed, 2}, today_stamp);
}

// The rows of a query as text, one line each, SHA-256 digests masked: the
// parties' digests in the journal are salted per register.
std::string rows(const std::filesystem::path& file, const std::string& sql) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    SQLite::Statement q(db, sql);
    std::string text;
    while (q.executeStep()) {
        for (int i = 0; i < q.getColumnCount(); ++i)
            text += (q.getColumn(i).isNull() ? std::string("NULL") : q.getColumn(i).getString()) + "|";
        text += '\n';
    }
    static const std::regex digest("[0-9a-f]{64}");
    return std::regex_replace(text, digest, "<digest>");
}

std::int64_t number(const std::filesystem::path& file, const std::string& sql) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
}

// The journal without its hash chain, which is salted per register.
const char* journal = "SELECT seq, case_ref, type, effective_date, recorded_at, actor, details FROM events ORDER BY seq";

} // namespace

TEST_CASE("demo: the same seed gives the same register, another seed another", "[demo]") {
    test::TempDir dir;
    const auto one = make(dir / "one.db", 7);
    const auto two = make(dir / "two.db", 7);
    make(dir / "three.db", 8);
    CHECK(one.cases == 150);
    CHECK(one.cases == two.cases);
    CHECK(one.events == two.events);
    CHECK(one.open == two.open);
    CHECK(rows(dir / "one.db", journal) == rows(dir / "two.db", journal));
    CHECK(rows(dir / "one.db", "SELECT * FROM cases ORDER BY ref") == rows(dir / "two.db", "SELECT * FROM cases ORDER BY ref"));
    CHECK(rows(dir / "one.db", "SELECT * FROM parties ORDER BY id") ==
          rows(dir / "two.db", "SELECT * FROM parties ORDER BY id"));
    CHECK(rows(dir / "one.db", "SELECT * FROM cases ORDER BY ref") != rows(dir / "three.db", "SELECT * FROM cases ORDER BY ref"));
}

TEST_CASE("demo: a realistic mix of procedures, kinds, states and outcomes", "[demo]") {
    test::TempDir dir;
    const auto file = dir / "demo.db";
    const auto summary = make(file, 1, 300);
    CHECK(number(file, "SELECT count(*) FROM cases") == 300);
    CHECK(number(file, "SELECT count(*) FROM events") == summary.events);
    CHECK(summary.events > summary.cases); // cases have lifecycles, not just a log entry
    CHECK(summary.open > 0);
    CHECK(summary.open < summary.cases);
    CHECK(number(file, "SELECT count(DISTINCT procedure) FROM cases") >= 3);
    CHECK(number(file, "SELECT count(DISTINCT kind) FROM cases") >= 2);
    CHECK(number(file, "SELECT count(DISTINCT state) FROM cases") >= 4);
    CHECK(number(file, "SELECT count(DISTINCT owner) FROM cases") >= 2);
    // Received over the two years before today, and nothing dated after it.
    CHECK(number(file, "SELECT count(*) FROM events WHERE effective_date > '2026-11-18'") == 0);
    CHECK(number(file, "SELECT count(*) FROM cases WHERE received < '2024-11-18'") == 0);
    // Some clocks breached, some met, some still open: the daily run has work.
    CHECK(number(file, "SELECT count(*) FROM clocks WHERE status = 'breached'") > 0);
    CHECK(number(file, "SELECT count(*) FROM clocks WHERE status = 'met'") > 0);
    CHECK(number(file, "SELECT count(*) FROM clocks WHERE status = 'open'") > 0);
}
