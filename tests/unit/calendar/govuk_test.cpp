// plaint/calendar/govuk and import_store: reading GOV.UK's bank-holidays.json,
// comparing it with the rules, recording what it adds, and the calendar
// then resting on the recorded days.

#include "plaint/calendar/calendar.hpp"
#include "plaint/calendar/govuk.hpp"
#include "plaint/calendar/import_store.hpp"
#include "plaint/config/config.hpp"
#include "plaint/core/error.hpp"
#include "support/dates.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

using namespace plaint::calendar;
using Catch::Matchers::Contains;
using plaint::DataError;
using plaint::Date;
using plaint::test::d;
using plaint::test::read_text;
using plaint::test::TempDir;

namespace {

std::string data_file(const std::string& name) { return read_text(std::string(PLAINT_TEST_DATA) + "/" + name); }

const Feed& feed_2019_2027() {
    static const Feed feed = parse_govuk_feed(data_file("govuk-bank-holidays-2019-2027.json"), "bank-holidays.json");
    return feed;
}

// A one-division feed from (date, title, notes) triples.
std::string feed_text(const std::string& division,
                      std::initializer_list<std::tuple<const char*, const char*, const char*>> events) {
    std::string text = "{\"" + division + "\": {\"division\": \"" + division + "\", \"events\": [";
    bool first = true;
    for (const auto& [date, title, notes] : events) {
        text += std::string(first ? "" : ",") + "{\"title\": \"" + title + "\", \"date\": \"" + date +
                "\", \"notes\": \"" + notes + "\", \"bunting\": true}";
        first = false;
    }
    return text + "]}}";
}

std::string parse_error(const std::string& text) {
    try {
        parse_govuk_feed(text, "feed.json");
    } catch (const DataError& e) {
        return e.what();
    }
    return "no error";
}

std::vector<std::string> dates(const std::vector<Holiday>& days) {
    std::vector<std::string> result;
    for (const auto& h : days) result.push_back(h.date.iso());
    return result;
}

plaint::config::Settings load_with_imports(const std::filesystem::path& imports, const char* division) {
    plaint::config::Sources sources;
    sources.imports_file = imports;
    sources.division_flag = division;
    return plaint::config::load(sources);
}

} // namespace

TEST_CASE("GOV.UK's 2019-2027 feed: three divisions, sorted, with substitute days", "[govuk]") {
    const Feed& feed = feed_2019_2027();
    REQUIRE(feed.size() == 3);
    CHECK(feed.at(Division::england_and_wales).events.size() == 75);
    CHECK(feed.at(Division::scotland).events.size() == 84);
    CHECK(feed.at(Division::northern_ireland).events.size() == 93);
    for (const auto& [division, body] : feed) {
        CHECK(body.first_year == 2019);
        CHECK(body.last_year == 2027);
        CHECK(std::is_sorted(body.events.begin(), body.events.end(),
                             [](const Holiday& a, const Holiday& b) { return a.date < b.date; }));
    }
    const auto& ew = feed.at(Division::england_and_wales).events;
    // Christmas 2021 fell on a Saturday: substitutes on Monday 27 and Tuesday 28 December.
    auto on = [&](const char* iso) { return *std::find_if(ew.begin(), ew.end(), [&](auto& h) { return h.date == d(iso); }); };
    CHECK(on("2021-12-27").name == "Christmas Day");
    CHECK(on("2021-12-27").substitute);
    CHECK(on("2021-12-28").name == "Boxing Day");
    CHECK(on("2022-09-19").name == "Bank Holiday for the State Funeral of Queen Elizabeth II");
    CHECK_FALSE(on("2022-09-19").substitute);
    CHECK(on("2023-05-08").source == "import:bank-holidays.json");
    CHECK(on("2023-05-08").kind == DayOffKind::bank_holiday);
}

TEST_CASE("the 2019-2027 feed against the rules: only Scotland's 15 June 2026 differs", "[govuk]") {
    const auto differences = compare_with_rules(feed_2019_2027());
    REQUIRE(differences.size() == 3);
    for (const auto& diff : differences) {
        INFO(division_id(diff.division));
        CHECK(diff.missing_from_rules.empty());
        if (diff.division == Division::scotland)
            CHECK(dates(diff.missing_from_feed) == std::vector<std::string>{"2026-06-15"});
        else
            CHECK(diff.missing_from_feed.empty());
    }
}

TEST_CASE("the England and Wales 2012-2020 feed agrees with the rules on every date", "[govuk]") {
    const Feed feed = parse_govuk_feed(data_file("govuk-bank-holidays-ew-2012-2020.json"), "old.json");
    REQUIRE(feed.size() == 1);
    CHECK(feed.at(Division::england_and_wales).first_year == 2012);
    const auto differences = compare_with_rules(feed);
    REQUIRE(differences.size() == 1);
    CHECK(differences[0].missing_from_rules.empty());
    CHECK(differences[0].missing_from_feed.empty());
}

TEST_CASE("a newly proclaimed holiday shows as missing from the rules", "[govuk][one-off]") {
    const Feed feed = parse_govuk_feed(feed_text("england-and-wales", {{"2027-01-01", "New Year’s Day", ""},
                                                                       {"2027-06-14", "Extra bank holiday", ""},
                                                                       {"2027-03-26", "Good Friday", ""}}),
                                       "new.json");
    const auto differences = compare_with_rules(feed);
    REQUIRE(differences.size() == 1);
    CHECK(dates(differences[0].missing_from_rules) == std::vector<std::string>{"2027-06-14"});
    CHECK(differences[0].missing_from_rules[0].name == "Extra bank holiday");
    // The feed lists three days of 2027; the rules' others are missing from it.
    CHECK(differences[0].missing_from_feed.size() == 6);
}

TEST_CASE("malformed feeds are DataErrors that say where", "[govuk][errors]") {
    CHECK_THAT(parse_error("{\"england-and-wales\": "), Contains("feed.json: not valid JSON at byte"));
    CHECK_THAT(parse_error("[]"), Contains("feed.json: expected a JSON object keyed by division"));
    CHECK_THAT(parse_error(feed_text("wales", {})), Contains("feed.json: unknown division 'wales'"));
    CHECK_THAT(parse_error(feed_text("united-kingdom", {})), Contains("unknown division 'united-kingdom'"));
    CHECK_THAT(parse_error("{\"scotland\": {\"division\": \"scotland\"}}"),
               Contains("feed.json: scotland: expected an object with an \"events\" array"));
    CHECK_THAT(parse_error("{\"scotland\": {\"events\": [1]}}"),
               Contains("feed.json: scotland.events[0]: expected an object"));
    CHECK_THAT(parse_error(feed_text("scotland", {{"2024-01-01", "New Year", ""}, {"2024-02-30", "Bad", ""}})),
               Contains("feed.json: scotland.events[1]: invalid date '2024-02-30'"));
    CHECK_THAT(parse_error(feed_text("scotland", {{"2024-01-01", "", ""}})),
               Contains("scotland.events[0]: missing \"title\""));
    CHECK_THAT(parse_error("{\"scotland\": {\"events\": [{\"date\": 20240101, \"title\": \"x\"}]}}"),
               Contains("scotland.events[0]: \"date\" must be a string"));
    CHECK_THROWS_AS(parse_govuk_feed("", "empty.json"), DataError);
}

TEST_CASE("an empty feed parses and differs from nothing", "[govuk]") {
    const Feed feed = parse_govuk_feed(feed_text("northern-ireland", {}), "empty.json");
    REQUIRE(feed.size() == 1);
    CHECK(feed.at(Division::northern_ireland).events.empty());
    for (const auto& diff : compare_with_rules(feed)) {
        CHECK(diff.missing_from_rules.empty());
        CHECK(diff.missing_from_feed.empty());
    }
}

//       June 2027
// Mo Tu We Th Fr Sa Su
//  7  8  9 10 11 12 13
// 14 15 16 17 18 19 20    14 an extra bank holiday the feed adds
TEST_CASE("an import is recorded, read back as a layer, and the calendar rests on it", "[govuk][import]") {
    TempDir dir;
    const auto file = dir / "imported-holidays.toml";
    const Feed feed = parse_govuk_feed(feed_text("england-and-wales", {{"2027-06-14", "Extra bank holiday", ""}}),
                                       "new.json");
    record_import(file, feed, compare_with_rules(feed), false, d("2026-11-30"));
    const std::string text = read_text(file);
    CHECK_THAT(text, Contains("on 2026-11-30"));
    CHECK_THAT(text, Contains("[[holiday]]\ndivision = \"england-and-wales\"\ndate = 2027-06-14\n"
                              "name = \"Extra bank holiday\"\n"));
    CHECK_THAT(text, !Contains("\n[[cancelled]]\n"));

    const auto settings = load_with_imports(file, "england-and-wales");
    REQUIRE(settings.holidays.size() == 1);
    CHECK(settings.holidays[0].date == d("2027-06-14"));
    CHECK(settings.origin.at("calendar.imported") == file.string());
    CHECK(settings.origin.at("calendar.holidays") == file.string()); // config show names the file
    const Calendar cal = Calendar::build(settings.calendar_spec());
    CHECK_FALSE(cal.is_working_day(d("2027-06-14")));
    CHECK(cal.day_off_reason(d("2027-06-14")) == std::optional<std::string>("Extra bank holiday"));
    CHECK(cal.add_working_days(d("2027-06-11"), 1) == d("2027-06-15")); // Friday + 1 skips the weekend and Monday

    // Another division's calendar ignores it.
    const auto scots = load_with_imports(file, "scotland");
    CHECK(scots.holidays.empty());
    CHECK(Calendar::build(scots.calendar_spec()).is_working_day(d("2027-06-14")));
}

TEST_CASE("an import with replace records the rule days a feed lacks as cancelled", "[govuk][import]") {
    TempDir dir;
    const auto file = dir / "imported-holidays.toml";
    record_import(file, feed_2019_2027(), compare_with_rules(feed_2019_2027()), true, d("2026-11-30"));
    CHECK_THAT(read_text(file), Contains("[[cancelled]]\ndivision = \"scotland\"\ndate = 2026-06-15\n"));
    const auto scots = load_with_imports(file, "scotland");
    CHECK(scots.cancelled == std::vector<Date>{d("2026-06-15")});
    const Calendar cal = Calendar::build(scots.calendar_spec());
    CHECK(cal.is_working_day(d("2026-06-15")));
    CHECK_FALSE(cal.is_working_day(d("2026-11-30"))); // St Andrew's Day is still a holiday
}

TEST_CASE("a later import replaces the years it covers and keeps the others", "[govuk][import]") {
    TempDir dir;
    const auto file = dir / "imported-holidays.toml";
    const Feed first = parse_govuk_feed(feed_text("england-and-wales", {{"2027-06-14", "Extra one", ""},
                                                                        {"2028-06-12", "Extra two", ""}}),
                                        "first.json");
    record_import(file, first, compare_with_rules(first), false, d("2026-11-30"));
    // The second feed covers 2028 only, and no longer has the extra day.
    const Feed second = parse_govuk_feed(feed_text("england-and-wales", {{"2028-01-03", "New Year’s Day", "Substitute day"}}),
                                         "second.json");
    record_import(file, second, compare_with_rules(second), false, d("2026-12-01"));
    const auto settings = load_with_imports(file, "england-and-wales");
    REQUIRE(settings.holidays.size() == 1);
    CHECK(settings.holidays[0].date == d("2027-06-14"));
    CHECK(settings.holidays[0].name == "Extra one");
}

TEST_CASE("a recorded import that is not TOML is a DataError naming file:line:column", "[govuk][import][errors]") {
    TempDir dir;
    const auto file = dir.write("imported-holidays.toml", "[[holiday]\n");
    const Feed feed = parse_govuk_feed(feed_text("scotland", {}), "x.json");
    try {
        record_import(file, feed, compare_with_rules(feed), false, d("2026-11-30"));
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK_THAT(e.what(), Contains(file.string() + ":1:"));
    }
}
