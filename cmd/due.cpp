// plaint due: the daily run. Open clocks that are overdue, due today or due
// within a window of working days, with the next step each needs; a table on
// a terminal (overdue in red), stable JSON/NDJSON/CSV/TSV otherwise.

#include "commands.hpp"
#include "filters.hpp"
#include "plaint/casework/due.hpp"
#include "plaint/output/row_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <sstream>

namespace plaint::cmd {
namespace {

using output::Format;

struct DueOptions {
    int within = -1;
    bool overdue = false;
    bool at_risk = false;
    bool paused = false;
    bool no_waiting = false;
    bool personal = false;
    bool exit_code = false;
    std::string owner, team, procedure, clock, provider;
};

// Owner, team, procedure and provider checked as list checks them
// (filters.hpp): a cron job filtered on a misspelt owner must not read
// "nothing overdue".
casework::DueQuery query_of(const DueOptions& o, Context& ctx, const store::Register& reg) {
    casework::DueQuery q;
    q.within = o.within >= 0 ? o.within : ctx.settings().due_within;
    q.overdue_only = o.overdue;
    q.at_risk_only = o.at_risk;
    q.include_paused = o.paused;
    q.include_waiting = !o.no_waiting;
    if (!o.owner.empty()) q.filter.owners.push_back(checked_owner(reg, o.owner));
    if (!o.team.empty())
        for (auto& owner : team_owners(ctx, o.team)) q.filter.owners.push_back(std::move(owner));
    if (!o.procedure.empty()) q.filter.procedure = checked_procedure(ctx, reg, o.procedure);
    if (!o.clock.empty()) q.filter.clock = o.clock;
    if (!o.provider.empty()) q.filter.provider = checked_provider(reg, o.provider);
    q.filter.with_complainant = o.personal;
    return q;
}

std::string days_text(const casework::DueItem& i) {
    if (i.status == casework::DueStatus::paused) return fmt::format("paused, {} left", i.working_days_left);
    if (i.status == casework::DueStatus::waiting) return fmt::format("waiting {} day{}", i.waited, i.waited == 1 ? "" : "s");
    if (i.working_days_left < 0 && i.row.clock.breach_handled_on)
        return fmt::format("{} late, dealt with {}", -i.working_days_left, i.row.clock.breach_handled_on->iso());
    if (i.working_days_left < 0) return fmt::format("{} late", -i.working_days_left);
    if (i.working_days_left == 0) return "today";
    return fmt::format("{} left", i.working_days_left);
}

std::vector<output::Value> table_row(const casework::DueItem& i, bool personal) {
    std::vector<output::Value> row{i.row.ref, i.row.clock.clock, i.row.clock.due ? i.row.clock.due->iso() : "-",
                                   days_text(i), i.row.state, i.row.owner.value_or("-"), i.row.clock.next_step};
    if (personal) row.push_back(i.row.complainant.value_or("-"));
    return row;
}

void write_table(Context& ctx, const std::vector<casework::DueItem>& items, bool personal, int within) {
    output::Records records{{"reference", "clock", "due", "days", "state", "owner", "next step"}, {}};
    if (personal) records.columns.push_back("complainant");
    for (const auto& i : items) records.add(table_row(i, personal));
    std::ostringstream text;
    if (!items.empty()) output::write_table(text, records);
    std::istringstream lines(text.str());
    std::string line;
    std::getline(lines, line);
    if (!items.empty()) ctx.out() << line << '\n';
    for (const auto& i : items) {
        std::getline(lines, line);
        const bool red = ctx.color() && i.unhandled_breach();
        const bool yellow = ctx.color() && !red && i.at_risk;
        ctx.out() << (red ? "\033[31m" : yellow ? "\033[33m" : "") << line << (red || yellow ? "\033[0m" : "") << '\n';
    }
    ctx.out() << casework::summary(casework::count(items), within) << '\n';
}

// JSON and NDJSON are written directly, as the clocks are read: the same
// objects as due_json, faster, and never the whole answer in memory (out in
// pieces of 64 KiB). Returns whether anything is overdue.
bool write_json_lines(Context& ctx, const store::Register& reg, const calendar::Calendar& cal,
                      const casework::DueQuery& query, Format format, bool personal) {
    constexpr std::size_t flush_at = 64 * 1024;
    std::string text;
    text.reserve(flush_at + 4096);
    bool first = true, overdue = false;
    casework::for_each_due_item(reg, cal, ctx.today(), query, [&](casework::DueItem&& item) {
        if (format == Format::json) text += first ? "[\n  " : ",\n  ";
        first = false;
        casework::append_due_json(text, item, personal);
        if (format == Format::ndjson) text += '\n';
        overdue = overdue || item.unhandled_breach();
        if (text.size() >= flush_at) {
            ctx.out() << text;
            text.clear();
        }
    });
    if (format == Format::json) text += first ? "[]\n" : "\n]\n";
    ctx.out() << text;
    return overdue;
}

// A list in one cell: "consent,summary".
std::string join_items(const nlohmann::ordered_json& list) {
    std::string text;
    for (const auto& item : list) text += (text.empty() ? "" : ",") + item.get<std::string>();
    return text;
}

// CSV and TSV.
void write_records(Context& ctx, const std::vector<casework::DueItem>& items, Format format, bool personal) {
    std::vector<std::string> columns;
    const auto shape = casework::due_json(casework::DueItem{}, personal);
    for (const auto& item : shape.items()) columns.push_back(item.key());
    output::RowWriter writer(ctx.out(), format, columns);
    for (const auto& i : items) {
        const auto doc = casework::due_json(i, personal);
        std::vector<output::Value> row;
        for (const auto& [key, v] : doc.items()) {
            if (v.is_null()) row.emplace_back();
            else if (v.is_boolean()) row.emplace_back(v.get<bool>());
            else if (v.is_number_integer()) row.emplace_back(v.get<std::int64_t>());
            else if (v.is_array()) row.emplace_back(join_items(v));
            else row.emplace_back(v.get<std::string>());
        }
        writer.row(row);
    }
    writer.finish();
}

int run_due(const DueOptions& o, Context& ctx) {
    const Format format = ctx.format(Format::json, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv});
    auto session = ctx.session(store::Access::read_only);
    const auto query = query_of(o, ctx, session.reg());
    ctx.warn_if_clocks_stale(session.reg());
    bool overdue = false;
    if (format == Format::json || format == Format::ndjson) {
        overdue = write_json_lines(ctx, session.reg(), session.calendar(), query, format, o.personal);
    } else {
        const auto items = casework::due_items(session.reg(), session.calendar(), ctx.today(), query);
        if (format == Format::table) write_table(ctx, items, o.personal, query.within);
        else write_records(ctx, items, format, o.personal);
        overdue = std::any_of(items.begin(), items.end(), [](const casework::DueItem& i) { return i.unhandled_breach(); });
    }
    return o.exit_code && overdue ? static_cast<int>(ExitCode::finding) : 0;
}

} // namespace

void setup_due(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_due);
    command.add_option("--within", o->within, "Working days ahead to include (default: due.within, 5)")->check(CLI::Range(0, 260));
    command.add_flag("--overdue", o->overdue, "Only clocks past their due date");
    command.add_flag("--at-risk", o->at_risk, "Only clocks at or past their warning date (overdue included)");
    command.add_flag("--paused", o->paused, "Also list paused clocks (on hold)");
    command.add_flag("--no-waiting", o->no_waiting, "Leave out clocks waiting for consent, a summary or information");
    command.add_option("--owner", o->owner, "Only this owner's cases");
    command.add_option("--team", o->team, "Only cases owned by this team (people.NAME.team in the configuration)");
    command.add_option("--procedure", o->procedure, "Only cases following this procedure");
    command.add_option("--clock", o->clock, "Only this clock (acknowledgement, response, ...)");
    command.add_option("--provider", o->provider, "Only cases about this provider");
    command.add_flag("--personal", o->personal, "Include the complainant's name (personal data)");
    command.add_flag("--exit-code", o->exit_code,
                     "Exit with status 1 when anything is overdue and not dealt with (a delay letter deals with a long-stop)");
}

} // namespace plaint::cmd
