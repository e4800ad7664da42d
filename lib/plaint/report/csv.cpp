// CSV (RFC 4180, CRLF line ends): a block per table, each preceded by a
// "# section/table" comment line and its header of column keys, blocks one
// empty line apart. Cells go through output::csv_cell, so text that a
// spreadsheet would run as a formula is defused the same way everywhere.

#include "plaint/output/records.hpp"
#include "plaint/report/render_detail.hpp"

#include <fmt/format.h>

namespace plaint::report::detail {
namespace {

// Numbers are written as numbers (a percentage as its fraction, 0.875);
// digits, '-', '.' and 'e' never need quoting nor defusing.
std::string cell(const Value& value) {
    if (const auto* text = std::get_if<std::string>(&value)) return output::csv_cell(*text);
    if (const auto* whole = std::get_if<std::int64_t>(&value)) return output::csv_cell(*whole);
    if (const auto* real = std::get_if<double>(&value)) return machine_number(*real);
    return "";
}

// A comment line holds one line of text whatever the titles contain.
std::string one_line(std::string text) {
    for (char& c : text)
        if (c == '\r' || c == '\n') c = ' ';
    return text;
}

class CsvWriter {
public:
    explicit CsvWriter(std::ostream& out) : out_(out) {}

    void document(const Document& doc) {
        out_ << one_line(fmt::format("# {}: {}", doc.report, doc.title)) << "\r\n";
        if (const auto line = byline(doc); !line.empty()) out_ << one_line("# " + line) << "\r\n";
        for (const auto& section : doc.sections) this->section(section);
        if (!doc.findings.empty()) findings(doc.findings);
    }

private:
    void block(std::string_view section, std::string_view key, std::string_view title) {
        out_ << "\r\n" << one_line(fmt::format("# {}/{}", section, key));
        if (!title.empty()) out_ << one_line(fmt::format(": {}", title));
        out_ << "\r\n";
    }

    void row(const std::vector<std::string>& cells) { out_ << fmt::format("{}", fmt::join(cells, ",")) << "\r\n"; }

    void section(const Section& s) {
        if (!s.figures.empty()) {
            block(s.key, "figures", s.title);
            row({"figure", "value"});
            for (const auto& f : s.figures) row({output::csv_cell(f.key), cell(f.value)});
        }
        for (const auto& t : s.tables) table(s.key, t);
        for (const auto& c : s.charts) table(s.key, chart_table(c));
    }

    void table(std::string_view section, const Table& t) {
        block(section, t.key, t.title);
        std::vector<std::string> cells;
        for (const auto& column : t.columns) cells.push_back(output::csv_cell(column.key));
        row(cells);
        for (const auto& values : t.rows) {
            cells.clear();
            for (std::size_t c = 0; c < t.columns.size(); ++c) cells.push_back(c < values.size() ? cell(values[c]) : "");
            row(cells);
        }
    }

    void findings(const std::vector<Finding>& findings) {
        out_ << "\r\n# findings\r\n";
        row({"rule", "message", "refs"});
        for (const auto& f : findings)
            row({output::csv_cell(f.rule), output::csv_cell(f.message),
                 output::csv_cell(fmt::format("{}", fmt::join(f.refs, " ")))});
    }

    std::ostream& out_;
};

} // namespace

void render_csv(std::ostream& out, const Document& doc) { CsvWriter(out).document(doc); }

} // namespace plaint::report::detail
