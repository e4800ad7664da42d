#pragma once
// The command table: one entry per subcommand, driving registration with
// CLI11, dispatch and the list shown by `plaint --help`. Each setup function
// lives in the subcommand's own file.

#include "context.hpp"
#include "plaint/core/error.hpp"

#include <CLI/CLI.hpp>

#include <span>
#include <string_view>

namespace plaint::cmd {

using Setup = void (*)(CLI::App& command, Action& action);

struct Command {
    std::string_view name;
    std::string_view summary;
    Setup setup;
};

void setup_calendar(CLI::App& command, Action& action);
void setup_config(CLI::App& command, Action& action);
void setup_attach(CLI::App& command, Action& action);
void setup_attachments(CLI::App& command, Action& action);
void setup_extract(CLI::App& command, Action& action);
void setup_search(CLI::App& command, Action& action);
void setup_letter(CLI::App& command, Action& action);
void setup_caseload(CLI::App& command, Action& action);
void setup_init(CLI::App& command, Action& action);
void setup_log(CLI::App& command, Action& action);
void setup_show(CLI::App& command, Action& action);
void setup_list(CLI::App& command, Action& action);
void setup_verify(CLI::App& command, Action& action);
void setup_rebuild(CLI::App& command, Action& action);
void setup_backup(CLI::App& command, Action& action);
void setup_seal(CLI::App& command, Action& action);
void setup_restore(CLI::App& command, Action& action);
void setup_step_verb(CLI::App& command, Action& action); // looks the verb up by the command's name
void setup_escalate(CLI::App& command, Action& action);
void setup_record(CLI::App& command, Action& action);
void setup_note(CLI::App& command, Action& action);
void setup_correspondence(CLI::App& command, Action& action);
void setup_amend(CLI::App& command, Action& action);
void setup_void(CLI::App& command, Action& action);
void setup_link(CLI::App& command, Action& action);
void setup_merge(CLI::App& command, Action& action);
void setup_explain(CLI::App& command, Action& action);
void setup_procedures(CLI::App& command, Action& action);
void setup_due(CLI::App& command, Action& action);
void setup_remind(CLI::App& command, Action& action);
void setup_demo(CLI::App& command, Action& action);
void setup_classify(CLI::App& command, Action& action);
void setup_categories(CLI::App& command, Action& action);
void setup_learn(CLI::App& command, Action& action);
void setup_action(CLI::App& command, Action& action);
void setup_report(CLI::App& command, Action& action);
void setup_sample(CLI::App& command, Action& action);
void setup_grade(CLI::App& command, Action& action);
void setup_contribution(CLI::App& command, Action& action);

std::span<const Command> commands();

// Registers a subcommand whose options live in `Options` and whose run
// function is `run(options, context)`: the shape every command file uses.
template <typename Options>
std::shared_ptr<Options> bind(CLI::App& command, Action& action, int (*run)(const Options&, Context&)) {
    auto options = std::make_shared<Options>();
    command.callback([options, &action, run] { action = [options, run](Context& ctx) { return run(*options, ctx); }; });
    return options;
}

} // namespace plaint::cmd
