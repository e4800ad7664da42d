// plaint learn REF --lesson TEXT and plaint action REF: lessons learned and
// improvement actions, each recorded as a journal event.

#include "commands.hpp"
#include "plaint/casework/learning.hpp"

#include <fmt/format.h>

namespace plaint::cmd {
namespace {

using output::Format;

bool wants_json(const Context& ctx) {
    return ctx.format_given() && ctx.format(Format::table, {Format::table, Format::json}) == Format::json;
}

struct LearnOptions {
    std::string ref;
    std::string lesson;
    std::string on = "today";
};

int run_learn(const LearnOptions& o, Context& ctx) {
    const Date on = ctx.parse_date(o.on, "--on date");
    auto session = ctx.session(store::Access::read_write);
    const auto ref = ctx.case_ref(session.reg(), o.ref);
    const auto event = casework::learn(session.reg(), ref, o.lesson, on, ctx.stamp());
    if (wants_json(ctx)) ctx.out() << reg::event_json(event).dump(2) << '\n';
    else ctx.out() << fmt::format("{}: lesson {} recorded on {}\n", ref, session.reg().case_or_throw(ref).lessons.size(), on.iso());
    return 0;
}

struct ActionOptions {
    std::string ref;
    std::string add;
    std::string owner;
    std::string due;
    int done = 0;
    std::string on = "today";
};

void list_actions(Context& ctx, const reg::CaseRecord& c) {
    output::Records records{{"number", "action", "owner", "due", "added_on", "done_on"}, {}};
    auto text = [](const std::optional<std::string>& v) { return v ? output::Value(*v) : output::Value(); };
    auto date = [](const std::optional<Date>& v) { return v ? output::Value(v->iso()) : output::Value(); };
    for (const auto& a : c.actions)
        records.add({std::int64_t{a.number}, a.text, text(a.owner), date(a.due), a.added_on.iso(), date(a.done_on)});
    ctx.write(records, ctx.format(Format::table, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv}));
}

int run_action(const ActionOptions& o, Context& ctx) {
    if (!o.add.empty() && o.done > 0) throw UsageError("give --add or --done, not both");
    if (o.add.empty() && (!o.owner.empty() || !o.due.empty()))
        throw UsageError("--owner and --due describe a new action", "use them with --add TEXT");
    const Date on = ctx.parse_date(o.on, "--on date");
    if (o.add.empty() && o.done == 0) {
        auto reg = ctx.open_register(store::Access::read_only);
        list_actions(ctx, reg.case_or_throw(ctx.case_ref(reg, o.ref)));
        return 0;
    }
    auto session = ctx.session(store::Access::read_write);
    const auto ref = ctx.case_ref(session.reg(), o.ref);
    reg::Event event;
    if (!o.add.empty()) {
        casework::NewAction a{o.add, std::nullopt, std::nullopt};
        if (!o.owner.empty()) a.owner = o.owner;
        if (!o.due.empty()) a.due = ctx.parse_date(o.due, "--due date");
        event = casework::add_action(session.reg(), ref, a, on, ctx.stamp());
    } else {
        event = casework::complete_action(session.reg(), ref, o.done, on, ctx.stamp());
    }
    if (wants_json(ctx)) {
        ctx.out() << reg::event_json(event).dump(2) << '\n';
        return 0;
    }
    const auto c = session.reg().case_or_throw(ref);
    if (!o.add.empty()) ctx.out() << fmt::format("{}: action {} added on {}\n", ref, c.actions.size(), on.iso());
    else ctx.out() << fmt::format("{}: action {} done on {}\n", ref, o.done, on.iso());
    return 0;
}

} // namespace

void setup_learn(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_learn);
    command.add_option("REF", o->ref, "Case reference")->required();
    command.add_option("--lesson", o->lesson, "What was learned, in one line, with no names")->required();
    command.add_option("--on", o->on, "The day it was learned (default today)")->option_text("DATE");
}

void setup_action(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_action);
    command.add_option("REF", o->ref, "Case reference")->required();
    command.add_option("--add", o->add, "Add an improvement action (one line, no names)")->option_text("TEXT");
    command.add_option("--owner", o->owner, "Who owns the new action")->option_text("NAME");
    command.add_option("--due", o->due, "When the new action is due")->option_text("DATE");
    command.add_option("--done", o->done, "Record action N as done")->option_text("N")->check(CLI::PositiveNumber);
    command.add_option("--on", o->on, "The day it was added or done (default today)")->option_text("DATE");
    command.footer("Without --add or --done, lists the case's actions.");
}

} // namespace plaint::cmd
