#pragma once
// The forgiving, safe filters of list and due: each value is checked against
// what the register (or the procedures, or the configured teams) knows, case
// ignored, and an unknown one is a usage error with "did you mean", never an
// empty success (casework/find.hpp).

#include "context.hpp"

#include <string>
#include <vector>

namespace plaint::cmd {

std::string checked_owner(const store::Register& reg, const std::string& owner);
std::string checked_provider(const store::Register& reg, const std::string& provider);
std::string checked_kind(const store::Register& reg, const std::string& kind);
std::string checked_procedure(Context& ctx, const store::Register& reg, const std::string& procedure);
// A state of `procedure` (when given) or of any procedure.
std::string checked_state(Context& ctx, const store::Register& reg, const std::string& state,
                          const std::string& procedure);
// The owners in a team ([people.NAME] team in the configuration).
std::vector<std::string> team_owners(const Context& ctx, const std::string& team);

} // namespace plaint::cmd
