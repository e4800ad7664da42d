// The table of reports and what the report files share.

#include "plaint/report/reports.hpp"

namespace plaint::report {

namespace {

constexpr ReportDef report_table[] = {
    {"ko41", "The KO41 return: brought forward, new, resolved, carried forward, and the breakdowns", ko41_report},
    {"annual", "The annual report: received, well-founded, Ombudsman, subjects, lessons, actions", annual_report},
    {"timeliness", "Acknowledged and responded in time, working days taken, by month, owner, procedure",
     timeliness_report},
    {"providers", "Per provider: numbers, outcomes, timeliness, lessons and actions", providers_report},
    {"trends", "Received by month and by subject, with charts", trends_report},
};

} // namespace

std::span<const ReportDef> reports() { return report_table; }

namespace detail {

Document start(const ReportInput& in, const char* report, const std::string& title) {
    Document doc;
    doc.report = report;
    doc.title = title;
    doc.organisation = in.reg.info().organisation;
    doc.period = in.period;
    doc.generated_on = in.today.iso();
    return doc;
}

std::int64_t total(const std::vector<store::Register::Tally>& tallies) {
    std::int64_t sum = 0;
    for (const auto& t : tallies) sum += t.count;
    return sum;
}

std::int64_t count_of(const std::vector<store::Register::Tally>& tallies, const std::string& key) {
    for (const auto& t : tallies)
        if (t.key == key) return t.count;
    return 0;
}

store::Register::ReportScope complaints(const ReportInput& in) {
    return {in.period.from, in.period.to, {"complaint"}, {}, std::nullopt};
}

double share(std::int64_t part, std::int64_t whole) {
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace detail
} // namespace plaint::report
