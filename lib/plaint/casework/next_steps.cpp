#include "plaint/casework/next_steps.hpp"

#include "plaint/procedure/machine.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <map>

namespace plaint::casework {
namespace {

using procedure::ClockState;
using procedure::EventDef;
using procedure::Procedure;

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

bool recordable(const Procedure& p, const reg::CaseRecord& c, const std::vector<reg::Event>& events, const EventDef& e) {
    return procedure::step_refusal(p, c, events, e).empty();
}

// The first of `ids` the case can record now.
std::string first_recordable(const Procedure& p, const reg::CaseRecord& c, const std::vector<reg::Event>& events,
                             const std::vector<std::string>& ids) {
    for (const auto& id : ids)
        if (const EventDef* e = p.event(id); e && recordable(p, c, events, *e)) return id;
    return {};
}

// The gates a step waits for that the case has not cleared.
std::vector<const procedure::Gate*> pending_gates(const Procedure& p, const std::vector<reg::Event>& events,
                                                  const std::vector<std::string>& gate_ids) {
    std::vector<const procedure::Gate*> pending;
    for (const auto& id : gate_ids) {
        const procedure::Gate* g = p.gate(id);
        if (g && procedure::gate_required(*g, events.front()) && !procedure::gate_cleared_by(*g, events)) pending.push_back(g);
    }
    return pending;
}

Advice awaiting(const std::vector<const procedure::Gate*>& gates) {
    Advice a;
    a.blocked = true;
    for (const auto* g : gates) a.waiting_for.push_back(g->id);
    a.step = gates.front()->clearing_event();
    return a;
}

// The first step on the shortest way, through states that are not final,
// from the case's state to one where a stop event of the clock is allowed.
std::string way_towards(const Procedure& p, const reg::CaseRecord& c, const procedure::Clock& clock) {
    std::map<std::string, std::string> first_step{{c.state, ""}};
    std::deque<std::string> todo{c.state};
    while (!todo.empty()) {
        const std::string state = todo.front();
        todo.pop_front();
        for (const auto* e : procedure::allowed_events(p, state, c.kind)) {
            if (contains(clock.next, e->id) && state != c.state) return first_step[state];
            const procedure::State* to = e->to.empty() ? nullptr : p.state(e->to);
            if (!to || to->final || first_step.count(e->to)) continue;
            first_step[e->to] = state == c.state ? e->id : first_step[state];
            todo.push_back(e->to);
        }
    }
    return {};
}

Advice advise_running(const Procedure& p, const reg::CaseRecord& c, const std::vector<reg::Event>& events,
                      const procedure::ClockStatus& s) {
    const procedure::Clock& clock = *s.clock;
    if (s.breach_unhandled())
        if (auto handler = first_recordable(p, c, events, clock.breach_handled_by); !handler.empty()) return {handler, {}, false};
    const auto allowed = procedure::allowed_events(p, c.state, c.kind);
    for (const auto& id : clock.next) {
        const EventDef* e = p.event(id);
        if (!e) continue;
        if (std::find(allowed.begin(), allowed.end(), e) == allowed.end()) continue;
        if (recordable(p, c, events, *e)) return {id, {}, false};
        if (auto gates = pending_gates(p, events, e->requires_gates); !gates.empty()) return awaiting(gates);
    }
    if (auto step = way_towards(p, c, clock); !step.empty()) {
        if (const EventDef* e = p.event(step); e && !recordable(p, c, events, *e))
            if (auto gates = pending_gates(p, events, e->requires_gates); !gates.empty()) return awaiting(gates);
        return {step, {}, false};
    }
    return {};
}

} // namespace

Advice advise(const Procedure& p, const reg::CaseRecord& c, const std::vector<reg::Event>& events,
              const procedure::ClockStatus& s) {
    if (events.empty() || s.stopped_on) return {};
    if (s.state == ClockState::waiting) {
        if (auto gates = pending_gates(p, events, s.clock->gates); !gates.empty()) return awaiting(gates);
        // Set back (information insufficient): the start event is awaited.
        Advice a{first_recordable(p, c, events, s.waiting_for), s.waiting_for, true};
        if (a.step.empty() && !s.waiting_for.empty()) a.step = s.waiting_for.front();
        return a;
    }
    if (s.state == ClockState::paused) {
        if (auto step = first_recordable(p, c, events, s.clock->resume); !step.empty()) return {step, {}, false};
    }
    return advise_running(p, c, events, s);
}

std::string breach_step(const Procedure& p, const reg::CaseRecord& c, const std::vector<reg::Event>& events,
                        const procedure::ClockStatus& s) {
    return first_recordable(p, c, events, s.clock->breach_handled_by);
}

NextSteps next_steps_of(const Procedure& p, const reg::CaseRecord& c, const std::vector<reg::Event>& events,
                        const std::vector<procedure::ClockStatus>& clocks) {
    NextSteps next;
    for (const auto& s : clocks) {
        if (s.state == ClockState::not_started || s.stopped_on) continue;
        Advice a = advise(p, c, events, s);
        if (a.step.empty()) continue;
        if (std::none_of(next.needed.begin(), next.needed.end(), [&](const Advice& n) { return n.step == a.step; }))
            next.needed.push_back(std::move(a));
    }
    const auto checks = procedure::evaluate_checks(p, events);
    for (const auto* e : procedure::allowed_events(p, c.state, c.kind)) {
        if (std::any_of(next.needed.begin(), next.needed.end(), [&](const Advice& n) { return n.step == e->id; })) continue;
        if (!recordable(p, c, events, *e)) continue;
        // A gate already cleared, or one the case does not need.
        const bool clears_gate = std::any_of(p.gates.begin(), p.gates.end(), [&](const procedure::Gate& g) {
            return contains(g.cleared_by, e->id) &&
                   (!procedure::gate_required(g, events.front()) || procedure::gate_cleared_by(g, events));
        });
        if (clears_gate) continue;
        // A decision on a check that does not apply, or is made.
        if (std::any_of(checks.begin(), checks.end(), [&](const procedure::CheckStatus& k) {
                return k.check->decided_by == e->id && (!k.applies || k.decided);
            }))
            continue;
        next.also.push_back(e);
    }
    return next;
}

std::string describe(const Procedure& p, const Advice& a) {
    if (!a.blocked) return a.step;
    std::vector<std::string> what;
    for (const auto& id : a.waiting_for) {
        const procedure::Gate* g = p.gate(id);
        what.push_back(g ? (g->title.empty() ? g->id : g->title) : id);
    }
    return fmt::format("awaiting {}", fmt::join(what, " and "));
}

} // namespace plaint::casework
