// plaint calendar add|count|next|previous|is-working|months: working-day
// arithmetic on the register's calendar when a register is given, else on
// the configured one (Context::calendar). Output contract: see
// man/plaint-calendar.1; the default output of add/next/previous/months is a
// bare YYYY-MM-DD line and of count a bare integer, for scripts.

#include "plaint/core/text.hpp"
#include "calendar_commands.hpp"
#include "commands.hpp"
#include "plaint/calendar/periods.hpp"
#include "plaint/core/error.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdlib>

namespace plaint::cmd {
namespace {

using output::Format;
using ordered_json = nlohmann::ordered_json;

struct AddOptions {
    std::string date;
    int n = 0;
    std::string receipt;
};

// Scalar answers print bare by default and as one JSON object on request.
void answer(Context& ctx, const std::string& bare, const ordered_json& object) {
    if (ctx.format(Format::table, {Format::table, Format::json}) == Format::json)
        ctx.out() << object.dump(2) << '\n';
    else
        ctx.out() << bare << '\n';
}

calendar::Receipt receipt_of(const std::string& option, const Context& ctx) {
    return option.empty() ? ctx.receipt() : calendar::receipt_or_throw(option);
}

int run_add(const AddOptions& o, Context& ctx) {
    const Date start = ctx.parse_date(o.date, "date");
    const auto receipt = receipt_of(o.receipt, ctx);
    const Date result = ctx.calendar().add_working_days(start, o.n, receipt);
    answer(ctx, result.iso(),
           {{"start", start.iso()}, {"working_days", o.n}, {"receipt", calendar::receipt_id(receipt)},
            {"calendar", calendar::division_id(ctx.calendar().division())}, {"date", result.iso()},
            {"weekday", weekday_name(result.weekday())}});
    return 0;
}

struct CountOptions {
    std::string from;
    std::string to;
    bool explain = false;
};

int run_count(const CountOptions& o, Context& ctx) {
    const Date from = ctx.parse_date(o.from, "FROM date");
    const Date to = ctx.parse_date(o.to, "TO date");
    const int count = ctx.calendar().count_working_days(from, to);
    if (o.explain) {
        // Backwards, the interval is (TO, FROM] and the count negative.
        const std::string title =
            to >= from ? fmt::format("Working days in ({}, {}]", from.iso(), to.iso())
                       : fmt::format("Working days in ({}, {}], counted back from {}", to.iso(), from.iso(), from.iso());
        write_walk(ctx, title, ctx.calendar().explain_count(from, to),
                   fmt::format("{} working day{}", count, std::abs(count) == 1 ? "" : "s"));
        return 0;
    }
    answer(ctx, std::to_string(count),
           {{"from", from.iso()}, {"to", to.iso()},
            {"calendar", calendar::division_id(ctx.calendar().division())}, {"working_days", count}});
    return 0;
}

struct StepOptions {
    std::string date;
    int direction = 1;
};

int run_step(const StepOptions& o, Context& ctx) {
    const Date start = ctx.parse_date(o.date, "date");
    const Date result = ctx.calendar().add_working_days(start, o.direction);
    answer(ctx, result.iso(), {{"from", start.iso()}, {"date", result.iso()},
                               {"weekday", weekday_name(result.weekday())}});
    return 0;
}

struct IsWorkingOptions {
    std::string date;
};

// Exit status 0 for a working day, 1 for a day off (a finding, like grep).
int run_is_working(const IsWorkingOptions& o, Context& ctx) {
    const Date date = ctx.parse_date(o.date, "date");
    const auto reason = ctx.calendar().day_off_reason(date);
    answer(ctx, reason ? "no: " + text::escaped(*reason) : "yes",
           {{"date", date.iso()}, {"working_day", !reason}, {"reason", reason ? ordered_json(*reason) : ordered_json()}});
    return reason ? static_cast<int>(ExitCode::finding) : 0;
}

struct MonthsOptions {
    std::string date;
    int months = 0;
    std::string rule = "after";
};

// Like the working-day commands, `months` answers only inside the calendar's
// range (1990-2100): the start is checked as `add` checks it, and so is the end.
int run_months(const MonthsOptions& o, Context& ctx) {
    const Date start = ctx.parse_date(o.date, "date");
    const auto& cal = ctx.calendar();
    (void)cal.is_working_day(start); // throws RangeError outside the calendar
    // Beyond the calendar's span in months the end is out of range whatever
    // the start, and the month arithmetic is not asked to overflow.
    const int span = 12 * (cal.last_day().year() - cal.first_day().year() + 1);
    const bool too_far = o.months > span || o.months < -span;
    const Date result = too_far                      ? start
                        : o.rule == "beginning-on" ? calendar::period_end_beginning_on(start, o.months)
                                                   : calendar::months_after(start, o.months);
    if (too_far || result < cal.first_day() || result > cal.last_day())
        throw RangeError(fmt::format("{} {:+} month{} is outside the calendar", start.iso(), o.months,
                                     o.months == 1 || o.months == -1 ? "" : "s"),
                         fmt::format("plaint's calendar covers {} to {}", cal.first_day().iso(), cal.last_day().iso()));
    answer(ctx, result.iso(), {{"start", start.iso()}, {"months", o.months}, {"rule", o.rule},
                               {"date", result.iso()}, {"weekday", weekday_name(result.weekday())}});
    return 0;
}

void setup_add(CLI::App& app, Action& action) {
    auto* cmd = app.add_subcommand("add", "Print the N-th working day after DATE (before it when N < 0)");
    auto o = bind(*cmd, action, run_add);
    cmd->add_option("DATE", o->date, "Start date: YYYY-MM-DD, today, tomorrow or yesterday")->required();
    cmd->add_option("N", o->n, "Working days to add (negative to go back)")->required()->allow_extra_args(false);
    cmd->add_option("--receipt", o->receipt, "day-zero (default) or next-working-day")
        ->check(CLI::IsMember({"day-zero", "next-working-day"}));
}

void setup_count(CLI::App& app, Action& action) {
    auto* cmd = app.add_subcommand("count", "Print the number of working days in (FROM, TO]");
    auto o = bind(*cmd, action, run_count);
    cmd->add_option("FROM", o->from, "Exclusive start date")->required();
    cmd->add_option("TO", o->to, "Inclusive end date")->required();
    cmd->add_flag("--explain", o->explain, "Show each day and why it counts or not");
}

void setup_step(CLI::App& app, Action& action, const char* name, const char* help, int direction) {
    auto* cmd = app.add_subcommand(name, help);
    auto o = bind(*cmd, action, run_step);
    o->direction = direction;
    cmd->add_option("DATE", o->date, "Date")->required();
}

void setup_is_working(CLI::App& app, Action& action) {
    auto* cmd = app.add_subcommand("is-working", "Say whether DATE is a working day (exit 1 if not)");
    auto o = bind(*cmd, action, run_is_working);
    cmd->add_option("DATE", o->date, "Date")->required();
}

void setup_months(CLI::App& app, Action& action) {
    auto* cmd = app.add_subcommand("months", "Calendar-month periods: the end of N months from DATE");
    auto o = bind(*cmd, action, run_months);
    cmd->add_option("DATE", o->date, "Start date")->required();
    cmd->add_option("N", o->months, "Months")->required();
    cmd->add_option("--rule", o->rule,
                    "after: 'not later than N months after' (default); beginning-on: 'N months beginning on'")
        ->check(CLI::IsMember({"after", "beginning-on"}));
}

} // namespace

void setup_calendar(CLI::App& command, Action& action) {
    command.require_subcommand(1);
    setup_add(command, action);
    setup_count(command, action);
    setup_step(command, action, "next", "Print the first working day after DATE", 1);
    setup_step(command, action, "previous", "Print the last working day before DATE", -1);
    setup_is_working(command, action);
    setup_months(command, action);
    setup_calendar_explain(command, action);
    setup_calendar_holidays(command, action);
    setup_calendar_import(command, action);
    setup_calendar_register(command, action);
}

} // namespace plaint::cmd
