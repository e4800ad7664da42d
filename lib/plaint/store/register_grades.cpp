// Risk grades and contribution requests: the queries over their projection
// (cases.risk_*, case_contributions) behind the serious-concerns section of
// the reports and `plaint contribution list`. No personal data is read.

#include "plaint/core/error.hpp"
#include "plaint/store/register_impl.hpp"

#include <fmt/format.h>

namespace plaint::store {

using namespace detail;

namespace {

std::optional<std::string> optional_text(const SQLite::Column& c) {
    return c.isNull() ? std::nullopt : std::optional(c.getString());
}

Date date_of(const SQLite::Column& c) { return parse_iso_date(c.getString()).value_or(Date()); }

std::string marks(std::size_t n) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += i ? ", ?" : "?";
    return text;
}

} // namespace

void Register::for_each_graded_case(const ReportScope& scope, const std::vector<std::string>& levels,
                                    const std::function<void(const GradedCase&)>& each) const {
    std::string where = "c.risk_level IS NOT NULL AND c.voided_on IS NULL AND c.received BETWEEN ? AND ?";
    std::vector<std::string> values{scope.from.iso(), scope.to.iso()};
    auto any_of = [&](const char* column, const std::vector<std::string>& allowed) {
        if (allowed.empty()) return;
        where += fmt::format(" AND {} IN ({})", column, marks(allowed.size()));
        values.insert(values.end(), allowed.begin(), allowed.end());
    };
    any_of("c.kind", scope.kinds);
    any_of("c.procedure", scope.procedures);
    any_of("c.risk_level", levels);
    if (scope.provider) { where += " AND c.provider = ?"; values.push_back(*scope.provider); }
    translate_sqlite("reading the risk grades", [&] {
        SQLite::Statement q(impl_->db,
                            fmt::format("SELECT c.ref, c.state, c.provider, c.received, c.risk_consequence, c.risk_likelihood,"
                                        " c.risk_score, c.risk_level, c.risk_matrix, c.risk_graded_on FROM cases c"
                                        " WHERE {} ORDER BY c.year, c.number", where));
        for (std::size_t i = 0; i < values.size(); ++i) q.bind(static_cast<int>(i + 1), values[i]);
        while (q.executeStep())
            each({q.getColumn(0).getString(), q.getColumn(1).getString(), optional_text(q.getColumn(2)),
                  date_of(q.getColumn(3)),
                  {q.getColumn(4).getInt(), q.getColumn(5).getInt(), q.getColumn(6).getInt(), q.getColumn(7).getString(),
                   q.getColumn(8).getString(), date_of(q.getColumn(9))}});
    });
}

void Register::for_each_contribution(const std::string& ref, bool open_only,
                                     const std::function<void(const ContributionRow&)>& each) const {
    std::string where = "c.voided_on IS NULL";
    if (!ref.empty()) where += " AND k.case_ref = ?";
    if (open_only) where += " AND k.received_on IS NULL";
    translate_sqlite("reading the contribution requests", [&] {
        SQLite::Statement q(impl_->db,
                            fmt::format("SELECT k.case_ref, c.state, c.owner, c.provider, k.number, k.requested_of,"
                                        " k.requested_on, k.due, k.received_on FROM case_contributions k"
                                        " JOIN cases c ON c.ref = k.case_ref WHERE {}"
                                        " ORDER BY k.due, c.year, c.number, k.number", where));
        if (!ref.empty()) q.bind(1, ref);
        while (q.executeStep()) {
            const auto received = q.getColumn(8);
            each({q.getColumn(0).getString(), q.getColumn(1).getString(), optional_text(q.getColumn(2)),
                  optional_text(q.getColumn(3)),
                  {q.getColumn(4).getInt(), q.getColumn(5).getString(), date_of(q.getColumn(6)), date_of(q.getColumn(7)),
                   received.isNull() ? std::nullopt : std::optional(date_of(received))}});
        }
    });
}

} // namespace plaint::store
