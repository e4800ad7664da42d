// The annual report (reg 18 of SI 2009/309): complaints received, how many
// were well-founded (upheld or partially upheld), how many were referred to
// the Ombudsman, the subjects complained about, matters of general
// importance (the lessons recorded), and the actions taken; and the
// complaints that identify potentially serious concerns (seed 004 15.3):
// those whose risk grade is at a serious level.

#include "plaint/report/reports.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace plaint::report {
namespace {

using Cohort = store::Register::Cohort;
using namespace detail;

Section subjects_section(const ReportInput& in, const store::Register::ReportScope& scope) {
    Section s{"subjects", "What complaints were about", {}, {}, {}, {}};
    auto tallies = in.reg.tally(scope, Cohort::received, "subject");
    std::stable_sort(tallies.begin(), tallies.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
    const CategoryList* list = in.categories.find_in_force(in.period.to);
    Table t{"subjects", "Complaints received by subject area",
            {{"subject", "Subject area", false}, {"complaints", "Complaints", false}, {"share", "Share", true}}, {}, {}};
    const std::int64_t received = total(in.reg.tally(scope, Cohort::received, ""));
    Chart chart{"subject_mix", "Subject mix", ChartKind::bar, {}, {{"Complaints", {}}}, "complaints", false};
    for (const auto& tally : tallies) {
        const std::string title = tally.key.empty() ? "Not recorded"
                                  : list                ? list->title_of(Dimension::subject, tally.key)
                                                        : tally.key;
        t.rows.push_back({title, tally.count, share(tally.count, received)});
        chart.categories.push_back(title);
        chart.series[0].values.push_back(static_cast<double>(tally.count));
    }
    if (!tallies.empty()) {
        s.paragraphs.push_back(fmt::format("The most common subject was {} ({} of {} complaints); a complaint about several "
                                           "subjects counts under each.",
                                           std::get<std::string>(t.rows.front()[0]), tallies.front().count, received));
    }
    s.tables.push_back(std::move(t));
    s.charts.push_back(std::move(chart));
    return s;
}

Section lessons_section(const ReportInput& in, const store::Register::ReportScope& scope) {
    Section s{"lessons", "Matters of general importance: lessons learned", {}, {}, {}, {}};
    Table t{"lessons", "Lessons recorded in the period",
            {{"reference", "Case", false}, {"recorded_on", "Recorded", false}, {"lesson", "Lesson", false}}, {}, {}};
    in.reg.for_each_lesson(scope, [&](const store::Register::LessonRow& l) {
        t.rows.push_back({l.ref, l.lesson.recorded_on.iso(), l.lesson.text});
    });
    s.figures.push_back({"lessons", "Lessons recorded", static_cast<std::int64_t>(t.rows.size()), false, ""});
    s.tables.push_back(std::move(t));
    return s;
}

Section actions_section(const ReportInput& in, const store::Register::ReportScope& scope) {
    Section s{"actions", "Actions taken in consequence of complaints", {}, {}, {}, {}};
    Table t{"actions", "Improvement actions",
            {{"reference", "Case", false}, {"action", "Action", false}, {"owner", "Owner", false}, {"due", "Due", false},
             {"done_on", "Done", false}, {"status", "Status", false}},
            {}, {}};
    std::int64_t done = 0, open = 0, overdue = 0;
    in.reg.for_each_action(scope, [&](const store::Register::ActionRow& r) {
        const auto& a = r.action;
        const bool is_done = a.done_on && *a.done_on <= in.period.to;
        const bool is_overdue = !is_done && a.due && *a.due < in.period.to;
        (is_done ? done : open) += 1;
        overdue += is_overdue ? 1 : 0;
        t.rows.push_back({r.ref, a.text, a.owner ? Value(*a.owner) : Value(), a.due ? Value(a.due->iso()) : Value(),
                          is_done ? Value(a.done_on->iso()) : Value(),
                          is_done ? "done" : is_overdue ? "overdue" : "open"});
    });
    s.figures = {{"actions_done", "Actions done", done, false, ""},
                 {"actions_open", "Actions open at the end of the period", open, false, ""},
                 {"actions_overdue", "of which overdue", overdue, false, ""}};
    s.tables.push_back(std::move(t));
    return s;
}

Table by_provider_table(const std::map<std::string, std::int64_t>& counts) {
    Table t{"serious_by_provider", "By provider", {{"provider", "Provider", false}, {"complaints", "Complaints", false}}, {}, {}};
    for (const auto& [k, n] : counts) t.rows.push_back({k.empty() ? std::string("Not recorded") : k, n});
    return t;
}

// Grades keep the score and level of the matrix they were made against;
// those made against another than the one in force are flagged, not rescored.
Section serious_concerns_section(const ReportInput& in, const store::Register::ReportScope& scope) {
    const std::string levels = fmt::format("{}", fmt::join(in.serious_levels, " or "));
    Section s{"serious_concerns", "Serious concerns", {}, {}, {}, {}};
    s.paragraphs.push_back(fmt::format(
        "Complaints received in the period that identify potentially serious or significant concerns: those whose "
        "risk grade (consequence x likelihood) is {}, as graded.", levels.empty() ? "at a serious level" : levels));
    Table cases{"serious_cases", "Complaints graded at a serious level",
                {{"reference", "Case", false}, {"provider", "Provider", false}, {"level", "Level", false},
                 {"score", "Score", false}, {"state", "State", false}, {"matrix", "Matrix", false},
                 {"superseded", "Superseded matrix", false}},
                {}, {}};
    std::map<std::string, std::int64_t> by_level, by_provider;
    std::int64_t superseded = 0;
    if (!in.serious_levels.empty())
        in.reg.for_each_graded_case(scope, in.serious_levels, [&](const store::Register::GradedCase& g) {
            const bool old = !in.risk_matrix.empty() && g.grade.matrix != in.risk_matrix;
            superseded += old ? 1 : 0;
            by_level[g.grade.level] += 1;
            by_provider[g.provider.value_or("")] += 1;
            cases.rows.push_back({g.ref, g.provider ? Value(*g.provider) : Value(), g.grade.level,
                                  std::int64_t{g.grade.score}, g.state, g.grade.matrix, old ? "yes" : "no"});
        });
    s.figures.push_back({"serious", "Complaints graded at a serious level", static_cast<std::int64_t>(cases.rows.size()),
                         false, ""});
    for (const auto& level : in.serious_levels)
        s.figures.push_back({"serious_" + level, fmt::format("graded {}", level), by_level[level], false, ""});
    s.figures.push_back({"superseded_matrix", "Graded against a superseded matrix", superseded, false,
                         in.risk_matrix.empty() ? "" : fmt::format("the matrix in force is {}", in.risk_matrix)});
    if (superseded > 0)
        cases.note = fmt::format("{} grade(s) were made against another matrix than {}: they keep the score and level "
                                 "they were given; grade again with 'plaint grade' where that matters.",
                                 superseded, in.risk_matrix);
    Table levels_table{"serious_by_level", "By level", {{"level", "Level", false}, {"complaints", "Complaints", false}}, {}, {}};
    for (const auto& level : in.serious_levels) levels_table.rows.push_back({level, by_level[level]});
    s.tables.push_back(std::move(levels_table));
    s.tables.push_back(by_provider_table(by_provider));
    s.tables.push_back(std::move(cases));
    return s;
}

} // namespace

Document annual_report(const ReportInput& in) {
    Document doc = start(in, "annual", fmt::format("Annual complaints report, {}", in.period.label));
    const auto scope = complaints(in);
    const auto& reg = in.reg;
    const std::int64_t received = total(reg.tally(scope, Cohort::received, ""));
    const auto outcomes = reg.tally(scope, Cohort::resolved, "outcome");
    const std::int64_t resolved = total(outcomes);
    const std::int64_t well_founded = count_of(outcomes, "upheld") + count_of(outcomes, "partially-upheld");
    const std::int64_t ombudsman = total(reg.tally(scope, Cohort::ombudsman, ""));
    Section summary{"summary", "Complaints in the year", {}, {}, {}, {}};
    summary.paragraphs.push_back(
        "Well-founded complaints are those whose response upheld them in full or in part. Referrals to the Ombudsman "
        "are counted on the date the complainant went to the Ombudsman.");
    summary.figures = {{"received", "Complaints received", received, false, ""},
                       {"resolved", "Complaints responded to with an outcome", resolved, false, ""},
                       {"well_founded", "Well-founded (upheld or partially upheld)", well_founded, false, ""},
                       {"well_founded_share", "Share well-founded", share(well_founded, resolved), true,
                        "of those responded to"},
                       {"ombudsman", "Referred to the Ombudsman", ombudsman, false, ""}};
    Table t{"outcomes", "Outcomes of responses sent in the year",
            {{"outcome", "Outcome", false}, {"complaints", "Complaints", false}, {"share", "Share", true}}, {}, {}};
    for (const char* o : reg::outcomes) t.rows.push_back({o, count_of(outcomes, o), share(count_of(outcomes, o), resolved)});
    summary.tables.push_back(std::move(t));
    doc.sections.push_back(std::move(summary));
    doc.sections.push_back(subjects_section(in, scope));
    doc.sections.push_back(lessons_section(in, scope));
    doc.sections.push_back(actions_section(in, scope));
    doc.sections.push_back(serious_concerns_section(in, scope));
    return doc;
}

} // namespace plaint::report
