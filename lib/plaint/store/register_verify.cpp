// Integrity: verifying the journal's hash chain and the projection, rebuilding
// the projection from the journal, and online backups.

#include "plaint/core/error.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <fcntl.h>
#include <map>
#include <optional>
#include <set>
#include <unistd.h>

namespace plaint::store {
namespace {

using namespace detail;
namespace fs = std::filesystem;

std::string describe(const reg::Event& e) { return fmt::format("event {} ({} {})", e.seq, e.case_ref, e.type); }

// The event in the current row, or nothing (and a problem reported) when it
// cannot be read: an impossible date written with sqlite3, say.
std::optional<reg::Event> read_intact_event(SQLite::Statement& q, VerifyReport& report) {
    try {
        return read_event(q);
    } catch (const StoreError& unreadable) {
        const std::int64_t seq = q.getColumn(0).getInt64();
        report.problems.push_back({seq, fmt::format("event {} has been altered: {}", seq, unreadable.what())});
        return std::nullopt;
    }
}

// The case in the current row, or nothing when it cannot be read; the
// journal says what it should be.
std::optional<reg::CaseRecord> read_stored_case(SQLite::Statement& q, DetailReader& details) {
    try {
        auto record = read_case(q);
        details.read(record);
        return record;
    } catch (const StoreError&) {
        return std::nullopt;
    }
}

// A case with a step recorded late is replayed in the order things happened
// (reg::project), as its projection was made.
void reproject_in_date_order(SQLite::Database& db, const std::set<std::string>& refs,
                             std::map<std::string, reg::CaseRecord>& replayed) {
    for (const auto& ref : refs) {
        std::vector<reg::Event> events;
        SQLite::Statement q(db, fmt::format("SELECT {} FROM events WHERE case_ref = ? ORDER BY seq", event_columns));
        q.bind(1, ref);
        while (q.executeStep()) events.push_back(read_event(q));
        replayed[ref] = reg::project(events);
    }
}

// Notes a case whose step is dated before one recorded earlier.
void note_order(const reg::Event& e, std::map<std::string, Date>& latest, std::set<std::string>& out_of_order) {
    auto [it, fresh] = latest.try_emplace(e.case_ref, e.effective_date);
    if (fresh) return;
    if (e.effective_date < it->second) out_of_order.insert(e.case_ref);
    else it->second = e.effective_date;
}

// The digests an event records for personal rows; a later event's digest
// for the same row (a rectification, a merge) replaces the earlier one.
void collect_digests(const reg::Event& e, Digests& digests) {
    if (auto it = e.details.find("parties"); it != e.details.end())
        for (const auto& p : *it) digests.parties[p.at("id").get<std::int64_t>()] = p.at("digest");
    if (auto it = e.details.find("personal"); it != e.details.end())
        for (const auto& r : *it)
            digests.rows[r.at("table").get<std::string>()][r.at("id").get<std::int64_t>()] = r.at("digest");
}

// Walks the journal in order; stops at the first break in the chain, since
// every later event would be reported too. Notes the cases with a step
// recorded late in `out_of_order`.
void walk_chain(SQLite::Database& db, VerifyReport& report, std::map<std::string, reg::CaseRecord>& replayed,
                Digests& digests, CalendarReplay& calendar,
                std::set<std::string>& out_of_order) {
    std::string prev = genesis_hash(register_salt(db));
    std::int64_t expected = 1;
    std::map<std::string, Date> latest; // per case, the latest effective date so far
    SQLite::Statement q(db, fmt::format("SELECT {} FROM events ORDER BY seq", event_columns));
    while (q.executeStep()) {
        const std::int64_t seq = q.getColumn(0).getInt64();
        ++report.events;
        if (seq != expected) {
            report.problems.push_back({expected, fmt::format("event {} is missing: the journal jumps from {} to {}",
                                                             expected, expected - 1, seq)});
            return;
        }
        const auto read = read_intact_event(q, report);
        if (!read) return;
        const reg::Event& e = *read;
        if (e.prev_hash != prev) {
            report.problems.push_back({e.seq, fmt::format("{} does not follow event {}: events were deleted, "
                                                          "inserted or reordered", describe(e), e.seq - 1)});
            return;
        }
        if (event_hash(e) != e.hash) {
            report.problems.push_back({e.seq, fmt::format("{} has been altered: its hash does not match its "
                                                          "contents", describe(e))});
            return;
        }
        if (e.case_ref.empty()) {
            replay_calendar_event(e, calendar); // register-level: not a case
        } else {
            reg::apply_event(replayed[e.case_ref], e);
            if (reg::is_step(e)) note_order(e, latest, out_of_order);
            if (e.type == reg::voided_event) out_of_order.insert(e.case_ref); // worked out without the step
        }
        collect_digests(e, digests);
        prev = e.hash;
        ++expected;
    }
    const Head head = journal_head(db);
    if (head.seq != expected - 1)
        report.problems.push_back({expected, fmt::format("the journal ends at event {} but the register recorded "
                                                         "event {} as its newest: events were deleted",
                                                         expected - 1, head.seq)});
    else if (head.hash != prev)
        report.problems.push_back({head.seq, fmt::format("event {} is not the event the register recorded as its "
                                                         "newest: events were deleted or replaced", head.seq)});
    report.head = prev;
}

// The journal's chain, and each case replayed as its projection was made.
void check_chain(SQLite::Database& db, VerifyReport& report, std::map<std::string, reg::CaseRecord>& replayed,
                 Digests& digests, CalendarReplay& calendar) {
    std::set<std::string> out_of_order;
    walk_chain(db, report, replayed, digests, calendar, out_of_order);
    reproject_in_date_order(db, out_of_order, replayed);
}

void check_projection(SQLite::Database& db, VerifyReport& report,
                      const std::map<std::string, reg::CaseRecord>& replayed) {
    SQLite::Statement q(db, fmt::format("SELECT {} FROM cases ORDER BY ref", case_columns));
    DetailReader details(db);
    std::size_t seen = 0;
    while (q.executeStep()) {
        const std::string ref = q.getColumn(0).getString();
        const auto stored = read_stored_case(q, details);
        ++report.cases;
        auto it = replayed.find(ref);
        if (it == replayed.end()) {
            report.problems.push_back({0, fmt::format("case {} has no events in the journal", ref)});
            continue;
        }
        ++seen;
        if (!stored || !(it->second == *stored))
            report.problems.push_back({stored ? stored->last_seq : 0,
                                       fmt::format("case {} differs from its journal (run 'plaint rebuild')", ref)});
    }
    if (seen != replayed.size())
        report.problems.push_back({0, fmt::format("{} case(s) in the journal are missing from the case table "
                                                  "(run 'plaint rebuild')", replayed.size() - seen)});
    for (const auto& ref : orphan_details(db))
        report.problems.push_back({0, fmt::format("aspects, lessons or actions of {} have no case (run 'plaint rebuild')", ref)});
}

void check_parties(SQLite::Database& db, VerifyReport& report, const std::map<std::int64_t, std::string>& digests) {
    const std::string salt = register_salt(db);
    SQLite::Statement q(db, "SELECT id, case_ref, role, name, contact FROM parties ORDER BY id");
    std::size_t seen = 0;
    while (q.executeStep()) {
        const reg::Party p{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                           q.getColumn(3).getString(), q.getColumn(4).getString()};
        auto it = digests.find(p.id);
        if (it == digests.end()) {
            report.problems.push_back({0, fmt::format("party {} of case {} was added outside plaint", p.id, p.case_ref)});
            continue;
        }
        ++seen;
        if (it->second != party_digest(salt, p))
            report.problems.push_back({0, fmt::format("party {} of case {} was changed outside plaint", p.id, p.case_ref)});
    }
    if (seen != digests.size())
        report.problems.push_back({0, fmt::format("{} party record(s) were deleted outside plaint", digests.size() - seen)});
}

// The rows of a personal table against the digests the journal recorded.
void check_rows(SQLite::Database& db, VerifyReport& report, const std::string& table, const char* what,
                const std::map<std::int64_t, std::string>& digests) {
    const std::string salt = register_salt(db);
    const std::size_t seen = for_each_personal_row(db, table, [&](std::int64_t id, const std::string& ref,
                                                                  const nlohmann::json& columns) {
        auto it = digests.find(id);
        if (it == digests.end()) {
            report.problems.push_back({0, fmt::format("{} {} of case {} was added outside plaint", what, id, ref)});
            return false;
        }
        if (it->second != row_digest(salt, table, columns))
            report.problems.push_back({0, fmt::format("{} {} of case {} was changed outside plaint", what, id, ref)});
        return true;
    });
    if (seen != digests.size())
        report.problems.push_back({0, fmt::format("{} {} record(s) were deleted outside plaint", digests.size() - seen, what)});
}

void check_personal_rows(SQLite::Database& db, VerifyReport& report, const Digests& digests) {
    static const std::map<std::string, const char*> tables = {
        {"notes", "note"}, {"correspondence", "correspondence"}, {"party_history", "earlier party details"}};
    const std::map<std::int64_t, std::string> none;
    for (const auto& [table, what] : tables) {
        auto it = digests.rows.find(table);
        check_rows(db, report, table, what, it == digests.rows.end() ? none : it->second);
    }
}

void check_sqlite_integrity(SQLite::Database& db, VerifyReport& report) {
    SQLite::Statement q(db, "PRAGMA integrity_check");
    while (q.executeStep()) {
        const std::string line = q.getColumn(0).getString();
        if (line != "ok") report.problems.push_back({0, "SQLite integrity check: " + line});
    }
    SQLite::Statement fk(db, "PRAGMA foreign_key_check");
    if (fk.executeStep()) report.problems.push_back({0, "SQLite foreign key check failed"});
}

} // namespace

VerifyReport Register::verify() const {
    VerifyReport report;
    translate_sqlite("verifying the register", [&] {
        // One read transaction: a consistent snapshot while others write.
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::DEFERRED);
        check_sqlite_integrity(impl_->db, report);
        std::map<std::string, reg::CaseRecord> replayed;
        Digests digests;
        CalendarReplay calendar;
        check_chain(impl_->db, report, replayed, digests, calendar);
        if (report.ok()) check_projection(impl_->db, report, replayed);
        if (report.ok()) check_parties(impl_->db, report, digests.parties);
        if (report.ok()) check_personal_rows(impl_->db, report, digests);
        if (report.ok()) {
            const auto it = digests.rows.find("attachments");
            check_attachments(impl_->db, it == digests.rows.end() ? std::map<std::int64_t, std::string>{} : it->second,
                              report);
        }
        if (report.ok()) check_calendar(impl_->db, calendar, report);
    });
    return report;
}

RebuildReport Register::rebuild() {
    RebuildReport result;
    translate_sqlite("rebuilding the cases from the journal", [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        VerifyReport chain;
        std::map<std::string, reg::CaseRecord> replayed;
        Digests digests;
        CalendarReplay calendar;
        check_chain(impl_->db, chain, replayed, digests, calendar);
        chain.problems.insert(chain.problems.end(), calendar.problems.begin(), calendar.problems.end());
        if (!chain.ok())
            throw StoreError("the journal is not intact, so the cases cannot be rebuilt from it: " +
                             chain.problems.front().message, "run 'plaint verify' for details");
        std::map<std::string, std::optional<reg::CaseRecord>> stored;
        SQLite::Statement q(impl_->db, fmt::format("SELECT {} FROM cases", case_columns));
        DetailReader details(impl_->db);
        while (q.executeStep()) stored.emplace(q.getColumn(0).getString(), read_stored_case(q, details));
        result.changed += static_cast<std::int64_t>(orphan_details(impl_->db).size());
        for (const auto& [ref, record] : replayed) {
            auto it = stored.find(ref);
            if (it == stored.end() || !it->second || !(*it->second == record)) ++result.changed;
        }
        for (const auto& [ref, record] : stored)
            if (!replayed.count(ref)) ++result.changed;
        without_search_triggers(impl_->db, [&] {
            impl_->db.exec("DELETE FROM cases");
            for (const char* table : {"case_aspects", "case_lessons", "case_actions", "case_links", "case_contributions"})
                impl_->db.exec(fmt::format("DELETE FROM {}", table));
            DetailWriter writer(impl_->db);
            for (const auto& [ref, record] : replayed) {
                save_case(impl_->db, record);
                writer.write(record, false);
            }
        });
        result.changed += restore_calendar(calendar);
        if (impl_->projector) {
            impl_->db.exec("DELETE FROM clocks");
            for (const auto& [ref, record] : replayed) impl_->project(record, events_of(ref));
            SQLite::Statement mark(impl_->db, "UPDATE register SET clocks_calendar = ? WHERE id = 1");
            mark.bind(1, impl_->calendar_fingerprint);
            mark.exec();
        }
        tx.commit();
        result.events = chain.events;
        result.cases = static_cast<std::int64_t>(replayed.size());
    });
    return result;
}

} // namespace plaint::store
