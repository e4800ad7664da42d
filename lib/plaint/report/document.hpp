#pragma once
// A report as data: headline figures, tables and charts in sections, with
// no personal data. Queries (report/*.cpp) build a Document; render.hpp
// turns it into a terminal table, CSV, JSON, Markdown or one self-contained
// HTML file with SVG charts. Keeping the two apart means every format
// carries the same numbers.

#include "plaint/report/period.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace plaint::report {

// A cell or figure: empty, whole number, fraction (shown as given by
// Value::percent), or text.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

struct Column {
    std::string key;   // stable machine name (JSON keys, CSV header)
    std::string title; // shown in tables, Markdown and HTML
    bool percent = false; // a double in [0, 1] shown as a percentage
};

struct Table {
    std::string key;
    std::string title;
    std::vector<Column> columns;
    std::vector<std::vector<Value>> rows; // each row has one value per column
    std::string note;                     // a sentence under the table, optional
};

// A headline number ("Complaints received: 412").
struct Figure {
    std::string key;
    std::string label;
    Value value;
    bool percent = false;
    std::string note;
};

struct Series {
    std::string name;
    std::vector<double> values; // one per category
};

enum class ChartKind {
    bar,         // one bar per category and series, side by side
    stacked_bar, // series stacked within each category
    line         // one line per series across the categories (months, say)
};

struct Chart {
    std::string key;
    std::string title;
    ChartKind kind = ChartKind::bar;
    std::vector<std::string> categories; // x axis labels, in order
    std::vector<Series> series;
    std::string y_label;
    bool percent = false; // values are fractions in [0, 1]
};

// A problem found in the data (KO41 --check): the rule broken and the
// cases behind it, by reference only.
struct Finding {
    std::string rule;    // stable id, e.g. "ko41.aspect-missing"
    std::string message; // one sentence
    std::vector<std::string> refs;
};

struct Section {
    std::string key;
    std::string title;
    std::vector<std::string> paragraphs; // plain text, no markup
    std::vector<Figure> figures;
    std::vector<Table> tables;
    std::vector<Chart> charts;
};

struct Document {
    std::string report;       // ko41, annual, timeliness, providers, trends
    std::string title;        // "KO41 return, 2025/26"
    std::string organisation; // from the register
    Period period;
    std::string generated_on; // YYYY-MM-DD ("today", so runs are reproducible)
    std::vector<Section> sections;
    std::vector<Finding> findings;
};

} // namespace plaint::report
