// Bulk loading (register_import.cpp): cases numbered on one thread, prepared
// on two, chained and written on the caller's, committed in batches; the
// indexes dropped and built again around a load.

#include "store/register_helpers.hpp"

#include <fmt/format.h>

#include <stdexcept>
#include <string>
#include <vector>

using namespace plaint;
using namespace plaint::test;

namespace {

store::ImportedCase imported(const std::string& summary, const char* received = "2026-11-18") {
    store::ImportedCase c;
    c.new_case = sample_case(summary, received);
    c.new_case.kind = "complaint";
    c.steps.push_back({reg::lesson_event, d(received) + 1, {{"lesson", "lesson of " + summary}}});
    return c;
}

// A source of `count` cases; case `bad` (1-based, 0 for none) fails validation.
std::function<bool(store::ImportedCase&)> source(int count, int bad = 0) {
    auto given = std::make_shared<int>(0);
    return [=](store::ImportedCase& out) {
        if (*given == count) return false;
        ++*given;
        out = imported("case " + std::to_string(*given));
        if (*given == bad) out.new_case.kind = "grumble";
        return true;
    };
}

std::string indexes(const std::filesystem::path& file) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                            " ORDER BY name");
    std::string all;
    while (q.executeStep()) all += q.getColumn(0).getString() + "\n";
    return all;
}

} // namespace

TEST_CASE("an import numbers the cases on, chains their events and commits in batches", "[store][import]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 2); // T-2026-0001, -0002 and parties 1, 2 already there
    r.import_cases(source(7), stamp_on(), 3);
    CHECK(count_rows(file, "cases") == 9);
    CHECK(count_rows(file, "events") == 2 + 7 * 2);
    CHECK(dump_table(file, "parties", "id") ==
          dump_table(file, "parties", "case_ref")); // ids follow the references
    const auto report = r.verify();
    CHECK(report.problems.empty());
    const auto last = r.find_case("T-2026-0009");
    REQUIRE(last);
    CHECK(last->summary == "case 7");
    CHECK(count_rows(file, "case_lessons") == 7);
}

TEST_CASE("a bad case stops an import and rolls back its batch", "[store][import]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 1);
    SECTION("one transaction: nothing is imported") {
        CHECK_THROWS_AS(r.import_cases(source(600, 450), stamp_on(), 1000), UsageError);
        CHECK(count_rows(file, "cases") == 1);
        CHECK(count_rows(file, "events") == 1);
    }
    SECTION("batches already committed stay, and the journal is whole") {
        CHECK_THROWS_AS(r.import_cases(source(600, 450), stamp_on(), 200), UsageError);
        CHECK(count_rows(file, "cases") == 1 + 400);
        CHECK(r.verify().problems.empty());
    }
    SECTION("the vector form is all or nothing") {
        std::vector<store::ImportedCase> cases;
        for (int i = 0; i < 5; ++i) cases.push_back(imported("case " + std::to_string(i)));
        cases[3].new_case.kind = "grumble";
        CHECK_THROWS_AS(r.import_cases(std::move(cases), stamp_on()), UsageError);
        CHECK(count_rows(file, "cases") == 1);
    }
    SECTION("an error from the source reaches the caller") {
        const auto failing = [](store::ImportedCase&) -> bool { throw std::runtime_error("source broke"); };
        CHECK_THROWS_WITH(r.import_cases(failing, stamp_on(), 10), "source broke");
        CHECK(count_rows(file, "cases") == 1);
    }
    // The register is still usable afterwards.
    r.log_case(sample_case("after"), stamp_on());
    CHECK(r.verify().problems.empty());
}

TEST_CASE("an import keeps the order of its cases across the preparing threads", "[store][import]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 1);
    r.import_cases(source(2000), stamp_on(), 700); // batches of 256, dealt to two threads in turn
    CHECK(count_rows(file, "cases") == 2001);
    CHECK(count_rows(file, "events") == 1 + 2000 * 2);
    for (const int k : {1, 255, 256, 257, 512, 513, 1000, 1999, 2000}) {
        INFO("case " << k);
        const auto c = r.find_case(fmt::format("T-2026-{:04}", k + 1));
        REQUIRE(c);
        CHECK(c->summary == "case " + std::to_string(k));
        CHECK(r.events_of(c->ref).size() == 2);
    }
    CHECK(dump_table(file, "parties", "id") == dump_table(file, "parties", "case_ref"));
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    // Events numbered in the order of the cases, without gaps.
    CHECK(db.execAndGet("SELECT COUNT(*) FROM events e JOIN events f ON f.seq = e.seq + 1"
                        " WHERE f.case_ref < e.case_ref").getInt() == 0);
    CHECK(r.verify().problems.empty());
}

TEST_CASE("a failure while preparing a case stops the import there, whichever thread prepares it", "[store][import]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 1);
    // Case 450 is in the second batch of 256; the third, after it, is
    // prepared by the other thread, perhaps before it, and must not be
    // written.
    r.set_clock_projector(
        [](const reg::CaseRecord& c, const std::vector<reg::Event>&) -> std::vector<reg::ClockRow> {
            if (c.summary == "case 450") throw std::runtime_error("no clocks for case 450");
            return {};
        },
        "test calendar");
    CHECK_THROWS_WITH(r.import_cases(source(600), stamp_on(), 1), "no clocks for case 450");
    CHECK(count_rows(file, "cases") == 1 + 449);
    CHECK(r.find_case("T-2026-0450"));
    CHECK_FALSE(r.find_case("T-2026-0451"));
    CHECK(r.verify().problems.empty());
}

TEST_CASE("indexes dropped for a load are built again, also when the load fails", "[store][import]") {
    // (not the UNIQUE ones, which enforce rules while the load runs)
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 1);
    const std::string before = indexes(file);
    REQUIRE(before.find("cases_by_received") != std::string::npos);
    std::string during;
    r.load_without_indexes([&] {
        during = indexes(file);
        r.import_cases(source(50), stamp_on(), 20);
    });
    CHECK(during.find("cases_by_received") == std::string::npos);
    CHECK(during.find("events_by_case") == std::string::npos);
    CHECK(during.find("reminders_sent_once") != std::string::npos); // UNIQUE: kept
    CHECK(indexes(file) == before);
    CHECK_THROWS_AS(r.load_without_indexes([&] { r.import_cases(source(5, 2), stamp_on(), 20); }), UsageError);
    CHECK(indexes(file) == before);
    CHECK(count_rows(file, "cases") == 51);
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
}
