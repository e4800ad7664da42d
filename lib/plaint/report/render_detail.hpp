#pragma once
// Pieces the report formats share (render.cpp dispatches to them). Not part
// of the contract the report queries code against; exposed for tests.

#include "plaint/report/document.hpp"
#include "plaint/report/render.hpp"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace plaint::report::detail {

// A value as people read it: whole numbers grouped ("1,234"), fractions
// as percentages with one decimal ("87.5%") when `percent`, other doubles
// with one decimal ("12.3"), text as is, empty as "".
std::string display_value(const Value& value, bool percent);

// A double for machines: rounded to 6 decimals, shortest form ("0.875").
std::string machine_number(double value);

bool is_number(const Value& value);

// A column is right-aligned when it is a percentage or every non-empty
// cell in it is a number.
bool numeric_column(const Table& table, std::size_t column);

// A chart's numbers as a table: one row per category, one column per
// series, for the formats that do not draw (table, CSV, Markdown).
Table chart_table(const Chart& chart);

// What the table, Markdown and HTML formats say in place of a table with no rows.
inline constexpr std::string_view no_data = "No data for this period.";

// "Example Trust · 2025/26 (2025-04-01 to 2026-03-31) · generated 2026-05-01",
// leaving out what is empty.
std::string byline(const Document& doc);

std::string_view chart_kind_id(ChartKind kind);

// Axis ticks from lo to hi (lo <= 0 <= hi after widening), with a step of
// 1, 2 or 5 times a power of ten, about `target` intervals; `integer` keeps
// the step a whole number (counts). All-zero data gives 0..1.
struct NiceScale {
    double lo = 0;
    double hi = 1;
    double step = 1;
    std::vector<double> ticks;
};
NiceScale nice_scale(double lo, double hi, bool integer, int target = 5);

// A tick label: "25%" on percent axes, "1,200" or "0.5" otherwise.
std::string tick_label(double value, bool percent);

// Series colours in order, chosen to differ in lightness so that a
// greyscale print still tells neighbouring series apart.
const std::vector<std::string_view>& palette();

std::string xml_escape(std::string_view text); // & < > " '

void render_table(std::ostream& out, const Document& doc, const RenderOptions& options);
void render_csv(std::ostream& out, const Document& doc);
void render_json(std::ostream& out, const Document& doc);
void render_markdown(std::ostream& out, const Document& doc);
void render_html(std::ostream& out, const Document& doc);

} // namespace plaint::report::detail
