#pragma once
// The classification options shared by `plaint log` and `plaint classify`:
// --aspect (repeatable), --age-band, --complainant-status, checked against
// the KO41 category list in force on the case's date of receipt.

#include "context.hpp"
#include "plaint/report/categories.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace plaint::cmd {

struct ClassificationOptions {
    std::vector<std::string> aspects;
    std::string age_band;
    std::string complainant_status;
};

void add_classification_options(CLI::App& command, ClassificationOptions& o);
report::Classification classification(const ClassificationOptions& o);
// Built-in lists and the organisation's ([report] categories).
report::Categories categories(const Context& ctx);

} // namespace plaint::cmd
