// The reports' queries: counts over the case projection, its aspects,
// clocks, lessons and actions, with every value bound. Column names come
// from fixed tables below, never from input.

#include "plaint/core/error.hpp"
#include "plaint/store/register_impl.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace plaint::store {

using namespace detail;

namespace {

using Scope = Register::ReportScope;
using Cohort = Register::Cohort;

constexpr const char* finished = "COALESCE(c.resolved_on, c.closed_on)";
constexpr const char* case_keys[] = {"kind", "procedure", "state", "provider", "owner", "outcome", "age_band",
                                     "complainant_status"};
constexpr const char* aspect_keys[] = {"subject", "service", "profession"};

bool is_one_of(const std::string& by, const auto& keys) {
    return std::find(std::begin(keys), std::end(keys), by) != std::end(keys);
}

// A WHERE clause and the values it binds, in order.
struct Where {
    std::string sql = "1 = 1";
    std::vector<std::string> values;

    void add(const std::string& condition, std::initializer_list<std::string> bound = {}) {
        sql += " AND " + condition;
        values.insert(values.end(), bound);
    }
    void any_of(const char* column, const std::vector<std::string>& allowed) {
        if (allowed.empty()) return;
        std::string marks;
        for (std::size_t i = 0; i < allowed.size(); ++i) marks += i ? ", ?" : "?";
        sql += fmt::format(" AND {} IN ({})", column, marks);
        values.insert(values.end(), allowed.begin(), allowed.end());
    }
    void bind(SQLite::Statement& q) const {
        for (std::size_t i = 0; i < values.size(); ++i) q.bind(static_cast<int>(i + 1), values[i]);
    }
};

// The column holding the date that puts a case in the cohort.
std::string cohort_date(Cohort cohort) {
    switch (cohort) {
    case Cohort::received: return "c.received";
    case Cohort::resolved: return "c.resolved_on";
    case Cohort::closed_unresolved: return "c.closed_on";
    case Cohort::open_at_start:
    case Cohort::open_at_end: return "c.received";
    case Cohort::ombudsman: return "c.ombudsman_on";
    }
    return "c.received";
}

Where scope_where(const Scope& s, Cohort cohort) {
    Where w;
    w.add("c.voided_on IS NULL"); // logged in error: in no report
    w.any_of("c.kind", s.kinds);
    w.any_of("c.procedure", s.procedures);
    if (s.provider) w.add("c.provider = ?", {*s.provider});
    const std::string from = s.from.iso(), to = s.to.iso();
    switch (cohort) {
    case Cohort::open_at_start:
        w.add(fmt::format("c.received < ? AND ({0} IS NULL OR {0} >= ?)", finished), {from, from});
        break;
    case Cohort::open_at_end:
        w.add(fmt::format("c.received <= ? AND ({0} IS NULL OR {0} > ?)", finished), {to, to});
        break;
    case Cohort::closed_unresolved:
        w.add("c.outcome IS NULL AND c.closed_on BETWEEN ? AND ?", {from, to});
        break;
    default:
        w.add(cohort_date(cohort) + " BETWEEN ? AND ?", {from, to});
    }
    return w;
}

void check_key(const std::string& by) {
    if (by.empty() || by == "month" || is_one_of(by, case_keys) || is_one_of(by, aspect_keys)) return;
    throw UsageError(fmt::format("cannot count cases by '{}'", by));
}

} // namespace

std::vector<Register::Tally> Register::tally(const ReportScope& scope, Cohort cohort, const std::string& by) const {
    check_key(by);
    Where w = scope_where(scope, cohort);
    std::string sql;
    if (by.empty()) sql = fmt::format("SELECT '', count(*) FROM cases c WHERE {}", w.sql);
    else if (by == "month")
        sql = fmt::format("SELECT substr({0}, 1, 7) AS k, count(*) FROM cases c WHERE {1} GROUP BY k ORDER BY k",
                          cohort_date(cohort), w.sql);
    else if (is_one_of(by, case_keys))
        sql = fmt::format("SELECT COALESCE(c.{0}, '') AS k, count(*) FROM cases c WHERE {1} GROUP BY k ORDER BY k", by, w.sql);
    else
        sql = fmt::format("SELECT COALESCE(a.{0}, '') AS k, count(DISTINCT c.ref) FROM cases c LEFT JOIN case_aspects a"
                          " ON a.case_ref = c.ref WHERE {1} GROUP BY k ORDER BY k", by, w.sql);
    std::vector<Tally> tallies;
    translate_sqlite("counting cases", [&] {
        SQLite::Statement q(impl_->db, sql);
        w.bind(q);
        while (q.executeStep()) tallies.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64()});
    });
    // A case with aspects both with and without a value counts under the
    // value only: "" means "no aspect says".
    if (is_one_of(by, aspect_keys) && !tallies.empty() && tallies.front().key.empty()) {
        const auto none = refs_where(scope, cohort, by, "");
        tallies.front().count = static_cast<std::int64_t>(none.size());
        if (none.empty()) tallies.erase(tallies.begin());
    }
    return tallies;
}

std::vector<std::string> Register::refs_where(const ReportScope& scope, Cohort cohort, const std::string& by,
                                              const std::string& key) const {
    check_key(by);
    Where w = scope_where(scope, cohort);
    if (by == "month") w.add(fmt::format("substr({}, 1, 7) = ?", cohort_date(cohort)), {key});
    else if (is_one_of(by, case_keys) && key.empty()) w.add(fmt::format("c.{} IS NULL", by));
    else if (is_one_of(by, case_keys)) w.add(fmt::format("c.{} = ?", by), {key});
    else if (is_one_of(by, aspect_keys) && key.empty())
        w.add(fmt::format("NOT EXISTS (SELECT 1 FROM case_aspects a WHERE a.case_ref = c.ref AND a.{} IS NOT NULL)", by));
    else if (is_one_of(by, aspect_keys))
        w.add(fmt::format("EXISTS (SELECT 1 FROM case_aspects a WHERE a.case_ref = c.ref AND a.{} = ?)", by), {key});
    std::vector<std::string> refs;
    translate_sqlite("finding cases", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT c.ref FROM cases c WHERE {} ORDER BY c.year, c.number", w.sql));
        w.bind(q);
        while (q.executeStep()) refs.push_back(q.getColumn(0).getString());
    });
    return refs;
}

void Register::for_each_stopped_clock(const ReportScope& scope, const std::function<void(const StoppedClock&)>& each) const {
    Where w;
    w.any_of("c.kind", scope.kinds);
    w.any_of("c.procedure", scope.procedures);
    if (scope.provider) w.add("c.provider = ?", {*scope.provider});
    w.add("k.stopped_on BETWEEN ? AND ? AND k.status IN ('met', 'breached') AND k.start IS NOT NULL AND k.due IS NOT NULL",
          {scope.from.iso(), scope.to.iso()});
    translate_sqlite("reading the clocks", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT c.ref, c.procedure, k.clock, k.status, c.owner, c.provider, k.start,"
                                                   " k.due, k.stopped_on, k.kind, k.by_next FROM clocks k JOIN cases c ON c.ref = k.case_ref"
                                                   " WHERE {} ORDER BY c.year, c.number, k.clock", w.sql));
        w.bind(q);
        auto date = [&](int i) { return parse_iso_date(q.getColumn(i).getString()).value_or(Date()); };
        auto text = [&](int i) { return q.getColumn(i).isNull() ? std::nullopt : std::optional(q.getColumn(i).getString()); };
        while (q.executeStep())
            each({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                  q.getColumn(3).getString(), text(9).value_or(""), q.getColumn(10).isNull() || q.getColumn(10).getInt() != 0,
                  text(4), text(5), date(6), date(7), date(8)});
    });
}

void Register::for_each_lesson(const ReportScope& scope, const std::function<void(const LessonRow&)>& each) const {
    Where w;
    w.any_of("c.kind", scope.kinds);
    w.any_of("c.procedure", scope.procedures);
    if (scope.provider) w.add("c.provider = ?", {*scope.provider});
    w.add("l.recorded_on BETWEEN ? AND ?", {scope.from.iso(), scope.to.iso()});
    translate_sqlite("reading the lessons", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT c.ref, c.provider, l.number, l.recorded_on, l.lesson FROM case_lessons l"
                                                   " JOIN cases c ON c.ref = l.case_ref WHERE {}"
                                                   " ORDER BY l.recorded_on, c.year, c.number, l.number", w.sql));
        w.bind(q);
        while (q.executeStep())
            each({q.getColumn(0).getString(),
                  q.getColumn(1).isNull() ? std::nullopt : std::optional(q.getColumn(1).getString()),
                  {q.getColumn(2).getInt(), parse_iso_date(q.getColumn(3).getString()).value_or(Date()),
                   q.getColumn(4).getString()}});
    });
}

void Register::for_each_action(const ReportScope& scope, const std::function<void(const ActionRow&)>& each) const {
    Where w;
    w.any_of("c.kind", scope.kinds);
    w.any_of("c.procedure", scope.procedures);
    if (scope.provider) w.add("c.provider = ?", {*scope.provider});
    const std::string from = scope.from.iso(), to = scope.to.iso();
    w.add("(x.added_on BETWEEN ? AND ? OR x.done_on BETWEEN ? AND ? OR (x.added_on <= ? AND (x.done_on IS NULL OR x.done_on > ?)))",
          {from, to, from, to, to, to});
    translate_sqlite("reading the actions", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT c.ref, c.provider, x.number, x.action, x.owner, x.due, x.added_on,"
                                                   " x.done_on FROM case_actions x JOIN cases c ON c.ref = x.case_ref"
                                                   " WHERE {} ORDER BY x.added_on, c.year, c.number, x.number", w.sql));
        w.bind(q);
        auto text = [&](int i) { return q.getColumn(i).isNull() ? std::nullopt : std::optional(q.getColumn(i).getString()); };
        auto date = [&](int i) { return q.getColumn(i).isNull() ? std::nullopt : parse_iso_date(q.getColumn(i).getString()); };
        while (q.executeStep())
            each({q.getColumn(0).getString(), text(1),
                  {q.getColumn(2).getInt(), q.getColumn(3).getString(), text(4), date(5),
                   date(6).value_or(Date()), date(7)}});
    });
}

std::vector<std::string> Register::refs_with_amended_receipt(const ReportScope& scope) const {
    // Received in the period by the date as it stands or as first recorded.
    Where either;
    either.any_of("c.kind", scope.kinds);
    either.any_of("c.procedure", scope.procedures);
    if (scope.provider) either.add("c.provider = ?", {*scope.provider});
    either.add("c.voided_on IS NULL AND c.received_as_logged IS NOT NULL");
    either.add("(c.received BETWEEN ? AND ? OR c.received_as_logged BETWEEN ? AND ?)",
               {scope.from.iso(), scope.to.iso(), scope.from.iso(), scope.to.iso()});
    std::vector<std::string> refs;
    translate_sqlite("finding amended dates of receipt", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT c.ref FROM cases c WHERE {} ORDER BY c.year, c.number", either.sql));
        either.bind(q);
        while (q.executeStep()) refs.push_back(q.getColumn(0).getString());
    });
    return refs;
}

} // namespace plaint::store
