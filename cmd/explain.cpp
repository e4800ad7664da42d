// plaint explain REF: how each of a case's due dates was worked out: which
// rule, which start, which days were skipped, pauses and extensions.

#include "commands.hpp"
#include "plaint/casework/case_file.hpp"
#include "plaint/casework/casework.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace plaint::cmd {
namespace {

using output::Format;

struct ExplainOptions {
    std::string ref;
};

int run_explain(const ExplainOptions& o, Context& ctx) {
    auto session = ctx.session(store::Access::read_only);
    const auto& cal = session.calendar();
    const auto view = casework::view_case(session.reg(), session.definitions(), cal, ctx.case_ref(session.reg(), o.ref), ctx.today());
    if (ctx.format(Format::table, {Format::table, Format::json}) == Format::json) {
        auto clocks = nlohmann::ordered_json::array();
        for (const auto& c : view.clocks) {
            auto doc = procedure::clock_json(c);
            doc["explanation"] = c.explanation;
            clocks.push_back(doc);
        }
        nlohmann::ordered_json doc{{"reference", view.record.ref}, {"procedure", view.procedure->id},
                                   {"procedure_hash", view.procedure->hash}, {"calendar", calendar::division_id(cal.division())},
                                   {"today", ctx.today().iso()}, {"clocks", clocks}};
        doc["receipt_changes"] = casework::receipt_changes_json(view.events);
        ctx.out() << doc.dump(2) << '\n';
        return 0;
    }
    auto& out = ctx.out();
    out << fmt::format("{} follows {} (definition {}), calendar {}, as of {}\n", view.record.ref, view.procedure->id,
                       view.procedure->hash.substr(0, 12), calendar::division_id(cal.division()), ctx.today().iso());
    for (const auto& change : casework::receipt_changes(view.events))
        out << fmt::format("The date of receipt was AMENDED from {} to {} on {} by {} (event {}): {}. The clocks count "
                           "from {}.\n", change.from.iso(), change.to.iso(), change.on.iso(), change.actor, change.seq,
                           change.reason, view.record.received.iso());
    for (const auto& c : view.clocks) {
        out << fmt::format("\n{} [{}]: {}\n", c.clock->title, c.clock->id, procedure::clock_summary(c));
        if (c.state == procedure::ClockState::not_started && c.explanation.empty())
            out << fmt::format("  starts on {}\n", fmt::join(c.clock->start_on, " or "));
        for (const auto& line : c.explanation) out << "  " << line << '\n';
        if (c.due) out << fmt::format("  due {} {}\n", weekday_short(c.due->weekday()), c.due->iso());
        if (c.warning) out << fmt::format("  at risk from {}\n", c.warning->iso());
        if (c.window_opens) out << fmt::format("  not before {}\n", c.window_opens->iso());
    }
    for (const auto& k : view.checks)
        if (!k.explanation.empty()) out << fmt::format("\n{} [{}]: {}\n", k.check->title, k.check->id, k.explanation);
    return 0;
}

} // namespace

void setup_explain(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_explain);
    command.add_option("REF", o->ref, "Case reference")->required();
}

} // namespace plaint::cmd
