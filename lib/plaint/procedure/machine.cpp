#include "plaint/procedure/machine.hpp"

#include "plaint/core/error.hpp"
#include "plaint/procedure/clocks.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::procedure {
namespace {

nlohmann::json typed_value(const Field& f, const std::string& value, Date today) {
    switch (f.type) {
    case Field::Type::date: return parse_user_date(value, today, fmt::format("date for {}", f.name)).iso();
    case Field::Type::flag:
        if (value == "yes" || value == "true") return true;
        if (value == "no" || value == "false") return false;
        throw UsageError(fmt::format("{} must be yes or no, not '{}'", f.name, value));
    case Field::Type::choice:
        if (std::find(f.choices.begin(), f.choices.end(), value) == f.choices.end())
            throw UsageError(fmt::format("{} must be one of {}, not '{}'", f.name, fmt::join(f.choices, ", "), value));
        return value;
    case Field::Type::text: return value;
    }
    return value;
}

std::optional<std::string> latest_value(const std::vector<reg::Event>& events, const std::string& event,
                                        const std::string& field) {
    for (auto it = events.rbegin(); it != events.rend(); ++it)
        if (it->type == event && it->details.contains(field) && it->details[field].is_string())
            return it->details[field].get<std::string>();
    return std::nullopt;
}

nlohmann::json check_fields(const EventDef& e, const std::vector<reg::Event>& events, const StepRequest& r, Date today) {
    nlohmann::json details = nlohmann::json::object();
    for (const auto& [name, value] : r.fields) {
        const Field* f = e.field(name);
        if (!f) {
            std::vector<std::string> names;
            for (const auto& field : e.fields) names.push_back(field.name);
            throw UsageError(fmt::format("{} takes no field '{}'", e.id, name),
                             names.empty() ? "it takes no fields" : fmt::format("its fields are {}", fmt::join(names, ", ")));
        }
        details[name] = typed_value(*f, value, today);
    }
    for (const auto& f : e.fields) {
        if (f.required && !details.contains(f.name))
            throw UsageError(fmt::format("{} needs {}{}", e.id, f.name, f.title == f.name ? "" : " (" + f.title + ")"),
                             f.choices.empty() ? std::string() : fmt::format("{} is one of {}", f.name, fmt::join(f.choices, ", ")));
        if (!details.contains(f.name) || !details[f.name].is_string()) continue;
        for (const auto& ref : f.differs_from) {
            const auto dot = ref.find('.');
            const auto earlier = latest_value(events, ref.substr(0, dot), ref.substr(dot + 1));
            if (earlier && *earlier == details[f.name].get<std::string>())
                throw RefusedError(fmt::format("{}: {} must differ from the {} recorded by {}", e.id, f.name,
                                               ref.substr(dot + 1), ref.substr(0, dot)));
        }
    }
    return details;
}

void check_flags(const EventDef& e, const std::vector<reg::Event>& events) {
    std::vector<std::string> missing;
    for (const auto& ref : e.requires_flags) {
        const auto dot = ref.find('.');
        const std::string event = ref.substr(0, dot), field = ref.substr(dot + 1);
        bool set = false;
        for (const auto& ev : events)
            if (ev.type == event && ev.details.contains(field) && ev.details[field].is_boolean())
                set = ev.details[field].get<bool>();
        if (!set) missing.push_back(field);
    }
    if (!missing.empty())
        throw RefusedError(fmt::format("{} needs these recorded first: {}", e.id, fmt::join(missing, ", ")));
}

// Gates an event waits for (an investigation needs the consent and the
// approved summary the case requires), when the case requires them.
void check_gates(const Procedure& p, const EventDef& e, const std::vector<reg::Event>& events) {
    if (events.empty()) return;
    std::vector<std::string> missing, titles;
    for (const auto& id : e.requires_gates) {
        const Gate& g = *p.gate(id);
        if (!gate_required(g, events.front())) continue;
        if (std::any_of(events.begin(), events.end(), [&](const reg::Event& ev) { return ev.type == g.cleared_by; })) continue;
        missing.push_back(g.cleared_by);
        titles.push_back(g.title.empty() ? g.id : g.title);
    }
    if (!missing.empty())
        throw RefusedError(fmt::format("{} needs these recorded first: {}", e.id, fmt::join(missing, ", ")),
                           fmt::format("waiting for {}", fmt::join(titles, "; ")));
}

void check_date(const reg::CaseRecord& c, const std::vector<reg::Event>& events, const StepRequest& r, Date today) {
    if (r.on > today)
        throw UsageError(fmt::format("{} is in the future: steps are recorded on or after the day they happen", r.on.iso()));
    if (r.on < c.received)
        throw UsageError(fmt::format("{} is before the case was received ({})", r.on.iso(), c.received.iso()));
    if (!events.empty() && r.on < events.back().effective_date)
        throw UsageError(fmt::format("{} is before the case's latest step ({} on {})", r.on.iso(), events.back().type,
                                     events.back().effective_date.iso()),
                         "steps are recorded in the order they happened");
}

void check_checks(const Procedure& p, const EventDef& e, const std::vector<reg::Event>& events) {
    for (const auto& status : evaluate_checks(p, events))
        if (std::find(e.requires_checks.begin(), e.requires_checks.end(), status.check->id) != e.requires_checks.end() &&
            status.applies && !status.decided)
            throw RefusedError(fmt::format("{}: {}", status.check->title.empty() ? status.check->id : status.check->title,
                                           status.explanation),
                               fmt::format("record the decision first: plaint record REF {} ...", status.check->decided_by));
}

void check_extension(const Procedure& p, const calendar::Calendar& cal, const EventDef& e,
                     const std::vector<reg::Event>& events, const nlohmann::json& details, Date on) {
    for (const auto& status : evaluate_clocks(p, cal, events, on, Explain::no)) {
        const Clock& c = *status.clock;
        if (!c.extension || c.extension->event != e.id) continue;
        if (!status.due || status.stopped_on)
            throw RefusedError(fmt::format("the {} clock is not running, so it cannot be extended", c.id));
        const Date until = *parse_iso_date(details["until"].get<std::string>());
        if (until <= *status.due)
            throw UsageError(fmt::format("{} is not later than the current due date {}", until.iso(), status.due->iso()));
        if (c.extension->before_expiry && on > *status.due)
            throw RefusedError(fmt::format("the {} clock expired on {}: an extension must be agreed before then",
                                           c.id, status.due->iso()));
        if (c.extension->cap) {
            const Duration& cap = *c.extension->cap;
            const Date limit = cap.unit == Duration::Unit::working_days ? cal.add_working_days(*status.original_due, cap.amount)
                               : cap.unit == Duration::Unit::calendar_days ? *status.original_due + cap.amount
                                                                           : add_months_clamped(*status.original_due, cap.amount);
            if (until > limit)
                throw RefusedError(fmt::format("{} is beyond the {} extension cap: the latest is {} ({} after the "
                                               "original due date {})", until.iso(), c.id, limit.iso(), cap.describe(),
                                               status.original_due->iso()));
        }
    }
}

} // namespace

std::vector<const EventDef*> allowed_events(const Procedure& p, const std::string& state, const std::string& kind) {
    std::vector<const EventDef*> steps;
    for (const auto* e : p.allowed_in(state))
        if (e->kinds.empty() || std::find(e->kinds.begin(), e->kinds.end(), kind) != e->kinds.end()) steps.push_back(e);
    return steps;
}

std::string allowed_steps(const Procedure& p, const std::string& state, const std::string& kind) {
    std::vector<std::string> ids;
    for (const auto* e : allowed_events(p, state, kind)) ids.push_back(e->id);
    return ids.empty() ? "none: the case is closed" : fmt::format("{}", fmt::join(ids, ", "));
}

nlohmann::json check_step(const Procedure& p, const calendar::Calendar& cal, const reg::CaseRecord& c,
                          const std::vector<reg::Event>& events, const StepRequest& r, Date today) {
    const EventDef* e = p.event(r.event);
    if (!e)
        throw RefusedError(fmt::format("procedure {} has no step '{}'", p.id, r.event),
                           fmt::format("allowed now ({}): {}", c.state, allowed_steps(p, c.state, c.kind)));
    const auto allowed = p.allowed_in(c.state);
    if (std::find(allowed.begin(), allowed.end(), e) == allowed.end())
        throw RefusedError(fmt::format("{} is not allowed while the case is {}", e->id, c.state),
                           fmt::format("allowed now: {}", allowed_steps(p, c.state, c.kind)));
    if (!e->kinds.empty() && std::find(e->kinds.begin(), e->kinds.end(), c.kind) == e->kinds.end())
        throw RefusedError(fmt::format("{} applies to a {}, and this case is a {}", e->id, fmt::join(e->kinds, " or "), c.kind),
                           fmt::format("allowed now: {}", allowed_steps(p, c.state, c.kind)));
    check_date(c, events, r, today);
    check_checks(p, *e, events);
    check_gates(p, *e, events);
    check_flags(*e, events);
    nlohmann::json details = check_fields(*e, events, r, today);
    if (e->field("until")) check_extension(p, cal, *e, events, details, r.on);
    const std::string next = e->to.empty() ? c.state : e->to;
    details["state"] = next;
    if (!e->set_kind.empty()) details["kind"] = e->set_kind;
    if (const State* s = p.state(next); s && s->final && !p.state(c.state)->final) details["closed"] = true;
    return details;
}

} // namespace plaint::procedure
