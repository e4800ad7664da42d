#include "plaint/procedure/machine.hpp"

#include "plaint/core/error.hpp"
#include "plaint/procedure/clocks.hpp"
#include "plaint/procedure/parse.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

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
        if (gate_cleared_by(g, events)) continue;
        missing.push_back(g.clearing_event());
        titles.push_back(g.title.empty() ? g.id : g.title);
    }
    if (!missing.empty())
        throw RefusedError(fmt::format("{} needs these recorded first: {}", e.id, fmt::join(missing, ", ")),
                           fmt::format("waiting for {}", fmt::join(titles, "; ")));
}

void check_date(const reg::CaseRecord& c, const StepRequest& r, Date today) {
    if (r.on > today)
        throw UsageError(fmt::format("{} is in the future: steps are recorded on or after the day they happen", r.on.iso()));
    if (r.on < c.received)
        throw UsageError(fmt::format("{} is before the case was received ({})", r.on.iso(), c.received.iso()));
}

void check_checks(const Procedure& p, const EventDef& e, const std::vector<reg::Event>& events) {
    for (const auto& status : evaluate_checks(p, events))
        if (std::find(e.requires_checks.begin(), e.requires_checks.end(), status.check->id) != e.requires_checks.end() &&
            status.applies && !status.decided)
            throw RefusedError(fmt::format("{}: {}", status.check->title.empty() ? status.check->id : status.check->title,
                                           status.explanation),
                               fmt::format("record the decision first: plaint record REF {} ...", status.check->decided_by));
}

// Why clock `s` would not take the date `until` agreed on `on`, or "" when it
// would. A cap is a hard limit: going beyond it is refused outright.
std::string extension_refusal(const calendar::Calendar& cal, const ClockStatus& s, const Extension& x, Date until, Date on) {
    const Clock& c = *s.clock;
    if (s.stopped_on) return fmt::format("the {} clock has stopped", c.id);
    if (s.state == ClockState::not_started) return fmt::format("the {} clock has not started", c.id);
    if (x.before_expiry && s.due && on > *s.due)
        return fmt::format("the {} clock expired on {}: {} must be {} before then", c.id, s.due->iso(),
                           x.mode == Extension::Mode::set ? "a period" : "a longer period",
                           x.mode == Extension::Mode::set ? "set" : "agreed");
    if (x.mode == Extension::Mode::set) return until < on ? fmt::format("{} is before {}", until.iso(), on.iso()) : "";
    if (s.due && until <= *s.due) return fmt::format("{} is not later than the {} clock's due date {}", until.iso(), c.id, s.due->iso());
    if (x.cap) {
        if (!s.original_due)
            throw RefusedError(fmt::format("the {} clock is not counting yet, so its capped extension cannot be agreed", c.id));
        const Date limit = date_after(cal, *s.original_due, *x.cap);
        if (until > limit)
            throw RefusedError(fmt::format("{} is beyond the {} extension cap: the latest is {} ({} after the "
                                           "original due date {})", until.iso(), c.id, limit.iso(), x.cap->describe(),
                                           s.original_due->iso()));
    }
    return {};
}

// An agreed or determined date must move at least one of the clocks it
// applies to; the refusal gives each clock's reason for not taking it.
void check_extension(const Procedure& p, const calendar::Calendar& cal, const EventDef& e,
                     const std::vector<reg::Event>& events, const nlohmann::json& details, Date on) {
    const Date until = *parse_iso_date(details["until"].get<std::string>());
    std::vector<std::string> reasons;
    bool taken = false, applies = false;
    for (const auto& status : evaluate_clocks(p, cal, events, on, Explain::no))
        for (const auto& x : status.clock->extensions) {
            if (x.event != e.id) continue;
            applies = true;
            const std::string why = extension_refusal(cal, status, x, until, on);
            if (why.empty()) taken = true;
            else reasons.push_back(why);
        }
    if (applies && !taken)
        throw RefusedError(fmt::format("{} to {} moves no deadline: {}", e.id, until.iso(), fmt::join(reasons, "; ")));
}

// A step that repeats a milestone of a `per` clock revises it, and needs
// the field the procedure asks for (its reason).
void check_revision(const Procedure& p, const EventDef& e, const std::vector<reg::Event>& events, const nlohmann::json& details) {
    if (e.revision_needs.empty()) return;
    for (const auto& c : p.clocks) {
        if (c.per.empty() || !details.contains(c.per)) continue;
        const auto key = details[c.per];
        const bool repeats = std::any_of(events.begin(), events.end(), [&](const reg::Event& ev) {
            return ev.type == e.id && ev.details.contains(c.per) && ev.details[c.per] == key;
        });
        if (repeats && (!details.contains(e.revision_needs) || details[e.revision_needs] == ""))
            throw UsageError(fmt::format("{} revises {} '{}' and needs {}", e.id, c.per, key.get<std::string>(), e.revision_needs),
                             "say why the timescale changed");
    }
}

// Where a case stands at some point of its history.
struct Position {
    std::string state;
    std::string kind;
    std::set<std::string> conditions; // "on-hold" ...
};

Position replay(const Procedure& p, const std::vector<reg::Event>& events) {
    Position at;
    for (const auto& ev : events) {
        if (ev.type == logged_event) {
            at.state = ev.details.value("state", p.initial);
            at.kind = ev.details.value("kind", std::string());
            continue;
        }
        const EventDef* def = p.event(ev.type);
        if (!def) continue; // classification, lessons: not steps
        if (!def->to.empty()) at.state = def->to;
        if (!def->set_kind.empty()) at.kind = def->set_kind;
        if (!def->sets.empty()) at.conditions.insert(def->sets);
        if (!def->clears.empty()) at.conditions.erase(def->clears);
    }
    return at;
}

// Whether the procedure allows `e` at `at`: the state, the kind and the
// conditions (no second hold while held, no resume unless held). "" if so.
std::string refusal_at(const Procedure& p, const EventDef& e, const Position& at) {
    const auto allowed = p.allowed_in(at.state);
    if (std::find(allowed.begin(), allowed.end(), &e) == allowed.end())
        return fmt::format("{} is not allowed while the case is {}", e.id, at.state);
    if (!e.kinds.empty() && std::find(e.kinds.begin(), e.kinds.end(), at.kind) == e.kinds.end())
        return fmt::format("{} applies to a {}, and this case is a {}", e.id, fmt::join(e.kinds, " or "), at.kind);
    if (!e.sets.empty() && at.conditions.count(e.sets)) return fmt::format("the case is already {}", e.sets);
    if (!e.clears.empty() && !at.conditions.count(e.clears)) return fmt::format("the case is not {}", e.clears);
    return {};
}

// "acknowledge, hold, withdraw": the steps the case may take at `at`.
std::string allowed_at(const Procedure& p, const Position& at) {
    std::vector<std::string> ids;
    for (const auto* e : allowed_events(p, at.state, at.kind))
        if (refusal_at(p, *e, at).empty()) ids.push_back(e->id);
    return ids.empty() ? "none: the case is closed" : fmt::format("{}", fmt::join(ids, ", "));
}

void check_once(const EventDef& e, const std::vector<reg::Event>& events) {
    if (!e.once) return;
    for (const auto& ev : events)
        if (ev.type == e.id)
            throw RefusedError(fmt::format("{} was already recorded on {} (event {}): it is recorded once", e.id,
                                           ev.effective_date.iso(), ev.seq));
}

void apply_to(Position& at, const EventDef& e) {
    if (!e.to.empty()) at.state = e.to;
    if (!e.set_kind.empty()) at.kind = e.set_kind;
    if (!e.sets.empty()) at.conditions.insert(e.sets);
    if (!e.clears.empty()) at.conditions.erase(e.clears);
}

// Why the steps in [from, to) are not allowed one after another from `at`
// (each allowed where it falls, and leaving the case in the state it
// recorded), with the step at fault in `failed`; "" when they are.
std::string walk_refusal(const Procedure& p, Position at, std::vector<reg::Event>::const_iterator from,
                         std::vector<reg::Event>::const_iterator to, const reg::Event*& failed) {
    for (auto it = from; it != to; ++it) {
        const EventDef* def = p.event(it->type);
        if (!def) continue;
        std::string why = refusal_at(p, *def, at);
        apply_to(at, *def);
        if (why.empty() && it->details.contains("state") && it->details["state"] != at.state)
            why = fmt::format("{} recorded the case as {}, and it would now be {}", def->id,
                              it->details["state"].get<std::string>(), at.state);
        if (!why.empty()) {
            failed = &*it;
            return why;
        }
    }
    return {};
}

// A step recorded late is accepted when the history, in the order things
// happened, is still one the procedure allows: every later step still
// allowed where it now falls, and in the state it recorded.
void check_later_steps(const Procedure& p, const EventDef& e, Date on, Position at,
                       std::vector<reg::Event>::const_iterator from, std::vector<reg::Event>::const_iterator to) {
    const reg::Event* failed = nullptr;
    if (const auto why = walk_refusal(p, std::move(at), from, to, failed); !why.empty())
        throw RefusedError(fmt::format("{} on {} would come before {} on {} (event {}), and then {}", e.id, on.iso(),
                                       failed->type, failed->effective_date.iso(), failed->seq, why),
                           "steps recorded late must leave the history valid in date order");
}

void add_meanings(const EventDef& e, nlohmann::json& details) {
    if (e.has_meaning("response")) details["response"] = true;
    else if (details.contains("outcome")) details["response"] = false;
    if (e.has_meaning("ombudsman-referral")) details["referral"] = "ombudsman";
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

std::set<std::string> conditions_of(const Procedure& p, const std::vector<reg::Event>& events) {
    std::vector<reg::Event> sorted;
    return replay(p, in_date_order(events, sorted)).conditions;
}

std::string step_refusal(const Procedure& p, const reg::CaseRecord& c, const std::vector<reg::Event>& events,
                         const EventDef& e) {
    const Position at{c.state, c.kind, conditions_of(p, events)};
    if (std::string why = refusal_at(p, e, at); !why.empty()) return why;
    try {
        check_once(e, events);
        check_checks(p, e, events);
        check_gates(p, e, events);
        check_flags(e, events);
    } catch (const RefusedError& refused) {
        return refused.what();
    }
    return {};
}

std::string history_refusal(const Procedure& p, const std::vector<reg::Event>& events) {
    std::vector<reg::Event> sorted;
    const auto& ordered = in_date_order(events, sorted);
    if (ordered.empty()) return {};
    const reg::Event* failed = nullptr;
    const auto why = walk_refusal(p, replay(p, {ordered.front()}), ordered.begin() + 1, ordered.end(), failed);
    return why.empty() ? why : fmt::format("{} on {} (event {}): {}", failed->type, failed->effective_date.iso(), failed->seq, why);
}

nlohmann::json check_step(const Procedure& p, const calendar::Calendar& cal, const reg::CaseRecord& c,
                          const std::vector<reg::Event>& events, const StepRequest& r, Date today) {
    const EventDef* e = p.event(r.event);
    if (!e)
        throw RefusedError(fmt::format("procedure {} has no step '{}'", p.id, r.event),
                           fmt::format("allowed now ({}): {}", c.state, allowed_steps(p, c.state, c.kind)));
    check_date(c, r, today);
    // The history up to the step's day, in date order; a step on the same
    // day as recorded ones comes after them.
    std::vector<reg::Event> sorted;
    const auto& ordered = in_date_order(events, sorted);
    const auto split = std::upper_bound(ordered.begin(), ordered.end(), r.on,
                                        [](Date d, const reg::Event& ev) { return d < ev.effective_date; });
    const bool late = split != ordered.end();
    // The events before the step: all of them, unless it is recorded late.
    std::vector<reg::Event> earlier;
    if (late) earlier.assign(ordered.begin(), split);
    const std::vector<reg::Event>& before = late ? earlier : ordered;
    Position at = late ? replay(p, before) : Position{c.state, c.kind, replay(p, before).conditions};
    if (const std::string why = refusal_at(p, *e, at); !why.empty())
        throw RefusedError(late ? fmt::format("{} on {}: {} then", e->id, r.on.iso(), why) : why,
                           fmt::format("allowed {}: {}", late ? "then" : "now", allowed_at(p, at)));
    check_once(*e, events);
    check_checks(p, *e, before);
    check_gates(p, *e, before);
    check_flags(*e, before);
    nlohmann::json details = check_fields(*e, before, r, today);
    check_revision(p, *e, before, details);
    if (e->field("until")) check_extension(p, cal, *e, before, details, r.on);
    const std::string was = at.state;
    apply_to(at, *e);
    if (late) check_later_steps(p, *e, r.on, at, split, ordered.end());
    details["state"] = at.state;
    if (!e->set_kind.empty()) details["kind"] = e->set_kind;
    if (const State* s = p.state(at.state); s && s->final && !p.state(was)->final) details["closed"] = true;
    add_meanings(*e, details);
    return details;
}

} // namespace plaint::procedure
