// Value text and other pieces shared by the report formats.

#include "plaint/report/render_detail.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace plaint::report::detail {
namespace {

// "1234567" -> "1,234,567"; a leading '-' is kept.
std::string group_thousands(const std::string& digits) {
    const std::size_t first = !digits.empty() && digits[0] == '-' ? 1 : 0;
    const std::size_t end = std::min(digits.find('.'), digits.size());
    std::string grouped = digits.substr(0, first);
    for (std::size_t i = first; i < end; ++i) {
        if (i > first && (end - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return grouped + digits.substr(end);
}

// Rounds half away from zero at one decimal, so 0.8125 shows as 81.3%.
std::string one_decimal(double value) {
    const double rounded = std::round(value * 10.0) / 10.0;
    return group_thousands(fmt::format("{:.1f}", rounded == 0.0 ? 0.0 : rounded));
}

// At most `decimals` decimals, trailing zeros dropped ("0.5", "2", "12.25").
std::string trimmed(double value, int decimals) {
    std::string text = fmt::format("{:.{}f}", value, decimals);
    if (text.find('.') != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.') text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

} // namespace

std::string tick_label(double value, bool percent) {
    return percent ? trimmed(value * 100.0, 1) + "%" : group_thousands(trimmed(value, 2));
}

std::string display_value(const Value& value, bool percent) {
    if (const auto* text = std::get_if<std::string>(&value)) return *text;
    if (const auto* whole = std::get_if<std::int64_t>(&value)) {
        if (percent) return one_decimal(static_cast<double>(*whole) * 100.0) + "%";
        return group_thousands(std::to_string(*whole));
    }
    if (const auto* real = std::get_if<double>(&value)) {
        if (!std::isfinite(*real)) return "";
        return percent ? one_decimal(*real * 100.0) + "%" : one_decimal(*real);
    }
    return "";
}

std::string machine_number(double value) {
    if (!std::isfinite(value)) return "";
    const double rounded = std::round(value * 1e6) / 1e6;
    return fmt::format("{}", rounded == 0.0 ? 0.0 : rounded);
}

bool is_number(const Value& value) {
    return std::holds_alternative<std::int64_t>(value) || std::holds_alternative<double>(value);
}

bool numeric_column(const Table& table, std::size_t column) {
    if (column < table.columns.size() && table.columns[column].percent) return true;
    bool any = false;
    for (const auto& row : table.rows) {
        if (column >= row.size() || std::holds_alternative<std::monostate>(row[column])) continue;
        if (!is_number(row[column])) return false;
        any = true;
    }
    return any;
}

Table chart_table(const Chart& chart) {
    Table table{.key = chart.key, .title = chart.title, .columns = {}, .rows = {}, .note = {}};
    table.columns.push_back({.key = "category", .title = "", .percent = false});
    for (const auto& series : chart.series)
        table.columns.push_back({.key = series.name, .title = series.name, .percent = chart.percent});
    // Counts drawn as doubles read as counts again ("98", not "98.0").
    const bool whole = !chart.percent && std::all_of(chart.series.begin(), chart.series.end(), [](const Series& s) {
        return std::all_of(s.values.begin(), s.values.end(), [](double v) {
            return std::isfinite(v) && std::floor(v) == v && std::abs(v) < 9e15;
        });
    });
    for (std::size_t c = 0; c < chart.categories.size(); ++c) {
        std::vector<Value> row;
        row.emplace_back(chart.categories[c]);
        for (const auto& series : chart.series) {
            if (c >= series.values.size()) row.emplace_back();
            else if (whole) row.emplace_back(static_cast<std::int64_t>(series.values[c]));
            else row.emplace_back(series.values[c]);
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::string byline(const Document& doc) {
    std::vector<std::string> parts;
    if (!doc.organisation.empty()) parts.push_back(doc.organisation);
    if (!doc.period.label.empty())
        parts.push_back(fmt::format("{} ({} to {})", doc.period.label, doc.period.from.iso(), doc.period.to.iso()));
    if (!doc.generated_on.empty()) parts.push_back("generated " + doc.generated_on);
    return fmt::format("{}", fmt::join(parts, " \u00b7 "));
}

std::string_view chart_kind_id(ChartKind kind) {
    switch (kind) {
    case ChartKind::bar: return "bar";
    case ChartKind::stacked_bar: return "stacked_bar";
    case ChartKind::line: return "line";
    }
    return "bar";
}

std::string xml_escape(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': escaped += "&amp;"; break;
        case '<': escaped += "&lt;"; break;
        case '>': escaped += "&gt;"; break;
        case '"': escaped += "&quot;"; break;
        case '\'': escaped += "&#39;"; break;
        default: escaped += c;
        }
    }
    return escaped;
}

} // namespace plaint::report::detail
