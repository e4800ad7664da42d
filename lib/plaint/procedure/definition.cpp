#include "plaint/procedure/definition.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::procedure {
namespace {

template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

std::string Duration::describe() const {
    switch (unit) {
    case Unit::working_days: return fmt::format("{} working day{}", amount, amount == 1 ? "" : "s");
    case Unit::calendar_days: return fmt::format("{} calendar day{}", amount, amount == 1 ? "" : "s");
    case Unit::months:
        return fmt::format("{} month{} {}", amount, amount == 1 ? "" : "s", beginning_on ? "beginning on" : "after");
    }
    return {};
}

const Field* EventDef::field(const std::string& name) const {
    auto it = std::find_if(fields.begin(), fields.end(), [&](const Field& f) { return f.name == name; });
    return it == fields.end() ? nullptr : &*it;
}

const State* Procedure::state(const std::string& name) const { return find_by_id(states, name); }
const EventDef* Procedure::event(const std::string& name) const { return find_by_id(events, name); }
const Gate* Procedure::gate(const std::string& name) const { return find_by_id(gates, name); }
const Clock* Procedure::clock(const std::string& name) const { return find_by_id(clocks, name); }

std::string Gate::clearing_event() const {
    if (!cleared_by.empty()) return cleared_by.front();
    return cleared_by_flags.empty() ? std::string() : cleared_by_flags.front().substr(0, cleared_by_flags.front().find('.'));
}

bool EventDef::has_meaning(std::string_view m) const {
    return std::find(means.begin(), means.end(), m) != means.end();
}

std::string_view extension_mode_id(Extension::Mode mode) {
    switch (mode) {
    case Extension::Mode::extend: return "extend";
    case Extension::Mode::longer: return "longer";
    case Extension::Mode::set: return "set";
    }
    return "extend";
}

const std::string& Procedure::initial_for(const std::string& kind) const {
    auto it = initial_by_kind.find(kind);
    return it == initial_by_kind.end() ? initial : it->second;
}

std::vector<const EventDef*> Procedure::events_for_verb(const std::string& verb) const {
    std::vector<const EventDef*> found;
    for (const auto& e : events)
        if (std::find(e.verbs.begin(), e.verbs.end(), verb) != e.verbs.end()) found.push_back(&e);
    return found;
}

std::vector<const EventDef*> Procedure::allowed_in(const std::string& s) const {
    // "*" stands for every state that is not final.
    const State* st = state(s);
    const bool open = st && !st->final;
    std::vector<const EventDef*> allowed;
    for (const auto& e : events)
        if (std::find(e.from.begin(), e.from.end(), s) != e.from.end() ||
            (open && std::find(e.from.begin(), e.from.end(), "*") != e.from.end()))
            allowed.push_back(&e);
    return allowed;
}

} // namespace plaint::procedure
