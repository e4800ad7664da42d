// Integrity: verifying the journal's hash chain and the projection, rebuilding
// the projection from the journal, and online backups.

#include "plaint/core/error.hpp"
#include "plaint/core/sha256.hpp"
#include "plaint/core/text.hpp"
#include "plaint/store/documents.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <algorithm>
#include <fcntl.h>
#include <map>
#include <optional>
#include <set>
#include <unistd.h>

namespace plaint::store {
namespace {

using namespace detail;
namespace fs = std::filesystem;

std::string describe(const reg::Event& e) {
    return e.case_ref.empty() ? fmt::format("event {} ({})", e.seq, e.type)
                              : fmt::format("event {} ({} {})", e.seq, e.case_ref, e.type);
}

const char* const rewrite_advice =
    "the journal itself may have been rewritten (an edit followed by every later hash recomputed passes the "
    "chain walk): compare the journal head with your latest seal ('plaint verify --seals FILE') or an outside "
    "record such as a manager's digest; 'plaint rebuild' would make the cases agree with the journal as it "
    "now is, so do not run it until the journal is known to be genuine";

// Pass 1, in journal order with constant memory: each event's content
// against its content hash, each hash against its fields and the one before,
// the head against the register row. Stops at the first break (every later
// event would be reported too). Register-level events replay the calendar.
// Returns the seq of the newest register-level event that changed the calendar.
std::int64_t walk_chain(SQLite::Database& db, VerifyReport& report, CalendarReplay& calendar) {
    const Genesis genesis = register_genesis(db);
    std::string prev = genesis_hash(genesis);
    std::int64_t expected = 1, calendar_seq = 0;
    SQLite::Statement q(db, fmt::format("SELECT {} FROM events ORDER BY seq", event_columns));
    reg::Event e;
    const auto fail = [&](std::int64_t seq, std::string message) {
        report.problems.push_back({seq, std::move(message)});
    };
    while (q.executeStep()) {
        e.seq = q.getColumn(0).getInt64();
        ++report.events;
        if (e.seq != expected) {
            fail(expected, fmt::format("event {} is missing: the journal jumps from {} to {}", expected, expected - 1, e.seq));
            return calendar_seq;
        }
        e.case_ref = q.getColumn(1).getString();
        e.type = q.getColumn(2).getString();
        const std::string date = q.getColumn(3).getString();
        e.recorded_at = q.getColumn(4).getString();
        e.actor = q.getColumn(5).getString();
        const bool erased = q.getColumn(6).isNull();
        const std::string details = erased ? std::string() : q.getColumn(6).getString();
        e.prev_hash = q.getColumn(7).getString();
        e.hash = q.getColumn(8).getString();
        e.content_hash = q.getColumn(9).getString();
        for (const std::string* field : std::initializer_list<const std::string*>{&e.case_ref, &e.type, &e.recorded_at, &e.actor, &details})
            if (!text::is_utf8(*field)) {
                fail(e.seq, fmt::format("event {} has been altered: it holds text that is not valid UTF-8", e.seq));
                return calendar_seq;
            }
        const auto on = parse_iso_date(date);
        if (!on) {
            fail(e.seq, fmt::format("event {} has been altered: its date is not a valid date", e.seq));
            return calendar_seq;
        }
        e.effective_date = *on;
        if (!erased && content_hash(genesis.salt, details) != e.content_hash) {
            fail(e.seq, fmt::format("{} has been altered: its details do not match their hash", describe(e)));
            return calendar_seq;
        }
        if (e.prev_hash != prev) {
            fail(e.seq, e.seq == 1
                            ? std::string("event 1 does not follow the register's genesis: the register row "
                                          "(organisation, reference prefix, default procedure, creation time or "
                                          "salt) was changed behind plaint's back")
                            : fmt::format("{} does not follow event {}: events were deleted, inserted or reordered",
                                          describe(e), e.seq - 1));
            return calendar_seq;
        }
        if (event_hash(e) != e.hash) {
            fail(e.seq, fmt::format("{} has been altered: its hash does not match its contents", describe(e)));
            return calendar_seq;
        }
        if (e.case_ref.empty() && !erased) {
            e.details = nlohmann::json::parse(details, nullptr, false);
            if (e.details.is_discarded()) e.details = nlohmann::json{{"unreadable", details}};
            replay_calendar_event(e, calendar); // register-level: not a case
            calendar_seq = e.seq;
        }
        prev = e.hash;
        ++expected;
    }
    const Head head = journal_head(db);
    if (head.seq != expected - 1)
        fail(expected, fmt::format("the journal ends at event {} but the register recorded event {} as its newest: "
                                   "events were deleted", expected - 1, head.seq));
    else if (head.hash != prev)
        fail(head.seq, fmt::format("event {} is not the event the register recorded as its newest: events were "
                                   "deleted or replaced", head.seq));
    report.head = prev;
    return calendar_seq;
}

// The procedure definitions that decide every date: each text against its
// SHA-256, and every case's pinned definition present.
void check_definitions(SQLite::Database& db, VerifyReport& report) {
    SQLite::Statement q(db, "SELECT hash, id, text FROM procedure_definitions ORDER BY hash");
    while (q.executeStep())
        if (sha256_hex(q.getColumn(2).getString()) != q.getColumn(0).getString())
            report.problems.push_back({0, fmt::format("the stored definition of procedure {} ({}) was changed "
                                                      "behind plaint's back: its text does not match its SHA-256",
                                                      q.getColumn(1).getString(),
                                                      q.getColumn(0).getString().substr(0, 12))});
    SQLite::Statement pinned(db, "SELECT procedure_hash, COUNT(*) FROM cases WHERE procedure_hash IS NOT NULL AND"
                                 " procedure_hash NOT IN (SELECT hash FROM procedure_definitions)"
                                 " GROUP BY procedure_hash ORDER BY procedure_hash");
    while (pinned.executeStep())
        report.problems.push_back({0, fmt::format("{} case(s) follow procedure definition {}, which the register "
                                                  "no longer holds", pinned.getColumn(1).getInt64(),
                                                  pinned.getColumn(0).getString().substr(0, 12))});
}

std::string date_text(const std::optional<Date>& d) { return d ? d->iso() : "none"; }

// How two lists of a case's clocks differ, in a few words.
std::string clock_difference(const std::vector<reg::ClockRow>& stored, const std::vector<reg::ClockRow>& journal) {
    for (const auto& j : journal) {
        auto s = std::find_if(stored.begin(), stored.end(), [&](const reg::ClockRow& k) { return k.clock == j.clock; });
        if (s == stored.end()) return fmt::format("clock {} is missing", j.clock);
        if (s->due != j.due)
            return fmt::format("clock {} is due {}, the journal says {}", j.clock, date_text(s->due), date_text(j.due));
        if (s->status != j.status)
            return fmt::format("clock {} is {}, the journal says {}", j.clock, s->status, j.status);
        if (!(*s == j)) return fmt::format("clock {} differs", j.clock);
    }
    for (const auto& s : stored)
        if (std::none_of(journal.begin(), journal.end(), [&](const reg::ClockRow& k) { return k.clock == s.clock; }))
            return fmt::format("clock {} is not in the journal", s.clock);
    return "the clocks differ";
}

// A cursor over rows ordered by case reference (column 0).
class ByCase {
public:
    ByCase(SQLite::Database& db, const std::string& sql) : q_(db, sql) { step(); }
    bool at(const std::string& ref) const { return more_ && ref_ == ref; }
    // True while the cursor is on a row of a case before `ref` (or of any
    // case, when `ref` is empty: the end).
    bool before(const std::string& ref) const { return more_ && (ref.empty() || ref_ < ref); }
    const std::string& ref() const { return ref_; }
    SQLite::Statement& row() { return q_; }
    void step() {
        more_ = q_.executeStep();
        if (more_) ref_ = q_.getColumn(0).getString();
    }

private:
    SQLite::Statement q_;
    bool more_ = false;
    std::string ref_;
};

// The rows a case's journal records digests for (parties by id, the other
// personal tables by table, then id); a later event's digest replaces an
// earlier one (a rectification, a merge).
void collect_digests(const reg::Event& e, Digests& digests) {
    if (!e.details.is_object()) return;
    if (auto it = e.details.find("parties"); it != e.details.end())
        for (const auto& p : *it) digests.parties[p.at("id").get<std::int64_t>()] = p.at("digest");
    if (auto it = e.details.find("personal"); it != e.details.end())
        for (const auto& r : *it)
            digests.rows[r.at("table").get<std::string>()][r.at("id").get<std::int64_t>()] = r.at("digest");
}

// A case as its journal makes it, as its projection was made: in journal
// order, or, for a case with a step recorded late or voided, in the order
// things happened (reg::project). Collects the digests its events record and
// whether it was merged into another case.
reg::CaseRecord replay(const std::vector<reg::Event>& events, Digests* digests, bool* merged_away) {
    reg::CaseRecord replayed;
    bool reorder = false;
    std::optional<Date> latest;
    for (const auto& e : events) {
        if (e.details.is_null()) continue; // erased
        reg::apply_event(replayed, e);
        if (digests) collect_digests(e, *digests);
        if (reg::is_step(e)) {
            if (latest && e.effective_date < *latest) reorder = true;
            else latest = e.effective_date;
        }
        if (e.type == reg::voided_event) {
            reorder = true; // worked out without the step
            if (merged_away && e.details.contains("merged_into")) *merged_away = true;
        }
    }
    return reorder ? reg::project(events) : replayed;
}

// Calls `each` with each case's events, in reference order.
void for_each_case_journal(SQLite::Database& db, const std::function<void(std::vector<reg::Event>&)>& each) {
    SQLite::Statement q(db, fmt::format("SELECT {} FROM events WHERE case_ref > '' ORDER BY case_ref, seq", event_columns));
    std::vector<reg::Event> events;
    while (q.executeStep()) {
        reg::Event e = read_event(q);
        if (!events.empty() && events.back().case_ref != e.case_ref) {
            each(events);
            events.clear();
        }
        events.push_back(std::move(e));
    }
    if (!events.empty()) each(events);
}

// The clocks a case's journal gives it (what Register::Impl::project stores).
std::vector<reg::ClockRow> journal_clocks(const ClockProjector& projector, const reg::CaseRecord& record,
                                          const std::vector<reg::Event>& events) {
    std::vector<reg::ClockRow> clocks;
    if (!record.is_voided())
        clocks = projector(record, reg::has_corrections(events) ? reg::corrected(events) : events);
    std::sort(clocks.begin(), clocks.end(), [](const auto& a, const auto& b) { return a.clock < b.clock; });
    return clocks;
}

// Pass 2, one case at a time in reference order, with the projection's
// tables read alongside in the same order: memory for one case, not the
// register. Every case row, detail row, party, personal row and clock
// against the case's journal.
class CaseWalk {
public:
    CaseWalk(SQLite::Database& db, VerifyReport& report, const ClockProjector& projector, bool check_clocks,
             std::int64_t calendar_seq)
        : db_(db), report_(report), projector_(projector), check_clocks_(check_clocks), calendar_seq_(calendar_seq),
          salt_(register_salt(db)), cases_(db, fmt::format("SELECT {} FROM cases ORDER BY ref", case_columns)),
          parties_(db, "SELECT case_ref, id, role, name, contact FROM parties ORDER BY case_ref, id"),
          clocks_(db, fmt::format("SELECT {} FROM clocks ORDER BY case_ref, clock", clock_columns)), details_(db) {
        for (const char* table : {"notes", "correspondence", "party_history"}) personal_.emplace_back(db, table);
    }

    void run() {
        for_each_case_journal(db_, [&](std::vector<reg::Event>& events) { check_case(events); });
        orphans_before("");
    }

    const std::map<std::int64_t, std::string>& attachment_digests() const { return attachments_; }
    bool projection_differs() const { return differs_; }
    bool personal_rows_differ() const { return personal_changed_; }

private:
    // A projection row (a case, its details, its clocks) that rebuild can
    // make again from the journal.
    void problem(std::int64_t seq, std::string message) {
        report_.problems.push_back({seq, std::move(message)});
        differs_ = true;
    }
    // A personal row, which the journal holds only a digest of.
    void personal_problem(std::string message) {
        report_.problems.push_back({0, std::move(message)});
        personal_changed_ = true;
    }

    // Rows of cases that have no events at all.
    void orphans_before(const std::string& ref) {
        for (; cases_.before(ref); cases_.step())
            problem(0, fmt::format("case {} has no events in the journal", cases_.ref()));
        for (; parties_.before(ref); parties_.step())
            personal_problem(fmt::format("party {} of case {} was added outside plaint", parties_.row().getColumn(1).getInt64(),
                                   parties_.ref()));
        for (auto& rows : personal_)
            for (; rows.more() && (ref.empty() || rows.ref() < ref); rows.step())
                personal_problem(fmt::format("{} {} of case {} was added outside plaint", what(rows.table()), rows.id(),
                                       rows.ref().empty() ? "(none)" : rows.ref()));
        for (; clocks_.before(ref); clocks_.step())
            problem(0, fmt::format("the clocks of case {} have no case in the journal", clocks_.ref()));
    }

    static const char* what(const std::string& table) {
        if (table == "notes") return "note";
        if (table == "correspondence") return "correspondence";
        return "earlier party details";
    }

    void check_case(const std::vector<reg::Event>& events) {
        const std::string ref = events.front().case_ref;
        orphans_before(ref);
        Digests digests;
        bool merged_away = false;
        const reg::CaseRecord replayed = replay(events, &digests, &merged_away);
        check_case_row(ref, replayed);
        check_parties(ref, digests.parties, merged_away);
        for (auto& rows : personal_) {
            const auto it = digests.rows.find(rows.table());
            check_rows(ref, rows, it == digests.rows.end() ? none_ : it->second, merged_away);
        }
        if (auto it = digests.rows.find("attachments"); it != digests.rows.end())
            for (const auto& [id, digest] : it->second) attachments_[id] = digest;
        check_clocks(ref, replayed, events);
    }

    void check_case_row(const std::string& ref, const reg::CaseRecord& replayed) {
        if (!cases_.at(ref)) {
            problem(0, fmt::format("case {} is in the journal but missing from the case table", ref));
            return;
        }
        std::optional<reg::CaseRecord> stored;
        try {
            stored = read_case(cases_.row());
            details_.read(*stored);
        } catch (const StoreError&) {
            stored.reset();
        }
        if (!stored || !(*stored == replayed))
            problem(stored ? stored->last_seq : 0, fmt::format("case {} differs from its journal", ref));
        cases_.step();
    }

    void check_parties(const std::string& ref, const std::map<std::int64_t, std::string>& digests, bool merged_away) {
        std::size_t seen = 0;
        for (; parties_.at(ref); parties_.step()) {
            auto& q = parties_.row();
            const reg::Party p{q.getColumn(1).getInt64(), ref, q.getColumn(2).getString(), q.getColumn(3).getString(),
                               q.getColumn(4).getString()};
            auto it = digests.find(p.id);
            if (it == digests.end()) {
                personal_problem(fmt::format("party {} of case {} was added outside plaint", p.id, ref));
                continue;
            }
            ++seen;
            if (it->second != party_digest(salt_, p))
                personal_problem(fmt::format("party {} of case {} was changed outside plaint", p.id, ref));
        }
        if (seen != digests.size() && !merged_away)
            personal_problem(fmt::format("{} party record(s) of case {} were deleted outside plaint", digests.size() - seen, ref));
    }

    void check_rows(const std::string& ref, PersonalRows& rows, const std::map<std::int64_t, std::string>& digests,
                    bool merged_away) {
        std::size_t seen = 0;
        for (; rows.more() && rows.ref() == ref; rows.step()) {
            auto it = digests.find(rows.id());
            if (it == digests.end()) {
                personal_problem(fmt::format("{} {} of case {} was added outside plaint", what(rows.table()), rows.id(), ref));
                continue;
            }
            ++seen;
            if (it->second != row_digest(salt_, rows.table(), rows.columns()))
                personal_problem(fmt::format("{} {} of case {} was changed outside plaint", what(rows.table()), rows.id(), ref));
        }
        // A rectification's earlier details stay under the party's case; a
        // merge moves every row to the case that stands.
        if (seen != digests.size() && !merged_away)
            personal_problem(fmt::format("{} {} record(s) of case {} were deleted outside plaint", digests.size() - seen,
                                   what(rows.table()), ref));
    }

    // Open cases' clocks follow every calendar change; a closed case's were
    // computed under the calendar of its last write, so they are checked
    // only when the calendar has not changed since.
    void check_clocks(const std::string& ref, const reg::CaseRecord& replayed, const std::vector<reg::Event>& events) {
        std::vector<reg::ClockRow> stored;
        for (; clocks_.at(ref); clocks_.step()) stored.push_back(read_clock(clocks_.row()));
        if (!check_clocks_ || !projector_) return;
        if (!replayed.is_open() && replayed.last_seq < calendar_seq_) return;
        std::vector<reg::ClockRow> journal;
        try {
            journal = journal_clocks(projector_, replayed, events);
        } catch (const Error& cannot) {
            problem(replayed.last_seq, fmt::format("the clocks of case {} cannot be worked out: {}", ref, cannot.what()));
            return;
        }
        if (stored != journal)
            problem(replayed.last_seq, fmt::format("the clocks of case {} differ from its journal: {}", ref,
                                                   clock_difference(stored, journal)));
    }

    SQLite::Database& db_;
    VerifyReport& report_;
    const ClockProjector& projector_;
    bool check_clocks_;
    std::int64_t calendar_seq_;
    std::string salt_;
    ByCase cases_, parties_, clocks_;
    std::vector<PersonalRows> personal_;
    DetailReader details_;
    std::map<std::int64_t, std::string> attachments_;
    const std::map<std::int64_t, std::string> none_;
    bool differs_ = false;
    bool personal_changed_ = false;
};

void check_detail_orphans(SQLite::Database& db, VerifyReport& report) {
    for (const auto& ref : orphan_details(db))
        report.problems.push_back({0, fmt::format("aspects, lessons, actions, links or contributions of {} have no case", ref)});
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
        if (!report.ok()) return;
        CalendarReplay calendar;
        const std::int64_t calendar_seq = walk_chain(impl_->db, report, calendar);
        // The seals even when the chain is broken: they say what was sealed.
        check_seals(impl_->db, impl_->seal_trust, report);
        if (!report.ok()) {
            report.advice.push_back(
                "the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup "
                "made before the first event named, and compare it with your latest seal or an outside record");
            return;
        }
        check_definitions(impl_->db, report);
        if (!report.ok())
            report.advice.push_back("a procedure definition decides every date of the cases that follow it and "
                                    "cannot be rebuilt from the journal: restore the register from a backup");
        const bool clocks_current = impl_->projector && !clocks_stale();
        CaseWalk cases(impl_->db, report, impl_->projector, clocks_current, calendar_seq);
        cases.run();
        report.cases = static_cast<std::int64_t>(impl_->db.execAndGet("SELECT COUNT(*) FROM cases").getInt64());
        check_detail_orphans(impl_->db, report);
        check_attachments(impl_->db, impl_->path, cases.attachment_digests(), report);
        const std::size_t before_calendar = report.problems.size();
        check_calendar(impl_->db, calendar, report);
        const bool calendar_differs = report.problems.size() != before_calendar;
        if (!impl_->projector)
            report.notes.push_back("the clocks were not checked (no procedure definitions to work them out with)");
        else if (!clocks_current && report.cases > 0)
            report.notes.push_back("the clocks were not checked: they were worked out under another calendar, and "
                                   "the next command that writes works them out again");
        if (cases.personal_rows_differ())
            report.advice.push_back("personal rows (parties, notes, correspondence, attachments) are covered by "
                                    "digests in the journal, not kept in it, so 'plaint rebuild' cannot restore "
                                    "them: restore the register from a backup");
        if (cases.projection_differs() || calendar_differs) report.advice.push_back(rewrite_advice);
    });
    return report;
}

RebuildReport Register::rebuild() {
    RebuildReport result;
    translate_sqlite("rebuilding the cases from the journal", [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        VerifyReport chain;
        CalendarReplay calendar;
        walk_chain(impl_->db, chain, calendar);
        chain.problems.insert(chain.problems.end(), calendar.problems.begin(), calendar.problems.end());
        if (!chain.ok())
            throw StoreError("the journal is not intact, so the cases cannot be rebuilt from it: " +
                             chain.problems.front().message, "run 'plaint verify' for details");
        result.events = chain.events;
        // The calendar first: the clocks are worked out with it.
        const auto calendar_changes = restore_calendar(calendar);
        rebuild_cases(result);
        if (calendar_changes)
            result.repaired.push_back(fmt::format("the register's calendar ({} day(s) or the division)", calendar_changes));
        result.changed += calendar_changes;
        tx.commit();
    });
    return result;
}

// The cases, their details and clocks made again from the journal, one case
// at a time; each row that differed is named (the first few) and counted.
void Register::rebuild_cases(RebuildReport& result) {
    auto& db = impl_->db;
    constexpr std::size_t named = 20;
    std::size_t unnamed = 0;
    const auto repaired = [&](std::string what) {
        ++result.changed;
        if (result.repaired.size() < named) result.repaired.push_back(std::move(what));
        else ++unnamed;
    };
    for (const auto& ref : orphan_details(db)) repaired(fmt::format("aspects, lessons, actions, links or "
                                                                    "contributions of {}, which has no case", ref));
    without_search_triggers(db, [&] {
        ByCase stored_cases(db, fmt::format("SELECT {} FROM cases ORDER BY ref", case_columns));
        ByCase stored_clocks(db, fmt::format("SELECT {} FROM clocks ORDER BY case_ref, clock", clock_columns));
        DetailReader details(db);
        DetailWriter writer(db);
        std::vector<std::string> without_events;
        for_each_case_journal(db, [&](std::vector<reg::Event>& events) {
            const std::string& ref = events.front().case_ref;
            ++result.cases;
            for (; stored_cases.before(ref); stored_cases.step()) without_events.push_back(stored_cases.ref());
            for (; stored_clocks.before(ref); stored_clocks.step()) {}
            const reg::CaseRecord record = replay(events, nullptr, nullptr);
            std::optional<reg::CaseRecord> stored;
            const bool present = stored_cases.at(ref);
            if (present) {
                try {
                    stored = read_case(stored_cases.row());
                    details.read(*stored);
                } catch (const StoreError&) {
                    stored.reset();
                }
                stored_cases.step();
            }
            if (!stored || !(*stored == record)) {
                repaired(stored ? fmt::format("case {}", ref)
                                : fmt::format("case {} ({})", ref, present ? "unreadable" : "missing"));
                save_case(db, record);
                writer.write(record, true);
            }
            std::vector<reg::ClockRow> clocks;
            for (; stored_clocks.at(ref); stored_clocks.step()) clocks.push_back(read_clock(stored_clocks.row()));
            if (!impl_->projector) return;
            const auto journal = journal_clocks(impl_->projector, record, events);
            if (clocks != journal) {
                repaired(fmt::format("the clocks of {}", ref));
                save_clocks(db, ref, journal);
            }
        });
        for (; stored_cases.before(""); stored_cases.step()) without_events.push_back(stored_cases.ref());
        for (const auto& ref : without_events) {
            repaired(fmt::format("case {}, which has no events in the journal (removed)", ref));
            for (const char* sql : {"DELETE FROM cases WHERE ref = ?", "DELETE FROM clocks WHERE case_ref = ?"}) {
                SQLite::Statement remove(db, sql);
                remove.bind(1, ref);
                remove.exec();
            }
        }
        db.exec("DELETE FROM clocks WHERE case_ref NOT IN (SELECT ref FROM cases)");
        for (const char* table : {"case_aspects", "case_lessons", "case_actions", "case_links", "case_contributions"})
            db.exec(fmt::format("DELETE FROM {} WHERE case_ref NOT IN (SELECT ref FROM cases)", table));
    });
    if (unnamed) result.repaired.push_back(fmt::format("and {} more", unnamed));
    if (impl_->projector) {
        SQLite::Statement mark(db, "UPDATE register SET clocks_calendar = ? WHERE id = 1");
        mark.bind(1, impl_->calendar_fingerprint);
        mark.exec();
    }
}

} // namespace plaint::store
