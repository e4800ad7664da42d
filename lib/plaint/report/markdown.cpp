// Markdown (GitHub flavour): headings, a bullet list of figures, pipe
// tables with numeric columns right-aligned. Text is escaped so that
// characters from the register cannot become markup, links or raw HTML.

#include "plaint/report/render_detail.hpp"

#include <fmt/format.h>

#include <cctype>

namespace plaint::report::detail {
namespace {

// Backslash-escapes Markdown punctuation; line breaks become spaces so a
// value stays in its paragraph, list item or table cell.
std::string md(std::string_view text) {
    std::string escaped;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            escaped += ' ';
            continue;
        }
        // '&' only where it could start an entity ("&copy;"), so "A & B" reads as written.
        const bool entity = c == '&' && i + 1 < text.size() && (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '#');
        if (entity || std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) escaped += '\\';
        escaped += c;
    }
    return escaped;
}

class MarkdownWriter {
public:
    explicit MarkdownWriter(std::ostream& out) : out_(out) {}

    void document(const Document& doc) {
        out_ << "# " << md(doc.title) << '\n';
        if (const auto line = byline(doc); !line.empty()) out_ << '\n' << md(line) << '\n';
        for (const auto& section : doc.sections) this->section(section);
        if (!doc.findings.empty()) findings(doc.findings);
    }

private:
    void section(const Section& s) {
        out_ << "\n## " << md(s.title) << '\n';
        for (const auto& paragraph : s.paragraphs) out_ << '\n' << md(paragraph) << '\n';
        if (!s.figures.empty()) out_ << '\n';
        for (const auto& f : s.figures) {
            out_ << "- " << md(f.label) << ": **" << md(display_value(f.value, f.percent)) << "**";
            if (!f.note.empty()) out_ << " (" << md(f.note) << ')';
            out_ << '\n';
        }
        for (const auto& t : s.tables) table(t);
        for (const auto& c : s.charts) table(chart_table(c));
    }

    void table(const Table& t) {
        if (!t.title.empty()) out_ << "\n### " << md(t.title) << '\n';
        if (t.rows.empty()) {
            out_ << '\n' << no_data << '\n';
            return;
        }
        std::string header = "|", rule = "|";
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            header += fmt::format(" {} |", md(t.columns[c].title));
            rule += numeric_column(t, c) ? " ---: |" : " --- |";
        }
        out_ << '\n' << header << '\n' << rule << '\n';
        for (const auto& values : t.rows) {
            std::string line = "|";
            for (std::size_t c = 0; c < t.columns.size(); ++c)
                line += fmt::format(" {} |", c < values.size() ? md(display_value(values[c], t.columns[c].percent)) : "");
            out_ << line << '\n';
        }
        if (!t.note.empty()) out_ << '\n' << md(t.note) << '\n';
    }

    void findings(const std::vector<Finding>& findings) {
        out_ << "\n## Findings\n\n";
        for (const auto& f : findings) {
            out_ << "- **" << md(f.rule) << "**: " << md(f.message);
            if (!f.refs.empty()) out_ << " (cases: " << md(fmt::format("{}", fmt::join(f.refs, ", "))) << ')';
            out_ << '\n';
        }
    }

    std::ostream& out_;
};

} // namespace

void render_markdown(std::ostream& out, const Document& doc) { MarkdownWriter(out).document(doc); }

} // namespace plaint::report::detail
