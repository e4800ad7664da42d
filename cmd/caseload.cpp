// plaint caseload: the open caseload by owner, for managers. For each owner
// (and the unassigned cases), the open cases, how their clocks stand today
// (overdue, at risk, paused, waiting, on track) and their states; then the
// totals. A table on a terminal; JSON (schemas/caseload.schema.json), CSV
// or TSV otherwise. No personal data.

#include "commands.hpp"
#include "plaint/casework/caseload.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace plaint::cmd {
namespace {

using output::Format;

struct CaseloadOptions {
    std::string owner;
};

std::string column_of(casework::Standing s) {
    std::string id(casework::standing_id(s));
    std::replace(id.begin(), id.end(), '-', '_');
    return id;
}

std::vector<output::Value> row_of(const casework::OwnerLoad& load, const std::vector<std::string>& states,
                                  output::Value owner) {
    std::vector<output::Value> row{std::move(owner), std::int64_t{load.open}};
    for (auto s : casework::standings) row.push_back(std::int64_t{load.count(s)});
    for (const auto& state : states) {
        const auto it = load.by_state.find(state);
        row.push_back(std::int64_t{it == load.by_state.end() ? 0 : it->second});
    }
    return row;
}

// One row per owner, "(unassigned)" and "(total)" in a table; in CSV and
// TSV the unassigned owner is empty and the total is left to the reader.
void write_rows(Context& ctx, const casework::Caseload& load, Format format) {
    const bool table = format == Format::table;
    output::Records records{{"owner", "open"}, {}};
    for (auto s : casework::standings) records.columns.push_back(table ? std::string(casework::standing_id(s)) : column_of(s));
    for (const auto& state : load.states) records.columns.push_back(table ? state : "state:" + state);
    for (const auto& o : load.owners)
        records.add(row_of(o, load.states, o.owner ? output::Value(*o.owner) : table ? output::Value("(unassigned)") : output::Value()));
    if (table) records.add(row_of(load.total, load.states, "(total)"));
    ctx.write(records, format);
}

nlohmann::ordered_json load_json(const casework::OwnerLoad& load) {
    nlohmann::ordered_json clocks = nlohmann::ordered_json::object(), states = nlohmann::ordered_json::object();
    for (auto s : casework::standings) clocks[column_of(s)] = load.count(s);
    for (const auto& [state, n] : load.by_state) states[state] = n;
    return {{"open", load.open}, {"clocks", clocks}, {"states", states}};
}

void write_json(Context& ctx, const casework::Caseload& load) {
    nlohmann::ordered_json doc{{"date", ctx.today().iso()}, {"owners", nlohmann::ordered_json::array()}};
    for (const auto& o : load.owners) {
        nlohmann::ordered_json entry{{"owner", o.owner ? nlohmann::ordered_json(*o.owner) : nlohmann::ordered_json()}};
        entry.update(load_json(o));
        doc["owners"].push_back(entry);
    }
    doc["total"] = load_json(load.total);
    ctx.out() << doc.dump(2) << '\n';
}

int run_caseload(const CaseloadOptions& o, Context& ctx) {
    const Format format = ctx.format(Format::csv, {Format::table, Format::json, Format::csv, Format::tsv});
    auto session = ctx.session(store::Access::read_only);
    ctx.warn_if_clocks_stale(session.reg());
    auto load = casework::caseload(session.reg(), ctx.today(), o.owner.empty() ? std::nullopt : std::optional(o.owner));
    if (!o.owner.empty() && load.owners.empty()) load.owners.push_back({o.owner, 0, {}, {}});
    if (format == Format::json) write_json(ctx, load);
    else write_rows(ctx, load, format);
    return 0;
}

} // namespace

void setup_caseload(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_caseload);
    command.add_option("--owner", o->owner, "Only this owner's open cases")->option_text("NAME");
    command.footer("Clock status is the worst of a case's clocks today: overdue (past due), at-risk (due today or past "
                   "its warning date), paused (on hold), waiting (for consent, a summary, information), on-track. "
                   "--format table (on a terminal), json, csv (otherwise) or tsv.");
}

} // namespace plaint::cmd
