// plaint calendar closure|holiday|division and `calendar import` into a
// register: the commands that change the register's own calendar. Each is one
// transaction and one journal event, and works out the open cases' clocks
// again in it; each prints the due dates that moved.

#include "calendar_commands.hpp"
#include "commands.hpp"
#include "plaint/core/error.hpp"

#include <fmt/format.h>

#include <map>

namespace plaint::cmd {
namespace {

using DueDates = std::map<std::pair<std::string, std::string>, std::optional<Date>>;

DueDates open_due_dates(const store::Register& reg) {
    DueDates dates;
    reg.for_each_open_clock({}, [&](const reg::DueRow& row) { dates[{row.ref, row.clock.clock}] = row.clock.due; });
    return dates;
}

std::string shown(const std::optional<Date>& date) { return date ? date->iso() : "paused"; }

void report_moves(Context& ctx, const store::CalendarChange& change, const DueDates& before, const DueDates& after) {
    std::vector<std::string> moves;
    for (const auto& [key, due] : after) {
        auto it = before.find(key);
        if (it != before.end() && it->second != due)
            moves.push_back(fmt::format("  {}  {}  {} -> {}", key.first, key.second, shown(it->second), shown(due)));
    }
    const auto n = change.cases_recomputed;
    if (n == 0) return; // no open case, or nothing changed
    ctx.out() << fmt::format("Clocks of {} open case{} worked out again; {}\n", n, n == 1 ? "" : "s",
                             moves.empty() ? "no due date moved" : "due dates moved:");
    for (const auto& line : moves) ctx.out() << line << '\n';
}

// Runs `change` on the register opened for casework and reports what moved.
void change_calendar(Context& ctx, const std::function<store::CalendarChange(store::Register&)>& change,
                     const std::function<std::string(const store::CalendarChange&)>& done) {
    auto session = ctx.session(store::Access::read_write);
    const auto before = open_due_dates(session.reg());
    const auto result = change(session.reg());
    ctx.out() << done(result) << '\n';
    report_moves(ctx, result, before, open_due_dates(session.reg()));
}

Date day_in_range(const Context& ctx, const std::string& text) {
    const Date date = ctx.parse_date(text, "date");
    if (date.year() < calendar::first_supported_year || date.year() > calendar::last_supported_year)
        throw RangeError(fmt::format("{} is outside the calendar", date.iso()),
                         fmt::format("plaint's calendar covers {} to {}", calendar::first_supported_year,
                                     calendar::last_supported_year));
    return date;
}

std::string described(const store::CalendarDay& day) {
    const char* what = day.kind == store::DayKind::closure   ? "closure day"
                       : day.kind == store::DayKind::holiday ? "bank holiday"
                                                             : "cancellation of the bank holiday";
    return fmt::format("{} {} {}{}", what, weekday_short(day.date.weekday()), day.date.iso(),
                       day.name.empty() ? "" : fmt::format(" ({})", day.name));
}

// The rules' holiday of the register's division on `date`, if any.
std::optional<calendar::Holiday> rule_holiday(const store::Register& reg, Date date) {
    const auto division = calendar::division_or_throw(reg.info().calendar);
    for (const auto& h : calendar::statutory_holidays(division, date.year()))
        if (h.date == date) return h;
    return std::nullopt;
}

struct DayOptions {
    std::string date;
    std::string name;
    store::DayKind kind = store::DayKind::closure;
};

int run_closure_add(const DayOptions& o, Context& ctx) {
    const store::CalendarDay day{day_in_range(ctx, o.date), store::DayKind::closure,
                                 o.name.empty() ? "Closure day" : o.name, false, "command"};
    change_calendar(ctx, [&](store::Register& reg) { return reg.add_calendar_day(day, ctx.stamp()); },
                    [&](const store::CalendarChange&) { return "Added the " + described(day); });
    return 0;
}

int run_holiday_add(const DayOptions& o, Context& ctx) {
    const store::CalendarDay day{day_in_range(ctx, o.date), store::DayKind::holiday, o.name, false, "command"};
    change_calendar(ctx,
                    [&](store::Register& reg) {
                        if (auto rule = rule_holiday(reg, day.date))
                            throw UsageError(fmt::format("{} is a bank holiday of the {} rules already ({})",
                                                         day.date.iso(), reg.info().calendar, rule->label()));
                        return reg.add_calendar_day(day, ctx.stamp());
                    },
                    [&](const store::CalendarChange&) { return "Added the " + described(day); });
    return 0;
}

int run_holiday_cancel(const DayOptions& o, Context& ctx) {
    const Date date = day_in_range(ctx, o.date);
    change_calendar(ctx,
                    [&](store::Register& reg) {
                        const auto rule = rule_holiday(reg, date);
                        if (!rule)
                            throw UsageError(fmt::format("{} is not a bank holiday of the {} rules", date.iso(),
                                                         reg.info().calendar),
                                             fmt::format("'plaint calendar holidays {}' lists them", date.year()));
                        return reg.add_calendar_day({date, store::DayKind::cancelled, rule->label(), false, "command"},
                                                    ctx.stamp());
                    },
                    [&](const store::CalendarChange& c) { return "Recorded the " + described(c.days.front()); });
    return 0;
}

int run_day_remove(const DayOptions& o, Context& ctx) {
    const Date date = day_in_range(ctx, o.date);
    const std::vector<store::DayKind> kinds =
        o.kind == store::DayKind::closure ? std::vector{store::DayKind::closure}
                                          : std::vector{store::DayKind::holiday, store::DayKind::cancelled};
    change_calendar(ctx, [&](store::Register& reg) { return reg.remove_calendar_day(date, kinds, ctx.stamp()); },
                    [&](const store::CalendarChange& c) { return "Removed the " + described(c.days.front()); });
    return 0;
}

struct DivisionOptions {
    std::string name;
    bool force = false;
};

int run_division(const DivisionOptions& o, Context& ctx) {
    const std::string division(calendar::division_id(calendar::division_or_throw(o.name)));
    std::string previous;
    change_calendar(ctx,
                    [&](store::Register& reg) {
                        previous = reg.info().calendar;
                        return reg.set_division(division, o.force, ctx.stamp());
                    },
                    [&](const store::CalendarChange&) {
                        return fmt::format("The register's calendar is now {} (was {})", division, previous);
                    });
    return 0;
}

// A subcommand of `closure` or `holiday` taking one DATE.
std::pair<CLI::App*, std::shared_ptr<DayOptions>> day_command(CLI::App& group, const char* name, const char* help,
                                                              Action& action, int (*run)(const DayOptions&, Context&)) {
    auto* cmd = group.add_subcommand(name, help);
    auto o = bind(*cmd, action, run);
    cmd->add_option("DATE", o->date, "The day: YYYY-MM-DD, today, tomorrow or yesterday")->required();
    return {cmd, o};
}

void setup_closure(CLI::App& calendar, Action& action) {
    auto* group = calendar.add_subcommand("closure", "Add or remove one of the register's closure days");
    group->require_subcommand(1);
    auto [add, o] = day_command(*group, "add", "Add a day the organisation is closed", action, run_closure_add);
    add->add_option("--name", o->name, "What the closure is (default: Closure day)")->option_text("TEXT");
    day_command(*group, "remove", "Remove a closure day", action, run_day_remove);
}

void setup_holiday(CLI::App& calendar, Action& action) {
    auto* group = calendar.add_subcommand("holiday", "Add, remove or cancel one of the register's bank holidays");
    group->require_subcommand(1);
    auto [add, o] = day_command(*group, "add", "Add a one-off bank holiday the rules lack", action, run_holiday_add);
    add->add_option("--name", o->name, "The holiday's name")->option_text("TEXT")->required();
    day_command(*group, "cancel", "Record that a day of the rules is not a bank holiday", action, run_holiday_cancel);
    auto removal = day_command(*group, "remove", "Remove an added holiday or a cancellation", action, run_day_remove);
    removal.second->kind = store::DayKind::holiday;
}

void setup_division(CLI::App& calendar, Action& action) {
    auto* cmd = calendar.add_subcommand("division", "Change the register's calendar division");
    auto o = bind(*cmd, action, run_division);
    cmd->add_option("NAME", o->name, "england-and-wales, scotland, northern-ireland or united-kingdom")->required();
    cmd->add_flag("--force", o->force, "Change it although the register holds cases (their due dates move)");
}

} // namespace

void setup_calendar_register(CLI::App& calendar, Action& action) {
    setup_closure(calendar, action);
    setup_holiday(calendar, action);
    setup_division(calendar, action);
}

namespace {

// The feed's additions for `division` as register days; with `replace`, the
// rule days it lacks as cancellations too.
std::vector<store::CalendarDay> feed_days(const calendar::FeedDifference& d, bool replace, const std::string& from) {
    std::vector<store::CalendarDay> days;
    for (const auto& h : d.missing_from_rules)
        days.push_back({h.date, store::DayKind::holiday, h.name, h.substitute, from});
    if (replace)
        for (const auto& h : d.missing_from_feed) days.push_back({h.date, store::DayKind::cancelled, h.label(), false, from});
    return days;
}

} // namespace

void import_into_register(Context& ctx, const ImportRequest& request) {
    const auto reg = ctx.given_register();
    if (!reg) throw StoreError(fmt::format("no register at {}", ctx.register_path()),
                               "create one with 'plaint init', or use --into FILE");
    const std::string division = reg->info().calendar;
    const calendar::FeedDifference* mine = nullptr;
    for (const auto& d : request.differences)
        if (calendar::division_id(d.division) == division) mine = &d;
    if (!mine) throw DataError(fmt::format("{} has no days for the register's calendar, {}", request.file, division));
    report_difference(ctx, request.feed, *mine, request.replace);
    if (request.dry_run) {
        ctx.out() << "Dry run: nothing recorded.\n";
        return;
    }
    const std::string from = "import:" + std::filesystem::path(request.file).filename().string();
    const auto days = feed_days(*mine, request.replace, from);
    change_calendar(ctx, [&](store::Register& r) { return r.import_calendar_days(days, from, ctx.stamp()); },
                    [&](const store::CalendarChange& c) {
                        return c.days.empty() ? std::string("The register has every day already: nothing recorded")
                                              : fmt::format("Recorded {} day{} in the register", c.days.size(),
                                                            c.days.size() == 1 ? "" : "s");
                    });
}

} // namespace plaint::cmd
