#pragma once
// Structural checks of a procedure: every reference resolves, every state is
// reachable from the initial one, every reachable state has a way out or is
// final, and every clock can start and stop.

#include "plaint/procedure/definition.hpp"

#include <functional>
#include <string>

namespace plaint::procedure {

// Calls `fail(line, message)` for the first problem found (fail must throw).
void validate(const Procedure& p, const std::function<void(int, const std::string&)>& fail);

} // namespace plaint::procedure
