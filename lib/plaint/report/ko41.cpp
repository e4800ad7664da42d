// The KO41 return. Totals count each complaint once; the service, subject
// and profession breakdowns count each complaint once per distinct value
// among its aspects (so a complaint about three subjects in one service
// counts three times under subjects and once under services, as the KO41a
// guidance says); age band and status count each complaint once.

#include "plaint/report/reports.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace plaint::report {
namespace {

using Cohort = store::Register::Cohort;
using Tally = store::Register::Tally;
using namespace detail;

const char* tally_key(Dimension d) {
    switch (d) {
    case Dimension::age_band: return "age_band";
    case Dimension::complainant_status: return "complainant_status";
    case Dimension::subject: return "subject";
    case Dimension::service: return "service";
    case Dimension::profession: return "profession";
    }
    return "";
}

const char* rule_name(Dimension d) {
    switch (d) {
    case Dimension::age_band: return "age-band";
    case Dimension::complainant_status: return "status";
    case Dimension::subject: return "subject";
    case Dimension::service: return "service";
    case Dimension::profession: return "profession";
    }
    return "";
}

// The category lists in force at some time in the period, in date order.
std::vector<const CategoryList*> lists_in(const Categories& categories, const Period& p) {
    std::vector<Date> changes{p.from};
    for (const auto& l : categories.lists()) {
        if (p.contains(l.valid_from)) changes.push_back(l.valid_from);
        if (l.valid_to && p.contains(*l.valid_to + 1)) changes.push_back(*l.valid_to + 1);
    }
    std::sort(changes.begin(), changes.end());
    std::vector<const CategoryList*> lists;
    for (Date d : changes) {
        // No list on a day: its complaints show up as unknown values.
        const auto* l = categories.find_in_force(d);
        if (l && std::find(lists.begin(), lists.end(), l) == lists.end()) lists.push_back(l);
    }
    return lists;
}

// Sub-periods with one list in force each.
std::vector<std::pair<Period, const CategoryList*>> list_spans(const Categories& categories, const Period& p) {
    std::vector<std::pair<Period, const CategoryList*>> spans;
    for (Date d = p.from; d <= p.to;) {
        const CategoryList* list = categories.find_in_force(d);
        Date end = d;
        while (end < p.to && categories.find_in_force(end + 1) == list) ++end;
        spans.push_back({{d, end, ""}, list});
        d = end + 1;
    }
    return spans;
}

Table breakdown(Dimension d, const std::vector<Tally>& tallies, const std::vector<const CategoryList*>& lists) {
    Table t{std::string(tally_key(d)), fmt::format("New complaints by {}", dimension_name(d)),
            {{"id", "Id", false}, {"category", "Category", false}, {"complaints", "Complaints", false}}, {}, {}};
    std::set<std::string> shown;
    for (const auto* l : lists)
        for (const auto& c : l->of(d)) {
            if (!shown.insert(c.id).second) continue;
            t.rows.push_back({c.id, c.title, count_of(tallies, c.id)});
        }
    for (const auto& tally : tallies) {
        if (shown.count(tally.key)) continue;
        t.rows.push_back({tally.key.empty() ? Value() : Value(tally.key),
                          tally.key.empty() ? "Not recorded" : "Not in the category list", tally.count});
    }
    t.rows.push_back({Value(), "Total", total(tallies)});
    return t;
}

void missing_finding(Document& doc, const store::Register& reg, const store::Register::ReportScope& scope, Dimension d,
                     std::int64_t news, std::int64_t sum, bool at_least) {
    auto refs = reg.refs_where(scope, Cohort::received, tally_key(d), "");
    if (refs.empty()) return;
    const bool aspect = d == Dimension::subject || d == Dimension::service || d == Dimension::profession;
    const std::string rule = at_least ? "at least" : "exactly";
    doc.findings.push_back(
        {fmt::format("ko41.{}-missing", rule_name(d)),
         fmt::format("the {} breakdown must sum to {} the {} new complaints; {} {} no {}{}", dimension_name(d), rule, news,
                     refs.size(), refs.size() == 1 ? "has" : "have", dimension_name(d),
                     aspect ? " on any aspect" : "") + (at_least && sum >= news ? " (the sum is met, but each complaint needs one)" : ""),
         std::move(refs)});
}

void unknown_findings(Document& doc, const ReportInput& in, const store::Register::ReportScope& scope) {
    for (const auto& [span, list] : list_spans(in.categories, in.period)) {
        auto sub = scope;
        sub.from = span.from;
        sub.to = span.to;
        for (Dimension d : all_dimensions)
            for (const auto& tally : in.reg.tally(sub, Cohort::received, tally_key(d))) {
                if (tally.key.empty() || (list && list->find(d, tally.key))) continue;
                doc.findings.push_back(
                    {"ko41.unknown-category",
                     fmt::format("{} '{}' is not in the category list {} in force on receipt ({} to {})", dimension_name(d),
                                 tally.key, list ? list->id : "(none)", span.from.iso(), span.to.iso()),
                     in.reg.refs_where(sub, Cohort::received, tally_key(d), tally.key)});
            }
    }
}

} // namespace

Document ko41_report(const ReportInput& in) {
    Document doc = start(in, "ko41", fmt::format("KO41 return, {}", in.period.label));
    auto scope = complaints(in);
    scope.procedures = in.ko41_procedures;
    const auto& reg = in.reg;
    const std::int64_t brought = total(reg.tally(scope, Cohort::open_at_start, ""));
    const std::int64_t news = total(reg.tally(scope, Cohort::received, ""));
    const auto outcomes = reg.tally(scope, Cohort::resolved, "outcome");
    const std::int64_t unresolved = total(reg.tally(scope, Cohort::closed_unresolved, ""));
    const std::int64_t carried = total(reg.tally(scope, Cohort::open_at_end, ""));
    const std::int64_t upheld = count_of(outcomes, "upheld"), partial = count_of(outcomes, "partially-upheld"),
                       not_upheld = count_of(outcomes, "not-upheld");

    Section summary{"summary", "Summary of written complaints", {}, {}, {}, {}};
    summary.paragraphs.push_back(fmt::format(
        "Complaints (kind complaint) under the procedures {}, received {} to {}. A complaint is resolved on the date of "
        "the response that recorded its outcome.", fmt::join(scope.procedures, ", "), in.period.from.iso(), in.period.to.iso()));
    summary.figures = {{"brought_forward", "Brought forward", brought, false, "open on the day before the period"},
                       {"new", "New complaints received", news, false, ""},
                       {"resolved_upheld", "Resolved: upheld", upheld, false, ""},
                       {"resolved_partially_upheld", "Resolved: partially upheld", partial, false, ""},
                       {"resolved_not_upheld", "Resolved: not upheld", not_upheld, false, ""},
                       {"resolved", "Resolved in total", upheld + partial + not_upheld, false, ""},
                       {"closed_without_outcome", "Closed without an outcome", unresolved, false,
                        "withdrawn, declined or passed on"},
                       {"carried_forward", "Carried forward", carried, false, "open at the end of the period"}};
    doc.sections.push_back(std::move(summary));

    const auto lists = lists_in(in.categories, in.period);
    std::vector<std::string> list_ids;
    for (const auto* l : lists) list_ids.push_back(l->id);
    Section breakdowns{"breakdowns", "New complaints by category", {}, {}, {}, {}};
    breakdowns.paragraphs.push_back(fmt::format(
        "Category list{} {}. Each complaint counts once under age band and status, and once per distinct value of its "
        "aspects under service area, subject area and profession.", lists.size() == 1 ? "" : "s",
        list_ids.empty() ? "(none in force)" : fmt::format("{}", fmt::join(list_ids, ", "))));
    for (Dimension d : all_dimensions) {
        const auto tallies = reg.tally(scope, Cohort::received, tally_key(d));
        breakdowns.tables.push_back(breakdown(d, tallies, lists));
        const std::int64_t sum = total(tallies) - count_of(tallies, "");
        const bool at_least = d == Dimension::subject || d == Dimension::service || d == Dimension::profession;
        missing_finding(doc, reg, scope, d, news, sum, at_least);
    }
    doc.sections.push_back(std::move(breakdowns));

    unknown_findings(doc, in, scope);
    if (auto amended = reg.refs_with_amended_receipt(scope); !amended.empty())
        doc.findings.push_back({"ko41.receipt-amended",
                                fmt::format("{} complaint{} had {} date of receipt amended after it was logged: check "
                                            "each change was a correction, not a way to gain days ('plaint show REF')",
                                            amended.size(), amended.size() == 1 ? "" : "s",
                                            amended.size() == 1 ? "its" : "their"),
                                std::move(amended)});
    if (brought + news - (upheld + partial + not_upheld) - unresolved != carried)
        doc.findings.push_back({"ko41.balance",
                                fmt::format("brought forward {} + new {} - resolved {} - closed without outcome {} is not "
                                            "the {} carried forward: a case finished before it was received?",
                                            brought, news, upheld + partial + not_upheld, unresolved, carried),
                                {}});
    return doc;
}

} // namespace plaint::report
