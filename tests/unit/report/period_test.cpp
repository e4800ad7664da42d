// plaint/report/period: the reporting periods users type, their bounds
// and canonical labels, and the months a period splits into.
//
// The financial year 2025/26 against the calendar:
//
//     2025: Jan Feb Mar | Apr May Jun | Jul Aug Sep | Oct Nov Dec
//                       |  2025/26-Q1 |  2025/26-Q2 |  2025/26-Q3
//     2026: Jan Feb Mar |
//           2025/26-Q4  |
//
// Calendar quarters: 2026-Q1 Jan-Mar, Q2 Apr-Jun, Q3 Jul-Sep, Q4 Oct-Dec.

#include "plaint/core/error.hpp"
#include "plaint/report/period.hpp"
#include "support/dates.hpp"

#include <catch2/catch.hpp>

using plaint::report::financial_year_of;
using plaint::report::months_of;
using plaint::report::parse_period;
using plaint::report::Period;
using plaint::test::d;

namespace {

void check_period(const char* text, const char* from, const char* to, const char* label) {
    INFO(text);
    const Period p = parse_period(text);
    CHECK(p.from == d(from));
    CHECK(p.to == d(to));
    CHECK(p.label == label);
}

} // namespace

TEST_CASE("financial years run from 1 April to 31 March", "[period]") {
    check_period("2025/26", "2025-04-01", "2026-03-31", "2025/26");
    check_period("2025/2026", "2025-04-01", "2026-03-31", "2025/26");
    check_period("1999/00", "1999-04-01", "2000-03-31", "1999/00");
    // 2027/28 holds 29 February 2028 (a Tuesday).
    check_period("2027/28", "2027-04-01", "2028-03-31", "2027/28");
    CHECK(parse_period("2027/28").contains(d("2028-02-29")));
}

TEST_CASE("a financial year's second half must be the next year", "[period]") {
    CHECK_THROWS_AS(parse_period("2025/27"), plaint::UsageError);
    CHECK_THROWS_WITH(parse_period("2025/27"),
                      "invalid period '2025/27': a financial year runs from April 2025 to March 2026, written 2025/26");
    CHECK_THROWS_AS(parse_period("2025/25"), plaint::UsageError);
    CHECK_THROWS_AS(parse_period("2025/2027"), plaint::UsageError);
    CHECK_THROWS_AS(parse_period("2025/2"), plaint::UsageError);
}

TEST_CASE("calendar quarters, months and years", "[period]") {
    check_period("2026-Q1", "2026-01-01", "2026-03-31", "2026-Q1");
    check_period("2026-Q3", "2026-07-01", "2026-09-30", "2026-Q3");
    check_period("2026-q4", "2026-10-01", "2026-12-31", "2026-Q4");
    check_period("2026-03", "2026-03-01", "2026-03-31", "2026-03");
    check_period("2024-02", "2024-02-01", "2024-02-29", "2024-02");
    check_period("2025-02", "2025-02-01", "2025-02-28", "2025-02");
    check_period("2026", "2026-01-01", "2026-12-31", "2026");
}

TEST_CASE("financial quarters count from April", "[period]") {
    check_period("2025/26-Q1", "2025-04-01", "2025-06-30", "2025/26-Q1");
    check_period("2025/26-Q2", "2025-07-01", "2025-09-30", "2025/26-Q2");
    check_period("2025/26-Q3", "2025-10-01", "2025-12-31", "2025/26-Q3");
    check_period("2025/26-Q4", "2026-01-01", "2026-03-31", "2025/26-Q4");
    check_period("2025/2026-q1", "2025-04-01", "2025-06-30", "2025/26-Q1");
    CHECK_THROWS_AS(parse_period("2025/26-Q5"), plaint::UsageError);
    CHECK_THROWS_AS(parse_period("2025/26-"), plaint::UsageError);
}

TEST_CASE("explicit ranges include both ends", "[period]") {
    check_period("2025-04-01..2025-09-30", "2025-04-01", "2025-09-30", "2025-04-01..2025-09-30");
    check_period("2025-06-15..2025-06-15", "2025-06-15", "2025-06-15", "2025-06-15..2025-06-15");
    const Period p = parse_period("2025-04-01..2025-09-30");
    CHECK(p.contains(d("2025-04-01")));
    CHECK(p.contains(d("2025-09-30")));
    CHECK_FALSE(p.contains(d("2025-03-31")));
    CHECK_FALSE(p.contains(d("2025-10-01")));
    CHECK_THROWS_WITH(parse_period("2025-09-30..2025-04-01"),
                      "invalid period '2025-09-30..2025-04-01': the range ends before it starts");
    CHECK_THROWS_WITH(parse_period("2025-02-29..2025-03-01"),
                      "invalid period '2025-02-29..2025-03-01': a range is two dates, YYYY-MM-DD..YYYY-MM-DD");
    CHECK_THROWS_AS(parse_period("2025-04-01.."), plaint::UsageError);
}

TEST_CASE("anything else is refused, naming the text and the forms", "[period]") {
    for (const char* bad : {"", "25/26", "2026-13", "2026-00", "2026-Q0", "2026-3", "20260", "last year", "2026-03-01",
                            "Q3-2026", "2026-Q3x"}) {
        INFO(bad);
        try {
            parse_period(bad);
            FAIL("accepted");
        } catch (const plaint::UsageError& e) {
            CHECK(std::string(e.what()) == std::string("invalid period '") + bad + "'");
            CHECK(e.hint().find("2025/26 (financial year)") != std::string::npos);
        }
    }
}

TEST_CASE("financial_year_of turns on 1 April", "[period]") {
    CHECK(financial_year_of(d("2026-03-31")).label == "2025/26");
    CHECK(financial_year_of(d("2026-04-01")).label == "2026/27");
    CHECK(financial_year_of(d("2026-01-01")).from == d("2025-04-01"));
    CHECK(financial_year_of(d("2025-12-31")).to == d("2026-03-31"));
}

TEST_CASE("months_of lists the months of a period, cutting partial ends", "[period]") {
    const auto year = months_of(parse_period("2025/26"));
    REQUIRE(year.size() == 12);
    CHECK(year.front().label == "2025-04");
    CHECK(year.front().from == d("2025-04-01"));
    CHECK(year[10].label == "2026-02");
    CHECK(year[10].to == d("2026-02-28"));
    CHECK(year.back().label == "2026-03");
    CHECK(year.back().to == d("2026-03-31"));

    //      April 2025                June 2025
    // Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
    //     1  2  3  4  5  6                         1
    // ...14 [15] from here      ...9 [10] to here
    const auto partial = months_of(parse_period("2025-04-15..2025-06-10"));
    REQUIRE(partial.size() == 3);
    CHECK(partial[0].label == "2025-04");
    CHECK(partial[0].from == d("2025-04-15")); // a Tuesday
    CHECK(partial[0].to == d("2025-04-30"));
    CHECK(partial[1].from == d("2025-05-01"));
    CHECK(partial[1].to == d("2025-05-31"));
    CHECK(partial[2].label == "2025-06");
    CHECK(partial[2].to == d("2025-06-10")); // a Tuesday
    CHECK(d("2025-04-15").weekday() == plaint::Weekday::tuesday);
    CHECK(d("2025-06-10").weekday() == plaint::Weekday::tuesday);

    const auto day = months_of(parse_period("2025-12-31..2025-12-31"));
    REQUIRE(day.size() == 1);
    CHECK(day[0].label == "2025-12");
    CHECK(months_of(parse_period("2026-Q3")).size() == 3);
}
