#include "plaint/calendar/govuk.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <set>

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
        if (!date) throw DataError(fmt::format("{}: invalid date {}", at, text::quoted(date_text)));
        if (date->year() < first_supported_year || date->year() > last_supported_year)
            throw DataError(fmt::format("{}: {} is outside the years the calendar covers ({}-{})", at, date_text,
                                        first_supported_year, last_supported_year));
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
    // JSON leaves a repeated key to the reader, and nlohmann keeps the last
    // one silently: a feed saying two things at once is a bad file.
    std::vector<std::set<std::string>> keys; // of each object being read
    std::optional<std::string> repeated;
    const auto note_keys = [&](int, json::parse_event_t event, json& parsed) {
        if (event == json::parse_event_t::object_start) keys.emplace_back();
        else if (event == json::parse_event_t::object_end && !keys.empty()) keys.pop_back();
        else if (event == json::parse_event_t::key && !keys.empty() && !keys.back().insert(parsed.get<std::string>()).second)
            repeated = repeated.value_or(parsed.get<std::string>());
        return true;
    };
    try {
        document = json::parse(json_text, note_keys);
    } catch (const json::parse_error& e) {
        throw DataError(fmt::format("{}: not valid JSON at byte {}", source, e.byte),
                        "expected GOV.UK's bank-holidays.json format");
    } catch (const json::out_of_range&) { // a number too large for a double (found by tests/fuzz)
        throw DataError(source + ": not valid JSON: a number out of range",
                        "expected GOV.UK's bank-holidays.json format");
    }
    if (repeated)
        throw DataError(fmt::format("{}: the key {} is given twice in one object", source, text::quoted(*repeated)),
                        "a feed says each thing once; fetch a fresh copy from GOV.UK");
    if (!document.is_object())
        throw DataError(source + ": expected a JSON object keyed by division");
    Feed feed;
    for (const auto& [key, body] : document.items()) {
        const auto division = parse_division(key);
        if (!division || *division == Division::united_kingdom)
            throw DataError(fmt::format("{}: unknown division {}", source, text::quoted(key)),
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
