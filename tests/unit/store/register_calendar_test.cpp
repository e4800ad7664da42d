// The register's own calendar (register_calendar.cpp): its days and division
// as register data, each change a register-level journal event, recomputing
// the open cases' clocks in the same transaction; verify finding edits made
// behind plaint's back and rebuild restoring what the journal says.
//
// | December 2026
// | Mo Tu We Th Fr Sa Su
// |     1  2  3  4  5  6      29 Tue, 30 Wed: closure days added below
// | 28 29 30 31               25 Fri Christmas Day, 28 Mon Boxing Day (substitute)

#include "store/register_helpers.hpp"

#include <SQLiteCpp/Statement.h>

using namespace plaint;
using namespace plaint::test;

namespace {

store::CalendarDay closure(const char* date, const char* name = "Christmas closure") {
    return {d(date), store::DayKind::closure, name, false, "command"};
}

store::CalendarDay holiday(const char* date, const char* name) {
    return {d(date), store::DayKind::holiday, name, false, "import:bank-holidays.json"};
}

// The journal's register-level events as "seq type details", one a line.
std::string register_events(const std::filesystem::path& file) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT seq, type, details FROM events WHERE case_ref = '' ORDER BY seq");
    std::string text;
    while (q.executeStep())
        text += q.getColumn(0).getString() + " " + q.getColumn(1).getString() + " " + q.getColumn(2).getString() + "\n";
    return text;
}

std::vector<std::string> problems(const store::Register& r) {
    std::vector<std::string> messages;
    for (const auto& p : r.verify().problems) messages.push_back(p.message);
    return messages;
}

// A projector that stores one clock per case, due on the day the case was
// received, and counts its calls: enough to see the store recompute clocks.
struct CountingProjector {
    int calls = 0;
    void install(store::Register& r, const std::string& fingerprint) {
        r.set_clock_projector(
            [this](const reg::CaseRecord& c, const std::vector<reg::Event>&) {
                ++calls;
                reg::ClockRow row;
                row.clock = "response";
                row.title = "Respond";
                row.status = "open";
                row.due = c.received;
                return std::vector<reg::ClockRow>{row};
            },
            fingerprint);
    }
};

std::string clocks_fingerprint(const std::filesystem::path& file) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT clocks_calendar FROM register").getString();
}

} // namespace

TEST_CASE("calendar days are register data, each change one register-level event", "[store][calendar]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 1);
    r.add_calendar_day(closure("2026-12-30"), stamp_on());
    r.add_calendar_day(closure("2026-12-29", "Closure day"), stamp_on());
    const auto own = r.calendar();
    CHECK(own.division == "england-and-wales");
    REQUIRE(own.days.size() == 2);
    CHECK(own.days[0] == closure("2026-12-29", "Closure day")); // by date
    CHECK(own.days[1] == closure("2026-12-30"));
    const auto removed = r.remove_calendar_day(d("2026-12-30"), {store::DayKind::closure}, stamp_on());
    CHECK(removed.days == std::vector{closure("2026-12-30")});
    CHECK(r.calendar().days == std::vector{closure("2026-12-29", "Closure day")});
    CHECK(register_events(dir / "reg.db") ==
          "2 calendar-day-added {\"day\":{\"date\":\"2026-12-30\",\"kind\":\"closure\",\"name\":\"Christmas closure\","
          "\"source\":\"command\",\"substitute\":false}}\n"
          "3 calendar-day-added {\"day\":{\"date\":\"2026-12-29\",\"kind\":\"closure\",\"name\":\"Closure day\","
          "\"source\":\"command\",\"substitute\":false}}\n"
          "4 calendar-day-removed {\"day\":{\"date\":\"2026-12-30\",\"kind\":\"closure\",\"name\":\"Christmas closure\","
          "\"source\":\"command\",\"substitute\":false}}\n");
    // Register-level events are not a case: one case, and the journal verifies.
    const auto report = r.verify();
    CHECK(report.ok());
    CHECK(report.cases == 1);
    CHECK(report.events == 4);
}

TEST_CASE("a day the register has already, or a removal of one it lacks, is refused and writes nothing",
          "[store][calendar]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 0);
    r.add_calendar_day(closure("2026-12-29"), stamp_on());
    r.add_calendar_day({d("2026-12-28"), store::DayKind::cancelled, "Boxing Day", false, "command"}, stamp_on());
    const auto before = dump_table(dir / "reg.db", "events", "seq") + dump_table(dir / "reg.db", "calendar_days", "date");
    SECTION("the same closure again") {
        const auto e = error_from<UsageError>([&] { r.add_calendar_day(closure("2026-12-29", "Other"), stamp_on()); });
        CHECK(std::string(e.what()) == "the register already has a closure on 2026-12-29 (Christmas closure)");
    }
    SECTION("a holiday where a rule holiday is cancelled") {
        const auto e = error_from<UsageError>([&] { r.add_calendar_day(holiday("2026-12-28", "Boxing Day"), stamp_on()); });
        CHECK(std::string(e.what()) == "the register already has a cancelled bank holiday on 2026-12-28 (Boxing Day)");
    }
    SECTION("a closure that is not there") {
        const auto e = error_from<UsageError>(
            [&] { r.remove_calendar_day(d("2026-12-30"), {store::DayKind::closure}, stamp_on()); });
        CHECK(std::string(e.what()) == "the register has no closure on 2026-12-30");
    }
    SECTION("a division it has already") {
        error_from<UsageError>([&] { r.set_division("england-and-wales", false, stamp_on()); });
    }
    CHECK(dump_table(dir / "reg.db", "events", "seq") + dump_table(dir / "reg.db", "calendar_days", "date") == before);
}

TEST_CASE("an import adds only the days the register lacks, as one event", "[store][calendar]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 0);
    r.add_calendar_day(holiday("2027-06-07", "Extra bank holiday"), stamp_on());
    const auto change = r.import_calendar_days({holiday("2027-06-07", "Extra bank holiday"),
                                                holiday("2026-06-15", "Extra bank holiday")},
                                               "import:bank-holidays.json", stamp_on());
    CHECK(change.days == std::vector{holiday("2026-06-15", "Extra bank holiday")});
    CHECK(r.calendar().days.size() == 2);
    CHECK(register_events(dir / "reg.db").find("2 calendar-imported {\"days\":[{\"date\":\"2026-06-15\"") !=
          std::string::npos);
    SECTION("nothing new: no event") {
        CHECK(r.import_calendar_days({holiday("2026-06-15", "Extra bank holiday")}, "import:x", stamp_on()).days.empty());
        CHECK(count_rows(dir / "reg.db", "events") == 2);
    }
}

TEST_CASE("a register is created with the days of its configuration", "[store][calendar]") {
    TempDir dir;
    auto r = store::Register::create(dir / "reg.db", sample_info(), stamp_on(),
                                     {closure("2026-12-29"), closure("2026-12-29"), holiday("2027-06-07", "Extra")});
    CHECK(r.calendar().days.size() == 2); // the same closure twice is one day
    CHECK(register_events(dir / "reg.db").starts_with("1 calendar-imported {\"days\":"));
    CHECK(r.verify().ok());
}

TEST_CASE("changing the division is refused while the register holds cases, unless forced", "[store][calendar]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 2);
    const auto e = error_from<RefusedError>([&] { r.set_division("scotland", false, stamp_on()); });
    CHECK(std::string(e.what()).find("holds 2 cases (2 open)") != std::string::npos);
    CHECK(r.info().calendar == "england-and-wales");
    r.set_division("scotland", true, stamp_on());
    CHECK(r.info().calendar == "scotland");
    CHECK(register_events(dir / "reg.db") == "3 division-set {\"division\":\"scotland\",\"previous\":\"england-and-wales\"}\n");
    CHECK(r.verify().ok());
}

TEST_CASE("a calendar change works out the open cases' clocks again in its transaction", "[store][calendar]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 3);
    CountingProjector projector;
    projector.install(r, "fingerprint-1");
    int rebuilt = 0;
    r.set_calendar_rebuild([&](const store::RegisterCalendar& own) {
        ++rebuilt;
        return "fingerprint-" + std::to_string(own.days.size() + 1);
    });
    const auto change = r.add_calendar_day(closure("2026-12-29"), stamp_on());
    CHECK(rebuilt == 1);
    CHECK(change.cases_recomputed == 3);
    CHECK(projector.calls == 3);
    CHECK(count_rows(dir / "reg.db", "clocks") == 3);
    CHECK(clocks_fingerprint(dir / "reg.db") == "fingerprint-2");
    CHECK_FALSE(r.clocks_stale());
}

TEST_CASE("a write brings stale clocks up to date; a read does not", "[store][calendar]") {
    TempDir dir;
    { register_with(dir / "reg.db", 2); } // clocks_calendar '' : computed under no known calendar
    auto r = store::Register::open(dir / "reg.db", store::Access::read_write);
    CountingProjector projector;
    projector.install(r, "now");
    CHECK(r.clocks_stale());
    r.find_case("T-2026-0001");
    std::vector<reg::DueRow> due;
    r.for_each_open_clock({}, [&](const reg::DueRow& row) { due.push_back(row); });
    CHECK(projector.calls == 0);
    CHECK(clocks_fingerprint(dir / "reg.db").empty());
    r.log_case(sample_case("third"), stamp_on());
    CHECK(projector.calls == 3); // the two open cases, then the new one
    CHECK(clocks_fingerprint(dir / "reg.db") == "now");
}

TEST_CASE("verify finds calendar days and a division edited with the sqlite3 shell; rebuild restores them",
          "[store][calendar]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    {
        auto r = register_with(file, 1);
        r.add_calendar_day(closure("2026-12-29"), stamp_on());
        r.add_calendar_day(closure("2026-12-30"), stamp_on());
        r.set_division("scotland", true, stamp_on());
    }
    const auto intact = dump_table(file, "calendar_days", "date");
    std::string expected;
    SECTION("a day's name changed") {
        exec_sql(file, "UPDATE calendar_days SET name = 'Staff training' WHERE date = '2026-12-29'");
        expected = "calendar day 2026-12-29 (closure) was changed outside plaint";
    }
    SECTION("a day added") {
        exec_sql(file, "INSERT INTO calendar_days VALUES ('2026-12-31', 'closure', 'Extra', 0, 'command')");
        expected = "calendar day 2026-12-31 (closure) was added outside plaint";
    }
    SECTION("a day deleted") {
        exec_sql(file, "DELETE FROM calendar_days WHERE date = '2026-12-30'");
        expected = "calendar day 2026-12-30 (closure) was deleted outside plaint";
    }
    SECTION("a day's date moved") {
        exec_sql(file, "UPDATE calendar_days SET date = '2026-12-31' WHERE date = '2026-12-30'");
        expected = "calendar day 2026-12-31 (closure) was added outside plaint";
    }
    SECTION("the division changed") {
        exec_sql(file, "UPDATE register SET calendar = 'northern-ireland'");
        expected = "the register's calendar is northern-ireland but its journal set it to scotland";
    }
    auto r = store::Register::open(file, store::Access::read_write);
    const auto found = problems(r);
    REQUIRE_FALSE(found.empty());
    CHECK(found.front().find(expected) != std::string::npos);
    CHECK(r.rebuild().changed >= 1);
    CHECK(r.verify().ok());
    CHECK(dump_table(file, "calendar_days", "date") == intact);
    CHECK(r.info().calendar == "scotland");
}
