// plaint/calendar/periods: calendar-month periods as the regulations word
// them. "N months beginning on D" ends the day before the corresponding
// date; "not later than N months after D" ends on it; where the month has
// no corresponding date, its last day.

#include "plaint/calendar/periods.hpp"
#include "support/dates.hpp"

#include <catch2/catch.hpp>

using namespace plaint::calendar;
using plaint::Date;
using plaint::Weekday;
using plaint::test::d;

//      January 2024                July 2024
// Mo Tu We Th Fr Sa Su       Mo Tu We Th Fr Sa Su
//  8  9 10 11 12 13 14        8  9 10 11 12 13 14    14 July: the period's last day
// 15 16 17 18 19 20 21       15 16 17 18 19 20 21    15 January: it begins
TEST_CASE("the brief's example: 6 months beginning on 15 January end on 14 July", "[periods]") {
    CHECK(period_end_beginning_on(d("2024-01-15"), 6) == d("2024-07-14"));
    CHECK(d("2024-07-14").weekday() == Weekday::sunday); // a calendar period: weekends count
    CHECK(months_after(d("2024-01-15"), 6) == d("2024-07-15"));
}

TEST_CASE("beginning on: the day before the corresponding date, across years", "[periods]") {
    CHECK(period_end_beginning_on(d("2024-07-15"), 6) == d("2025-01-14"));
    CHECK(period_end_beginning_on(d("2024-12-01"), 1) == d("2024-12-31"));
    CHECK(period_end_beginning_on(d("2024-01-01"), 12) == d("2024-12-31"));
    CHECK(period_end_beginning_on(d("2024-03-01"), 12) == d("2025-02-28"));
    CHECK(period_end_beginning_on(d("2023-03-01"), 12) == d("2024-02-29")); // leap year
    CHECK(period_end_beginning_on(d("2025-02-28"), 12) == d("2026-02-27"));
}

//      August 2024              February 2025
// Mo Tu We Th Fr Sa Su       Mo Tu We Th Fr Sa Su
// 26 27 28 29 30 31          24 25 26 27 28          no 29, 30 or 31 February
TEST_CASE("beginning on a day the last month lacks: that month's last day", "[periods][leap]") {
    CHECK(period_end_beginning_on(d("2024-08-31"), 6) == d("2025-02-28"));
    CHECK(period_end_beginning_on(d("2023-08-31"), 6) == d("2024-02-29"));
    CHECK(period_end_beginning_on(d("2024-08-30"), 6) == d("2025-02-28"));
    CHECK(period_end_beginning_on(d("2024-08-29"), 6) == d("2025-02-28")); // 29 Feb 2025 lacking
    CHECK(period_end_beginning_on(d("2024-08-28"), 6) == d("2025-02-27"));
    CHECK(period_end_beginning_on(d("2024-03-31"), 1) == d("2024-04-30"));
    CHECK(period_end_beginning_on(d("2024-02-29"), 12) == d("2025-02-28"));
    CHECK(period_end_beginning_on(d("2024-02-29"), 48) == d("2028-02-28")); // 29 Feb 2028 exists
}

//     February 2024              February 2025
// Mo Tu We Th Fr Sa Su       Mo Tu We Th Fr Sa Su
// 26 27 28 29                24 25 26 27 28          29 Feb 2024 + 12 months: 28 Feb 2025
TEST_CASE("months after: the corresponding date, else the month's last day", "[periods][leap]") {
    CHECK(months_after(d("2024-02-29"), 12) == d("2025-02-28"));
    CHECK(months_after(d("2024-02-29"), 48) == d("2028-02-29"));
    CHECK(months_after(d("2024-01-31"), 1) == d("2024-02-29"));
    CHECK(months_after(d("2023-01-31"), 1) == d("2023-02-28"));
    CHECK(months_after(d("2024-08-31"), 1) == d("2024-09-30"));
    CHECK(months_after(d("2024-12-15"), 1) == d("2025-01-15"));
    CHECK(months_after(d("2024-03-30"), 12) == d("2025-03-30"));
}

TEST_CASE("months after counts back for negative months", "[periods]") {
    CHECK(months_after(d("2024-03-31"), -1) == d("2024-02-29"));
    CHECK(months_after(d("2025-02-28"), -12) == d("2024-02-28"));
    CHECK(months_after(d("2024-01-15"), -6) == d("2023-07-15"));
}

TEST_CASE("2100 is not a leap year, and the periods know it", "[periods][leap][range]") {
    CHECK(months_after(d("2096-02-29"), 48) == d("2100-02-28"));
    CHECK(period_end_beginning_on(d("2099-08-31"), 6) == d("2100-02-28"));
    CHECK(months_after(d("2100-06-30"), 6) == d("2100-12-30"));
    CHECK(period_end_beginning_on(d("1990-01-01"), 12) == d("1990-12-31"));
}

TEST_CASE("a period beginning on D always ends before N months after D", "[periods][property]") {
    for (Date start = d("2023-01-01"); start <= d("2025-12-31"); start = start + 1) {
        for (int months : {1, 6, 12}) {
            const Date end = period_end_beginning_on(start, months);
            const Date after = months_after(start, months);
            INFO(start.iso() << " + " << months);
            CHECK(end < after + 1);
            CHECK(end >= after - 1);
            CHECK(end > start);
        }
    }
}
