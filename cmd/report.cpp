// plaint report NAME --period P: the KO41 return, the annual report,
// timeliness, providers and trends, as a terminal table, CSV, JSON,
// Markdown or one self-contained HTML file. `plaint report ko41 --check`
// lists the return's validation failures with the cases behind them.

#include "classification.hpp"
#include "commands.hpp"
#include "grades.hpp"
#include "plaint/core/atomic_file.hpp"
#include "plaint/report/render.hpp"
#include "plaint/report/reports.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

namespace plaint::cmd {
namespace {

struct ReportOptions {
    std::string name;
    std::string period;
    std::string output;
    bool check = false;
};

const report::ReportDef& find_report(const std::string& name) {
    const auto all = report::reports();
    auto it = std::find_if(all.begin(), all.end(), [&](const auto& r) { return name == r.name; });
    if (it != all.end()) return *it;
    std::vector<std::string> names;
    for (const auto& r : all) names.push_back(r.name);
    throw UsageError(fmt::format("no report '{}'", name), fmt::format("reports are {}", fmt::join(names, ", ")));
}

report::Format report_format(const Context& ctx) {
    if (!ctx.format_given()) return report::Format::table;
    if (auto f = report::parse_format(ctx.format_name())) return *f;
    throw UsageError(fmt::format("plaint report cannot write '{}'", ctx.format_name()),
                     "formats are table, csv, json, markdown, html");
}

// Findings only, for --check: text, JSON or CSV.
void write_findings(std::ostream& out, const report::Document& doc, report::Format format) {
    if (format == report::Format::json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& f : doc.findings) list.push_back({{"rule", f.rule}, {"message", f.message}, {"references", f.refs}});
        out << nlohmann::ordered_json{{"report", doc.report}, {"period", doc.period.label}, {"findings", list}}.dump(2)
            << '\n';
        return;
    }
    if (format == report::Format::csv) {
        out << "rule,reference\n";
        for (const auto& f : doc.findings)
            for (const auto& ref : f.refs) out << f.rule << ',' << ref << '\n';
        return;
    }
    if (doc.findings.empty()) out << fmt::format("{}: no validation failures\n", doc.title);
    for (const auto& f : doc.findings) {
        out << fmt::format("{}: {}\n", f.rule, f.message);
        for (std::size_t i = 0; i < f.refs.size(); i += 6) {
            const auto end = std::min(f.refs.size(), i + 6);
            out << "  " << fmt::format("{}", fmt::join(f.refs.begin() + static_cast<std::ptrdiff_t>(i),
                                                       f.refs.begin() + static_cast<std::ptrdiff_t>(end), " ")) << '\n';
        }
    }
}

// FILE appears whole or not at all (core/atomic_file.hpp), with the mode a
// new file gets (0666 less the umask): reports hold no personal data. A
// device or pipe (/dev/null, say) is written directly.
void write_file(const std::string& file, const std::string& text) {
    try {
        write_file_atomically(file, text, {0666, true, Existing::replace});
    } catch (const AtomicFileError& e) {
        throw DataError(e.what(), "check the directory and the disk");
    }
}

int run_report(const ReportOptions& o, Context& ctx) {
    const auto& def = find_report(o.name);
    if (o.check && o.name != "ko41") throw UsageError("--check is for the KO41 return", "plaint report ko41 --check");
    const auto format = report_format(ctx);
    const auto period = o.period.empty() ? report::financial_year_of(ctx.today()) : report::parse_period(o.period);
    const auto lists = categories(ctx);
    auto reg = ctx.open_register(store::Access::read_only);
    const auto& cal = ctx.calendar_for(reg);
    const auto matrices = risk_matrices(ctx);
    const report::ReportInput input{reg,         lists, cal, period, ctx.today(), ctx.ko41_procedures(),
                                    matrices.serious_levels(), matrices.current().id};
    const auto doc = def.build(input);
    std::ostringstream text;
    if (o.check) write_findings(text, doc, format);
    else report::render(text, doc, format, {ctx.color() && o.output.empty()});
    if (o.output.empty()) ctx.out() << text.str();
    else write_file(o.output, text.str());
    return o.check && !doc.findings.empty() ? static_cast<int>(ExitCode::finding) : 0;
}

} // namespace

void setup_report(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_report);
    command.add_option("NAME", o->name, "ko41, annual, timeliness, providers or trends")->required();
    command.add_option("--period", o->period,
                       "2025/26 (financial year), 2026-Q3, 2025/26-Q1, 2026-03, 2026, or FROM..TO (default: this "
                       "financial year)")
        ->option_text("PERIOD");
    command.add_option("--output", o->output, "Write to FILE instead of standard output")->option_text("FILE");
    command.add_flag("--check", o->check, "KO41: list validation failures and the cases behind them; exit 1 if any");
    command.footer("--format table (default), csv, json, markdown or html. Reports carry no personal data.");
}

} // namespace plaint::cmd
