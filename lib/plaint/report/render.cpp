// Format dispatch and the terminal table. The terminal layout is plain
// text: headings underlined with dashes, columns padded by display width,
// numbers right-aligned; ANSI bold/red only when the caller asks for colour.

#include "plaint/report/render.hpp"

#include "plaint/output/records.hpp"
#include "plaint/report/render_detail.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace plaint::report {
namespace {

constexpr std::pair<Format, std::string_view> format_ids[] = {
    {Format::table, "table"}, {Format::csv, "csv"},   {Format::json, "json"},
    {Format::markdown, "markdown"}, {Format::html, "html"},
};

constexpr std::size_t wrap_width = 78;

using output::display_width;

class TerminalWriter {
public:
    TerminalWriter(std::ostream& out, bool color) : out_(out), color_(color) {}

    void document(const Document& doc) {
        out_ << styled(doc.title, bold) << '\n';
        if (const auto line = detail::byline(doc); !line.empty()) out_ << line << '\n';
        need_gap_ = true;
        for (const auto& section : doc.sections) this->section(section);
        if (!doc.findings.empty()) findings(doc.findings);
    }

private:
    static constexpr std::string_view bold = "\x1b[1m";
    static constexpr std::string_view red = "\x1b[31m";

    std::string styled(std::string_view text, std::string_view style) const {
        if (!color_ || text.empty()) return std::string(text);
        return fmt::format("{}{}\x1b[0m", style, text);
    }

    // Blocks are one blank line apart; the first under a heading follows it directly.
    void gap() {
        if (need_gap_) out_ << '\n';
        need_gap_ = true;
    }

    void heading(std::string_view title) {
        gap();
        out_ << styled(title, bold) << '\n' << std::string(display_width(title), '-') << '\n';
        need_gap_ = false;
    }

    void section(const Section& s) {
        heading(s.title);
        for (const auto& paragraph : s.paragraphs) wrapped(paragraph);
        if (!s.figures.empty()) figures(s.figures);
        for (const auto& table : s.tables) this->table(table);
        for (const auto& chart : s.charts) this->table(detail::chart_table(chart));
    }

    void wrapped(std::string_view text) {
        gap();
        std::string line;
        std::size_t start = 0;
        while (start < text.size()) {
            const std::size_t end = std::min(text.find(' ', start), text.size());
            const auto word = text.substr(start, end - start);
            if (!line.empty() && display_width(line) + 1 + display_width(word) > wrap_width) {
                out_ << line << '\n';
                line.clear();
            }
            if (!word.empty()) {
                if (!line.empty()) line += ' ';
                line.append(word);
            }
            start = end + 1;
        }
        out_ << line << '\n';
    }

    void figures(const std::vector<Figure>& figures) {
        std::vector<std::vector<std::string>> cells;
        for (const auto& f : figures) cells.push_back({f.label, detail::display_value(f.value, f.percent), f.note});
        gap();
        aligned(cells, {false, true, false}, false);
    }

    void table(const Table& t) {
        gap();
        if (!t.title.empty()) out_ << styled(t.title, bold) << '\n';
        if (t.rows.empty()) {
            out_ << detail::no_data << '\n';
            return;
        }
        std::vector<bool> right;
        std::vector<std::vector<std::string>> cells(1);
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            right.push_back(detail::numeric_column(t, c));
            cells[0].push_back(t.columns[c].title);
        }
        for (const auto& row : t.rows) {
            std::vector<std::string> line;
            for (std::size_t c = 0; c < t.columns.size(); ++c)
                line.push_back(c < row.size() ? detail::display_value(row[c], t.columns[c].percent) : "");
            cells.push_back(std::move(line));
        }
        aligned(cells, right, true);
        if (!t.note.empty()) out_ << t.note << '\n';
    }

    // Columns two spaces apart; with `header`, the first row is bold and
    // underlined by a row of dashes.
    void aligned(const std::vector<std::vector<std::string>>& cells, const std::vector<bool>& right, bool header) {
        std::vector<std::size_t> widths(right.size(), 0);
        for (const auto& row : cells)
            for (std::size_t c = 0; c < widths.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
        for (std::size_t r = 0; r < cells.size(); ++r) {
            std::string line;
            for (std::size_t c = 0; c < widths.size(); ++c) {
                const std::string pad(widths[c] - display_width(cells[r][c]), ' ');
                if (c > 0) line += "  ";
                line += right[c] ? pad + cells[r][c] : cells[r][c] + pad;
            }
            line.erase(line.find_last_not_of(' ') + 1);
            out_ << (header && r == 0 ? styled(line, bold) : line) << '\n';
            if (header && r == 0) {
                std::string rule;
                for (std::size_t c = 0; c < widths.size(); ++c) rule.append(c == 0 ? 0 : 2, ' ').append(widths[c], '-');
                out_ << rule << '\n';
            }
        }
    }

    void findings(const std::vector<Finding>& findings) {
        heading("Findings");
        for (const auto& f : findings) {
            out_ << styled(f.rule, red) << ": " << f.message << '\n';
            if (!f.refs.empty()) out_ << "  cases: " << fmt::format("{}", fmt::join(f.refs, ", ")) << '\n';
        }
    }

    std::ostream& out_;
    bool color_;
    bool need_gap_ = false;
};

} // namespace

std::optional<Format> parse_format(std::string_view id) {
    for (const auto& [format, name] : format_ids)
        if (name == id) return format;
    return std::nullopt;
}

std::string_view format_id(Format format) {
    for (const auto& [f, name] : format_ids)
        if (f == format) return name;
    return "table";
}

void render(std::ostream& out, const Document& doc, Format format, const RenderOptions& options) {
    switch (format) {
    case Format::table: detail::render_table(out, doc, options); break;
    case Format::csv: detail::render_csv(out, doc); break;
    case Format::json: detail::render_json(out, doc); break;
    case Format::markdown: detail::render_markdown(out, doc); break;
    case Format::html: detail::render_html(out, doc); break;
    }
}

void detail::render_table(std::ostream& out, const Document& doc, const RenderOptions& options) {
    TerminalWriter(out, options.color).document(doc);
}

} // namespace plaint::report
