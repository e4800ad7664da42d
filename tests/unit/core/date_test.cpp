// plaint/core/date: day numbers, weekdays, ISO text and month arithmetic.

#include "plaint/core/date.hpp"
#include "plaint/core/error.hpp"
#include "support/dates.hpp"

#include <catch2/catch.hpp>

using plaint::Date;
using plaint::Weekday;
using plaint::test::d;

TEST_CASE("day numbers count from 1970-01-01", "[date]") {
    CHECK(Date::from_ymd(1970, 1, 1).days() == 0);
    CHECK(Date::from_ymd(1970, 1, 2).days() == 1);
    CHECK(Date::from_ymd(1969, 12, 31).days() == -1);
    CHECK(Date::from_ymd(2000, 3, 1).days() == 11017);
    CHECK(Date::from_ymd(2024, 3, 30).days() == 19812);
    CHECK(Date().iso() == "1970-01-01");
}

TEST_CASE("from_ymd and ymd are inverse over four centuries and more", "[date]") {
    for (std::int32_t n = Date::from_ymd(1899, 12, 1).days(); n <= Date::from_ymd(2301, 1, 31).days(); ++n) {
        const Date date = Date::from_days(n);
        const auto [y, m, day] = date.ymd();
        REQUIRE(m >= 1);
        REQUIRE(m <= 12);
        REQUIRE(day >= 1);
        REQUIRE(day <= plaint::days_in_month(y, m));
        REQUIRE(Date::from_ymd(y, m, day) == date);
        // Consecutive day numbers are consecutive calendar days.
        const auto next = Date::from_days(n + 1).ymd();
        const bool same_month = next.year == y && next.month == m && next.day == day + 1;
        const bool month_rolls = next.day == 1 && day == plaint::days_in_month(y, m);
        REQUIRE((same_month || month_rolls));
    }
}

TEST_CASE("from_ymd refuses days that do not exist", "[date]") {
    CHECK_THROWS_AS(Date::from_ymd(2025, 2, 29), plaint::UsageError);
    CHECK_THROWS_WITH(Date::from_ymd(2025, 2, 29), "2025-02-29 is not a day of the calendar");
    CHECK_THROWS_AS(Date::from_ymd(2024, 4, 31), plaint::UsageError);
    CHECK_THROWS_AS(Date::from_ymd(2024, 13, 1), plaint::UsageError);
    CHECK_THROWS_AS(Date::from_ymd(2024, 0, 1), plaint::UsageError);
    CHECK_THROWS_AS(Date::from_ymd(2024, 1, 0), plaint::UsageError);
    CHECK_NOTHROW(Date::from_ymd(2024, 2, 29));
    CHECK_NOTHROW(Date::from_ymd(2000, 2, 29));
    CHECK_THROWS(Date::from_ymd(1900, 2, 29));
}

TEST_CASE("leap years follow the Gregorian rule", "[date]") {
    CHECK(plaint::is_leap_year(2024));
    CHECK(plaint::is_leap_year(2000));
    CHECK(plaint::is_leap_year(2400));
    CHECK_FALSE(plaint::is_leap_year(2023));
    CHECK_FALSE(plaint::is_leap_year(1900));
    CHECK_FALSE(plaint::is_leap_year(2100));
    CHECK(plaint::days_in_month(2024, 2) == 29);
    CHECK(plaint::days_in_month(2023, 2) == 28);
    CHECK(plaint::days_in_month(2100, 2) == 28);
    CHECK(plaint::days_in_month(2024, 1) == 31);
    CHECK(plaint::days_in_month(2024, 4) == 30);
    CHECK(plaint::days_in_month(2024, 12) == 31);
}

//      March 2024
// Mo Tu We Th Fr Sa Su
//              1  2  3
//  4  5  6  7  8  9 10
// 11 12 13 14 15 16 17
// 18 19 20 21 22 23 24
// 25 26 27 28 29 30 31
TEST_CASE("weekdays", "[date]") {
    CHECK(d("2024-03-01").weekday() == Weekday::friday);
    CHECK(d("2024-03-30").weekday() == Weekday::saturday);
    CHECK(d("2024-03-31").weekday() == Weekday::sunday);
    CHECK(d("2024-03-25").weekday() == Weekday::monday);
    CHECK(d("1970-01-01").weekday() == Weekday::thursday);
    // Before the epoch the day number is negative: Sunday 28 December 1969.
    CHECK(d("1969-12-28").weekday() == Weekday::sunday);
    CHECK(d("1900-01-01").weekday() == Weekday::monday);
    CHECK(d("2100-12-31").weekday() == Weekday::friday);
    CHECK(d("2024-03-30").is_weekend());
    CHECK(d("2024-03-31").is_weekend());
    CHECK_FALSE(d("2024-03-29").is_weekend());
    // Every run of seven days holds each weekday once.
    for (int i = 0; i < 7; ++i)
        CHECK((d("2024-03-25") + i).weekday() == static_cast<Weekday>(i));
}

TEST_CASE("weekday names", "[date]") {
    CHECK(std::string(plaint::weekday_name(Weekday::monday)) == "Monday");
    CHECK(std::string(plaint::weekday_name(Weekday::sunday)) == "Sunday");
    CHECK(std::string(plaint::weekday_short(Weekday::wednesday)) == "Wed");
    CHECK(std::string(plaint::weekday_short(Weekday::saturday)) == "Sat");
}

TEST_CASE("date arithmetic and ordering", "[date]") {
    const Date leap = d("2024-02-28"); // Wednesday
    CHECK((leap + 1).iso() == "2024-02-29");
    CHECK((leap + 2).iso() == "2024-03-01");
    CHECK((d("2023-02-28") + 1).iso() == "2023-03-01");
    CHECK((d("2025-01-01") - 1).iso() == "2024-12-31");
    CHECK(d("2025-01-01") - d("2024-01-01") == 366);
    CHECK(d("2024-01-01") - d("2025-01-01") == -366);
    Date day = d("2024-12-31");
    ++day;
    CHECK(day == d("2025-01-01"));
    CHECK(d("2024-01-01") < d("2024-01-02"));
    CHECK(d("2024-01-02") > d("2024-01-01"));
    CHECK(d("2024-01-01") != d("2024-01-02"));
    CHECK(d("2024-01-01").year() == 2024);
}

TEST_CASE("ISO text is YYYY-MM-DD, zero padded", "[date]") {
    CHECK(Date::from_ymd(2024, 3, 5).iso() == "2024-03-05");
    CHECK(Date::from_ymd(999, 1, 1).iso() == "0999-01-01");
}

TEST_CASE("parse_iso_date is strict", "[date]") {
    CHECK(plaint::parse_iso_date("2024-03-30") == Date::from_ymd(2024, 3, 30));
    CHECK(plaint::parse_iso_date("2024-02-29") == Date::from_ymd(2024, 2, 29));
    for (const char* bad : {"", "2024-3-30", "2024-03-3", "24-03-30", "2024/03/30", "2024-03-30 ",
                            " 2024-03-30", "2024-03-30T00:00", "2024-02-30", "2023-02-29", "2024-13-01",
                            "2024-00-10", "2024-01-00", "2024-04-31", "+024-03-30", "2024-0a-01",
                            "20240330", "2024-03--1", "today"})
        CHECK_FALSE(plaint::parse_iso_date(bad).has_value());
}

TEST_CASE("parse_user_date accepts ISO dates and words relative to today", "[date]") {
    const Date today = d("2024-12-31"); // Tuesday
    CHECK(plaint::parse_user_date("today", today) == today);
    CHECK(plaint::parse_user_date("tomorrow", today) == d("2025-01-01"));
    CHECK(plaint::parse_user_date("yesterday", today) == d("2024-12-30"));
    CHECK(plaint::parse_user_date("2024-03-30", today) == d("2024-03-30"));
    CHECK_THROWS_AS(plaint::parse_user_date("Today", today), plaint::UsageError);
    CHECK_THROWS_WITH(plaint::parse_user_date("2024-02-30", today, "FROM date"),
                      "invalid FROM date '2024-02-30'");
    try {
        plaint::parse_user_date("next week", today);
        FAIL("expected a UsageError");
    } catch (const plaint::UsageError& e) {
        CHECK(std::string(e.what()) == "invalid date 'next week'");
        CHECK(e.hint() == "dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday");
        CHECK(e.code() == plaint::ExitCode::usage);
    }
}

//    February 2024          February 2025
// Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
//           1  2  3  4                   1  2
//  5  6  7  8  9 10 11    3  4  5  6  7  8  9
// 12 13 14 15 16 17 18   10 11 12 13 14 15 16
// 19 20 21 22 23 24 25   17 18 19 20 21 22 23
// 26 27 28 29            24 25 26 27 28
TEST_CASE("add_months_clamped keeps the day or takes the month's last", "[date]") {
    using plaint::add_months_clamped;
    CHECK(add_months_clamped(d("2024-01-15"), 6) == d("2024-07-15"));
    CHECK(add_months_clamped(d("2024-02-29"), 12) == d("2025-02-28")); // Thursday -> Friday
    CHECK(add_months_clamped(d("2024-02-29"), 48) == d("2028-02-29"));
    CHECK(add_months_clamped(d("2024-01-31"), 1) == d("2024-02-29"));
    CHECK(add_months_clamped(d("2023-01-31"), 1) == d("2023-02-28"));
    CHECK(add_months_clamped(d("2024-08-31"), 1) == d("2024-09-30"));
    CHECK(add_months_clamped(d("2024-11-30"), 3) == d("2025-02-28"));
    CHECK(add_months_clamped(d("2024-12-15"), 1) == d("2025-01-15"));
    CHECK(add_months_clamped(d("2024-03-30"), 0) == d("2024-03-30"));
    SECTION("negative months go back") {
        CHECK(add_months_clamped(d("2024-03-31"), -1) == d("2024-02-29"));
        CHECK(add_months_clamped(d("2025-02-28"), -12) == d("2024-02-28"));
        CHECK(add_months_clamped(d("2024-02-29"), -12) == d("2023-02-28"));
        CHECK(add_months_clamped(d("2024-01-15"), -1) == d("2023-12-15"));
        CHECK(add_months_clamped(d("2024-01-15"), -13) == d("2022-12-15"));
        CHECK(add_months_clamped(d("2024-01-15"), -24) == d("2022-01-15"));
        CHECK(add_months_clamped(d("2024-12-31"), -10) == d("2024-02-29"));
    }
}
