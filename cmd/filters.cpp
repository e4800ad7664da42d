#include "filters.hpp"

#include "plaint/casework/find.hpp"
#include "plaint/core/error.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::cmd {

std::string checked_owner(const store::Register& reg, const std::string& owner) {
    return casework::register_value(reg, "owner", owner);
}

std::string checked_provider(const store::Register& reg, const std::string& provider) {
    return casework::register_value(reg, "provider", provider);
}

std::string checked_kind(const store::Register& reg, const std::string& kind) {
    return casework::register_value(reg, "kind", kind, {"complaint", "concern", "compliment"});
}

std::string checked_procedure(Context& ctx, const store::Register& reg, const std::string& procedure) {
    return casework::register_value(reg, "procedure", procedure, ctx.procedures().ids());
}

std::string checked_state(Context& ctx, const store::Register& reg, const std::string& state,
                          const std::string& procedure) {
    std::vector<std::string> states;
    const auto add = [&](const procedure::Procedure& p) {
        for (const auto& s : p.states)
            if (std::find(states.begin(), states.end(), s.id) == states.end()) states.push_back(s.id);
    };
    if (const auto* given = procedure.empty() ? nullptr : ctx.procedures().find(procedure)) add(*given);
    else
        for (const auto& each : ctx.procedures().all()) add(each);
    return casework::register_value(reg, "state", state, states);
}

std::vector<std::string> team_owners(const Context& ctx, const std::string& team) {
    std::vector<std::string> teams;
    for (const auto& [name, person] : ctx.settings().people)
        if (!person.team.empty() && std::find(teams.begin(), teams.end(), person.team) == teams.end())
            teams.push_back(person.team);
    if (teams.empty())
        throw UsageError(fmt::format("no one is in team '{}'", team),
                         "teams come from [people.NAME] team = ... in the configuration");
    const std::string known = casework::known_value("team", team, teams);
    std::vector<std::string> owners;
    for (const auto& [name, person] : ctx.settings().people)
        if (person.team == known) owners.push_back(name);
    return owners;
}

} // namespace plaint::cmd
