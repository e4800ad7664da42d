// The Document as one JSON object (schemas/report.schema.json), keys in a
// fixed order so that output diffs cleanly between runs.

#include "plaint/report/render_detail.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace plaint::report::detail {
namespace {

using Json = nlohmann::ordered_json;

// Fractions stay fractions (0.875); doubles are rounded to 6 decimals.
Json number(double value) {
    if (!std::isfinite(value)) return nullptr;
    const double rounded = std::round(value * 1e6) / 1e6;
    if (std::floor(rounded) == rounded && std::abs(rounded) < 9e15) return static_cast<std::int64_t>(rounded);
    return rounded;
}

Json value_json(const Value& value) {
    if (const auto* text = std::get_if<std::string>(&value)) return *text;
    if (const auto* whole = std::get_if<std::int64_t>(&value)) return *whole;
    if (const auto* real = std::get_if<double>(&value)) return number(*real);
    return nullptr;
}

Json table_json(const Table& t) {
    Json columns = Json::array();
    for (const auto& c : t.columns) columns.push_back({{"key", c.key}, {"title", c.title}, {"percent", c.percent}});
    Json rows = Json::array();
    for (const auto& values : t.rows) {
        Json row = Json::object();
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            row[t.columns[c].key] = c < values.size() ? value_json(values[c]) : Json(nullptr);
        rows.push_back(std::move(row));
    }
    return {{"key", t.key}, {"title", t.title}, {"columns", columns}, {"rows", rows}, {"note", t.note}};
}

Json chart_json(const Chart& chart) {
    Json series = Json::array();
    for (const auto& s : chart.series) {
        Json values = Json::array();
        for (double v : s.values) values.push_back(number(v));
        series.push_back({{"name", s.name}, {"values", values}});
    }
    return {{"key", chart.key},           {"title", chart.title},           {"kind", chart_kind_id(chart.kind)},
            {"y_label", chart.y_label},   {"percent", chart.percent},       {"categories", chart.categories},
            {"series", series}};
}

Json section_json(const Section& s) {
    Json figures = Json::object();
    for (const auto& f : s.figures) figures[f.key] = value_json(f.value);
    Json tables = Json::array();
    for (const auto& t : s.tables) tables.push_back(table_json(t));
    Json charts = Json::array();
    for (const auto& c : s.charts) charts.push_back(chart_json(c));
    return {{"key", s.key},       {"title", s.title},   {"paragraphs", s.paragraphs},
            {"figures", figures}, {"tables", tables},   {"charts", charts}};
}

} // namespace

void render_json(std::ostream& out, const Document& doc) {
    Json sections = Json::array();
    for (const auto& s : doc.sections) sections.push_back(section_json(s));
    Json findings = Json::array();
    for (const auto& f : doc.findings) findings.push_back({{"rule", f.rule}, {"message", f.message}, {"refs", f.refs}});
    const Json period = {{"label", doc.period.label}, {"from", doc.period.from.iso()}, {"to", doc.period.to.iso()}};
    const Json document = {{"report", doc.report},     {"title", doc.title},         {"organisation", doc.organisation},
                           {"period", period},         {"generated_on", doc.generated_on}, {"sections", sections},
                           {"findings", findings}};
    out << document.dump(2) << '\n';
}

} // namespace plaint::report::detail
