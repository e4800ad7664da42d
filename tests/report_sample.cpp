// plaint_report_sample: prints a representative report Document, with every
// chart kind, an empty chart and text that needs escaping, in one format
// (html unless named: table, csv, json, markdown, html). The HTML system
// test opens its output in headless Chromium; the JSON is checked against
// schemas/report.schema.json.

#include "plaint/core/error.hpp"
#include "plaint/report/render.hpp"

#include <iostream>

using namespace plaint::report;

namespace {

Section volumes() {
    Section s{.key = "volumes", .title = "Complaints received", .paragraphs = {}, .figures = {}, .tables = {},
              .charts = {}};
    s.paragraphs.push_back("Complaints received by month and how they were closed. Figures <exclude> concerns "
                           "resolved within a day & compliments.");
    s.figures.push_back({.key = "received", .label = "Complaints received", .value = std::int64_t{1234},
                         .percent = false, .note = "up from 1,102"});
    s.figures.push_back({.key = "upheld_share", .label = "Upheld or partly upheld", .value = 0.4375, .percent = true,
                         .note = ""});
    s.figures.push_back({.key = "median_days", .label = "Median working days", .value = 23.5, .percent = false,
                         .note = ""});
    const std::vector<std::string> months = {"2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09",
                                             "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"};
    s.charts.push_back({.key = "monthly", .title = "Received by month", .kind = ChartKind::bar, .categories = months,
                        .series = {{"Received", {98, 110, 87, 120, 101, 95, 130, 112, 76, 104, 99, 102}}},
                        .y_label = "Complaints", .percent = false});
    s.charts.push_back({.key = "outcomes", .title = "Outcomes by month", .kind = ChartKind::stacked_bar,
                        .categories = months,
                        .series = {{"Upheld", {20, 25, 18, 30, 22, 21, 33, 27, 15, 24, 20, 23}},
                                   {"Partly upheld", {22, 20, 19, 25, 24, 20, 30, 22, 18, 21, 25, 20}},
                                   {"Not upheld", {40, 50, 38, 50, 40, 44, 52, 48, 33, 45, 40, 44}},
                                   {"Withdrawn", {6, 5, 4, 7, 5, 4, 6, 5, 3, 4, 5, 6}}},
                        .y_label = "Complaints", .percent = false});
    s.tables.push_back({.key = "by_subject",
                        .title = "By subject",
                        .columns = {{"subject", "Subject", false}, {"count", "Complaints", false},
                                    {"share", "Share", true}},
                        .rows = {{std::string("Clinical treatment"), std::int64_t{512}, 0.415},
                                 {std::string("Communication | attitude"), std::int64_t{301}, 0.244},
                                 {std::string("=HYPERLINK(\"x\")"), std::int64_t{3}, 0.0024},
                                 {std::string("Waiting times <2 weeks>"), std::int64_t{418}, 0.3386}},
                        .note = "A complaint with several aspects counts once per subject."});
    return s;
}

Section timeliness() {
    Section s{.key = "timeliness", .title = "Timeliness", .paragraphs = {}, .figures = {}, .tables = {}, .charts = {}};
    s.figures.push_back({.key = "acknowledged_in_time", .label = "Acknowledged in 3 working days", .value = 0.875,
                         .percent = true, .note = ""});
    s.charts.push_back({.key = "in_time", .title = "Share responded to in time", .kind = ChartKind::line,
                        .categories = {"Q1", "Q2", "Q3", "Q4"},
                        .series = {{"Acknowledged", {0.91, 0.88, 0.93, 0.95}},
                                   {"Responded", {0.62, 0.71, 0.66, 0.74}},
                                   {"Ombudsman target", {0.8, 0.8, 0.8, 0.8}}},
                        .y_label = "Share of cases", .percent = true});
    s.charts.push_back({.key = "by_provider", .title = "Cases by provider", .kind = ChartKind::bar,
                        .categories = {"North Community Services", "Acute Trust \"A\" & partners", "Hospice"},
                        .series = {{"2024/25", {40, 75, 6}}, {"2025/26", {52, 68, 9}}},
                        .y_label = "Cases", .percent = false});
    s.charts.push_back({.key = "referrals", .title = "Referred to the Ombudsman", .kind = ChartKind::bar,
                        .categories = {}, .series = {}, .y_label = "Cases", .percent = false});
    return s;
}

Document sample() {
    Document doc{.report = "sample", .title = "Complaints report, 2025/26 <sample>",
                 .organisation = "Example NHS Trust & Partners", .period = parse_period("2025/26"),
                 .generated_on = "2026-05-01", .sections = {volumes(), timeliness()}, .findings = {}};
    doc.findings.push_back({.rule = "ko41.aspect-missing", .message = "Closed complaints without a subject area.",
                            .refs = {"RX1-2025-0012", "RX1-2025-0044"}});
    return doc;
}

} // namespace

int main(int argc, char** argv) {
    const auto format = parse_format(argc > 1 ? argv[1] : "html");
    if (!format) {
        std::cerr << "plaint_report_sample: unknown format; table, csv, json, markdown or html\n";
        return 2;
    }
    render(std::cout, sample(), *format, RenderOptions{.color = false});
    return 0;
}
