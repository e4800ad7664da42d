#include "plaint/register/case.hpp"

#include "plaint/core/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace plaint::reg {
namespace {

using ordered_json = nlohmann::ordered_json;

template <std::size_t N>
void check_member(const std::string& value, const char* const (&allowed)[N], const char* what) {
    if (std::find(std::begin(allowed), std::end(allowed), value) != std::end(allowed)) return;
    throw UsageError(fmt::format("unknown {} '{}'", what, value),
                     fmt::format("{}s are {}", what, fmt::join(allowed, ", ")));
}

ordered_json optional_text(const std::optional<std::string>& value) {
    return value ? ordered_json(*value) : ordered_json();
}

ordered_json optional_date(const std::optional<Date>& value) {
    return value ? ordered_json(value->iso()) : ordered_json();
}

std::optional<std::string> text_or_null(const nlohmann::json& details, const char* key) {
    auto it = details.find(key);
    if (it == details.end() || it->is_null()) return std::nullopt;
    return it->get<std::string>();
}

std::optional<Date> date_or_null(const nlohmann::json& details, const char* key) {
    auto text = text_or_null(details, key);
    if (!text) return std::nullopt;
    return parse_iso_date(*text);
}

std::vector<Aspect> aspects_from(const nlohmann::json& list) {
    std::vector<Aspect> aspects;
    for (const auto& a : list)
        aspects.push_back({a.at("subject").get<std::string>(), a.value("service", std::string()),
                           a.value("profession", std::string())});
    return aspects;
}

// The classification keys an event names replace the record's; null clears.
void apply_classification(CaseRecord& r, const nlohmann::json& d) {
    if (auto it = d.find("aspects"); it != d.end()) r.aspects = it->is_array() ? aspects_from(*it) : std::vector<Aspect>{};
    if (d.contains("age_band")) r.age_band = text_or_null(d, "age_band");
    if (d.contains("complainant_status")) r.complainant_status = text_or_null(d, "complainant_status");
    if (d.contains("categories")) r.categories = text_or_null(d, "categories");
}

void apply_lesson(CaseRecord& r, const Event& e) {
    r.lessons.push_back({static_cast<int>(r.lessons.size()) + 1, e.effective_date, e.details.at("lesson").get<std::string>()});
}

void apply_action_added(CaseRecord& r, const Event& e) {
    const auto& d = e.details;
    r.actions.push_back({static_cast<int>(r.actions.size()) + 1, d.at("action").get<std::string>(), text_or_null(d, "owner"),
                         date_or_null(d, "due"), e.effective_date, std::nullopt});
}

void apply_action_done(CaseRecord& r, const Event& e) {
    const auto number = e.details.at("number").get<std::size_t>();
    if (number >= 1 && number <= r.actions.size()) r.actions[number - 1].done_on = e.effective_date;
}

bool is_outcome(const nlohmann::json& value) {
    if (!value.is_string()) return false;
    const auto text = value.get<std::string>();
    return std::find(std::begin(outcomes), std::end(outcomes), text) != std::end(outcomes);
}

void apply_logged(CaseRecord& r, const Event& e) {
    const auto& d = e.details;
    r.ref = e.case_ref;
    r.year = d.at("year").get<int>();
    r.number = d.at("number").get<int>();
    r.kind = d.at("kind").get<std::string>();
    r.procedure = d.at("procedure").get<std::string>();
    r.procedure_hash = d.value("procedure_hash", std::string());
    r.state = d.at("state").get<std::string>();
    r.channel = text_or_null(d, "channel");
    r.received = e.effective_date;
    r.incident_date = date_or_null(d, "incident_date");
    r.summary = d.value("summary", std::string());
    r.subject = text_or_null(d, "subject");
    r.service = text_or_null(d, "service");
    r.provider = text_or_null(d, "provider");
    r.owner = text_or_null(d, "owner");
    r.logged_at = e.recorded_at;
    if (d.value("closed", false)) r.closed_on = e.effective_date; // a compliment, recorded and done
    apply_classification(r, d);
}

// Later steps carry what they change: the state always, and the kind, the
// owner and closure when they change them (see procedure::check_step).
void apply_step(CaseRecord& r, const Event& e) {
    const auto& d = e.details;
    if (auto it = d.find("state"); it != d.end() && it->is_string()) r.state = it->get<std::string>();
    if (auto it = d.find("kind"); it != d.end() && it->is_string()) r.kind = it->get<std::string>();
    if (auto it = d.find("owner"); it != d.end() && it->is_string()) r.owner = it->get<std::string>();
    if (d.value("closed", false)) r.closed_on = e.effective_date;
    // What a step means is recorded with it ("response", "referral"); steps
    // recorded before procedures said so are read as plaint then read them.
    const auto response = d.find("response");
    const bool is_response = response != d.end() ? response->is_boolean() && response->get<bool>()
                                                 : !e.type.starts_with("ombudsman-");
    if (auto it = d.find("outcome"); it != d.end() && is_response && is_outcome(*it)) {
        r.outcome = it->get<std::string>();
        r.resolved_on = e.effective_date;
    }
    const auto referral = d.find("referral");
    const bool to_ombudsman = referral != d.end() ? *referral == "ombudsman" : e.type == "ombudsman-referral";
    if (to_ombudsman && (!r.ombudsman_on || e.effective_date < *r.ombudsman_on)) r.ombudsman_on = e.effective_date;
}

template <typename T, typename F>
ordered_json list_json(const std::vector<T>& items, F to_json) {
    ordered_json list = ordered_json::array();
    for (const auto& item : items) list.push_back(to_json(item));
    return list;
}

} // namespace

void validate(const NewCase& c) {
    check_member(c.kind, kinds, "kind");
    if (c.channel) check_member(*c.channel, channels, "channel");
    for (const auto& p : c.parties) {
        check_member(p.role, party_roles, "party role");
        if (p.name.empty()) throw UsageError(fmt::format("the {} needs a name", p.role));
    }
    if (c.incident_date && *c.incident_date > c.received)
        throw UsageError(fmt::format("the incident date {} is after the date of receipt {}",
                                     c.incident_date->iso(), c.received.iso()));
    for (const auto& a : c.aspects)
        if (a.subject.empty()) throw UsageError("an aspect needs a subject area");
}

nlohmann::json classification_details(const std::vector<Aspect>& aspects, const std::optional<std::string>& age_band,
                                      const std::optional<std::string>& complainant_status,
                                      const std::optional<std::string>& categories) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& a : aspects) {
        nlohmann::json one = {{"subject", a.subject}};
        if (!a.service.empty()) one["service"] = a.service;
        if (!a.profession.empty()) one["profession"] = a.profession;
        list.push_back(std::move(one));
    }
    nlohmann::json d = nlohmann::json::object();
    if (!aspects.empty()) d["aspects"] = std::move(list);
    if (age_band) d["age_band"] = *age_band;
    if (complainant_status) d["complainant_status"] = *complainant_status;
    if (categories) d["categories"] = *categories;
    return d;
}

void apply_event(CaseRecord& record, const Event& event) {
    if (event.type == "logged") apply_logged(record, event);
    else if (event.type == classified_event) apply_classification(record, event.details);
    else if (event.type == lesson_event) apply_lesson(record, event);
    else if (event.type == action_added_event) apply_action_added(record, event);
    else if (event.type == action_done_event) apply_action_done(record, event);
    else apply_step(record, event);
    record.updated_at = event.recorded_at;
    record.last_seq = event.seq;
}

bool is_step(const Event& e) {
    return e.type != classified_event && e.type != lesson_event && e.type != action_added_event &&
           e.type != action_done_event;
}

CaseRecord project(const std::vector<Event>& events) {
    // As recorded: classification corrections, lessons and actions keep the
    // order (and the numbers) they were recorded in.
    CaseRecord record;
    for (const auto& e : events) apply_event(record, e);
    const auto by_date = [](const Event* a, const Event* b) { return a->effective_date < b->effective_date; };
    std::vector<const Event*> steps;
    for (const auto& e : events)
        if (is_step(e)) steps.push_back(&e);
    if (std::is_sorted(steps.begin(), steps.end(), by_date)) return record;
    // The steps in the order they happened: state, kind, owner, closure,
    // outcome and referral are where the history, in date order, leaves them.
    std::stable_sort(steps.begin(), steps.end(), by_date);
    CaseRecord history;
    for (const Event* e : steps) apply_event(history, *e);
    record.state = history.state;
    record.kind = history.kind;
    record.owner = history.owner;
    record.closed_on = history.closed_on;
    record.outcome = history.outcome;
    record.resolved_on = history.resolved_on;
    record.ombudsman_on = history.ombudsman_on;
    return record;
}

ordered_json case_json(const CaseRecord& r) {
    return {{"reference", r.ref},
            {"kind", r.kind},
            {"procedure", r.procedure},
            {"state", r.state},
            {"open", r.is_open()},
            {"received", r.received.iso()},
            {"channel", optional_text(r.channel)},
            {"incident_date", optional_date(r.incident_date)},
            {"summary", r.summary},
            {"subject", optional_text(r.subject)},
            {"service", optional_text(r.service)},
            {"provider", optional_text(r.provider)},
            {"owner", optional_text(r.owner)},
            {"closed_on", optional_date(r.closed_on)},
            {"logged_at", r.logged_at},
            {"updated_at", r.updated_at},
            {"aspects", list_json(r.aspects, aspect_json)},
            {"age_band", optional_text(r.age_band)},
            {"complainant_status", optional_text(r.complainant_status)},
            {"categories", optional_text(r.categories)},
            {"outcome", optional_text(r.outcome)},
            {"resolved_on", optional_date(r.resolved_on)},
            {"ombudsman_on", optional_date(r.ombudsman_on)},
            {"lessons", list_json(r.lessons, lesson_json)},
            {"actions", list_json(r.actions, action_json)}};
}

ordered_json aspect_json(const Aspect& a) {
    auto text = [](const std::string& v) { return v.empty() ? ordered_json() : ordered_json(v); };
    return {{"subject", a.subject}, {"service", text(a.service)}, {"profession", text(a.profession)}};
}

ordered_json lesson_json(const Lesson& l) {
    return {{"number", l.number}, {"recorded_on", l.recorded_on.iso()}, {"lesson", l.text}};
}

ordered_json action_json(const Action& a) {
    return {{"number", a.number}, {"action", a.text}, {"owner", optional_text(a.owner)}, {"due", optional_date(a.due)},
            {"added_on", a.added_on.iso()}, {"done_on", optional_date(a.done_on)}};
}

ordered_json event_json(const Event& e) {
    return {{"seq", e.seq},
            {"reference", e.case_ref},
            {"type", e.type},
            {"effective_date", e.effective_date.iso()},
            {"recorded_at", e.recorded_at},
            {"actor", e.actor},
            {"details", ordered_json::parse(e.details.dump())},
            {"hash", e.hash}};
}

ordered_json party_json(const Party& p) {
    return {{"role", p.role}, {"name", p.name}, {"contact", p.contact}};
}

} // namespace plaint::reg
