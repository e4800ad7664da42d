// plaint/report/render: one small Document in every format, exactly; the
// escaping each format needs; SVG charts that parse; nice axis ticks.

#include "plaint/report/render.hpp"
#include "plaint/report/render_detail.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <regex>
#include <sstream>

using namespace plaint::report;

namespace {

Document small_document() {
    Document doc{.report = "trends", .title = "Trends <Q1>", .organisation = "Acme & Co",
                 .period = parse_period("2026-Q1"), .generated_on = "2026-04-02", .sections = {}, .findings = {}};
    Section s{.key = "volume", .title = "Volume", .paragraphs = {"Counts by month, \"all\" | <b>."}, .figures = {},
              .tables = {}, .charts = {}};
    s.figures.push_back(
        {.key = "received", .label = "Received", .value = std::int64_t{1234}, .percent = false, .note = "all kinds"});
    s.figures.push_back({.key = "in_time", .label = "In time", .value = 0.875, .percent = true, .note = ""});
    s.tables.push_back({.key = "by_subject",
                        .title = "By subject",
                        .columns = {{"subject", "Subject", false}, {"count", "Count", false}, {"share", "Share", true}},
                        .rows = {{std::string("Care | treatment"), std::int64_t{12}, 0.5},
                                 {std::string("=SUM(A1)"), std::int64_t{1234}, 0.125},
                                 {std::string("Access, \"waits\""), Value{}, Value{}}},
                        .note = ""});
    s.charts.push_back({.key = "monthly", .title = "By month", .kind = ChartKind::bar,
                        .categories = {"2026-01", "2026-02"}, .series = {{"Received", {3, 4}}}, .y_label = "Cases",
                        .percent = false});
    doc.sections.push_back(s);
    doc.findings.push_back(
        {.rule = "r.one", .message = "Two cases lack a subject.", .refs = {"A-2026-0001", "A-2026-0002"}});
    return doc;
}

std::string rendered(const Document& doc, Format format, bool color = false) {
    std::ostringstream out;
    render(out, doc, format, RenderOptions{.color = color});
    return out.str();
}

Chart chart(ChartKind kind, std::vector<std::string> categories, std::vector<Series> series, bool percent = false) {
    return {.key = "c", .title = "A chart", .kind = kind, .categories = std::move(categories),
            .series = std::move(series), .y_label = "Cases", .percent = percent};
}

std::size_t count(const std::string& text, std::string_view what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

// A tiny XML check: tags nest and close in order, attribute values are
// quoted, and every '&' starts an entity. Returns "" or what is wrong.
std::string xml_problem(const std::string& xml) {
    std::vector<std::string> open;
    for (std::size_t i = 0; i < xml.size(); ++i) {
        if (xml[i] == '&') {
            const auto semi = xml.find(';', i);
            const auto entity = xml.substr(i, semi == std::string::npos ? 0 : semi - i + 1);
            if (entity != "&amp;" && entity != "&lt;" && entity != "&gt;" && entity != "&quot;" && entity != "&#39;")
                return "stray & at " + std::to_string(i);
            continue;
        }
        if (xml[i] == '>') return "stray > at " + std::to_string(i);
        if (xml[i] != '<') continue;
        const auto end = xml.find('>', i);
        if (end == std::string::npos) return "unclosed tag";
        std::string tag = xml.substr(i + 1, end - i - 1);
        i = end;
        if (count(tag, "\"") % 2 != 0) return "unbalanced quotes in <" + tag + ">";
        if (tag.find('<') != std::string::npos) return "< inside <" + tag + ">";
        if (tag.front() == '/') {
            if (open.empty() || open.back() != tag.substr(1)) return "</" + tag.substr(1) + "> closes nothing open";
            open.pop_back();
        } else if (tag.back() != '/') {
            open.push_back(tag.substr(0, tag.find(' ')));
        }
    }
    return open.empty() ? "" : "<" + open.back() + "> left open";
}

} // namespace

TEST_CASE("the terminal table has headings, aligned columns and right-aligned numbers", "[render]") {
    CHECK(rendered(small_document(), Format::table) == R"(Trends <Q1>
Acme & Co · 2026-Q1 (2026-01-01 to 2026-03-31) · generated 2026-04-02

Volume
------
Counts by month, "all" | <b>.

Received  1,234  all kinds
In time   87.5%

By subject
Subject           Count  Share
----------------  -----  -----
Care | treatment     12  50.0%
=SUM(A1)          1,234  12.5%
Access, "waits"

By month
         Received
-------  --------
2026-01         3
2026-02         4

Findings
--------
r.one: Two cases lack a subject.
  cases: A-2026-0001, A-2026-0002
)");
}

TEST_CASE("the terminal table is coloured only when asked", "[render]") {
    CHECK(rendered(small_document(), Format::table).find('\x1b') == std::string::npos);
    const auto coloured = rendered(small_document(), Format::table, true);
    CHECK(coloured.rfind("\x1b[1mTrends <Q1>\x1b[0m\n", 0) == 0);
    CHECK(coloured.find("\x1b[31mr.one\x1b[0m: Two cases") != std::string::npos);
}

TEST_CASE("long paragraphs wrap at 78 columns in the terminal", "[render]") {
    Document doc{.report = "x", .title = "T", .organisation = "", .period = parse_period("2026"), .generated_on = "",
                 .sections = {}, .findings = {}};
    std::string words;
    for (int i = 0; i < 30; ++i) words += "complaint ";
    doc.sections.push_back({.key = "s", .title = "S", .paragraphs = {words}, .figures = {}, .tables = {}, .charts = {}});
    std::istringstream lines(rendered(doc, Format::table));
    std::string line;
    std::size_t longest = 0, count_lines = 0;
    while (std::getline(lines, line)) {
        longest = std::max(longest, line.size());
        ++count_lines;
    }
    CHECK(longest <= 78);
    CHECK(count_lines == 10); // title, byline, blank, heading and rule, 5 lines of 7, 7, 7, 7 and 2 words
}

TEST_CASE("CSV blocks carry a comment line, keys and defused cells", "[render]") {
    CHECK(rendered(small_document(), Format::csv) ==
          "# trends: Trends <Q1>\r\n"
          "# Acme & Co \u00b7 2026-Q1 (2026-01-01 to 2026-03-31) \u00b7 generated 2026-04-02\r\n"
          "\r\n"
          "# volume/figures: Volume\r\n"
          "figure,value\r\n"
          "received,1234\r\n"
          "in_time,0.875\r\n"
          "\r\n"
          "# volume/by_subject: By subject\r\n"
          "subject,count,share\r\n"
          "Care | treatment,12,0.5\r\n"
          "'=SUM(A1),1234,0.125\r\n"
          "\"Access, \"\"waits\"\"\",,\r\n"
          "\r\n"
          "# volume/monthly: By month\r\n"
          "category,Received\r\n"
          "2026-01,3\r\n"
          "2026-02,4\r\n"
          "\r\n"
          "# findings\r\n"
          "rule,message,refs\r\n"
          "r.one,Two cases lack a subject.,A-2026-0001 A-2026-0002\r\n");
}

TEST_CASE("CSV defuses every formula lead but leaves negative numbers alone", "[render]") {
    Document doc = small_document();
    auto& rows = doc.sections[0].tables[0].rows;
    rows = {{std::string("+1"), std::int64_t{-3}, -0.25}, {std::string("@cmd"), Value{}, Value{}},
            {std::string("-2"), Value{}, Value{}}, {std::string("\tx"), Value{}, Value{}},
            {std::string("line\nbreak"), Value{}, Value{}}};
    const auto csv = rendered(doc, Format::csv);
    CHECK(csv.find("'+1,-3,-0.25\r\n") != std::string::npos);
    CHECK(csv.find("'@cmd,,\r\n") != std::string::npos);
    CHECK(csv.find("'-2,,\r\n") != std::string::npos);
    CHECK(csv.find("'\tx,,\r\n") != std::string::npos);
    CHECK(csv.find("\"line\nbreak\",,\r\n") != std::string::npos);
    // A title with a line break cannot end the comment line early.
    doc.sections[0].tables[0].title = "two\nlines";
    CHECK(rendered(doc, Format::csv).find("# volume/by_subject: two lines\r\n") != std::string::npos);
}

TEST_CASE("JSON is one object with a stable key order", "[render]") {
    const auto json = nlohmann::ordered_json::parse(rendered(small_document(), Format::json));
    std::vector<std::string> keys;
    for (const auto& item : json.items()) keys.push_back(item.key());
    CHECK(keys == std::vector<std::string>{"report", "title", "organisation", "period", "generated_on", "sections",
                                           "findings"});
    CHECK(json["period"].dump() == R"({"label":"2026-Q1","from":"2026-01-01","to":"2026-03-31"})");
    const auto& section = json["sections"][0];
    CHECK(section["figures"].dump() == R"({"received":1234,"in_time":0.875})");
    CHECK(section["paragraphs"][0] == "Counts by month, \"all\" | <b>.");
    const auto& table = section["tables"][0];
    CHECK(table["columns"][2].dump() == R"({"key":"share","title":"Share","percent":true})");
    CHECK(table["rows"][0].dump() == R"({"subject":"Care | treatment","count":12,"share":0.5})");
    CHECK(table["rows"][2].dump() == R"({"subject":"Access, \"waits\"","count":null,"share":null})");
    CHECK(section["charts"][0].dump() ==
          R"({"key":"monthly","title":"By month","kind":"bar","y_label":"Cases","percent":false,)"
          R"("categories":["2026-01","2026-02"],"series":[{"name":"Received","values":[3,4]}]})");
    CHECK(json["findings"].dump() ==
          R"([{"rule":"r.one","message":"Two cases lack a subject.","refs":["A-2026-0001","A-2026-0002"]}])");
}

TEST_CASE("Markdown has headings, a figure list and pipe tables with escaped pipes", "[render]") {
    CHECK(rendered(small_document(), Format::markdown) == R"(# Trends \<Q1\>

Acme & Co · 2026-Q1 (2026-01-01 to 2026-03-31) · generated 2026-04-02

## Volume

Counts by month, "all" \| \<b\>.

- Received: **1,234** (all kinds)
- In time: **87.5%**

### By subject

| Subject | Count | Share |
| --- | ---: | ---: |
| Care \| treatment | 12 | 50.0% |
| =SUM(A1) | 1,234 | 12.5% |
| Access, "waits" |  |  |

### By month

|  | Received |
| --- | ---: |
| 2026-01 | 3 |
| 2026-02 | 4 |

## Findings

- **r.one**: Two cases lack a subject. (cases: A-2026-0001, A-2026-0002)
)");
}

TEST_CASE("Markdown escapes markup, links and entities but not plain ampersands", "[render]") {
    Document doc = small_document();
    doc.sections[0].paragraphs = {"See [x](y) *now* _or_ `code` &copy; A & B\nnext line #1"};
    const auto md = rendered(doc, Format::markdown);
    CHECK(md.find("\nSee \\[x\\](y) \\*now\\* \\_or\\_ \\`code\\` \\&copy; A & B next line \\#1\n") !=
          std::string::npos);
}

TEST_CASE("HTML is one self-contained, escaped page with inline SVG", "[render]") {
    const auto html = rendered(small_document(), Format::html);
    CHECK(html.rfind("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", 0) == 0);
    CHECK(html.find("<title>Trends &lt;Q1&gt;</title>") != std::string::npos);
    CHECK(html.find("<p class=\"byline\">Acme &amp; Co \u00b7 2026-Q1 (2026-01-01 to 2026-03-31) \u00b7 generated "
                    "2026-04-02</p>") != std::string::npos);
    CHECK(html.find("<p>Counts by month, &quot;all&quot; | &lt;b&gt;.</p>") != std::string::npos);
    CHECK(html.find("<div><dt>Received</dt><dd>1,234<small>all kinds</small></dd></div>") != std::string::npos);
    CHECK(html.find("<thead><tr><th scope=\"col\">Subject</th><th scope=\"col\" class=\"num\">Count</th>"
                    "<th scope=\"col\" class=\"num\">Share</th></tr></thead>") != std::string::npos);
    CHECK(html.find("<tr><td>=SUM(A1)</td><td class=\"num\">1,234</td><td class=\"num\">12.5%</td></tr>") !=
          std::string::npos);
    CHECK(html.find("<li><code>r.one</code> Two cases lack a subject. Cases: A-2026-0001, A-2026-0002.</li>") !=
          std::string::npos);
    CHECK(count(html, "<svg ") == 1);
    CHECK(count(html, "<style>") == 1);
    // Self-contained: no scripts, nothing fetched, no URL of any kind.
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("http") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.substr(html.size() - 8) == "</html>\n");
}

TEST_CASE("HTML escapes every text it is given", "[render]") {
    Document doc = small_document();
    const std::string nasty = "<script>alert('x')</script> & \"q\"";
    doc.title = doc.organisation = nasty;
    doc.sections[0].title = doc.sections[0].key = nasty;
    doc.sections[0].figures[0].label = doc.sections[0].figures[0].note = nasty;
    doc.sections[0].tables[0].columns[0].title = doc.sections[0].tables[0].note = nasty;
    doc.sections[0].tables[0].rows[0][0] = nasty;
    doc.sections[0].charts[0].title = doc.sections[0].charts[0].categories[0] = nasty;
    doc.sections[0].charts[0].series[0].name = doc.sections[0].charts[0].y_label = nasty;
    doc.findings[0].rule = doc.findings[0].message = nasty;
    doc.findings[0].refs = {nasty};
    const auto html = rendered(doc, Format::html);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("'x'") == std::string::npos);
    CHECK(html.find("\"q\"") == std::string::npos);
    CHECK(count(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;") >= 12);
}

TEST_CASE("every chart kind is well-formed SVG with a title, a description and a legend", "[render][svg]") {
    const std::vector<std::string> months = {"2025-04", "2025-05", "2025-06"};
    const std::vector<Series> series = {{"Upheld", {3, 5, 3}}, {"Not upheld", {4, 1, 6}}};
    for (const ChartKind kind : {ChartKind::bar, ChartKind::stacked_bar, ChartKind::line}) {
        const auto svg = svg_chart(chart(kind, months, series));
        INFO(svg);
        CHECK(xml_problem(svg).empty());
        CHECK(svg.rfind("<svg role=\"img\"", 0) == 0);
        CHECK(svg.find("<title>A chart</title>\n<desc>") != std::string::npos);
        CHECK(svg.find(">Upheld</text>") != std::string::npos); // legend
        CHECK(svg.find(">Not upheld</text>") != std::string::npos);
        CHECK(svg.find(">2025-05</text>") != std::string::npos); // category axis
        CHECK(svg.find("<title>2025-06, Not upheld: 6</title>") != std::string::npos);
        CHECK(svg.find("xmlns") == std::string::npos);
    }
    const auto bars = svg_chart(chart(ChartKind::bar, months, series));
    CHECK(count(bars, "<title>") == 7); // the chart's and one per bar
    // Stacked to 9 at most (3 + 6), so the axis reaches 10; side by side only 6.
    CHECK(svg_chart(chart(ChartKind::stacked_bar, months, series)).find(">10</text>") != std::string::npos);
    CHECK(bars.find(">10</text>") == std::string::npos);
    CHECK(bars.find(">6</text>") != std::string::npos);
    CHECK(count(svg_chart(chart(ChartKind::line, months, series)), "<path d=\"M") == 2);
}

TEST_CASE("percent charts label their axis in percentages", "[render][svg]") {
    const auto svg = svg_chart(chart(ChartKind::line, {"Q1", "Q2"}, {{"In time", {0.62, 0.91}}}, true));
    CHECK(xml_problem(svg).empty());
    for (const char* tick : {">0%</text>", ">20%</text>", ">40%</text>", ">60%</text>", ">80%</text>", ">100%</text>"})
        CHECK(svg.find(tick) != std::string::npos);
    CHECK(svg.find("<title>Q2, In time: 91.0%</title>") != std::string::npos);
}

TEST_CASE("a chart with nothing to draw says so", "[render][svg]") {
    const std::regex not_a_number("[^a-z](nan|inf)"); // as fmt writes them; "dominant" is fine
    for (const auto& empty : {chart(ChartKind::bar, {}, {}), chart(ChartKind::line, {"2025-04"}, {}),
                              chart(ChartKind::stacked_bar, {"a", "b"}, {{"s", {}}})}) {
        const auto svg = svg_chart(empty);
        CHECK(xml_problem(svg).empty());
        CHECK(svg.find(">No data for this period</text>") != std::string::npos);
        CHECK(svg.find("<g class=\"bars\"") == std::string::npos);
        CHECK_FALSE(std::regex_search(svg, not_a_number));
    }
    // Missing and non-finite values leave gaps rather than breaking the chart.
    const auto gappy = svg_chart(chart(ChartKind::line, {"a", "b", "c"}, {{"s", {1, NAN}}}));
    CHECK(xml_problem(gappy).empty());
    CHECK_FALSE(std::regex_search(gappy, not_a_number));
    CHECK(gappy.find("<desc>Line chart of Cases. s: a 1, b none, c none.</desc>") != std::string::npos);
}

TEST_CASE("SVG text is escaped and long labels are shortened", "[render][svg]") {
    const auto svg = svg_chart(chart(ChartKind::bar, {"A & B <c>", "A very long provider name indeed"},
                                     {{"\"x\"", {1, 2}}}));
    CHECK(xml_problem(svg).empty());
    CHECK(svg.find(">A &amp; B &lt;c&gt;</text>") != std::string::npos);
    CHECK(svg.find(">A very long provi\u2026</text>") != std::string::npos);
    CHECK(svg.find("<title>A very long provider name indeed, &quot;x&quot;: 2</title>") != std::string::npos);
}

TEST_CASE("nice scales step by 1, 2 or 5 times a power of ten", "[render][svg]") {
    using detail::nice_scale;
    const auto ticks = [](const detail::NiceScale& s) { return s.ticks; };
    CHECK(ticks(nice_scale(0, 130, true)) == std::vector<double>{0, 50, 100, 150});
    CHECK(ticks(nice_scale(0, 4, true)) == std::vector<double>{0, 1, 2, 3, 4});
    CHECK(ticks(nice_scale(0, 3, true)) == std::vector<double>{0, 1, 2, 3});
    CHECK(ticks(nice_scale(0, 0, true)) == std::vector<double>{0, 1});
    CHECK(ticks(nice_scale(0, 1000, true)) == std::vector<double>{0, 200, 400, 600, 800, 1000});
    CHECK(nice_scale(0, 9, true).hi == 10);
    CHECK(nice_scale(0, 9, true).step == 2);
    CHECK(nice_scale(-3, 7, true).lo == -4);
    CHECK(nice_scale(-3, 7, true).hi == 8);
    CHECK(nice_scale(0, 1234567, true).step == 500000);
    const auto shares = nice_scale(0, 0.91, false);
    CHECK(shares.step == Approx(0.2));
    CHECK(shares.hi == Approx(1.0));
    REQUIRE(shares.ticks.size() == 6);
    CHECK(shares.ticks[3] == Approx(0.6));
    CHECK(nice_scale(0, 0.042, false).step == Approx(0.01));
    CHECK(nice_scale(0, 0.042, false).hi == Approx(0.05));
    CHECK(nice_scale(0, 2.5, false).step == Approx(0.5));
    CHECK(nice_scale(0, 2.5, true).step == 1);
}

TEST_CASE("tick labels and values read as people write them", "[render]") {
    using detail::display_value;
    using detail::tick_label;
    CHECK(tick_label(0.6000000000000001, true) == "60%");
    CHECK(tick_label(0.125, true) == "12.5%");
    CHECK(tick_label(1500, false) == "1,500");
    CHECK(tick_label(0.5, false) == "0.5");
    CHECK(tick_label(0, false) == "0");
    CHECK(display_value(std::int64_t{-1234567}, false) == "-1,234,567");
    CHECK(display_value(std::int64_t{999}, false) == "999");
    CHECK(display_value(0.8125, true) == "81.3%");
    CHECK(display_value(1.0, true) == "100.0%");
    CHECK(display_value(12345.67, false) == "12,345.7");
    CHECK(display_value(NAN, false).empty());
    CHECK(display_value(Value{}, true).empty());
    CHECK(detail::machine_number(0.1 + 0.2) == "0.3");
}

TEST_CASE("the palette stays distinguishable in greyscale", "[render][svg]") {
    const auto luminance = [](std::string_view hex) {
        const auto channel = [&](std::size_t at) {
            const double c = std::stoi(std::string(hex.substr(at, 2)), nullptr, 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    };
    const auto& colours = detail::palette();
    REQUIRE(colours.size() >= 6);
    for (std::size_t a = 0; a < colours.size(); ++a)
        for (std::size_t b = a + 1; b < colours.size(); ++b) {
            INFO(colours[a] << " and " << colours[b]);
            CHECK(std::abs(luminance(colours[a]) - luminance(colours[b])) >= 0.08);
        }
}

TEST_CASE("formats are named as on the command line", "[render]") {
    for (const Format f : {Format::table, Format::csv, Format::json, Format::markdown, Format::html})
        CHECK(parse_format(format_id(f)) == f);
    CHECK(format_id(Format::markdown) == "markdown");
    CHECK_FALSE(parse_format("pdf"));
    CHECK_FALSE(parse_format("HTML"));
}
