// plaint/calendar/holidays: the bank holidays of each division from the
// rules and the one-off proclamations, checked against GOV.UK's own feed.

#include "plaint/calendar/holidays.hpp"
#include "plaint/core/error.hpp"
#include "support/dates.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>

using namespace plaint::calendar;
using plaint::Date;
using plaint::Weekday;
using plaint::test::d;

namespace {

struct Expected {
    std::string date;
    std::string title;
    bool substitute = false;
    bool operator<(const Expected& o) const { return date < o.date; }
};

// One division of a GOV.UK feed, read here with nlohmann::json directly
// rather than through plaint's own parser, by year.
std::map<int, std::vector<Expected>> feed_division(const std::string& file, const std::string& division) {
    std::ifstream in(std::string(PLAINT_TEST_DATA) + "/" + file);
    REQUIRE(in);
    const auto doc = nlohmann::json::parse(in);
    std::map<int, std::vector<Expected>> by_year;
    for (const auto& event : doc.at(division).at("events")) {
        const std::string date = event.at("date");
        by_year[std::stoi(date.substr(0, 4))].push_back(
            {date, event.at("title"), event.at("notes") == "Substitute day"});
    }
    for (auto& [year, events] : by_year) std::sort(events.begin(), events.end());
    return by_year;
}

std::vector<Expected> plaint_year(Division division, int year) {
    std::vector<Expected> result;
    for (const auto& h : statutory_holidays(division, year)) result.push_back({h.date.iso(), h.name, h.substitute});
    return result;
}

std::string describe(const std::vector<Expected>& days) {
    std::string text;
    for (const auto& e : days) text += "\n  " + e.date + " " + e.title + (e.substitute ? " (substitute)" : "");
    return text;
}

// Compares a feed with the rules year by year: dates, titles and the
// substitute flag. `adjust` edits plaint's list for the documented exceptions.
void check_feed(const std::string& file, Division division,
                void (*adjust)(int year, std::vector<Expected>& feed, std::vector<Expected>& rules) = nullptr) {
    const auto feed = feed_division(file, std::string(division_id(division)));
    REQUIRE(feed.size() >= 9);
    for (auto [year, expected] : feed) {
        auto actual = plaint_year(division, year);
        if (adjust) adjust(year, expected, actual);
        INFO(division_id(division) << " " << year << "\nfeed:" << describe(expected) << "\nplaint:" << describe(actual));
        REQUIRE(actual.size() == expected.size());
        for (std::size_t i = 0; i < actual.size(); ++i) {
            CHECK(actual[i].date == expected[i].date);
            CHECK(actual[i].title == expected[i].title);
            CHECK(actual[i].substitute == expected[i].substitute);
        }
    }
}

bool is_holiday(Division division, const char* iso) {
    const Date date = d(iso);
    for (const auto& h : statutory_holidays(division, date.year()))
        if (h.date == date) return true;
    return false;
}

std::string name_on(Division division, const char* iso) {
    const Date date = d(iso);
    for (const auto& h : statutory_holidays(division, date.year()))
        if (h.date == date) return h.label();
    return "";
}

constexpr Division divisions[] = {Division::england_and_wales, Division::scotland, Division::northern_ireland};

} // namespace

TEST_CASE("division identifiers are GOV.UK's", "[holidays]") {
    CHECK(division_id(Division::england_and_wales) == "england-and-wales");
    CHECK(division_id(Division::scotland) == "scotland");
    CHECK(division_id(Division::northern_ireland) == "northern-ireland");
    CHECK(division_id(Division::united_kingdom) == "united-kingdom");
    for (Division division : {Division::england_and_wales, Division::scotland, Division::northern_ireland,
                              Division::united_kingdom})
        CHECK(parse_division(division_id(division)) == division);
    CHECK_FALSE(parse_division("wales").has_value());
    CHECK_FALSE(parse_division("Scotland").has_value());
    CHECK(division_or_throw("scotland") == Division::scotland);
    CHECK_THROWS_AS(division_or_throw("england"), plaint::UsageError);
    CHECK_THROWS_WITH(division_or_throw("england"), "unknown calendar 'england'");
}

TEST_CASE("Easter Sunday", "[holidays]") {
    CHECK(easter_sunday(2024) == d("2024-03-31"));
    CHECK(easter_sunday(2025) == d("2025-04-20"));
    CHECK(easter_sunday(2019) == d("2019-04-21"));
    CHECK(easter_sunday(2008) == d("2008-03-23"));
    CHECK(easter_sunday(2038) == d("2038-04-25")); // the latest possible
    CHECK(easter_sunday(2285) == d("2285-03-22")); // the earliest possible
    CHECK(easter_sunday(2000) == d("2000-04-23"));
    CHECK(easter_sunday(1990) == d("1990-04-15"));
    CHECK(easter_sunday(2100) == d("2100-03-28"));
    for (int year = 1990; year <= 2100; ++year) {
        const Date easter = easter_sunday(year);
        CHECK(easter.weekday() == Weekday::sunday);
        CHECK(easter >= Date::from_ymd(year, 3, 22));
        CHECK(easter <= Date::from_ymd(year, 4, 25));
    }
}

TEST_CASE("the rules give GOV.UK's 2019-2027 feed for England and Wales", "[holidays][govuk]") {
    check_feed("govuk-bank-holidays-2019-2027.json", Division::england_and_wales);
}

TEST_CASE("the rules give GOV.UK's 2019-2027 feed for Northern Ireland", "[holidays][govuk]") {
    check_feed("govuk-bank-holidays-2019-2027.json", Division::northern_ireland);
}

TEST_CASE("the rules give GOV.UK's 2019-2027 feed for Scotland, less 2026-06-15", "[holidays][govuk]") {
    // The one documented difference: the feed copy predates the Scotland-only
    // extra bank holiday of Monday 15 June 2026.
    check_feed("govuk-bank-holidays-2019-2027.json", Division::scotland,
               [](int year, std::vector<Expected>&, std::vector<Expected>& rules) {
                   if (year != 2026) return;
                   const auto extra = std::find_if(rules.begin(), rules.end(),
                                                   [](const Expected& e) { return e.date == "2026-06-15"; });
                   REQUIRE(extra != rules.end());
                   rules.erase(extra);
               });
}

TEST_CASE("the rules give GOV.UK's 2012-2020 feed for England and Wales", "[holidays][govuk]") {
    // The feed notes the moved Spring bank holiday of 4 June 2012 as a
    // "Substitute day"; plaint names it as moved by proclamation, as GOV.UK
    // itself does for the moved Spring bank holiday of 2 June 2022.
    check_feed("govuk-bank-holidays-ew-2012-2020.json", Division::england_and_wales,
               [](int year, std::vector<Expected>& feed, std::vector<Expected>&) {
                   if (year != 2012) return;
                   for (auto& e : feed)
                       if (e.date == "2012-06-04") {
                           CHECK(e.substitute);
                           e.substitute = false;
                       }
               });
}

//       May 1995
// Mo Tu We Th Fr Sa Su
//  1  2  3  4  5  6  7     1 the usual Early May Monday, not a holiday in 1995
//  8  9 10 11 12 13 14     8 VE day 50th anniversary
TEST_CASE("one-off: 1995 Early May bank holiday moved to VE day", "[holidays][one-off]") {
    for (Division division : divisions) {
        CHECK(is_holiday(division, "1995-05-08")); // Monday
        CHECK_FALSE(is_holiday(division, "1995-05-01")); // Monday
    }
    CHECK(name_on(Division::england_and_wales, "1995-05-08") == "Early May bank holiday (VE day)");
}

//    December 1999          January 2000
// Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
// 27 28 29 30 31                        1  2
//                         3  4  5  6  7  8  9
TEST_CASE("one-off: the millennium, Friday 31 December 1999", "[holidays][one-off]") {
    for (Division division : divisions) {
        CHECK(is_holiday(division, "1999-12-31"));
        CHECK(is_holiday(division, "2000-01-03")); // New Year's Day substitute, Monday
    }
    CHECK(name_on(Division::england_and_wales, "1999-12-31") == "Millennium Celebrations");
    CHECK(is_holiday(Division::scotland, "2000-01-04")); // 2nd January substitute, Tuesday
    CHECK_FALSE(is_holiday(Division::england_and_wales, "2000-01-04"));
}

//       May 2002                June 2002
// Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
// 27 28 29 30 31                          1  2
//                         3  4  5  6  7  8  9
TEST_CASE("one-off: 2002 Golden Jubilee, Spring bank holiday moved", "[holidays][one-off]") {
    for (Division division : divisions) {
        CHECK_FALSE(is_holiday(division, "2002-05-27")); // Monday, the usual last Monday
        CHECK(is_holiday(division, "2002-06-03"));       // Monday
        CHECK(is_holiday(division, "2002-06-04"));       // Tuesday
    }
    CHECK(name_on(Division::england_and_wales, "2002-06-03") == "Golden Jubilee bank holiday");
    CHECK(name_on(Division::england_and_wales, "2002-06-04") == "Spring bank holiday");
}

TEST_CASE("one-off: the royal wedding, Friday 29 April 2011", "[holidays][one-off]") {
    for (Division division : divisions) CHECK(is_holiday(division, "2011-04-29"));
    CHECK(d("2011-04-29").weekday() == Weekday::friday);
}

//       May 2012                June 2012
// Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
// 28 29 30 31                         1  2  3
//                         4  5  6  7  8  9 10
TEST_CASE("one-off: 2012 Diamond Jubilee, Spring bank holiday moved", "[holidays][one-off]") {
    for (Division division : divisions) {
        CHECK_FALSE(is_holiday(division, "2012-05-28")); // Monday
        CHECK(is_holiday(division, "2012-06-04"));       // Monday
        CHECK(is_holiday(division, "2012-06-05"));       // Tuesday
    }
    CHECK(name_on(Division::scotland, "2012-06-05") == "Queen’s Diamond Jubilee");
}

//       May 2020
// Mo Tu We Th Fr Sa Su
//              1  2  3
//  4  5  6  7  8  9 10     4 not a holiday in 2020; 8 VE day 75th anniversary
TEST_CASE("one-off: 2020 Early May bank holiday moved to Friday 8 May", "[holidays][one-off]") {
    for (Division division : divisions) {
        CHECK_FALSE(is_holiday(division, "2020-05-04"));
        CHECK(is_holiday(division, "2020-05-08"));
    }
}

//       May 2022                June 2022
// Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
// 30 31                         1  2  3  4  5
TEST_CASE("one-off: 2022 Platinum Jubilee, state funeral", "[holidays][one-off]") {
    for (Division division : divisions) {
        CHECK_FALSE(is_holiday(division, "2022-05-30")); // Monday
        CHECK(is_holiday(division, "2022-06-02"));       // Thursday
        CHECK(is_holiday(division, "2022-06-03"));       // Friday
        CHECK(is_holiday(division, "2022-09-19"));       // Monday
    }
    CHECK(name_on(Division::northern_ireland, "2022-06-03") == "Platinum Jubilee bank holiday");
}

TEST_CASE("one-off: the coronation, Monday 8 May 2023, besides 1 May", "[holidays][one-off]") {
    for (Division division : divisions) {
        CHECK(is_holiday(division, "2023-05-01"));
        CHECK(is_holiday(division, "2023-05-08"));
    }
}

//      June 2026
// Mo Tu We Th Fr Sa Su
//  1  2  3  4  5  6  7
//  8  9 10 11 12 13 14
// 15 16 17 18 19 20 21    15 Scotland only
TEST_CASE("one-off: Scotland only, Monday 15 June 2026", "[holidays][one-off]") {
    CHECK(is_holiday(Division::scotland, "2026-06-15"));
    CHECK_FALSE(is_holiday(Division::england_and_wales, "2026-06-15"));
    CHECK_FALSE(is_holiday(Division::northern_ireland, "2026-06-15"));
    CHECK(is_holiday(Division::united_kingdom, "2026-06-15"));
    CHECK(name_on(Division::united_kingdom, "2026-06-15") == "Extra bank holiday (scotland)");
}

//    December 2021          December 2022          December 2020
// Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
// 20 21 22 23 24 25 26   19 20 21 22 23 24 25   21 22 23 24 25 26 27
// 27 28 29 30 31         26 27 28 29 30 31      28 29 30 31
TEST_CASE("Christmas and Boxing Day substitutes", "[holidays][substitute]") {
    for (Division division : divisions) {
        // Christmas on Saturday 2021: Monday 27 and Tuesday 28 stand in.
        CHECK(name_on(division, "2021-12-27") == "Christmas Day (substitute day)");
        CHECK(name_on(division, "2021-12-28") == "Boxing Day (substitute day)");
        // Christmas on Sunday 2022: Boxing Day is Monday 26, Christmas moves to Tuesday 27.
        CHECK(name_on(division, "2022-12-26") == "Boxing Day");
        CHECK(name_on(division, "2022-12-27") == "Christmas Day (substitute day)");
        // Boxing Day on Saturday 2020: Monday 28.
        CHECK(name_on(division, "2020-12-25") == "Christmas Day");
        CHECK(name_on(division, "2020-12-28") == "Boxing Day (substitute day)");
        CHECK_FALSE(is_holiday(division, "2020-12-26"));
    }
}

//    January 2021           January 2022           January 2023
// Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
//              1  2  3                   1  2                      1
//  4  5  6  7  8  9 10    3  4  5  6  7  8  9    2  3  4  5  6  7  8
TEST_CASE("New Year substitutes; Scotland's 2 January", "[holidays][substitute]") {
    // 2021: Friday 1st; 2nd is a Saturday, so Monday 4th in Scotland.
    CHECK(name_on(Division::scotland, "2021-01-01") == "New Year’s Day");
    CHECK(name_on(Division::scotland, "2021-01-04") == "2nd January (substitute day)");
    CHECK_FALSE(is_holiday(Division::england_and_wales, "2021-01-04"));
    // 2022: Saturday 1st and Sunday 2nd, so Monday 3rd and Tuesday 4th.
    CHECK(name_on(Division::scotland, "2022-01-03") == "New Year’s Day (substitute day)");
    CHECK(name_on(Division::scotland, "2022-01-04") == "2nd January (substitute day)");
    CHECK(name_on(Division::england_and_wales, "2022-01-03") == "New Year’s Day (substitute day)");
    CHECK_FALSE(is_holiday(Division::england_and_wales, "2022-01-04"));
    // 2023: Sunday 1st. New Year's Day moves to Monday 2nd, and 2nd January,
    // its day taken, to Tuesday 3rd (as GOV.UK lists them).
    CHECK(name_on(Division::scotland, "2023-01-02") == "New Year’s Day (substitute day)");
    CHECK(name_on(Division::scotland, "2023-01-03") == "2nd January (substitute day)");
    CHECK(name_on(Division::england_and_wales, "2023-01-02") == "New Year’s Day (substitute day)");
    CHECK(name_on(Division::northern_ireland, "2023-01-02") == "New Year’s Day (substitute day)");
    CHECK_FALSE(is_holiday(Division::england_and_wales, "2023-01-03"));
}

//    November 2019          November 2007
// Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
// 25 26 27 28 29 30      26 27 28 29 30
//  2 December            (Friday 30th)
TEST_CASE("St Andrew's Day in Scotland from 2007", "[holidays][substitute]") {
    CHECK(name_on(Division::scotland, "2007-11-30") == "St Andrew’s Day"); // Friday
    CHECK_FALSE(is_holiday(Division::scotland, "2006-11-30"));             // Thursday
    CHECK_FALSE(is_holiday(Division::scotland, "1999-11-30"));             // Tuesday
    CHECK(name_on(Division::scotland, "2019-12-02") == "St Andrew’s Day (substitute day)"); // Sat 30th -> Mon
    CHECK(name_on(Division::scotland, "2025-12-01") == "St Andrew’s Day (substitute day)"); // Sun 30th -> Mon
    CHECK_FALSE(is_holiday(Division::england_and_wales, "2026-11-30"));
    CHECK_FALSE(is_holiday(Division::northern_ireland, "2026-11-30"));
}

//      March 2024               July 2020              July 2025
// Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su   Mo Tu We Th Fr Sa Su
// 11 12 13 14 15 16 17    6  7  8  9 10 11 12    7  8  9 10 11 12 13
// 18 19 20 21 22 23 24   13 14 15 16 17 18 19   14 15 16 17 18 19 20
TEST_CASE("Northern Ireland: St Patrick's Day and the Battle of the Boyne", "[holidays][substitute]") {
    CHECK(name_on(Division::northern_ireland, "2023-03-17") == "St Patrick’s Day"); // Friday
    CHECK(name_on(Division::northern_ireland, "2024-03-18") == "St Patrick’s Day (substitute day)"); // Sun 17th
    CHECK(name_on(Division::northern_ireland, "2024-07-12") == "Battle of the Boyne (Orangemen’s Day)"); // Friday
    CHECK(name_on(Division::northern_ireland, "2020-07-13") ==
          "Battle of the Boyne (Orangemen’s Day) (substitute day)"); // Sunday 12th
    CHECK(name_on(Division::northern_ireland, "2025-07-14") ==
          "Battle of the Boyne (Orangemen’s Day) (substitute day)"); // Saturday 12th
    CHECK_FALSE(is_holiday(Division::england_and_wales, "2023-03-17"));
    CHECK_FALSE(is_holiday(Division::scotland, "2024-07-12"));
}

TEST_CASE("Scotland: no Easter Monday, Summer bank holiday in early August", "[holidays]") {
    CHECK(is_holiday(Division::scotland, "2024-03-29"));        // Good Friday
    CHECK_FALSE(is_holiday(Division::scotland, "2024-04-01"));  // Easter Monday
    CHECK(is_holiday(Division::scotland, "2024-08-05"));        // first Monday of August
    CHECK_FALSE(is_holiday(Division::scotland, "2024-08-26"));
    CHECK(is_holiday(Division::england_and_wales, "2024-08-26")); // last Monday of August
    CHECK_FALSE(is_holiday(Division::england_and_wales, "2024-08-05"));
}

TEST_CASE("every year's holidays are sorted weekdays, one per date", "[holidays]") {
    for (Division division : {Division::england_and_wales, Division::scotland, Division::northern_ireland,
                              Division::united_kingdom})
        for (int year = first_supported_year; year <= last_supported_year; ++year) {
            const auto days = statutory_holidays(division, year);
            INFO(division_id(division) << " " << year);
            REQUIRE(days.size() >= 8);
            for (std::size_t i = 0; i < days.size(); ++i) {
                CHECK_FALSE(days[i].date.is_weekend());
                CHECK(days[i].date.year() == year);
                CHECK(days[i].kind == DayOffKind::bank_holiday);
                if (i > 0) CHECK(days[i - 1].date < days[i].date);
            }
        }
}

TEST_CASE("united-kingdom is the union of the three divisions", "[holidays]") {
    for (int year = first_supported_year; year <= last_supported_year; ++year) {
        std::set<Date> expected;
        for (Division division : divisions)
            for (const auto& h : statutory_holidays(division, year)) expected.insert(h.date);
        std::set<Date> actual;
        for (const auto& h : statutory_holidays(Division::united_kingdom, year)) actual.insert(h.date);
        INFO(year);
        CHECK(actual == expected);
    }
    // Names say which divisions a day belongs to when not all three.
    CHECK(name_on(Division::united_kingdom, "2024-01-01") == "New Year’s Day");
    CHECK(name_on(Division::united_kingdom, "2024-01-02") == "2nd January (scotland)");
    CHECK(name_on(Division::united_kingdom, "2024-04-01") == "Easter Monday (england-and-wales, northern-ireland)");
    CHECK(name_on(Division::united_kingdom, "2024-03-18") == "St Patrick’s Day (northern-ireland) (substitute day)");
    CHECK(name_on(Division::united_kingdom, "2023-01-03") == "2nd January (scotland) (substitute day)");
}

TEST_CASE("outside 1990-2100 there is a RangeError, never a wrong date", "[holidays][range]") {
    for (Division division : {Division::england_and_wales, Division::scotland, Division::northern_ireland,
                              Division::united_kingdom}) {
        CHECK_THROWS_AS(statutory_holidays(division, 1989), plaint::RangeError);
        CHECK_THROWS_AS(statutory_holidays(division, 2101), plaint::RangeError);
        CHECK_THROWS_AS(statutory_holidays(division, 0), plaint::RangeError);
        CHECK_NOTHROW(statutory_holidays(division, 1990));
        CHECK_NOTHROW(statutory_holidays(division, 2100));
    }
    CHECK_THROWS_WITH(statutory_holidays(Division::england_and_wales, 1989),
                      "no bank-holiday rules for 1989: plaint's calendar covers 1990 to 2100");
}

TEST_CASE("a holiday's label names a substitute day", "[holidays]") {
    Holiday h{d("2021-12-27"), "Christmas Day", true};
    CHECK(h.label() == "Christmas Day (substitute day)");
    h.substitute = false;
    CHECK(h.label() == "Christmas Day");
}
