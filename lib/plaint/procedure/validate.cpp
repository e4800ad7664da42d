#include "plaint/procedure/validate.hpp"

#include "plaint/procedure/parse.hpp"
#include "plaint/procedure/verbs.hpp"
#include "plaint/register/case.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <set>

namespace plaint::procedure {
namespace {

using Fail = std::function<void(int, const std::string&)>;

bool is_event(const Procedure& p, const std::string& id) { return id == logged_event || p.event(id); }

// "event.field"; "logged.<what plaint log records>" is allowed for text.
bool is_field_ref(const Procedure& p, const std::string& ref, bool want_flag) {
    const auto dot = ref.find('.');
    if (dot == std::string::npos) return false;
    const std::string event = ref.substr(0, dot), field = ref.substr(dot + 1);
    if (event == logged_event)
        return !want_flag && (field == "owner" || field == "provider" || field == "subject" || field == "service");
    const EventDef* e = p.event(event);
    const Field* f = e ? e->field(field) : nullptr;
    return f && (!want_flag || f->type == Field::Type::flag);
}

// Kinds, channels and party roles are what `plaint log` records: a value
// outside its list would silently never match.
template <std::size_t N>
void check_values(const std::vector<std::string>& values, const char* const (&known)[N], const char* what, int line,
                  const std::string& where, const Fail& fail) {
    for (const auto& v : values)
        if (std::none_of(std::begin(known), std::end(known), [&](const char* k) { return v == k; }))
            fail(line, fmt::format("{}: unknown {} \"{}\" ({}s are {})", where, what, v, what, fmt::join(known, ", ")));
}

void check_states(const Procedure& p, const Fail& fail) {
    if (!p.state(p.initial)) fail(0, fmt::format("the initial state \"{}\" is not defined in [states]", p.initial));
    if (std::none_of(p.states.begin(), p.states.end(), [](const State& s) { return s.final; }))
        fail(0, "no state is final: mark at least one with final = true");
}

void check_events(const Procedure& p, const Fail& fail) {
    std::set<std::string> escalations;
    for (const auto& e : p.events) {
        for (const auto& s : e.from)
            if (s != "*" && !p.state(s)) fail(e.line, fmt::format("event \"{}\": unknown state \"{}\" in from", e.id, s));
        if (!e.to.empty() && !p.state(e.to)) fail(e.line, fmt::format("event \"{}\": unknown state \"{}\" in to", e.id, e.to));
        if (!e.escalation.empty() && !escalations.insert(e.escalation).second)
            fail(e.line, fmt::format("event \"{}\": another event already escalates to \"{}\"", e.id, e.escalation));
        const std::string where = fmt::format("event \"{}\"", e.id);
        check_values(e.kinds, reg::kinds, "kind", e.line, where, fail);
        if (!e.set_kind.empty()) check_values({e.set_kind}, reg::kinds, "kind", e.line, where, fail);
        for (const auto& g : e.requires_gates)
            if (!p.gate(g)) fail(e.line, fmt::format("event \"{}\": unknown gate \"{}\" in requires_gates", e.id, g));
        for (const auto& c : e.requires_checks)
            if (std::none_of(p.checks.begin(), p.checks.end(), [&](const Check& k) { return k.id == c; }))
                fail(e.line, fmt::format("event \"{}\": unknown check \"{}\"", e.id, c));
        for (const auto& f : e.fields)
            for (const auto& ref : f.differs_from)
                if (!is_field_ref(p, ref, false))
                    fail(f.line, fmt::format("event \"{}\" field \"{}\": differs_from \"{}\" is not an event's field",
                                             e.id, f.name, ref));
        for (const auto& m : e.means)
            if (m != "response" && m != "ombudsman-referral")
                fail(e.line, fmt::format("event \"{}\": unknown meaning \"{}\" (response, ombudsman-referral)", e.id, m));
        if (e.has_meaning("response") && !e.field("outcome"))
            fail(e.line, fmt::format("event \"{}\" means response and needs an outcome field", e.id));
        if (!e.revision_needs.empty() && !e.field(e.revision_needs))
            fail(e.line, fmt::format("event \"{}\": revision_needs \"{}\" is not one of its fields", e.id, e.revision_needs));
        for (const auto& v : e.verbs)
            if (v.empty() || v.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos)
                fail(e.line, fmt::format("event \"{}\": verb \"{}\" must be lower-case letters and hyphens", e.id, v));
        for (const auto& ref : e.requires_flags)
            if (!is_field_ref(p, ref, true))
                fail(e.line, fmt::format("event \"{}\": requires_flags \"{}\" is not an event's flag field", e.id, ref));
    }
}

// A condition an event ends must be one that another event starts; verbs
// must be plaint's own (procedure::step_verbs).
void check_conditions_and_verbs(const Procedure& p, const Fail& fail) {
    for (const auto& e : p.events) {
        if (!e.clears.empty() &&
            std::none_of(p.events.begin(), p.events.end(), [&](const EventDef& other) { return other.sets == e.clears; }))
            fail(e.line, fmt::format("event \"{}\" clears \"{}\", which no event sets", e.id, e.clears));
        for (const auto& v : e.verbs) {
            const Verb* verb = find_verb(v);
            if (!verb) fail(e.line, fmt::format("event \"{}\": unknown verb \"{}\" (verbs are {})", e.id, v, verb_names()));
            const bool has_switch = e.verb_option.empty() ||
                std::any_of(verb->options.begin(), verb->options.end(), [&](const VerbOption& o) {
                    return o.is_switch && o.field.empty() && o.flag.substr(2) == e.verb_option;
                });
            if (!has_switch)
                fail(e.line, fmt::format("event \"{}\": plaint {} has no switch --{}", e.id, v, e.verb_option));
        }
    }
}

void check_event_list(const Procedure& p, const Clock& c, const std::vector<std::string>& ids, const char* what,
                      const Fail& fail) {
    for (const auto& id : ids)
        if (!is_event(p, id)) fail(c.line, fmt::format("clock \"{}\": unknown event \"{}\" in {}", c.id, id, what));
}

void check_clocks(const Procedure& p, const Fail& fail) {
    for (const auto& c : p.clocks) {
        check_values(c.kinds, reg::kinds, "kind", c.line, fmt::format("clock \"{}\"", c.id), fail);
        check_event_list(p, c, c.start_on, "start_on", fail);
        check_event_list(p, c, c.stop, "stop", fail);
        check_event_list(p, c, c.pause, "pause", fail);
        check_event_list(p, c, c.resume, "resume", fail);
        if (c.start_on.empty()) fail(c.line, fmt::format("clock \"{}\" can never start: start_on is empty", c.id));
        if (c.stop.empty()) fail(c.line, fmt::format("clock \"{}\" can never stop: stop is empty", c.id));
        if (c.pause.empty() != c.resume.empty())
            fail(c.line, fmt::format("clock \"{}\": pause and resume go together", c.id));
        for (const auto& g : c.gates)
            if (!p.gate(g)) fail(c.line, fmt::format("clock \"{}\": unknown gate \"{}\"", c.id, g));
        if (!c.target && c.due_from.empty())
            fail(c.line, fmt::format("clock \"{}\" needs a target or due_from", c.id));
        for (const auto& ref : c.due_from) {
            const auto dot = ref.find('.');
            const EventDef* e = dot == std::string::npos ? nullptr : p.event(ref.substr(0, dot));
            const Field* f = e ? e->field(ref.substr(dot + 1)) : nullptr;
            if (!f || f->type != Field::Type::date)
                fail(c.line, fmt::format("clock \"{}\": due_from \"{}\" is not a date field of an event", c.id, ref));
            if (!c.per.empty() && (!e || !e->field(c.per)))
                fail(c.line, fmt::format("clock \"{}\": per \"{}\" is not a field of {}", c.id, c.per, ref.substr(0, dot)));
        }
        if (!c.per.empty() && c.due_from.empty())
            fail(c.line, fmt::format("clock \"{}\": per needs due_from", c.id));
        check_event_list(p, c, c.restart_on, "restart_on", fail);
        check_event_list(p, c, c.next, "next", fail);
        check_event_list(p, c, c.reset_on, "reset_on", fail);
        check_event_list(p, c, c.breach_handled_by, "breach_handled_by", fail);
        for (const auto& x : c.extensions) {
            const EventDef* e = p.event(x.event);
            if (!e) fail(c.line, fmt::format("clock \"{}\": unknown extension event \"{}\"", c.id, x.event));
            else if (!e->field("until") || e->field("until")->type != Field::Type::date)
                fail(e->line, fmt::format("event \"{}\" extends clock \"{}\" and needs a date field \"until\"", e->id, c.id));
            if (x.cap && x.mode == Extension::Mode::set)
                fail(c.line, fmt::format("clock \"{}\": an extension that sets the date (mode = \"set\") takes no cap", c.id));
        }
    }
    for (const auto& g : p.gates) {
        const std::string where = fmt::format("gate \"{}\"", g.id);
        check_values(g.required_if.channels, reg::channels, "channel", g.line, where, fail);
        check_values(g.required_if.not_channels, reg::channels, "channel", g.line, where, fail);
        check_values(g.required_if.kinds, reg::kinds, "kind", g.line, where, fail);
        if (!g.required_if.has_party.empty())
            check_values({g.required_if.has_party}, reg::party_roles, "party role", g.line, where, fail);
    }
    for (const auto& g : p.gates) {
        for (const auto& id : g.cleared_by)
            if (!p.event(id)) fail(g.line, fmt::format("gate \"{}\": unknown event \"{}\" in cleared_by", g.id, id));
        for (const auto& ref : g.cleared_by_flags)
            if (!is_field_ref(p, ref, true))
                fail(g.line, fmt::format("gate \"{}\": cleared_by_flags \"{}\" is not an event's flag field", g.id, ref));
    }
    for (const auto& [kind, state] : p.initial_by_kind) {
        check_values({kind}, reg::kinds, "kind", 0, "initial_by_kind", fail);
        if (!p.state(state)) fail(0, fmt::format("initial_by_kind.{}: unknown state \"{}\"", kind, state));
    }
    for (const auto& k : p.checks)
        if (!p.event(k.decided_by)) fail(k.line, fmt::format("check \"{}\": unknown event \"{}\" in decided_by", k.id, k.decided_by));
}

std::set<std::string> reachable_states(const Procedure& p) {
    std::set<std::string> seen{p.initial};
    std::vector<std::string> todo{p.initial};
    while (!todo.empty()) {
        const std::string s = todo.back();
        todo.pop_back();
        for (const auto* e : p.allowed_in(s))
            if (!e->to.empty() && seen.insert(e->to).second) todo.push_back(e->to);
    }
    return seen;
}

void check_graph(const Procedure& p, const Fail& fail) {
    const auto reachable = reachable_states(p);
    for (const auto& s : p.states) {
        if (!reachable.count(s.id))
            fail(s.line, fmt::format("state \"{}\" is not reachable from \"{}\"", s.id, p.initial));
        const auto out = p.allowed_in(s.id);
        const bool leaves = std::any_of(out.begin(), out.end(), [&](const EventDef* e) { return !e->to.empty() && e->to != s.id; });
        if (!s.final && !leaves) fail(s.line, fmt::format("state \"{}\" has no way out and is not final", s.id));
        if (s.final && leaves)
            for (const auto* e : out)
                if (!e->to.empty() && e->to != s.id)
                    fail(e->line, fmt::format("event \"{}\" leads out of final state \"{}\"", e->id, s.id));
    }
    // A clock can start only if some reachable state allows one of its start events.
    std::set<std::string> possible{logged_event};
    for (const auto& s : reachable)
        for (const auto* e : p.allowed_in(s)) possible.insert(e->id);
    for (const auto& c : p.clocks) {
        if (std::none_of(c.start_on.begin(), c.start_on.end(), [&](const std::string& e) { return possible.count(e); }))
            fail(c.line, fmt::format("clock \"{}\" can never start: no reachable state allows {}", c.id,
                                     fmt::join(c.start_on, " or ")));
        if (std::none_of(c.stop.begin(), c.stop.end(), [&](const std::string& e) { return possible.count(e); }))
            fail(c.line, fmt::format("clock \"{}\" can never stop: no reachable state allows {}", c.id,
                                     fmt::join(c.stop, " or ")));
    }
}

} // namespace

void validate(const Procedure& p, const Fail& fail) {
    check_states(p, fail);
    check_events(p, fail);
    check_conditions_and_verbs(p, fail);
    check_clocks(p, fail);
    check_graph(p, fail);
}

} // namespace plaint::procedure
