#pragma once
// Renders a report Document. Every format carries the same numbers:
//   table     sections, figures and tables for a terminal
//   csv       one table per block, each preceded by a "# section/table"
//             comment line and its header; cells safe against formula injection
//   json      the Document as one object (schemas/report.schema.json)
//   markdown  headings, figure lists and pipe tables, for wikis and papers
//   html      one self-contained file: inline CSS, inline SVG charts, no
//             scripts, no network, fit to paste into a committee paper
//
// The rules, shared by all formats:
// - Human formats (table, markdown, html) show whole numbers grouped
//   ("1,234"), percent values as percentages with one decimal ("87.5%"),
//   other doubles with one decimal ("23.5"), empty values as nothing.
//   Machine formats (csv, json) write numbers as numbers: a percentage as
//   its fraction (0.875), doubles rounded to 6 decimals, whole doubles as
//   integers (json). A column is right-aligned when it is a percentage or
//   all its values are numbers.
// - Charts appear as drawings only in html; table, csv and markdown show
//   their numbers as a table (a row per category, a column per series,
//   the first column untitled, keyed "category" in CSV).
// - table: the title, a byline "ORGANISATION · LABEL (FROM to TO) ·
//   generated DATE", then per section a heading underlined with '-',
//   paragraphs wrapped at 78 columns, figures as "label  value  note",
//   tables as title, header, a row of dashes and rows; blocks one blank
//   line apart; "Findings" last as "rule: message" and "  cases: A, B".
//   ANSI bold (headings, table headers) and red (finding rules) only with
//   RenderOptions::color. A table without rows says "No data for this period."
// - csv: RFC 4180 with CRLF. Two comment lines ("# REPORT: TITLE", "# "
//   byline), then blocks separated by an empty line, each "# SECTION/KEY:
//   TITLE", a header of column keys, and rows. Figures are a block
//   "# SECTION/figures: SECTION TITLE" with header "figure,value"; findings a
//   block "# findings" with "rule,message,refs" (refs space-separated).
//   Text cells starting with = + - @ tab or CR get a leading apostrophe
//   (output::csv_cell); numbers never do.
// - json: {report, title, organisation, period{label, from, to},
//   generated_on, sections[{key, title, paragraphs[], figures{key: value},
//   tables[{key, title, columns[{key, title, percent}], rows[{column key:
//   value}], note}], charts[{key, title, kind, y_label, percent,
//   categories[], series[{name, values[]}]}]}], findings[{rule, message,
//   refs[]}]}, keys in that order, two-space indent; values are numbers,
//   strings or null. Schema: schemas/report.schema.json.
// - markdown: "# title", the byline, "## section", paragraphs, figures as
//   "- label: **value** (note)", tables as "### title" and a pipe table
//   with "---:" for numeric columns, "## Findings" as "- **rule**: message
//   (cases: A, B)". \ ` * _ [ ] < > | # are backslash-escaped, & where it
//   could start an entity; line breaks inside text become spaces.
// - html: <!doctype html>, <style> for screen and A4 print, header with
//   <h1> and byline, a <section> per section (<h2>, <p>, figures as a <dl>
//   of cards, charts as <figure> with inline <svg> and <figcaption>, tables
//   with <caption> and <th scope="col">), findings as a list, a footer. No
//   <script>, <link>, <img> or URL; all text escaped (& < > " ').
// - svg_chart: <svg role="img"> with <title> and <desc> (the data in
//   words), a legend when any series is named, a value axis with ticks at
//   1, 2 or 5 times a power of ten (whole steps for counts; "20%" labels on
//   percent charts), category labels slanted when crowded and cut to 18
//   characters, a <title> on every bar or point, "No data for this period"
//   when there is nothing to draw. Lines differ by dash and marker shape as
//   well as colour; the palette differs in lightness for greyscale prints.

#include "plaint/report/document.hpp"

#include <optional>
#include <ostream>
#include <string_view>

namespace plaint::report {

enum class Format { table, csv, json, markdown, html };

std::optional<Format> parse_format(std::string_view id);
std::string_view format_id(Format format);

struct RenderOptions {
    bool color = false; // terminal table only
};

void render(std::ostream& out, const Document& doc, Format format, const RenderOptions& options = {});

// One chart as a standalone <svg> element (used by the HTML renderer;
// exposed for tests).
std::string svg_chart(const Chart& chart);

} // namespace plaint::report
