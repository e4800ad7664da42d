// plaint learn REF --lesson TEXT and plaint action REF: lessons learned and
// improvement actions, each recorded as a journal event; `plaint action
// list` lists the actions of every case, by due date.

#include "commands.hpp"
#include "plaint/casework/learning.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::cmd {
namespace {

using output::Format;

struct LearnOptions {
    std::string ref;
    std::string lesson;
    std::string on = "today";
};

int run_learn(const LearnOptions& o, Context& ctx) {
    const Date on = ctx.parse_date(o.on, "--on date");
    ctx.json_asked(); // a --format not offered is refused before anything is written
    auto session = ctx.session(store::Access::read_write);
    const auto ref = ctx.case_ref(session.reg(), o.ref);
    const auto event = casework::learn(session.reg(), ref, o.lesson, on, ctx.stamp());
    if (ctx.json_asked()) ctx.out() << reg::event_json(event).dump(2) << '\n';
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
    bool open = false, overdue = false; // action list
    std::string due_by;
};

constexpr const char* list_word = "list";

// plaint action list [--open] [--overdue] [--owner X] [--due-by DATE]:
// every standing case's actions, by due date (none last), then reference.
void list_all_actions(Context& ctx, const ActionOptions& o) {
    store::Register::ActionFilter filter;
    filter.open_only = o.open || o.overdue;
    if (o.overdue) filter.due_by = ctx.today() - 1;
    if (!o.due_by.empty()) {
        const Date by = ctx.parse_date(o.due_by, "--due-by date");
        filter.due_by = filter.due_by ? std::min(*filter.due_by, by) : by;
    }
    if (!o.owner.empty()) filter.owner = o.owner;
    const auto format = ctx.format(Format::table, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv});
    auto reg = ctx.open_register(store::Access::read_only);
    output::Records records{{"reference", "number", "action", "owner", "due", "added_on", "done_on"}, {}};
    auto text = [](const std::optional<std::string>& v) { return v ? output::Value(*v) : output::Value(); };
    auto date = [](const std::optional<Date>& v) { return v ? output::Value(v->iso()) : output::Value(); };
    reg.for_each_action(filter, [&](const store::Register::ActionRow& row) {
        const auto& a = row.action;
        records.add({row.ref, std::int64_t{a.number}, a.text, text(a.owner), date(a.due), a.added_on.iso(), date(a.done_on)});
    });
    ctx.write(records, format);
}

void list_actions(Context& ctx, const reg::CaseRecord& c) {
    output::Records records{{"number", "action", "owner", "due", "added_on", "done_on"}, {}};
    auto text = [](const std::optional<std::string>& v) { return v ? output::Value(*v) : output::Value(); };
    auto date = [](const std::optional<Date>& v) { return v ? output::Value(v->iso()) : output::Value(); };
    for (const auto& a : c.actions)
        records.add({std::int64_t{a.number}, a.text, text(a.owner), date(a.due), a.added_on.iso(), date(a.done_on)});
    ctx.write(records, ctx.format(Format::table, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv}));
}

int run_action(const ActionOptions& o, Context& ctx) {
    const bool register_wide = o.ref.empty() || o.ref == list_word;
    if (register_wide && (!o.add.empty() || o.done > 0))
        throw UsageError("--add and --done need a case", "plaint action REF --add TEXT");
    if (register_wide) {
        list_all_actions(ctx, o);
        return 0;
    }
    if (o.open || o.overdue || !o.due_by.empty())
        throw UsageError("--open, --overdue and --due-by filter the register-wide list", "plaint action list --open");
    if (!o.add.empty() && o.done > 0) throw UsageError("give --add or --done, not both");
    if (o.add.empty() && (!o.owner.empty() || !o.due.empty()))
        throw UsageError("--owner and --due describe a new action", "use them with --add TEXT");
    const Date on = ctx.parse_date(o.on, "--on date");
    if (o.add.empty() && o.done == 0) {
        auto reg = ctx.open_register(store::Access::read_only);
        list_actions(ctx, reg.case_or_throw(ctx.case_ref(reg, o.ref)));
        return 0;
    }
    ctx.json_asked(); // a --format not offered is refused before anything is written
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
    if (ctx.json_asked()) {
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
    command.add_option("REF", o->ref, "Case reference, or list (the default): every case's actions");
    command.add_option("--add", o->add, "Add an improvement action (one line, no names)")->option_text("TEXT");
    command.add_option("--owner", o->owner, "Who owns the new action; with list, only that owner's actions")
        ->option_text("NAME");
    command.add_option("--due", o->due, "When the new action is due")->option_text("DATE");
    command.add_option("--done", o->done, "Record action N as done")->option_text("N")->check(CLI::PositiveNumber);
    command.add_option("--on", o->on, "The day it was added or done (default today)")->option_text("DATE");
    command.add_flag("--open", o->open, "list: only actions not done");
    command.add_flag("--overdue", o->overdue, "list: only actions not done and past their due date");
    command.add_option("--due-by", o->due_by, "list: only actions due on or before DATE")->option_text("DATE");
    command.footer("Without --add or --done, lists the case's actions; 'plaint action list' lists every case's, by due date.");
}

} // namespace plaint::cmd
