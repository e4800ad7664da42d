#pragma once
// Shared by `plaint grade`, `plaint list --grade` and `plaint report`: the
// risk matrices known (built-in and [risk] matrices) and the one in force.

#include "context.hpp"
#include "plaint/casework/risk.hpp"

namespace plaint::cmd {

casework::RiskMatrices risk_matrices(const Context& ctx);

} // namespace plaint::cmd
