#include "plaint/output/records.hpp"

#include "plaint/core/text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace plaint::output {
namespace {

constexpr std::pair<Format, std::string_view> format_ids[] = {
    {Format::table, "table"}, {Format::json, "json"}, {Format::ndjson, "ndjson"},
    {Format::csv, "csv"},     {Format::tsv, "tsv"},
};

std::string plain_text(const Value& value) {
    if (auto* s = std::get_if<std::string>(&value)) return *s;
    if (auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
    return {};
}

nlohmann::ordered_json to_json(const Value& value) {
    if (auto* s = std::get_if<std::string>(&value)) return *s;
    if (auto* i = std::get_if<std::int64_t>(&value)) return *i;
    if (auto* b = std::get_if<bool>(&value)) return *b;
    return nullptr;
}

nlohmann::ordered_json row_object(const Records& records, const std::vector<Value>& row) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (std::size_t c = 0; c < records.columns.size(); ++c) object[records.columns[c]] = to_json(row[c]);
    return object;
}

bool is_number(const Value& value) { return std::holds_alternative<std::int64_t>(value); }

// A spreadsheet runs a text cell beginning with = + - @ (or a tab or CR,
// which it skips first) as a formula: such a cell gets an apostrophe.
std::string formula_safe(const Value& value) {
    std::string text = plain_text(value);
    if (!text.empty() && !is_number(value) && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos)
        text.insert(text.begin(), '\'');
    return text;
}

// A table's cell as shown: control characters escaped, so that a value
// cannot add a row or send the terminal a sequence.
std::string table_cell(const Value& value) { return text::escaped(plain_text(value)); }

} // namespace

std::string_view format_id(Format format) {
    for (const auto& [f, id] : format_ids)
        if (f == format) return id;
    return "table";
}

std::optional<Format> parse_format(std::string_view id) {
    for (const auto& [f, name] : format_ids)
        if (name == id) return f;
    return std::nullopt;
}

std::size_t display_width(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

void write_table(std::ostream& out, const Records& records, const TableStyle& style) {
    std::vector<std::size_t> widths(records.columns.size(), 0);
    if (style.header)
        for (std::size_t c = 0; c < widths.size(); ++c) widths[c] = display_width(records.columns[c]);
    for (const auto& row : records.rows)
        for (std::size_t c = 0; c < widths.size(); ++c)
            widths[c] = std::max(widths[c], display_width(table_cell(row[c])));

    auto line = [&](const std::vector<std::string>& cells, const std::vector<bool>& right) {
        std::string text;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::size_t pad = widths[c] - display_width(cells[c]);
            const bool last = c + 1 == cells.size();
            if (right[c]) text += std::string(pad, ' ') + cells[c];
            else text += cells[c] + (last ? "" : std::string(pad, ' '));
            if (!last) text += "  ";
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out << text << '\n';
    };
    if (style.header) {
        line(records.columns, std::vector<bool>(widths.size(), false));
    }
    for (const auto& row : records.rows) {
        std::vector<std::string> cells;
        std::vector<bool> right;
        for (const auto& v : row) {
            cells.push_back(table_cell(v));
            right.push_back(is_number(v));
        }
        line(cells, right);
    }
}

std::string csv_cell(const Value& value) {
    const std::string text = formula_safe(value);
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

void write_csv(std::ostream& out, const Records& records) {
    std::vector<std::string> cells;
    for (const auto& c : records.columns) cells.push_back(csv_cell(c));
    out << fmt::format("{}\r\n", fmt::join(cells, ","));
    for (const auto& row : records.rows) {
        cells.clear();
        for (const auto& v : row) cells.push_back(csv_cell(v));
        out << fmt::format("{}\r\n", fmt::join(cells, ","));
    }
}

void write_tsv(std::ostream& out, const Records& records) {
    auto clean = [](std::string text) {
        std::replace_if(text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
        return text;
    };
    std::vector<std::string> cells;
    for (const auto& c : records.columns) cells.push_back(clean(c));
    out << fmt::format("{}\n", fmt::join(cells, "\t"));
    for (const auto& row : records.rows) {
        cells.clear();
        for (const auto& v : row) cells.push_back(clean(formula_safe(v)));
        out << fmt::format("{}\n", fmt::join(cells, "\t"));
    }
}

void write_json(std::ostream& out, const Records& records) {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const auto& row : records.rows) array.push_back(row_object(records, row));
    out << array.dump(2) << '\n';
}

void write_ndjson(std::ostream& out, const Records& records) {
    for (const auto& row : records.rows) out << row_object(records, row).dump() << '\n';
}

void write(std::ostream& out, const Records& records, Format format, const TableStyle& style) {
    switch (format) {
    case Format::table: write_table(out, records, style); break;
    case Format::json: write_json(out, records); break;
    case Format::ndjson: write_ndjson(out, records); break;
    case Format::csv: write_csv(out, records); break;
    case Format::tsv: write_tsv(out, records); break;
    }
}

} // namespace plaint::output
