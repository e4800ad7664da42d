// plaint/casework/due: what is overdue, due today or due soon, on a register
// built here with the built-in procedures and asked on Wednesday 18 November
// 2026 (no bank holidays in England that month).
//
//       November 2026
// Mo Tu We Th Fr Sa Su
//                    1
//  2  3  4  5  6  7  8
//  9 10 11 12 13 14 15     9 T1 received; 12 its acknowledgement due
// 16 17 18 19 20 21 22    16 T2 received, 19 due; 13 T3 received, 20 due
// 23 24 25 26 27 28 29    18 today; 25 the end of the 5-working-day window
// 30

#include "plaint/casework/casework.hpp"
#include "plaint/casework/due.hpp"
#include "support/builtins.hpp"
#include "support/dates.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace plaint;
using plaint::test::d;

namespace {

const procedure::Catalog& catalog() { return test::builtin_catalog(); }
const calendar::Calendar& england() { return test::england_calendar(); }

store::Stamp stamp(const char* today = "2026-11-18") { return {"tester", "2026-11-18T09:00:00Z", d(today)}; }

reg::NewCase new_case(const char* received, const char* owner, const char* kind = "complaint",
                      const char* procedure = "", const char* provider = nullptr) {
    reg::NewCase c;
    c.received = d(received);
    c.summary = "a case";
    c.kind = kind;
    c.procedure = procedure;
    c.owner = owner;
    if (provider) c.provider = provider;
    c.parties.push_back({0, {}, "complainant", std::string("Name of ") + owner, ""});
    return c;
}

// The register of the grid above: T-2026-0001 ... T-2026-0006.
struct Fixture {
    test::TempDir dir;
    std::unique_ptr<casework::Session> session;

    Fixture() {
        store::RegisterInfo info;
        info.organisation = "Test ICB";
        info.reference_prefix = "T";
        store::Register::create(dir / "reg.db", info, stamp("2026-11-01"));
        session = std::make_unique<casework::Session>(
            store::Register::open(dir / "reg.db", store::Access::read_write),
            []() -> const procedure::Catalog& { return catalog(); });
        log(new_case("2026-11-09", "alice", "complaint", "", "Acme Care"));          // T1: ack overdue
        log(new_case("2026-11-16", "bob"));                                          // T2: ack at risk
        log(new_case("2026-11-13", "alice", "complaint", "two-stage", "Beta Homes")); // T3: stage 1 ack
        log(new_case("2026-11-17", "carol"));                                        // T4: acknowledged
        step("T-2026-0004", "acknowledge", "2026-11-18", {{"method", "letter"}});
        log(new_case("2026-11-17", "bob", "concern"));                               // T5: concern due today
        log(new_case("2026-11-02", "carol"));                                        // T6: on hold
        step("T-2026-0006", "acknowledge", "2026-11-03", {{"method", "letter"}});
        step("T-2026-0006", "hold", "2026-11-10", {{"reason", "police"}});
    }

    void log(reg::NewCase c) { casework::log_case(session->reg(), catalog(), std::move(c), stamp()); }
    void step(const std::string& ref, const std::string& event, const char* on,
              std::map<std::string, std::string> fields) {
        casework::record_step(session->reg(), session->definitions(), england(), ref, {event, d(on), std::move(fields)},
                              stamp());
    }
    std::vector<casework::DueItem> due(casework::DueQuery query = {}, const char* today = "2026-11-18") {
        return casework::due_items(session->reg(), england(), d(today), query);
    }
};

// "ref clock due status left risk" per item.
std::vector<std::string> lines(const std::vector<casework::DueItem>& items) {
    std::vector<std::string> out;
    for (const auto& i : items)
        out.push_back(i.row.ref + " " + i.row.clock.clock + " " + (i.row.clock.due ? i.row.clock.due->iso() : "-") + " " +
                      std::string(casework::due_status_id(i.status)) + " " + std::to_string(i.working_days_left) +
                      (i.at_risk ? " at-risk" : ""));
    return out;
}

} // namespace

TEST_CASE("due: overdue, due today and due soon within 5 working days, by due date", "[due]") {
    Fixture f;
    const auto items = f.due();
    CHECK(lines(items) == std::vector<std::string>{
                              "T-2026-0001 acknowledgement 2026-11-12 overdue -4 at-risk",
                              "T-2026-0005 concern 2026-11-18 due-today 0",
                              "T-2026-0002 acknowledgement 2026-11-19 due-soon 1 at-risk",
                              "T-2026-0003 stage1-acknowledgement 2026-11-20 due-soon 2",
                          });
    const auto counts = casework::count(items);
    CHECK(counts.overdue == 1);
    CHECK(counts.due_today == 1);
    CHECK(counts.due_soon == 2);
    CHECK(counts.paused == 0);
    CHECK(casework::summary(counts, 5) == "1 overdue, 1 due today, 2 due within 5 working days");
    CHECK(casework::summary({0, 0, 1, 2}, 1) == "0 overdue, 0 due today, 1 due within 1 working day, 2 paused");
}

TEST_CASE("due: the window in working days", "[due]") {
    Fixture f;
    casework::DueQuery query;
    query.within = 0;
    CHECK(lines(f.due(query)).size() == 2); // overdue and due today
    // 20 working days reach Wednesday 16 December: T1's response (Monday 14
    // December: 25 working days after 9 November) comes in, T4's (22nd) not.
    query.within = 20;
    const auto wide = lines(f.due(query));
    CHECK(std::find(wide.begin(), wide.end(), "T-2026-0001 response 2026-12-14 due-soon 18") != wide.end());
    CHECK(std::none_of(wide.begin(), wide.end(), [](const std::string& l) { return l.rfind("T-2026-0004", 0) == 0; }));
}

TEST_CASE("due: only overdue, only at risk, paused included on request", "[due]") {
    Fixture f;
    casework::DueQuery query;
    query.overdue_only = true;
    CHECK(lines(f.due(query)) == std::vector<std::string>{"T-2026-0001 acknowledgement 2026-11-12 overdue -4 at-risk"});
    query = {};
    query.at_risk_only = true;
    CHECK(lines(f.due(query)).size() == 2);
    query = {};
    query.include_paused = true;
    const auto items = f.due(query);
    REQUIRE(items.size() == 5);
    CHECK(items.back().row.ref == "T-2026-0006");
    CHECK(items.back().row.clock.clock == "response");
    CHECK(items.back().status == casework::DueStatus::paused);
}

TEST_CASE("due: filters by owner, procedure, clock and provider", "[due]") {
    Fixture f;
    casework::DueQuery query;
    query.filter.owners = {"alice"};
    CHECK(lines(f.due(query)).size() == 2);
    query.filter.owners = {"bob", "carol"};
    CHECK(lines(f.due(query)).size() == 2);
    query = {};
    query.filter.procedure = "two-stage";
    CHECK(lines(f.due(query)) == std::vector<std::string>{"T-2026-0003 stage1-acknowledgement 2026-11-20 due-soon 2"});
    query = {};
    query.filter.clock = "acknowledgement";
    CHECK(lines(f.due(query)).size() == 2);
    query = {};
    query.filter.provider = "Acme Care";
    CHECK(lines(f.due(query)).size() == 1);
}

TEST_CASE("due: days late count working days, even asked at a weekend", "[due]") {
    Fixture f;
    // Saturday 21 November: T1's acknowledgement (due Thursday 12) is 6 late:
    // 13, 16, 17, 18, 19, 20; the Saturday itself is not one.
    const auto items = f.due({}, "2026-11-21");
    REQUIRE_FALSE(items.empty());
    CHECK(items.front().row.ref == "T-2026-0001");
    CHECK(items.front().working_days_left == -6);
}

TEST_CASE("due: the JSON shape, personal data only when asked, the fast path the same", "[due][json]") {
    Fixture f;
    casework::DueQuery query;
    query.filter.with_complainant = true;
    query.include_paused = true;
    for (const auto& item : f.due(query)) {
        for (bool personal : {false, true}) {
            const auto doc = casework::due_json(item, personal);
            std::string fast;
            casework::append_due_json(fast, item, personal);
            CHECK(fast == doc.dump());
            CHECK(doc.contains("complainant") == personal);
        }
    }
    const auto first = casework::due_json(f.due().front(), false);
    CHECK(first["reference"] == "T-2026-0001");
    CHECK(first["status"] == "overdue");
    CHECK(first["working_days_left"] == -4);
    CHECK(first["warning"] == "2026-11-11");
    CHECK(first["start"] == "2026-11-09");
    CHECK(first["owner"] == "alice");
    CHECK(first["provider"] == "Acme Care");
}
