// plaint calendar holidays YEAR and plaint calendar import FILE.

#include "calendar_commands.hpp"
#include "commands.hpp"
#include "plaint/calendar/govuk.hpp"
#include "plaint/calendar/import_store.hpp"
#include "plaint/core/error.hpp"
#include "plaint/core/text.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <sstream>

namespace plaint::cmd {
namespace {

using output::Format;

struct HolidaysOptions {
    int year = 0;
};

std::string type_of(const calendar::Holiday& h) {
    if (h.kind == calendar::DayOffKind::closure) return "closure";
    return h.substitute ? "substitute" : "bank holiday";
}

int run_holidays(const HolidaysOptions& o, Context& ctx) {
    output::Records records{{"date", "weekday", "name", "type", "source"}, {}};
    for (const auto& h : ctx.calendar().days_off(o.year))
        records.add({h.date.iso(), std::string(weekday_short(h.date.weekday())), h.name, type_of(h), h.source});
    ctx.write(records, ctx.format(Format::table, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv}));
    return 0;
}

struct ImportOptions {
    std::string file;
    std::string into;
    bool replace = false;
    bool dry_run = false;
};

std::string read_all(const std::string& path) { return text::read_file(path, text::max_file, "holiday feed"); }

int run_import(const ImportOptions& o, Context& ctx) {
    ImportRequest request{o.file, calendar::parse_govuk_feed(read_all(o.file), o.file), {}, o.replace, o.dry_run};
    request.differences = calendar::compare_with_rules(request.feed);
    // A register's calendar is the register's: the feed goes into it.
    if (o.into.empty() && !ctx.settings().register_path.empty()) {
        import_into_register(ctx, request);
        return 0;
    }
    const std::filesystem::path target =
        o.into.empty() ? config::user_config_dir(ctx.env()) / "imported-holidays.toml" : std::filesystem::path(o.into);
    if (target.empty()) throw UsageError("no place to record the import", "set HOME or use --into FILE");
    for (const auto& d : request.differences) report_difference(ctx, request.feed, d, o.replace);
    if (o.dry_run) {
        ctx.out() << "Dry run: nothing recorded.\n";
        return 0;
    }
    calendar::record_import(target, request.feed, request.differences, o.replace, ctx.today());
    ctx.out() << fmt::format("Recorded in {}\n", target.string());
    return 0;
}

} // namespace

void report_difference(Context& ctx, const calendar::Feed& feed, const calendar::FeedDifference& d, bool replace) {
    const auto& body = feed.at(d.division);
    ctx.out() << fmt::format("{}: {} days for {}-{}", calendar::division_id(d.division), body.events.size(),
                             body.first_year, body.last_year);
    if (d.missing_from_rules.empty() && d.missing_from_feed.empty()) ctx.out() << ", as the rules give";
    ctx.out() << '\n';
    for (const auto& h : d.missing_from_rules)
        ctx.out() << fmt::format("  + {}  {}  (new: recorded)\n", h.date.iso(), text::escaped(h.label()));
    for (const auto& h : d.missing_from_feed)
        ctx.out() << fmt::format("  - {}  {}  ({})\n", h.date.iso(), text::escaped(h.label()),
                                 replace ? "not in the feed: cancelled" : "not in the feed: kept");
}

void setup_calendar_holidays(CLI::App& calendar, Action& action) {
    auto* cmd = calendar.add_subcommand("holidays", "List a year's bank holidays and closure days");
    auto o = bind(*cmd, action, run_holidays);
    cmd->add_option("YEAR", o->year, "Year, 1990-2100")->required();
}

void setup_calendar_import(CLI::App& calendar, Action& action) {
    auto* cmd = calendar.add_subcommand(
        "import", "Record the bank holidays of a GOV.UK bank-holidays.json file that the rules lack, in the register "
                  "when one is given");
    auto o = bind(*cmd, action, run_import);
    cmd->add_option("FILE", o->file, "A copy of https://www.gov.uk/bank-holidays.json")->required();
    cmd->add_option("--into", o->into,
                    "Record in FILE instead of the register (when one is given) or the user's imported-holidays.toml");
    cmd->add_flag("--replace", o->replace, "Also cancel rule holidays that the feed lacks for the years it covers");
    cmd->add_flag("--dry-run", o->dry_run, "Show the differences, record nothing");
}

} // namespace plaint::cmd
