#include "plaint/calendar/govuk.hpp"

#include "plaint/core/error.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace plaint::calendar {
namespace {

using nlohmann::json;

std::string text_field(const json& event, const char* key, const std::string& where) {
    auto it = event.find(key);
    if (it == event.end()) return {};
    if (!it->is_string()) throw DataError(fmt::format("{}: \"{}\" must be a string", where, key));
    return it->get<std::string>();
}

FeedDivision parse_division_events(const json& body, const std::string& where) {
    if (!body.is_object() || !body.contains("events") || !body["events"].is_array())
        throw DataError(fmt::format("{}: expected an object with an \"events\" array", where));
    FeedDivision result;
    std::size_t index = 0;
    for (const auto& event : body["events"]) {
        const std::string at = fmt::format("{}.events[{}]", where, index++);
        if (!event.is_object()) throw DataError(at + ": expected an object");
        const std::string date_text = text_field(event, "date", at);
        const auto date = parse_iso_date(date_text);
        if (!date) throw DataError(fmt::format("{}: invalid date '{}'", at, date_text));
        const std::string title = text_field(event, "title", at);
        if (title.empty()) throw DataError(at + ": missing \"title\"");
        const bool substitute = text_field(event, "notes", at) == "Substitute day";
        result.events.push_back({*date, title, substitute, DayOffKind::bank_holiday, "import"});
    }
    std::sort(result.events.begin(), result.events.end(),
              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    if (!result.events.empty()) {
        result.first_year = result.events.front().date.year();
        result.last_year = result.events.back().date.year();
    }
    return result;
}

bool has_date(const std::vector<Holiday>& days, Date date) {
    return std::any_of(days.begin(), days.end(), [&](const Holiday& h) { return h.date == date; });
}

} // namespace

Feed parse_govuk_feed(std::string_view json_text, const std::string& source) {
    json document;
    try {
        document = json::parse(json_text);
    } catch (const json::parse_error& e) {
        throw DataError(fmt::format("{}: not valid JSON at byte {}", source, e.byte),
                        "expected GOV.UK's bank-holidays.json format");
    } catch (const json::out_of_range&) { // a number too large for a double (found by tests/fuzz)
        throw DataError(source + ": not valid JSON: a number out of range",
                        "expected GOV.UK's bank-holidays.json format");
    }
    if (!document.is_object())
        throw DataError(source + ": expected a JSON object keyed by division");
    Feed feed;
    for (const auto& [key, body] : document.items()) {
        const auto division = parse_division(key);
        if (!division || *division == Division::united_kingdom)
            throw DataError(fmt::format("{}: unknown division '{}'", source, key),
                            "GOV.UK divisions are england-and-wales, scotland, northern-ireland");
        auto parsed = parse_division_events(body, fmt::format("{}: {}", source, key));
        for (auto& h : parsed.events) h.source = "import:" + source;
        feed[*division] = std::move(parsed);
    }
    return feed;
}

std::vector<FeedDifference> compare_with_rules(const Feed& feed) {
    std::vector<FeedDifference> result;
    for (const auto& [division, body] : feed) {
        FeedDifference diff{division, {}, {}};
        if (body.events.empty()) continue;
        std::vector<Holiday> rules;
        for (int year = body.first_year; year <= body.last_year; ++year)
            for (auto& h : statutory_holidays(division, year)) rules.push_back(std::move(h));
        for (const auto& h : body.events)
            if (!has_date(rules, h.date)) diff.missing_from_rules.push_back(h);
        for (const auto& h : rules)
            if (!has_date(body.events, h.date)) diff.missing_from_feed.push_back(h);
        result.push_back(std::move(diff));
    }
    return result;
}

} // namespace plaint::calendar
