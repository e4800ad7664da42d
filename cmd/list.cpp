// plaint list: cases matching filters, in any record format. JSON is an
// array of case objects (schemas/case.schema.json); NDJSON one per line; CSV
// and TSV carry the same fields with a header row.

#include "commands.hpp"
#include "filters.hpp"
#include "grades.hpp"
#include "plaint/output/row_writer.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::cmd {
namespace {

using output::Format;

struct ListOptions {
    std::string state, kind, owner, provider, subject, procedure, from, to;
    std::string grade; // a risk level
    int min_score = 0;
    bool open = false;
    bool closed = false;
};

std::optional<std::string> given(const std::string& v) {
    return v.empty() ? std::nullopt : std::optional<std::string>(v);
}

// A level of one of the matrices known: a misspelt level is an error, not
// an empty list.
std::string known_level(const std::string& level, const Context& ctx) {
    std::vector<std::string> ids;
    const auto matrices = risk_matrices(ctx);
    for (const auto& m : matrices.all())
        for (const auto& l : m.levels) {
            if (l.id == level) return level;
            if (std::find(ids.begin(), ids.end(), l.id) == ids.end()) ids.push_back(l.id);
        }
    throw UsageError(fmt::format("unknown risk level '{}'", level), fmt::format("the levels are: {}", fmt::join(ids, ", ")));
}

// Owner, provider, state, kind and procedure as the register spells them;
// an unknown one is refused with the nearest known value (filters.hpp).
store::CaseFilter filter_of(const ListOptions& o, Context& ctx, const store::Register& reg) {
    store::CaseFilter f;
    if (!o.procedure.empty()) f.procedure = checked_procedure(ctx, reg, o.procedure);
    if (!o.state.empty()) f.state = checked_state(ctx, reg, o.state, f.procedure.value_or(""));
    if (!o.kind.empty()) f.kind = checked_kind(reg, o.kind);
    if (!o.owner.empty()) f.owner = checked_owner(reg, o.owner);
    if (!o.provider.empty()) f.provider = checked_provider(reg, o.provider);
    f.subject = given(o.subject);
    if (!o.from.empty()) f.received_from = ctx.parse_date(o.from, "--from date");
    if (!o.to.empty()) f.received_to = ctx.parse_date(o.to, "--to date");
    if (!o.grade.empty()) f.risk_level = known_level(o.grade, ctx);
    if (o.min_score > 0) f.min_risk_score = o.min_score;
    if (o.open) f.status = store::CaseFilter::Status::open;
    if (o.closed) f.status = store::CaseFilter::Status::closed;
    return f;
}

output::Value cell(const nlohmann::ordered_json& v) {
    if (v.is_null()) return {};
    if (v.is_boolean()) return v.get<bool>();
    if (v.is_number_integer()) return v.get<std::int64_t>();
    return v.get<std::string>();
}

// Lists in a flat row: aspects as "subject/service/profession; ...", lessons
// and actions as how many there are.
output::Value list_cell(const std::string& column, const nlohmann::ordered_json& v) {
    if (v.is_object() && v.contains("level")) // the risk grade: "high 12"
        return fmt::format("{} {}", v["level"].get<std::string>(), v["score"].get<int>());
    if (!v.is_array()) return cell(v);
    if (column != "aspects") return static_cast<std::int64_t>(v.size());
    std::vector<std::string> parts;
    for (const auto& a : v)
        parts.push_back(fmt::format("{}/{}/{}", a["subject"].get<std::string>(),
                                    a["service"].is_null() ? "" : a["service"].get<std::string>(),
                                    a["profession"].is_null() ? "" : a["profession"].get<std::string>()));
    return fmt::format("{}", fmt::join(parts, "; "));
}

const std::vector<std::string> table_columns = {"reference", "received", "kind", "procedure", "state", "owner",
                                                "subject", "provider"};

int run_list(const ListOptions& o, Context& ctx) {
    const Format format = ctx.format(Format::tsv, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv});
    auto reg = ctx.open_register(store::Access::read_only);
    const auto filter = filter_of(o, ctx, reg);
    std::vector<std::string> columns = table_columns;
    if (filter.risk_level || filter.min_risk_score) columns.push_back("risk");
    if (format != Format::table) {
        columns.clear();
        const auto shape = reg::case_json(reg::CaseRecord{});
        for (const auto& item : shape.items()) columns.push_back(item.key());
    }
    output::RowWriter writer(ctx.out(), format, columns, {true, ctx.color()});
    reg.for_each_case(filter, [&](const reg::CaseRecord& c) {
        const auto doc = reg::case_json(c);
        if (format == Format::json || format == Format::ndjson) return writer.object(doc);
        std::vector<output::Value> row;
        for (const auto& column : columns) row.push_back(list_cell(column, doc[column]));
        writer.row(row);
    });
    writer.finish();
    return 0;
}

} // namespace

void setup_list(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_list);
    command.add_option("--state", o->state, "Only cases in this state");
    command.add_option("--kind", o->kind, "Only concerns, complaints or compliments");
    command.add_option("--owner", o->owner, "Only this owner's cases");
    command.add_option("--provider", o->provider, "Only cases about this provider");
    command.add_option("--subject", o->subject, "Only cases with this subject");
    command.add_option("--procedure", o->procedure, "Only cases following this procedure");
    command.add_option("--grade", o->grade, "Only cases whose risk grade is at this level (low, moderate, high, extreme)")
        ->option_text("LEVEL");
    command.add_option("--min-score", o->min_score, "Only cases whose risk score is at least N (1-25)")
        ->option_text("N")
        ->check(CLI::Range(1, 25));
    command.add_option("--from", o->from, "Received on or after DATE")->option_text("DATE");
    command.add_option("--to", o->to, "Received on or before DATE")->option_text("DATE");
    auto* open = command.add_flag("--open", o->open, "Only open cases");
    command.add_flag("--closed", o->closed, "Only closed cases")->excludes(open);
}

} // namespace plaint::cmd
