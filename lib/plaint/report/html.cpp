// One self-contained HTML file: inline CSS laid out for A4 committee
// papers, charts as inline SVG, every piece of text escaped. No scripts,
// no fonts, images or style sheets from elsewhere: the file names no URL.

#include "plaint/report/render.hpp"
#include "plaint/report/render_detail.hpp"

#include <fmt/format.h>

namespace plaint::report::detail {
namespace {

constexpr std::string_view style = R"css(
:root { color: #1a1a1a; background: #fff; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 11pt;
       line-height: 1.45; max-width: 190mm; margin: 0 auto; padding: 12mm 10mm; }
h1 { font-size: 20pt; margin: 0 0 2pt; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; padding-bottom: 2pt; border-bottom: 1.5pt solid #1b3a6b; }
h3, caption { font-size: 11pt; font-weight: 600; text-align: left; margin: 10pt 0 4pt; }
p.byline { color: #444; margin: 0 0 12pt; }
p.note, figcaption { color: #444; font-size: 9.5pt; }
dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(42mm, 1fr)); gap: 6pt; margin: 8pt 0; }
dl.figures div { border: 0.75pt solid #bbb; border-radius: 3pt; padding: 4pt 6pt; break-inside: avoid; }
dl.figures dt { font-size: 9pt; color: #444; }
dl.figures dd { margin: 0; font-size: 16pt; font-weight: 600; font-variant-numeric: tabular-nums; }
dl.figures dd small { display: block; font-size: 8.5pt; font-weight: normal; color: #555; }
table { border-collapse: collapse; margin: 6pt 0 10pt; font-size: 10pt; break-inside: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border-bottom: 0.75pt solid #ccc; padding: 2pt 8pt 2pt 0; vertical-align: top; }
th { border-bottom: 1.5pt solid #333; text-align: left; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td:first-child { min-width: 5.5em; }
figure { margin: 10pt 0; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
ul.findings li { margin-bottom: 4pt; }
code { font-size: 9.5pt; }
footer { margin-top: 18pt; color: #666; font-size: 9pt; }
@page { size: A4; margin: 15mm; }
@media print {
  body { padding: 0; max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
}
)css";

std::string esc(std::string_view text) { return xml_escape(text); }

class HtmlWriter {
public:
    explicit HtmlWriter(std::ostream& out) : out_(out) {}

    void document(const Document& doc) {
        out_ << "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
             << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             << "<meta name=\"generator\" content=\"plaint\">\n"
             << "<title>" << esc(doc.title) << "</title>\n<style>" << style << "</style>\n</head>\n<body>\n";
        out_ << "<header>\n<h1>" << esc(doc.title) << "</h1>\n";
        if (const auto line = byline(doc); !line.empty()) out_ << "<p class=\"byline\">" << esc(line) << "</p>\n";
        out_ << "</header>\n<main>\n";
        for (const auto& section : doc.sections) this->section(section);
        if (!doc.findings.empty()) findings(doc.findings);
        out_ << "</main>\n<footer>Produced by plaint from the complaints register" << generated(doc)
             << ". Contains no personal data.</footer>\n</body>\n</html>\n";
    }

private:
    static std::string generated(const Document& doc) {
        return doc.generated_on.empty() ? "" : " on " + esc(doc.generated_on);
    }

    void section(const Section& s) {
        out_ << "<section id=\"" << esc("section-" + s.key) << "\">\n<h2>" << esc(s.title) << "</h2>\n";
        for (const auto& paragraph : s.paragraphs) out_ << "<p>" << esc(paragraph) << "</p>\n";
        if (!s.figures.empty()) figures(s.figures);
        for (const auto& chart : s.charts) {
            out_ << "<figure class=\"chart\">\n" << svg_chart(chart) << "\n";
            if (!chart.title.empty()) out_ << "<figcaption>" << esc(chart.title) << "</figcaption>\n";
            out_ << "</figure>\n";
        }
        for (const auto& t : s.tables) table(t);
        out_ << "</section>\n";
    }

    void figures(const std::vector<Figure>& figures) {
        out_ << "<dl class=\"figures\">\n";
        for (const auto& f : figures) {
            out_ << "<div><dt>" << esc(f.label) << "</dt><dd>" << esc(display_value(f.value, f.percent));
            if (!f.note.empty()) out_ << "<small>" << esc(f.note) << "</small>";
            out_ << "</dd></div>\n";
        }
        out_ << "</dl>\n";
    }

    void table(const Table& t) {
        std::vector<bool> numeric;
        for (std::size_t c = 0; c < t.columns.size(); ++c) numeric.push_back(numeric_column(t, c));
        if (t.rows.empty()) {
            if (!t.title.empty()) out_ << "<h3>" << esc(t.title) << "</h3>\n";
            out_ << "<p class=\"note\">" << no_data << "</p>\n";
            return;
        }
        out_ << "<table>\n";
        if (!t.title.empty()) out_ << "<caption>" << esc(t.title) << "</caption>\n";
        out_ << "<thead><tr>";
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            out_ << "<th scope=\"col\"" << (numeric[c] ? " class=\"num\"" : "") << ">" << esc(t.columns[c].title)
                 << "</th>";
        out_ << "</tr></thead>\n<tbody>\n";
        for (const auto& row : t.rows) {
            out_ << "<tr>";
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                const std::string text = c < row.size() ? display_value(row[c], t.columns[c].percent) : "";
                out_ << "<td" << (numeric[c] ? " class=\"num\"" : "") << ">" << esc(text) << "</td>";
            }
            out_ << "</tr>\n";
        }
        out_ << "</tbody>\n</table>\n";
        if (!t.note.empty()) out_ << "<p class=\"note\">" << esc(t.note) << "</p>\n";
    }

    void findings(const std::vector<Finding>& findings) {
        out_ << "<section id=\"findings\">\n<h2>Findings</h2>\n<ul class=\"findings\">\n";
        for (const auto& f : findings) {
            out_ << "<li><code>" << esc(f.rule) << "</code> " << esc(f.message);
            if (!f.refs.empty()) out_ << " Cases: " << esc(fmt::format("{}", fmt::join(f.refs, ", "))) << '.';
            out_ << "</li>\n";
        }
        out_ << "</ul>\n</section>\n";
    }

    std::ostream& out_;
};

} // namespace

void render_html(std::ostream& out, const Document& doc) { HtmlWriter(out).document(doc); }

} // namespace plaint::report::detail
