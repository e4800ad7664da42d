// The timeliness report: acknowledgements and responses sent in the period,
// met or late against their due dates (a response's due date is the agreed
// or extended one where there was an agreement), and the working days each
// took, by month, owner and procedure.

#include "plaint/report/timeliness.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::report {
namespace detail {

std::string clock_kind(const store::Register::StoppedClock& c) {
    // A case withdrawn before it was acknowledged was never acknowledged.
    if (!c.by_next) return "";
    return c.kind == "acknowledgement" || c.kind == "response" ? c.kind : "";
}

void Timeliness::add(const store::Register::StoppedClock& c, const calendar::Calendar& cal) {
    ++stopped;
    if (c.status == "met") ++met;
    int days = 0;
    try {
        days = c.stopped_on > c.start ? cal.count_working_days(c.start, c.stopped_on) : 0;
    } catch (const std::exception&) {
        days = c.stopped_on - c.start; // outside the calendar's range: calendar days
    }
    working_days.push_back(days);
}

// The middle value; with an even number, the mean of the two middle ones
// (9 and 16 give 12.5).
std::optional<double> Timeliness::median() const {
    if (working_days.empty()) return std::nullopt;
    auto sorted = working_days;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t half = sorted.size() / 2;
    if (sorted.size() % 2 == 1) return sorted[half];
    return (sorted[half - 1] + sorted[half]) / 2.0;
}

} // namespace detail

namespace {

using namespace detail;

struct Pair {
    Timeliness ack, response;
};

Value median_value(const Timeliness& t) {
    const auto m = t.median();
    if (!m) return Value();
    if (*m == static_cast<double>(static_cast<std::int64_t>(*m))) return Value(static_cast<std::int64_t>(*m));
    return Value(*m);
}

Table group_table(const std::string& key, const std::string& title, const std::string& first,
                  const std::map<std::string, Pair>& groups) {
    Table t{key, title,
            {{key, first, false}, {"acknowledged", "Acknowledged", false}, {"acknowledged_in_time", "In time", true},
             {"responded", "Responded", false}, {"responded_in_time", "In time", true},
             {"median_working_days", "Median working days to respond", false}},
            {}, {}};
    for (const auto& [name, p] : groups)
        t.rows.push_back({name.empty() ? Value("(none)") : Value(name), p.ack.stopped, p.ack.met_share(), p.response.stopped,
                          p.response.met_share(), median_value(p.response)});
    return t;
}

Table distribution(const Timeliness& t) {
    const std::pair<int, int> bands[] = {{0, 5}, {6, 10}, {11, 15}, {16, 20}, {21, 25}, {26, 40}, {41, 60}, {61, 1 << 30}};
    Table table{"working_days", "Responses by working days taken",
                {{"band", "Working days", false}, {"responses", "Responses", false}, {"share", "Share", true}}, {}, {}};
    for (const auto& [lo, hi] : bands) {
        const auto n = std::count_if(t.working_days.begin(), t.working_days.end(), [&](int d) { return d >= lo && d <= hi; });
        table.rows.push_back({hi > 1000 ? fmt::format("{}+", lo) : fmt::format("{}-{}", lo, hi), std::int64_t{n},
                              share(n, static_cast<std::int64_t>(t.working_days.size()))});
    }
    return table;
}

} // namespace

Document timeliness_report(const ReportInput& in) {
    Document doc = start(in, "timeliness", fmt::format("Timeliness, {}", in.period.label));
    Pair all;
    std::map<std::string, Pair> by_month, by_owner, by_procedure;
    for (const auto& m : months_of(in.period)) by_month[m.label];
    in.reg.for_each_stopped_clock(complaints(in), [&](const store::Register::StoppedClock& c) {
        const std::string kind = clock_kind(c);
        if (kind.empty()) return;
        const std::string month = c.stopped_on.iso().substr(0, 7);
        for (Pair* p : {&all, &by_month[month], &by_owner[c.owner.value_or("")], &by_procedure[c.procedure]})
            (kind == "acknowledgement" ? p->ack : p->response).add(c, in.calendar);
    });
    Section summary{"summary", "Acknowledgements and responses sent in the period", {}, {}, {}, {}};
    summary.paragraphs.push_back(
        "Complaints' acknowledgement and response deadlines that were met or missed in the period; a response is in "
        "time when it was sent by its due date, which is the date agreed with the complainant where one was agreed. "
        "Working days are counted from the clock's start (receipt, or consent and summary where needed).");
    summary.figures = {{"acknowledged", "Acknowledged", all.ack.stopped, false, ""},
                       {"acknowledged_in_time", "Acknowledged in time", all.ack.met_share(), true, ""},
                       {"responded", "Responded", all.response.stopped, false, ""},
                       {"responded_in_time", "Responded in time", all.response.met_share(), true, ""},
                       {"median_working_days", "Median working days to respond", median_value(all.response), false, ""}};
    summary.tables.push_back(distribution(all.response));
    doc.sections.push_back(std::move(summary));

    Section months{"by_month", "By month", {}, {}, {}, {}};
    months.tables.push_back(group_table("month", "By month", "Month", by_month));
    Chart chart{"in_time_by_month", "Share in time by month", ChartKind::line, {}, {{"Acknowledged", {}}, {"Responded", {}}},
                "share in time", true};
    for (const auto& [month, p] : by_month) {
        chart.categories.push_back(month);
        chart.series[0].values.push_back(p.ack.met_share());
        chart.series[1].values.push_back(p.response.met_share());
    }
    months.charts.push_back(std::move(chart));
    doc.sections.push_back(std::move(months));
    Section owners{"by_owner", "By owner", {}, {}, {}, {}};
    owners.tables.push_back(group_table("owner", "By owner", "Owner", by_owner));
    doc.sections.push_back(std::move(owners));
    Section procedures{"by_procedure", "By procedure", {}, {}, {}, {}};
    procedures.tables.push_back(group_table("procedure", "By procedure", "Procedure", by_procedure));
    doc.sections.push_back(std::move(procedures));
    return doc;
}

} // namespace plaint::report
