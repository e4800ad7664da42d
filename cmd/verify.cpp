// plaint verify: SQLite's integrity check, the journal's hash chain, the
// projection against the journal and the parties against their digests.
// Exit status 1 names the first bad event.

#include "commands.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace plaint::cmd {
namespace {

using output::Format;

struct VerifyOptions {};

int run_verify(const VerifyOptions&, Context& ctx) {
    auto reg = ctx.open_register(store::Access::read_only);
    const auto report = reg.verify();
    if (ctx.format(Format::table, {Format::table, Format::json}) == Format::json) {
        nlohmann::ordered_json problems = nlohmann::ordered_json::array();
        for (const auto& p : report.problems)
            problems.push_back({{"event", p.seq ? nlohmann::ordered_json(p.seq) : nlohmann::ordered_json()},
                                {"message", p.message}});
        nlohmann::ordered_json doc{{"ok", report.ok()},       {"events", report.events}, {"cases", report.cases},
                                   {"journal_head", report.head}, {"problems", problems}};
        ctx.out() << doc.dump(2) << '\n';
    } else if (report.ok()) {
        ctx.out() << fmt::format("ok: {} events, {} cases; journal head {}\n", report.events, report.cases, report.head);
    } else {
        for (const auto& p : report.problems) ctx.out() << "FAILED: " << p.message << '\n';
    }
    return report.ok() ? 0 : static_cast<int>(ExitCode::finding);
}

struct RebuildOptions {};

int run_rebuild(const RebuildOptions&, Context& ctx) {
    auto session = ctx.session(store::Access::read_write);
    const auto result = session.reg().rebuild();
    ctx.out() << fmt::format("Rebuilt {} cases from {} events; {} differed from the journal\n", result.cases,
                             result.events, result.changed);
    return 0;
}

} // namespace

void setup_verify(CLI::App& command, Action& action) { bind(command, action, run_verify); }

void setup_rebuild(CLI::App& command, Action& action) { bind(command, action, run_rebuild); }

} // namespace plaint::cmd
