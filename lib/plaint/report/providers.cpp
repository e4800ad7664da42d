// The providers report (Ombudsman guidance on commissioned services): per
// provider, complaints received, outcomes, timeliness of acknowledgements
// and responses, lessons and actions. Complaints with no provider are shown
// as "(the organisation)".

#include "plaint/report/timeliness.hpp"

#include <fmt/format.h>

namespace plaint::report {
namespace {

using Cohort = store::Register::Cohort;
using namespace detail;

struct ProviderFigures {
    std::int64_t received = 0, upheld = 0, partially = 0, not_upheld = 0, open_at_end = 0;
    Timeliness ack, response;
    std::int64_t lessons = 0, actions = 0, actions_done = 0;
};

} // namespace

Document providers_report(const ReportInput& in) {
    Document doc = start(in, "providers", fmt::format("Complaints by provider, {}", in.period.label));
    const auto scope = complaints(in);
    std::map<std::string, ProviderFigures> providers;
    for (const auto& t : in.reg.tally(scope, Cohort::received, "provider")) providers[t.key].received = t.count;
    for (const auto& t : in.reg.tally(scope, Cohort::open_at_end, "provider")) providers[t.key].open_at_end = t.count;
    for (const auto& t : in.reg.tally(scope, Cohort::resolved, "provider")) providers[t.key];
    // Outcomes per provider: one query per provider keeps the store's API small.
    for (auto& [name, f] : providers) {
        auto one = scope;
        if (name.empty()) continue;
        one.provider = name;
        const auto outcomes = in.reg.tally(one, Cohort::resolved, "outcome");
        f.upheld = count_of(outcomes, "upheld");
        f.partially = count_of(outcomes, "partially-upheld");
        f.not_upheld = count_of(outcomes, "not-upheld");
    }
    {
        // The organisation's own: all outcomes less the providers'.
        const auto outcomes = in.reg.tally(scope, Cohort::resolved, "outcome");
        auto& own = providers[""];
        own.upheld = count_of(outcomes, "upheld");
        own.partially = count_of(outcomes, "partially-upheld");
        own.not_upheld = count_of(outcomes, "not-upheld");
        for (const auto& [name, f] : providers) {
            if (name.empty()) continue;
            own.upheld -= f.upheld;
            own.partially -= f.partially;
            own.not_upheld -= f.not_upheld;
        }
    }
    in.reg.for_each_stopped_clock(scope, [&](const store::Register::StoppedClock& c) {
        const std::string kind = clock_kind(c);
        if (kind.empty()) return;
        auto& f = providers[c.provider.value_or("")];
        (kind == "acknowledgement" ? f.ack : f.response).add(c, in.calendar);
    });
    in.reg.for_each_lesson(scope, [&](const store::Register::LessonRow& l) { ++providers[l.provider.value_or("")].lessons; });
    in.reg.for_each_action(scope, [&](const store::Register::ActionRow& a) {
        auto& f = providers[a.provider.value_or("")];
        ++f.actions;
        if (a.action.done_on && *a.action.done_on <= in.period.to) ++f.actions_done;
    });

    Section s{"providers", "Per provider", {}, {}, {}, {}};
    s.paragraphs.push_back("Complaints received in the period, responses sent in it by outcome, deadlines met, and the "
                           "lessons and actions recorded. Draw cases for a review of a provider's responses with "
                           "'plaint sample --provider NAME'.");
    Table t{"providers", "Complaints by provider",
            {{"provider", "Provider", false}, {"received", "Received", false}, {"upheld", "Upheld", false},
             {"partially_upheld", "Partially upheld", false}, {"not_upheld", "Not upheld", false},
             {"open_at_end", "Open at end", false}, {"acknowledged_in_time", "Acknowledged in time", true},
             {"responded_in_time", "Responded in time", true}, {"lessons", "Lessons", false},
             {"actions", "Actions", false}, {"actions_done", "Actions done", false}},
            {}, {}};
    Chart chart{"outcomes_by_provider", "Outcomes by provider", ChartKind::stacked_bar, {},
                {{"Upheld", {}}, {"Partially upheld", {}}, {"Not upheld", {}}}, "responses", false};
    for (const auto& [name, f] : providers) {
        const std::string label = name.empty() ? "(the organisation)" : name;
        t.rows.push_back({label, f.received, f.upheld, f.partially, f.not_upheld, f.open_at_end, f.ack.met_share(),
                          f.response.met_share(), f.lessons, f.actions, f.actions_done});
        chart.categories.push_back(label);
        chart.series[0].values.push_back(static_cast<double>(f.upheld));
        chart.series[1].values.push_back(static_cast<double>(f.partially));
        chart.series[2].values.push_back(static_cast<double>(f.not_upheld));
    }
    s.tables.push_back(std::move(t));
    s.charts.push_back(std::move(chart));
    doc.sections.push_back(std::move(s));
    return doc;
}

} // namespace plaint::report
