// The manager views' queries: the open caseload with each case's running
// clocks, improvement actions across the register, and many steps in one
// transaction (bulk reassignment). Every value is bound.

#include "plaint/core/error.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Transaction.h>

#include <fmt/format.h>

#include <algorithm>

namespace plaint::store {

using namespace detail;

namespace {

std::optional<std::string> text_of(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getString();
}

std::optional<Date> date_of(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return parse_iso_date(c.getString());
}

constexpr const char* open_and_standing = "c.closed_on IS NULL AND c.voided_on IS NULL";

} // namespace

void Register::for_each_open_case(const std::optional<std::string>& owner,
                                  const std::function<void(const OpenCase&)>& each) const {
    translate_sqlite("reading the open caseload", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT c.ref, c.procedure, c.state, c.owner, k.clock, k.status, k.due,"
                                                   " k.warning, k.kind FROM cases c LEFT JOIN clocks k"
                                                   " ON k.case_ref = c.ref AND k.stopped_on IS NULL WHERE {}{}"
                                                   " ORDER BY c.owner IS NOT NULL, c.owner, c.year, c.number, k.clock",
                                                   open_and_standing, owner ? " AND c.owner = ?" : ""));
        if (owner) q.bind(1, *owner);
        std::optional<OpenCase> current;
        while (q.executeStep()) {
            const std::string ref = q.getColumn(0).getString();
            if (current && current->ref != ref) each(*std::exchange(current, std::nullopt));
            if (!current) current = OpenCase{ref, q.getColumn(1).getString(), q.getColumn(2).getString(), text_of(q.getColumn(3)), {}};
            if (q.getColumn(4).isNull()) continue;
            reg::ClockRow clock;
            clock.clock = q.getColumn(4).getString();
            clock.status = q.getColumn(5).getString();
            clock.due = date_of(q.getColumn(6));
            clock.warning = date_of(q.getColumn(7));
            clock.kind = text_of(q.getColumn(8)).value_or("");
            current->clocks.push_back(std::move(clock));
        }
        if (current) each(*current);
    });
}

std::vector<Register::Tally> Register::open_case_owners() const {
    std::vector<Tally> owners;
    translate_sqlite("reading the case owners", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT c.owner, COUNT(*) FROM cases c WHERE {} AND c.owner IS NOT NULL"
                                                   " GROUP BY c.owner ORDER BY c.owner", open_and_standing));
        while (q.executeStep()) owners.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64()});
    });
    return owners;
}

void Register::for_each_action(const ActionFilter& f, const std::function<void(const ActionRow&)>& each) const {
    std::string where = "c.voided_on IS NULL";
    std::vector<std::string> values;
    if (f.open_only) where += " AND x.done_on IS NULL";
    if (f.due_by) {
        where += " AND x.due <= ?";
        values.push_back(f.due_by->iso());
    }
    if (f.owner) {
        where += " AND x.owner = ?";
        values.push_back(*f.owner);
    }
    translate_sqlite("reading the actions", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT c.ref, c.provider, x.number, x.action, x.owner, x.due, x.added_on,"
                                                   " x.done_on FROM case_actions x JOIN cases c ON c.ref = x.case_ref"
                                                   " WHERE {} ORDER BY x.due IS NULL, x.due, c.year, c.number, x.number",
                                                   where));
        for (std::size_t i = 0; i < values.size(); ++i) q.bind(static_cast<int>(i + 1), values[i]);
        while (q.executeStep())
            each({q.getColumn(0).getString(), text_of(q.getColumn(1)),
                  {q.getColumn(2).getInt(), q.getColumn(3).getString(), text_of(q.getColumn(4)), date_of(q.getColumn(5)),
                   date_of(q.getColumn(6)).value_or(Date()), date_of(q.getColumn(7))}});
    });
}

// As append_step, for each step in turn, inside one transaction: a later
// step's check sees the earlier ones' writes.
std::vector<reg::Event> Register::append_steps(const std::vector<StepToAppend>& steps, const Stamp& stamp) {
    std::vector<reg::Event> written;
    translate_sqlite(fmt::format("recording {} steps", steps.size()), [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        recompute_if_stale();
        for (const auto& s : steps) written.push_back(append_in_transaction(s.ref, s.type, s.effective, s.check, stamp));
        tx.commit();
    });
    return written;
}

} // namespace plaint::store
