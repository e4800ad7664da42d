// plaint/calendar/calendar: working-day arithmetic on a built calendar.
// Dates are pinned under the month grids drawn above each test.

#include "plaint/calendar/calendar.hpp"
#include "plaint/core/error.hpp"
#include "support/dates.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace plaint::calendar;
using plaint::Date;
using plaint::Weekday;
using plaint::test::d;

namespace {

const Calendar& england() {
    static const Calendar cal = Calendar::build({});
    return cal;
}

const Calendar& scotland() {
    static const Calendar cal = Calendar::build({Division::scotland, {}, {}, {}});
    return cal;
}

Date add(const char* start, int n, Receipt receipt = Receipt::day_zero) {
    return england().add_working_days(d(start), n, receipt);
}

int count(const char* from, const char* to) { return england().count_working_days(d(from), d(to)); }

// A walk as text, one "date number-or-skip reason" line per day.
std::vector<std::string> lines(const std::vector<WalkStep>& steps) {
    std::vector<std::string> result;
    for (const auto& s : steps) {
        std::string line = s.date.iso() + " " + (s.working_day ? std::to_string(*s.working_day) : "skip");
        if (!s.reason.empty()) line += " " + s.reason;
        result.push_back(line);
    }
    return result;
}

Holiday closure(const char* date, const char* name) {
    return {d(date), name, false, DayOffKind::closure, "config"};
}

} // namespace

TEST_CASE("receipt conventions by name", "[calendar]") {
    CHECK(receipt_id(Receipt::day_zero) == "day-zero");
    CHECK(receipt_id(Receipt::next_working_day) == "next-working-day");
    CHECK(receipt_or_throw("day-zero") == Receipt::day_zero);
    CHECK(receipt_or_throw("next-working-day") == Receipt::next_working_day);
    CHECK_THROWS_AS(receipt_or_throw("next"), plaint::UsageError);
}

//      March 2024               April 2024
// Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
//              1  2  3    1  2  3  4  5  6  7
//  4  5  6  7  8  9 10    8  9 10 11 12 13 14
// 11 12 13 14 15 16 17
// 18 19 20 21 22 23 24   29 Mar Good Friday, 30 Mar received,
// 25 26 27 28 29 30 31    1 Apr Easter Monday
TEST_CASE("the brief's example: received Saturday 30 March 2024, +3", "[calendar][easter]") {
    CHECK(d("2024-03-30").weekday() == Weekday::saturday);
    SECTION("day zero: the Saturday is day 0, so Thursday 4 April") {
        CHECK(add("2024-03-30", 3) == d("2024-04-04"));
        CHECK(d("2024-04-04").weekday() == Weekday::thursday);
    }
    SECTION("next working day: received Tuesday 2 April, so Friday 5 April") {
        CHECK(add("2024-03-30", 3, Receipt::next_working_day) == d("2024-04-05"));
        CHECK(d("2024-04-05").weekday() == Weekday::friday);
    }
    SECTION("the conventions agree on a working day (Thursday 28 March)") {
        CHECK(add("2024-03-28", 1) == d("2024-04-02"));
        CHECK(add("2024-03-28", 1, Receipt::next_working_day) == d("2024-04-02"));
    }
    SECTION("zero days: the day itself, or the day it is treated as") {
        CHECK(add("2024-03-30", 0) == d("2024-03-30"));
        CHECK(add("2024-03-30", 0, Receipt::next_working_day) == d("2024-04-02"));
        CHECK(add("2024-03-28", 0) == d("2024-03-28"));
    }
    SECTION("negative: back from Thursday 4 April over Easter to Thursday 28 March") {
        CHECK(add("2024-04-04", -1) == d("2024-04-03"));
        CHECK(add("2024-04-04", -2) == d("2024-04-02"));
        CHECK(add("2024-04-04", -3) == d("2024-03-28"));
        CHECK(add("2024-04-04", -4) == d("2024-03-27"));
        // From a day off, the first working day before it is -1.
        CHECK(add("2024-03-30", -1) == d("2024-03-28"));
        CHECK(add("2024-04-01", -1) == d("2024-03-28"));
        // Under next-working-day, Saturday is first moved on to Tuesday 2 April.
        CHECK(add("2024-03-30", -1, Receipt::next_working_day) == d("2024-03-28"));
        CHECK(add("2024-03-30", -2, Receipt::next_working_day) == d("2024-03-27"));
    }
    SECTION("is_working_day and the reasons for a day off") {
        CHECK(england().is_working_day(d("2024-03-28")));
        CHECK_FALSE(england().is_working_day(d("2024-03-29")));
        CHECK_FALSE(england().is_working_day(d("2024-03-30")));
        CHECK_FALSE(england().is_working_day(d("2024-03-31")));
        CHECK_FALSE(england().is_working_day(d("2024-04-01")));
        CHECK(england().is_working_day(d("2024-04-02")));
        CHECK(england().day_off_reason(d("2024-03-28")) == std::nullopt);
        CHECK(england().day_off_reason(d("2024-03-29")) == "Good Friday");
        CHECK(england().day_off_reason(d("2024-03-30")) == "Saturday");
        CHECK(england().day_off_reason(d("2024-03-31")) == "Sunday");
        CHECK(england().day_off_reason(d("2024-04-01")) == "Easter Monday");
    }
    SECTION("Scotland has no Easter Monday: Wednesday 3 April") {
        CHECK(scotland().add_working_days(d("2024-03-30"), 3) == d("2024-04-03"));
        CHECK(scotland().is_working_day(d("2024-04-01")));
    }
}

TEST_CASE("count is the working days after A up to and including B", "[calendar][easter]") {
    CHECK(count("2024-03-30", "2024-04-04") == 3); // Sat -> Thu
    CHECK(count("2024-03-28", "2024-04-02") == 1); // Thu -> Tue: only Tuesday
    CHECK(count("2024-03-28", "2024-03-28") == 0);
    CHECK(count("2024-03-29", "2024-04-01") == 0); // Good Friday -> Easter Monday
    CHECK(count("2024-03-27", "2024-03-28") == 1);
    CHECK(count("2024-04-04", "2024-03-30") == -3);
    CHECK(count("2024-04-02", "2024-03-28") == -1);
    CHECK(count("2024-01-01", "2024-12-31") == 254); // 262 weekdays less 8 bank holidays
    CHECK(count("2023-12-31", "2024-12-31") == 254);
}

TEST_CASE("next, previous and roll forward", "[calendar][easter]") {
    const Calendar& cal = england();
    CHECK(cal.next_working_day(d("2024-03-28")) == d("2024-04-02"));     // Thu -> Tue
    CHECK(cal.next_working_day(d("2024-03-30")) == d("2024-04-02"));     // Sat -> Tue
    CHECK(cal.next_working_day(d("2024-04-02")) == d("2024-04-03"));     // Tue -> Wed
    CHECK(cal.previous_working_day(d("2024-04-02")) == d("2024-03-28")); // Tue -> Thu
    CHECK(cal.previous_working_day(d("2024-03-31")) == d("2024-03-28")); // Sun -> Thu
    CHECK(cal.previous_working_day(d("2024-03-28")) == d("2024-03-27")); // Thu -> Wed
    CHECK(cal.roll_forward(d("2024-03-29")) == d("2024-04-02"));         // Fri -> Tue
    CHECK(cal.roll_forward(d("2024-03-28")) == d("2024-03-28"));
    CHECK(cal.roll_forward(d("2024-04-02")) == d("2024-04-02"));
}

//    December 2024             January 2025
// Mo Tu We Th Fr Sa Su     Mo Tu We Th Fr Sa Su
//                    1            1  2  3  4  5
//  2  3  4  5  6  7  8      6  7  8  9 10 11 12
// 16 17 18 19 20 21 22
// 23 24 25 26 27 28 29     25 Christmas, 26 Boxing Day, 1 Jan New Year's Day,
// 30 31                    2 Jan (Scotland)
TEST_CASE("Christmas and New Year", "[calendar][christmas]") {
    CHECK(add("2024-12-24", 1) == d("2024-12-27")); // Tue -> Fri
    CHECK(add("2024-12-24", 2) == d("2024-12-30")); // -> Mon
    CHECK(add("2024-12-24", 3) == d("2024-12-31")); // -> Tue
    CHECK(add("2024-12-24", 4) == d("2025-01-02")); // -> Thu
    CHECK(add("2025-01-02", -4) == d("2024-12-24"));
    CHECK(count("2024-12-24", "2025-01-02") == 4);
    CHECK(count("2024-12-20", "2025-01-06") == 8); // Fri 20 Dec -> Mon 6 Jan: 23, 24, 27, 30, 31, 2, 3, 6
    SECTION("Scotland also stops on Thursday 2 January") {
        CHECK(scotland().add_working_days(d("2024-12-24"), 4) == d("2025-01-03"));
        CHECK(scotland().day_off_reason(d("2025-01-02")) == "2nd January");
    }
}

//    December 2021             January 2022
// Mo Tu We Th Fr Sa Su     Mo Tu We Th Fr Sa Su
// 20 21 22 23 24 25 26                     1  2
// 27 28 29 30 31            3  4  5  6  7  8  9
TEST_CASE("Christmas on a Saturday: substitutes on 27 and 28 December", "[calendar][christmas]") {
    CHECK(add("2021-12-24", 1) == d("2021-12-29"));  // Fri -> Wed
    CHECK(add("2021-12-31", 1) == d("2022-01-04"));  // Fri -> Tue (Mon 3 Jan substitute)
    CHECK(scotland().add_working_days(d("2021-12-31"), 1) == d("2022-01-05")); // and Tue 4 Jan
    CHECK(england().day_off_reason(d("2021-12-27")) == "Christmas Day (substitute day)");
    CHECK(england().day_off_reason(d("2021-12-28")) == "Boxing Day (substitute day)");
    CHECK(count("2021-12-24", "2022-01-04") == 4); // 29, 30, 31 Dec, 4 Jan
}

//    February 2024          February 2023
// Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
//           1  2  3  4          1  2  3  4  5
//  5  6  7  8  9 10 11    6  7  8  9 10 11 12
// 12 13 14 15 16 17 18   13 14 15 16 17 18 19
// 19 20 21 22 23 24 25   20 21 22 23 24 25 26
// 26 27 28 29            27 28
TEST_CASE("leap years: Thursday 29 February 2024 is a working day", "[calendar][leap]") {
    CHECK(add("2024-02-28", 1) == d("2024-02-29")); // Wed -> Thu
    CHECK(add("2024-02-28", 2) == d("2024-03-01")); // -> Fri
    CHECK(add("2024-02-29", 1) == d("2024-03-01"));
    CHECK(add("2024-03-01", -1) == d("2024-02-29"));
    CHECK(add("2023-02-28", 1) == d("2023-03-01")); // Tue -> Wed
    CHECK(count("2024-02-01", "2024-03-01") == 21);
    CHECK(count("2023-02-01", "2023-03-01") == 20);
}

//    January 1990               December 2100
// Mo Tu We Th Fr Sa Su     Mo Tu We Th Fr Sa Su
//  1  2  3  4  5  6  7            1  2  3  4  5
//  8  9 10 11 12 13 14     20 21 22 23 24 25 26
//                          27 28 29 30 31
// 1 Jan 1990 New Year's Day; 27-28 Dec 2100 Christmas and Boxing Day substitutes.
TEST_CASE("the calendar's range edges", "[calendar][range]") {
    const Calendar& cal = england();
    CHECK(cal.first_day() == d("1990-01-01"));
    CHECK(cal.last_day() == d("2100-12-31"));
    CHECK_FALSE(cal.is_working_day(d("1990-01-01")));
    CHECK(cal.is_working_day(d("1990-01-02")));
    CHECK(cal.is_working_day(d("2100-12-31")));
    CHECK_FALSE(cal.is_working_day(d("2100-12-28")));
    SECTION("inside the range every answer is given") {
        CHECK(add("1990-01-01", 1) == d("1990-01-02"));
        CHECK(add("2100-12-30", 1) == d("2100-12-31"));
        CHECK(add("2100-12-31", 0) == d("2100-12-31"));
        CHECK(add("1990-01-05", -3) == d("1990-01-02"));
        CHECK(count("1990-01-01", "2100-12-31") > 0);
        CHECK(cal.roll_forward(d("1990-01-01")) == d("1990-01-02"));
    }
    SECTION("outside it, or an answer beyond it, is a RangeError") {
        CHECK_THROWS_AS(cal.is_working_day(d("1989-12-31")), plaint::RangeError);
        CHECK_THROWS_AS(cal.is_working_day(d("2101-01-01")), plaint::RangeError);
        CHECK_THROWS_AS(cal.day_off_reason(d("1989-12-31")), plaint::RangeError);
        CHECK_THROWS_AS(add("1989-12-29", 1), plaint::RangeError);
        CHECK_THROWS_AS(add("2101-01-03", -1), plaint::RangeError);
        CHECK_THROWS_AS(add("2100-12-31", 1), plaint::RangeError);
        CHECK_THROWS_AS(add("1990-01-02", -1), plaint::RangeError);
        CHECK_THROWS_AS(add("2100-12-30", 5), plaint::RangeError);
        CHECK_THROWS_WITH(add("2100-12-30", 5), "2100-12-30 +5 working days is outside the calendar");
        CHECK_THROWS_WITH(cal.is_working_day(d("1989-12-31")), "1989-12-31 is outside the calendar");
        CHECK_THROWS_AS(count("1989-12-31", "1990-01-05"), plaint::RangeError);
        CHECK_THROWS_AS(count("2100-12-01", "2101-01-05"), plaint::RangeError);
        CHECK_THROWS_AS(cal.next_working_day(d("2100-12-31")), plaint::RangeError);
        CHECK_THROWS_AS(cal.previous_working_day(d("1990-01-02")), plaint::RangeError);
        CHECK_THROWS_AS(cal.days_off(1989), plaint::RangeError);
        CHECK_THROWS_AS(cal.days_off(2101), plaint::RangeError);
        CHECK_THROWS_AS(cal.explain_add(d("2100-12-30"), 5), plaint::RangeError);
        CHECK_THROWS_AS(cal.explain_count(d("1989-12-30"), d("1990-01-03")), plaint::RangeError);
    }
}

//    December 2026             January 2027          June 2024
// Mo Tu We Th Fr Sa Su     Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
// 21 22 23 24 25 26 27                  1  2  3   10 11 12 13 14 15 16
// 28 29 30 31               4  5  6  7  8  9 10
// Closures 29-31 Dec 2026; an added holiday Friday 14 June 2024.
TEST_CASE("closures and added or cancelled holidays from the spec", "[calendar][spec]") {
    CalendarSpec spec;
    spec.closures = {closure("2026-12-29", "Christmas closure"), closure("2026-12-30", "Christmas closure"),
                     closure("2026-12-31", "Christmas closure")};
    spec.added = {{d("2024-06-14"), "Extra day", false, DayOffKind::bank_holiday, "config"}};
    spec.cancelled = {d("2024-05-27")};
    const Calendar cal = Calendar::build(spec);

    CHECK(cal.day_off_reason(d("2026-12-29")) == "closure: Christmas closure");
    CHECK(cal.day_off_reason(d("2026-12-28")) == "Boxing Day (substitute day)");
    CHECK(cal.add_working_days(d("2026-12-24"), 1) == d("2027-01-04")); // Thu -> Mon
    CHECK(england().add_working_days(d("2026-12-24"), 1) == d("2026-12-29"));
    CHECK(cal.count_working_days(d("2026-12-24"), d("2027-01-04")) == 1);
    CHECK(cal.day_off_reason(d("2024-06-14")) == "Extra day");
    CHECK(cal.add_working_days(d("2024-06-13"), 1) == d("2024-06-17"));
    CHECK(cal.is_working_day(d("2024-05-27")));
    CHECK_FALSE(england().is_working_day(d("2024-05-27")));

    SECTION("days_off lists them in date order with their kind and source") {
        const auto days = cal.days_off(2026);
        REQUIRE(days.size() == 11);
        CHECK(days[8].date == d("2026-12-29"));
        CHECK(days[8].kind == DayOffKind::closure);
        CHECK(days[8].source == "config");
        for (std::size_t i = 1; i < days.size(); ++i) CHECK(days[i - 1].date <= days[i].date);
        const auto y2024 = cal.days_off(2024);
        CHECK(std::none_of(y2024.begin(), y2024.end(), [](const Holiday& h) { return h.date == d("2024-05-27"); }));
        CHECK(std::any_of(y2024.begin(), y2024.end(), [](const Holiday& h) { return h.date == d("2024-06-14"); }));
    }
    SECTION("a day off on a weekend changes nothing; one on a holiday keeps the holiday's name") {
        CalendarSpec weekend;
        weekend.closures = {closure("2024-06-15", "Saturday closure"), closure("2024-12-25", "Closed")};
        const Calendar c = Calendar::build(weekend);
        CHECK(c.day_off_reason(d("2024-06-15")) == "Saturday");
        CHECK(c.day_off_reason(d("2024-12-25")) == "Christmas Day");
        CHECK(c.count_working_days(d("2024-01-01"), d("2024-12-31")) == 254);
    }
    SECTION("days outside the range are ignored") {
        CalendarSpec outside;
        outside.closures = {closure("1989-12-29", "Too early"), closure("2101-01-03", "Too late")};
        const Calendar c = Calendar::build(outside);
        CHECK(c.count_working_days(d("1990-01-01"), d("2100-12-31")) ==
              england().count_working_days(d("1990-01-01"), d("2100-12-31")));
    }
}

TEST_CASE("explain_add names every day passed over", "[calendar][explain][easter]") {
    const Calendar& cal = england();
    SECTION("day zero from Saturday 30 March 2024, +3") {
        CHECK(lines(cal.explain_add(d("2024-03-30"), 3)) == std::vector<std::string>{
                  "2024-03-30 0 Saturday; still day 0",
                  "2024-03-31 skip Sunday",
                  "2024-04-01 skip Easter Monday",
                  "2024-04-02 1",
                  "2024-04-03 2",
                  "2024-04-04 3",
              });
    }
    SECTION("next working day from Saturday 30 March 2024, +3") {
        CHECK(lines(cal.explain_add(d("2024-03-30"), 3, Receipt::next_working_day)) == std::vector<std::string>{
                  "2024-03-30 skip Saturday; received on a non-working day",
                  "2024-03-31 skip Sunday",
                  "2024-04-01 skip Easter Monday",
                  "2024-04-02 0 treated as the day of receipt",
                  "2024-04-03 1",
                  "2024-04-04 2",
                  "2024-04-05 3",
              });
    }
    SECTION("backwards from Thursday 4 April 2024, -3") {
        CHECK(lines(cal.explain_add(d("2024-04-04"), -3)) == std::vector<std::string>{
                  "2024-04-04 0",
                  "2024-04-03 -1",
                  "2024-04-02 -2",
                  "2024-04-01 skip Easter Monday",
                  "2024-03-31 skip Sunday",
                  "2024-03-30 skip Saturday",
                  "2024-03-29 skip Good Friday",
                  "2024-03-28 -3",
              });
    }
    SECTION("zero days") {
        CHECK(lines(cal.explain_add(d("2024-03-28"), 0)) == std::vector<std::string>{"2024-03-28 0"});
        CHECK(lines(cal.explain_add(d("2024-03-31"), 0, Receipt::next_working_day)) ==
              std::vector<std::string>{"2024-03-31 skip Sunday; received on a non-working day",
                                       "2024-04-01 skip Easter Monday",
                                       "2024-04-02 0 treated as the day of receipt"});
    }
    SECTION("a closure is named as one") {
        CalendarSpec spec;
        spec.closures = {closure("2024-04-02", "Staff training")};
        const Calendar c = Calendar::build(spec);
        CHECK(lines(c.explain_add(d("2024-03-28"), 1)) == std::vector<std::string>{
                  "2024-03-28 0", "2024-03-29 skip Good Friday", "2024-03-30 skip Saturday",
                  "2024-03-31 skip Sunday", "2024-04-01 skip Easter Monday",
                  "2024-04-02 skip closure: Staff training", "2024-04-03 1"});
    }
}

TEST_CASE("explain_count walks from after A up to and including B", "[calendar][explain][easter]") {
    const Calendar& cal = england();
    CHECK(lines(cal.explain_count(d("2024-03-28"), d("2024-04-03"))) == std::vector<std::string>{
              "2024-03-28 0",
              "2024-03-29 skip Good Friday",
              "2024-03-30 skip Saturday",
              "2024-03-31 skip Sunday",
              "2024-04-01 skip Easter Monday",
              "2024-04-02 1",
              "2024-04-03 2",
          });
    CHECK(lines(cal.explain_count(d("2024-03-30"), d("2024-03-30"))) ==
          std::vector<std::string>{"2024-03-30 0 Saturday"});
    SECTION("backwards: (B, A] numbered down from A, then B") {
        CHECK(lines(cal.explain_count(d("2024-04-02"), d("2024-03-27"))) == std::vector<std::string>{
                  "2024-04-02 -1",
                  "2024-04-01 skip Easter Monday",
                  "2024-03-31 skip Sunday",
                  "2024-03-30 skip Saturday",
                  "2024-03-29 skip Good Friday",
                  "2024-03-28 -2",
                  "2024-03-27 0",
              });
        CHECK(cal.count_working_days(d("2024-04-02"), d("2024-03-27")) == -2);
    }
}

TEST_CASE("the last number of a walk is the count", "[calendar][explain]") {
    const Calendar& cal = england();
    for (const char* from : {"2024-03-28", "2024-03-30", "2024-12-24", "2025-01-01"})
        for (const char* to : {"2024-01-01", "2024-04-04", "2024-12-25", "2025-01-06"}) {
            const auto steps = cal.explain_count(d(from), d(to));
            int last = 0;
            for (const auto& s : steps)
                if (s.working_day && *s.working_day != 0) last = *s.working_day;
            INFO(from << " -> " << to);
            CHECK(last == cal.count_working_days(d(from), d(to)));
        }
}

TEST_CASE("the united-kingdom calendar rests on any division's holiday", "[calendar]") {
    const Calendar uk = Calendar::build({Division::united_kingdom, {}, {}, {}});
    CHECK(uk.division() == Division::united_kingdom);
    CHECK_FALSE(uk.is_working_day(d("2024-01-02")));  // Scotland
    CHECK_FALSE(uk.is_working_day(d("2024-03-18")));  // Northern Ireland, St Patrick's substitute
    CHECK_FALSE(uk.is_working_day(d("2024-04-01")));  // Easter Monday, not Scotland
    CHECK_FALSE(uk.is_working_day(d("2024-08-05")));  // Scotland's summer
    CHECK_FALSE(uk.is_working_day(d("2024-08-26")));  // the others' summer
    CHECK(uk.day_off_reason(d("2024-04-01")) == "Easter Monday (england-and-wales, northern-ireland)");
}

namespace {

// A plain reference: walk day by day with is_working_day alone.
Date reference_add(const Calendar& cal, Date start, int n, Receipt receipt) {
    if (receipt == Receipt::next_working_day)
        while (!cal.is_working_day(start)) start = start + 1;
    const int step = n >= 0 ? 1 : -1;
    for (int left = n * step; left > 0;) {
        start = start + step;
        if (cal.is_working_day(start)) --left;
    }
    return start;
}

int reference_count(const Calendar& cal, Date from, Date to) {
    int n = 0;
    for (Date day = std::min(from, to) + 1; day <= std::max(from, to); day = day + 1) n += cal.is_working_day(day);
    return to >= from ? n : -n;
}

// Random (date, n) pairs from a fixed seed, kept away from the range edges.
struct Sample {
    Date date;
    int n;
};

std::vector<Sample> samples(int how_many) {
    std::mt19937 random(20240330);
    const std::int32_t first = d("1990-10-01").days(), last = d("2100-03-31").days();
    std::vector<Sample> result;
    for (int i = 0; i < how_many; ++i) {
        const auto offset = static_cast<std::int32_t>(random() % static_cast<std::uint32_t>(last - first + 1));
        const int n = static_cast<int>(random() % 301u) - 150;
        result.push_back({Date::from_days(first + offset), n});
    }
    return result;
}

} // namespace

TEST_CASE("properties over random dates and spans", "[calendar][property]") {
    const auto pairs = samples(20000);
    for (const Calendar* cal : {&england(), &scotland()}) {
        for (const auto& [start, n] : pairs) {
            INFO(division_id(cal->division()) << " " << start.iso() << " " << n);
            const bool working = cal->is_working_day(start);
            const Date result = cal->add_working_days(start, n);
            const Date rolled = cal->add_working_days(start, n, Receipt::next_working_day);

            REQUIRE(result == reference_add(*cal, start, n, Receipt::day_zero));
            REQUIRE(rolled == reference_add(*cal, start, n, Receipt::next_working_day));
            REQUIRE(cal->count_working_days(start, result) == reference_count(*cal, start, result));
            if (n != 0) REQUIRE(cal->is_working_day(result));
            REQUIRE(cal->is_working_day(rolled));
            // Strictly monotonic in n.
            REQUIRE(cal->add_working_days(start, n + 1) > result);
            REQUIRE(cal->add_working_days(start, n + 1, Receipt::next_working_day) > rolled);
            // Counting back what was added: n, except that from a day off
            // going back the start itself is not in (result, start].
            if (n > 0 || working)
                REQUIRE(cal->count_working_days(start, result) == n);
            else
                REQUIRE(cal->count_working_days(start, result) == (n == 0 ? 0 : n + 1));
            // Under next-working-day, a day off's rolled receipt day counts too.
            if (n > 0) REQUIRE(cal->count_working_days(start, rolled) == (working ? n : n + 1));
            // Adding back returns to a working start.
            if (working) REQUIRE(cal->add_working_days(result, -n) == start);
            else REQUIRE(cal->add_working_days(rolled, -n) == cal->roll_forward(start));
            // One step is next / previous.
            if (n == 1) REQUIRE(result == cal->next_working_day(start));
            if (n == -1) REQUIRE(result == cal->previous_working_day(start));
        }
    }
}
