#pragma once
// Tabular results and their renderings. Every command that lists things
// builds Records and lets the caller choose the format, so that table, CSV,
// TSV, JSON and NDJSON always carry the same columns in the same order.

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace plaint::output {

enum class Format { table, json, ndjson, csv, tsv };
std::string_view format_id(Format format);
std::optional<Format> parse_format(std::string_view id);

// A cell: empty (null), text, integer or boolean.
using Value = std::variant<std::monostate, std::string, std::int64_t, bool>;

struct Records {
    std::vector<std::string> columns;
    std::vector<std::vector<Value>> rows;

    void add(std::vector<Value> row) { rows.push_back(std::move(row)); }
};

struct TableStyle {
    bool header = true;
    bool color = false;
};

void write(std::ostream& out, const Records& records, Format format, const TableStyle& style = {});
// Aligned columns for people; control characters in cells are escaped
// (text::escaped).
void write_table(std::ostream& out, const Records& records, const TableStyle& style = {});
// RFC 4180; cells beginning with = + - @ (or tab / CR) are prefixed with an
// apostrophe so spreadsheets do not run them as formulas.
void write_csv(std::ostream& out, const Records& records);
// Tab-separated, one row a line: tabs and line breaks in a cell become
// spaces, and cells are made formula-safe as in CSV.
void write_tsv(std::ostream& out, const Records& records);
void write_json(std::ostream& out, const Records& records);   // array of objects
void write_ndjson(std::ostream& out, const Records& records); // one object per line

std::string csv_cell(const Value& value);
// Display width of UTF-8 text (code points; plaint's text is not East Asian wide).
std::size_t display_width(std::string_view text);

} // namespace plaint::output
