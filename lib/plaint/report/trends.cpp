// The trends report for committees (seed 004 s.15, seed 002): complaints
// received and resolved by month, and the subjects by month, as tables and
// charts. Concerns are counted beside complaints, since a rise in concerns
// often comes first.

#include "plaint/report/reports.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace plaint::report {
namespace {

using Cohort = store::Register::Cohort;
using namespace detail;

constexpr std::size_t top_subjects = 6;

std::map<std::string, std::int64_t> by_key(const std::vector<store::Register::Tally>& tallies) {
    std::map<std::string, std::int64_t> m;
    for (const auto& t : tallies) m[t.key] = t.count;
    return m;
}

} // namespace

Document trends_report(const ReportInput& in) {
    Document doc = start(in, "trends", fmt::format("Themes and trends, {}", in.period.label));
    const auto months = months_of(in.period);
    auto scope = complaints(in);
    auto concerns = scope;
    concerns.kinds = {"concern"};
    const auto received = by_key(in.reg.tally(scope, Cohort::received, "month"));
    const auto resolved = by_key(in.reg.tally(scope, Cohort::resolved, "month"));
    const auto raised = by_key(in.reg.tally(concerns, Cohort::received, "month"));

    Section volume{"volume", "Volumes by month", {}, {}, {}, {}};
    Table t{"by_month", "Received and resolved by month",
            {{"month", "Month", false}, {"complaints_received", "Complaints received", false},
             {"complaints_resolved", "Complaints resolved", false}, {"concerns_received", "Concerns received", false}},
            {}, {}};
    Chart chart{"monthly_volumes", "Monthly volumes", ChartKind::line, {},
                {{"Complaints received", {}}, {"Complaints resolved", {}}, {"Concerns received", {}}}, "cases", false};
    auto at = [](const std::map<std::string, std::int64_t>& m, const std::string& k) {
        auto it = m.find(k);
        return it == m.end() ? std::int64_t{0} : it->second;
    };
    for (const auto& m : months) {
        t.rows.push_back({m.label, at(received, m.label), at(resolved, m.label), at(raised, m.label)});
        chart.categories.push_back(m.label);
        chart.series[0].values.push_back(static_cast<double>(at(received, m.label)));
        chart.series[1].values.push_back(static_cast<double>(at(resolved, m.label)));
        chart.series[2].values.push_back(static_cast<double>(at(raised, m.label)));
    }
    volume.tables.push_back(std::move(t));
    volume.charts.push_back(std::move(chart));
    doc.sections.push_back(std::move(volume));

    // The most frequent subjects over the period, then each one month by month.
    auto subjects = in.reg.tally(scope, Cohort::received, "subject");
    std::stable_sort(subjects.begin(), subjects.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
    if (subjects.size() > top_subjects) subjects.resize(top_subjects);
    const CategoryList* list = in.categories.find_in_force(in.period.to);
    Section themes{"subjects", "Subjects by month", {}, {}, {}, {}};
    themes.paragraphs.push_back(fmt::format("The {} most frequent subject areas of complaints received in the period; a "
                                            "complaint about several subjects counts under each.", subjects.size()));
    Table st{"subjects_by_month", "Complaints by subject and month", {{"month", "Month", false}}, {}, {}};
    Chart sc{"subjects_by_month", "Subjects by month", ChartKind::stacked_bar, {}, {}, "complaints", false};
    for (const auto& s : subjects) {
        const std::string title = s.key.empty() ? "Not recorded" : list ? list->title_of(Dimension::subject, s.key) : s.key;
        st.columns.push_back({s.key.empty() ? "none" : s.key, title, false});
        sc.series.push_back({title, {}});
    }
    // Month by subject: one grouped query per month keeps memory flat.
    for (const auto& m : months) {
        auto month_scope = scope;
        month_scope.from = m.from;
        month_scope.to = m.to;
        const auto counts = by_key(in.reg.tally(month_scope, Cohort::received, "subject"));
        std::vector<Value> row{m.label};
        sc.categories.push_back(m.label);
        for (std::size_t i = 0; i < subjects.size(); ++i) {
            row.push_back(at(counts, subjects[i].key));
            sc.series[i].values.push_back(static_cast<double>(at(counts, subjects[i].key)));
        }
        st.rows.push_back(std::move(row));
    }
    themes.tables.push_back(std::move(st));
    themes.charts.push_back(std::move(sc));
    doc.sections.push_back(std::move(themes));
    return doc;
}

} // namespace plaint::report
