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
}

// Later steps carry what they change: the state always, and the kind, the
// owner and closure when they change them (see procedure::check_step).
void apply_step(CaseRecord& r, const Event& e) {
    const auto& d = e.details;
    if (auto it = d.find("state"); it != d.end() && it->is_string()) r.state = it->get<std::string>();
    if (auto it = d.find("kind"); it != d.end() && it->is_string()) r.kind = it->get<std::string>();
    if (auto it = d.find("owner"); it != d.end() && it->is_string()) r.owner = it->get<std::string>();
    if (d.value("closed", false)) r.closed_on = e.effective_date;
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
}

void apply_event(CaseRecord& record, const Event& event) {
    if (event.type == "logged") apply_logged(record, event);
    else apply_step(record, event);
    record.updated_at = event.recorded_at;
    record.last_seq = event.seq;
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
            {"updated_at", r.updated_at}};
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
