// Contribution requests as clocks: one per request, open until received,
// met or breached by the day received.
//
//   November 2026            December 2026
//   Mo Tu We Th Fr Sa Su     Mo Tu We Th Fr Sa Su
//                      1         1  2  3  4  5  6
//    2  3  4  5  6  7  8      7  8  9 10 11 12 13
//    9 10 11 12 13 14 15     14 15 16 17 18 19 20
//   16 17 18 19 20 21 22     21 22 23 24 25 26 27
//   23 24 25 26 27 28 29     28 29 30 31
//   30

#include "plaint/casework/contributions.hpp"
#include "store/register_helpers.hpp"
#include "support/builtins.hpp"

#include <catch2/catch.hpp>

using namespace plaint;
using namespace plaint::test;

TEST_CASE("each request is a clock: open, met, or breached when received late", "[casework][contributions]") {
    reg::CaseRecord c;
    c.ref = "T-2026-0001";
    // Asked Wednesday 18 November, due Wednesday 2 December (10 working days).
    c.contributions = {{1, "Ward 7", d("2026-11-18"), d("2026-12-02"), std::nullopt},
                       {2, "Acme Care", d("2026-11-18"), d("2026-11-19"), d("2026-11-19")},
                       {3, "Pharmacy", d("2026-11-18"), d("2026-11-20"), d("2026-11-24")}};
    const auto rows = casework::contribution_clocks(c, england_calendar());
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].clock == "contribution:1");
    CHECK(rows[0].title == "Statement from Ward 7");
    CHECK(rows[0].kind == "contribution");
    CHECK(rows[0].status == "open");
    CHECK(rows[0].start == std::optional<Date>(d("2026-11-18")));
    CHECK(rows[0].due == std::optional<Date>(d("2026-12-02")));
    CHECK(rows[0].warning == std::optional<Date>(d("2026-11-30"))); // Monday, 2 working days before
    CHECK(rows[0].next_step == "contribution received 1");
    CHECK(rows[1].status == "met");
    CHECK(rows[1].stopped_by == "contribution-received");
    // Due Thursday 19: 2 working days before is Tuesday 17, before the request.
    CHECK(rows[1].warning == std::optional<Date>(d("2026-11-18")));
    // Due Friday 20, received Tuesday 24: late by Monday 23 and Tuesday 24.
    CHECK(rows[2].status == "breached");
    CHECK(rows[2].working_days_late == 2);
}

TEST_CASE("a receipt is checked against the request", "[casework][contributions]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 1);
    const std::string ref = "T-2026-0001"; // received 18 November
    const auto head = r.info().journal_events;
    CHECK_THROWS_AS(casework::receive_contribution(r, ref, 1, d("2026-11-20"), stamp_on()), UsageError);
    CHECK_THROWS_AS(casework::request_contribution(r, ref, {"Ward 7", d("2026-11-19"), d("2026-11-20")}, stamp_on()),
                    UsageError); // due before asked
    CHECK_THROWS_AS(casework::request_contribution(r, ref, {"  ", d("2026-11-30"), d("2026-11-20")}, stamp_on()),
                    UsageError);
    CHECK(r.info().journal_events == head);
    casework::request_contribution(r, ref, {"Ward 7", d("2026-11-30"), d("2026-11-20")}, stamp_on());
    CHECK_THROWS_AS(casework::receive_contribution(r, ref, 1, d("2026-11-19"), stamp_on()), UsageError);
    casework::receive_contribution(r, ref, 1, d("2026-11-27"), stamp_on());
    CHECK_THROWS_AS(casework::receive_contribution(r, ref, 1, d("2026-11-28"), stamp_on()), UsageError);
    CHECK(r.case_or_throw(ref).contributions[0].received_on == std::optional<Date>(d("2026-11-27")));
    CHECK(r.info().journal_events == head + 2);
}
