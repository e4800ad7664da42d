#include "plaint/register/case.hpp"

#include "plaint/core/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <tuple>

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

// An amendment's changes: {"field": {"from": old, "to": new}, ...}.
void apply_amended(CaseRecord& r, const Event& e) {
    const auto changes = e.details.find("changes");
    if (changes == e.details.end() || !changes->is_object()) return;
    for (const auto& [field, change] : changes->items()) {
        const nlohmann::json to = change.value("to", nlohmann::json());
        const auto text = to.is_string() ? std::optional<std::string>(to.get<std::string>()) : std::nullopt;
        if (field == "summary") r.summary = text.value_or("");
        else if (field == "channel") r.channel = text;
        else if (field == "provider") r.provider = text;
        else if (field == "service") r.service = text;
        else if (field == "subject") r.subject = text;
        else if (field == "incident_date") r.incident_date = text ? parse_iso_date(*text) : std::nullopt;
        else if (field == "received" && text) {
            if (!r.received_as_logged) r.received_as_logged = r.received;
            if (auto d = parse_iso_date(*text)) r.received = *d;
        }
    }
}

void apply_linked(CaseRecord& r, const Event& e) {
    Link link{e.details.at("other").get<std::string>(), e.details.at("relation").get<std::string>(), e.effective_date};
    const auto same = [&](const Link& l) { return l.other == link.other && l.relation == link.relation; };
    if (std::any_of(r.links.begin(), r.links.end(), same)) return;
    // In the order the store reads them back: by date, then case, then relation.
    const auto key = [](const Link& l) { return std::tie(l.linked_on, l.other, l.relation); };
    r.links.insert(std::upper_bound(r.links.begin(), r.links.end(), link,
                                    [&](const Link& a, const Link& b) { return key(a) < key(b); }),
                   std::move(link));
}

void apply_graded(CaseRecord& r, const Event& e) {
    const auto& d = e.details;
    r.risk = RiskGrade{d.at("consequence").get<int>(), d.at("likelihood").get<int>(), d.at("score").get<int>(),
                       d.at("level").get<std::string>(), d.at("matrix").get<std::string>(), e.effective_date};
}

void apply_contribution_requested(CaseRecord& r, const Event& e) {
    const auto& d = e.details;
    r.contributions.push_back({static_cast<int>(r.contributions.size()) + 1, d.at("of").get<std::string>(),
                               e.effective_date, *parse_iso_date(d.at("due").get<std::string>()), std::nullopt});
}

void apply_contribution_received(CaseRecord& r, const Event& e) {
    const auto number = e.details.at("number").get<std::size_t>();
    if (number >= 1 && number <= r.contributions.size()) r.contributions[number - 1].received_on = e.effective_date;
}

void apply_voided(CaseRecord& r, const Event& e) {
    // A voided step is left out by project(); voiding the case marks it.
    if (!e.details.contains("event")) r.voided_on = e.effective_date;
}

// The events a "voided" event names, which count as never recorded.
std::vector<std::int64_t> voided_seqs(const std::vector<Event>& events) {
    std::vector<std::int64_t> seqs;
    for (const auto& e : events)
        if (e.type == voided_event && e.details.contains("event")) seqs.push_back(e.details["event"].get<std::int64_t>());
    std::sort(seqs.begin(), seqs.end());
    return seqs;
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
    else if (event.type == amended_event) apply_amended(record, event);
    else if (event.type == linked_event) apply_linked(record, event);
    else if (event.type == graded_event) apply_graded(record, event);
    else if (event.type == contribution_requested_event) apply_contribution_requested(record, event);
    else if (event.type == contribution_received_event) apply_contribution_received(record, event);
    else if (event.type == voided_event) apply_voided(record, event);
    else if (is_case_file_record(event.type)) {} // notes, correspondence ...: their own tables
    else apply_step(record, event);
    record.updated_at = event.recorded_at;
    record.last_seq = event.seq;
}

bool is_case_file_record(const std::string& type) {
    static const char* const types[] = {note_event,          correspondence_event, attached_event,
                                        amended_event,       party_amended_event,  party_added_event,
                                        voided_event,        linked_event,         merged_event,
                                        graded_event,        contribution_requested_event,
                                        contribution_received_event};
    return std::any_of(std::begin(types), std::end(types), [&](const char* t) { return type == t; });
}

bool is_step(const Event& e) {
    return e.type != classified_event && e.type != lesson_event && e.type != action_added_event &&
           e.type != action_done_event && !is_case_file_record(e.type);
}

std::pair<std::string, std::string> link_relations(const std::string& kind) {
    if (kind == "duplicate") return {"duplicate-of", "duplicated-by"};
    if (kind == "follow-up") return {"follow-up-of", "followed-up-by"};
    if (kind == "related" || kind == "joint") return {kind, kind};
    check_member(kind, link_kinds, "link");
    return {};
}

bool has_corrections(const std::vector<Event>& events) {
    return std::any_of(events.begin(), events.end(),
                       [](const Event& e) { return e.type == voided_event || e.type == amended_event; });
}

std::vector<Event> corrected(const std::vector<Event>& events) {
    const auto voided = voided_seqs(events);
    std::vector<Event> kept;
    kept.reserve(events.size());
    for (const auto& e : events) {
        if (std::binary_search(voided.begin(), voided.end(), e.seq)) continue;
        if (e.type == amended_event && !kept.empty() && kept.front().type == "logged") {
            // The logged event as it would have been recorded: its date of
            // receipt is its effective date, the other fields its details.
            Event& logged = kept.front();
            const auto changes = e.details.value("changes", nlohmann::json::object());
            for (const auto& [field, change] : changes.items()) {
                const auto to = change.value("to", nlohmann::json());
                if (field == "received") {
                    if (to.is_string())
                        if (auto d = parse_iso_date(to.get<std::string>())) logged.effective_date = *d;
                } else {
                    logged.details[field] = to;
                }
            }
            continue;
        }
        if (is_case_file_record(e.type)) continue;
        kept.push_back(e);
    }
    return kept;
}

CaseRecord project(const std::vector<Event>& journal) {
    // Voided steps count as never taken.
    std::vector<Event> unvoided;
    const auto voided = voided_seqs(journal);
    if (!voided.empty())
        std::copy_if(journal.begin(), journal.end(), std::back_inserter(unvoided),
                     [&](const Event& e) { return !std::binary_search(voided.begin(), voided.end(), e.seq); });
    const auto& events = voided.empty() ? journal : unvoided;
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
            {"actions", list_json(r.actions, action_json)},
            {"voided_on", optional_date(r.voided_on)},
            {"received_as_logged", optional_date(r.received_as_logged)},
            {"links", list_json(r.links, link_json)},
            {"contributions", list_json(r.contributions, contribution_json)},
            {"risk", r.risk ? risk_json(*r.risk) : ordered_json()}};
}

ordered_json link_json(const Link& l) {
    return {{"reference", l.other}, {"relation", l.relation}, {"linked_on", l.linked_on.iso()}};
}

ordered_json contribution_json(const Contribution& c) {
    return {{"number", c.number}, {"requested_of", c.requested_of}, {"requested_on", c.requested_on.iso()},
            {"due", c.due.iso()}, {"received_on", optional_date(c.received_on)}};
}

ordered_json risk_json(const RiskGrade& g) {
    return {{"consequence", g.consequence}, {"likelihood", g.likelihood}, {"score", g.score}, {"level", g.level},
            {"matrix", g.matrix}, {"graded_on", g.graded_on.iso()}};
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
