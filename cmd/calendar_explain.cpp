// plaint calendar explain DATE N: the working-day walk behind `calendar add`,
// every skipped day named.

#include "calendar_commands.hpp"
#include "commands.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

namespace plaint::cmd {
namespace {

using output::Format;

struct ExplainOptions {
    std::string date;
    int n = 0;
    std::string receipt;
};

std::string day_label(const calendar::WalkStep& step) {
    if (!step.working_day) return "skip";
    return fmt::format("day {}", *step.working_day);
}

int run_explain(const ExplainOptions& o, Context& ctx) {
    const Date start = ctx.parse_date(o.date, "date");
    const auto receipt = o.receipt.empty() ? ctx.receipt() : calendar::receipt_or_throw(o.receipt);
    auto& cal = ctx.calendar();
    const Date result = cal.add_working_days(start, o.n, receipt);
    const auto steps = cal.explain_add(start, o.n, receipt);
    const int skipped = static_cast<int>(
        std::count_if(steps.begin(), steps.end(), [](const auto& s) { return !s.working_day; }));
    write_walk(ctx,
               fmt::format("{} working day{} from {} {} ({}, receipt {})", o.n, std::abs(o.n) == 1 ? "" : "s",
                           weekday_name(start.weekday()), start.iso(), calendar::division_id(cal.division()),
                           calendar::receipt_id(receipt)),
               steps,
               fmt::format("{} {} ({} day{} skipped)", weekday_name(result.weekday()), result.iso(), skipped,
                           skipped == 1 ? "" : "s"));
    return 0;
}

} // namespace

void write_walk(Context& ctx, const std::string& title, const std::vector<calendar::WalkStep>& steps,
                const std::string& result) {
    if (ctx.format(Format::table, {Format::table, Format::json}) == Format::json) {
        auto array = nlohmann::ordered_json::array();
        for (const auto& s : steps)
            array.push_back({{"date", s.date.iso()}, {"weekday", weekday_name(s.date.weekday())},
                             {"working_day", s.working_day ? nlohmann::ordered_json(*s.working_day) : nlohmann::ordered_json()},
                             {"reason", s.reason}});
        nlohmann::ordered_json doc{{"title", title}, {"steps", array}, {"result", result}};
        ctx.out() << doc.dump(2) << '\n';
        return;
    }
    ctx.out() << title << '\n';
    for (const auto& s : steps) {
        std::string line = fmt::format("  {}  {}  {:<7}", s.date.iso(), weekday_short(s.date.weekday()), day_label(s));
        if (!s.reason.empty()) line += "  " + s.reason;
        while (!line.empty() && line.back() == ' ') line.pop_back();
        ctx.out() << line << '\n';
    }
    ctx.out() << "Result: " << result << '\n';
}

void setup_calendar_explain(CLI::App& calendar, Action& action) {
    auto* cmd = calendar.add_subcommand("explain", "Show the working-day walk of 'calendar add', skipped days named");
    auto o = bind(*cmd, action, run_explain);
    cmd->add_option("DATE", o->date, "Start date")->required();
    cmd->add_option("N", o->n, "Working days to add (negative to go back)")->required();
    cmd->add_option("--receipt", o->receipt, "day-zero (default) or next-working-day")
        ->check(CLI::IsMember({"day-zero", "next-working-day"}));
}

} // namespace plaint::cmd
