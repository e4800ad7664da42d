// Integrity: verifying the journal's hash chain and the projection, rebuilding
// the projection from the journal, and online backups.

#include "plaint/core/error.hpp"
#include "plaint/core/sha256.hpp"
#include "plaint/core/text.hpp"
#include "plaint/store/documents.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/pipeline.hpp"
#include "plaint/store/register_file.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <algorithm>
#include <future>
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

// The first failure of the chain in journal order is the one reported:
// every later event would fail too. On one event the checks go in this order.
enum class Check { text, date, content, link, hash, head };
struct ChainBreak {
    std::int64_t seq = 0;
    Check check = Check::text;
    std::string message;
    bool before(const ChainBreak& other) const {
        return seq != other.seq ? seq < other.seq : check < other.check;
    }
};
void keep_first(std::optional<ChainBreak>& first, std::optional<ChainBreak> found) {
    if (found && (!first || found->before(*first))) first = std::move(found);
}

// What an event shows of itself: its text, its date, its details against
// their hash. Sets its effective date.
std::optional<ChainBreak> check_content(const std::string& salt, StoredEvent& s) {
    reg::Event& e = s.event;
    for (const std::string* field : std::initializer_list<const std::string*>{&e.case_ref, &e.type, &e.recorded_at, &e.actor, &s.details})
        if (!text::is_utf8(*field))
            return ChainBreak{e.seq, Check::text, fmt::format("event {} has been altered: it holds text that is not valid UTF-8", e.seq)};
    const auto on = parse_iso_date(s.date);
    if (!on) return ChainBreak{e.seq, Check::date, fmt::format("event {} has been altered: its date is not a valid date", e.seq)};
    e.effective_date = *on;
    if (!s.erased && content_hash(salt, s.details) != e.content_hash)
        return ChainBreak{e.seq, Check::content, fmt::format("{} has been altered: its details do not match their hash", describe(e))};
    return std::nullopt;
}

std::optional<ChainBreak> check_hash(const reg::Event& e) {
    if (event_hash(e) == e.hash) return std::nullopt;
    return ChainBreak{e.seq, Check::hash, fmt::format("{} has been altered: its hash does not match its contents", describe(e))};
}

// What pass 1 found.
struct ChainWalk {
    std::optional<ChainBreak> broken;
    std::int64_t calendar_seq = 0; // the newest register-level event that changed the calendar
    std::int64_t case_events = 0;  // events of cases, which pass 2 checks when `links_only`
};

// Pass 1, in journal order with constant memory: the events numbered without
// gaps, each following the hash of the one before, the head against the
// register row. Register-level events are checked whole (their content
// against its hash, their hash against their fields) and replay the
// calendar; so are the events of cases, unless `links_only` (verify, whose
// pass 2 checks them case by case on threads of its own). Stops at the first
// break.
ChainWalk walk_chain(SQLite::Database& db, VerifyReport& report, CalendarReplay& calendar, bool links_only) {
    const Genesis genesis = register_genesis(db);
    std::string prev = genesis_hash(genesis);
    std::int64_t expected = 1;
    ChainWalk walk;
    SQLite::Statement q(db, fmt::format("SELECT {} FROM events ORDER BY seq", event_columns));
    const auto fail = [&](std::int64_t seq, Check check, std::string message) {
        walk.broken = ChainBreak{seq, check, std::move(message)};
        return walk;
    };
    while (q.executeStep()) {
        const std::int64_t seq = q.getColumn(0).getInt64();
        ++report.events;
        if (seq != expected)
            return fail(expected, Check::text,
                        fmt::format("event {} is missing: the journal jumps from {} to {}", expected, expected - 1, seq));
        const bool of_case = q.getColumn(1).getBytes() > 0; // case_ref > '', as pass 2 selects
        if (!of_case || !links_only) {
            StoredEvent s = read_stored_event(q);
            if (auto broken = check_content(genesis.salt, s)) {
                walk.broken = std::move(broken);
                return walk;
            }
            if (s.event.prev_hash != prev) return fail(seq, Check::link, "");
            if (auto broken = check_hash(s.event)) {
                walk.broken = std::move(broken);
                return walk;
            }
            if (s.event.case_ref.empty() && !s.erased) {
                parse_details(s);
                replay_calendar_event(s.event, calendar); // register-level: not a case
                walk.calendar_seq = seq;
            }
            prev = std::move(s.event.hash);
        } else {
            ++walk.case_events;
            const SQLite::Column prev_hash = q.getColumn(7);
            if (std::string_view(prev_hash.getText(), static_cast<std::size_t>(prev_hash.getBytes())) != prev)
                return fail(seq, Check::link, "");
            prev = q.getColumn(8).getString();
        }
        ++expected;
    }
    const Head head = journal_head(db);
    if (head.seq != expected - 1)
        return fail(expected, Check::head, fmt::format("the journal ends at event {} but the register recorded event {} "
                                                       "as its newest: events were deleted", expected - 1, head.seq));
    if (head.hash != prev)
        return fail(head.seq, Check::head, fmt::format("event {} is not the event the register recorded as its newest: "
                                                       "events were deleted or replaced", head.seq));
    report.head = prev;
    return walk;
}

// The message for an event that does not follow the one before (pass 1
// knows only its number when the event is of a case).
std::string link_message(SQLite::Database& db, std::int64_t seq) {
    if (seq == 1)
        return "event 1 does not follow the register's genesis: the register row (organisation, reference prefix, "
               "default procedure, creation time or salt) was changed behind plaint's back";
    SQLite::Statement q(db, "SELECT case_ref, type FROM events WHERE seq = ?");
    q.bind(1, static_cast<int64_t>(seq));
    reg::Event e;
    e.seq = seq;
    if (q.executeStep()) {
        e.case_ref = q.getColumn(0).getString();
        e.type = q.getColumn(1).getString();
    }
    return fmt::format("{} does not follow event {}: events were deleted, inserted or reordered", describe(e), seq - 1);
}

void report_break(SQLite::Database& db, VerifyReport& report, ChainBreak broken) {
    if (broken.check == Check::link) broken.message = link_message(db, broken.seq);
    report.problems.push_back({broken.seq, std::move(broken.message)});
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

// A finding of pass 2: a projection row, which rebuild can make again from
// the journal, or a personal row, which the journal holds only a digest of.
struct Finding {
    std::int64_t seq = 0;
    std::string message;
    bool personal = false;
};

struct PersonalRow {
    std::int64_t id = 0;
    nlohmann::json columns;
};

const char* const personal_tables[] = {"notes", "correspondence", "party_history"};

const char* what(const std::string& table) {
    if (table == "notes") return "note";
    if (table == "correspondence") return "correspondence";
    return "earlier party details";
}

// Everything stored about one case, read together.
struct CaseFile {
    std::vector<Finding> before; // rows of cases without events, met before this one
    std::vector<StoredEvent> events;
    bool has_row = false;
    std::optional<reg::CaseRecord> stored; // empty when missing or unreadable
    std::vector<reg::Party> parties;
    std::vector<std::vector<PersonalRow>> personal; // as personal_tables
    std::vector<reg::ClockRow> clocks;
};

// Pass 2's reading stage, the only one that touches the connection: one
// case at a time in reference order, its events in journal order, with the
// projection's tables read alongside by cursors in the same order (a merge,
// not a map of every case).
class CaseReader {
public:
    explicit CaseReader(SQLite::Database& db)
        : events_(db, fmt::format("SELECT {} FROM events WHERE case_ref > '' ORDER BY case_ref, seq", event_columns)),
          cases_(db, fmt::format("SELECT {} FROM cases ORDER BY ref", case_columns)),
          parties_(db, "SELECT case_ref, id, role, name, contact FROM parties ORDER BY case_ref, id"),
          clocks_(db, fmt::format("SELECT {} FROM clocks ORDER BY case_ref, clock", clock_columns)), details_(db) {
        for (const char* table : personal_tables) personal_.emplace_back(db, table);
        more_events_ = events_.executeStep();
    }

    // The next case; false after the last.
    bool next(CaseFile& file) {
        if (!more_events_) return false;
        file.events.push_back(read_stored_event(events_));
        const std::string ref = file.events.front().event.case_ref;
        while ((more_events_ = events_.executeStep())) {
            const SQLite::Column next_ref = events_.getColumn(1);
            if (std::string_view(next_ref.getText(), static_cast<std::size_t>(next_ref.getBytes())) != ref) break;
            file.events.push_back(read_stored_event(events_));
        }
        orphans_before(ref, file.before);
        if ((file.has_row = cases_.at(ref))) {
            try {
                file.stored = read_case(cases_.row());
                details_.read(*file.stored);
            } catch (const StoreError&) {
                file.stored.reset();
            }
            cases_.step();
        }
        for (; parties_.at(ref); parties_.step()) {
            auto& q = parties_.row();
            file.parties.push_back({q.getColumn(1).getInt64(), ref, q.getColumn(2).getString(),
                                    q.getColumn(3).getString(), q.getColumn(4).getString()});
        }
        file.personal.resize(personal_.size());
        for (std::size_t i = 0; i < personal_.size(); ++i)
            for (auto& rows = personal_[i]; rows.more() && rows.ref() == ref; rows.step())
                file.personal[i].push_back({rows.id(), rows.columns()});
        for (; clocks_.at(ref); clocks_.step()) file.clocks.push_back(read_clock(clocks_.row()));
        return true;
    }

    // The rows of cases after the last case with events.
    std::vector<Finding> trailing() {
        std::vector<Finding> found;
        orphans_before("", found);
        return found;
    }

private:
    // Rows of cases that have no events at all, before `ref` (the end when empty).
    void orphans_before(const std::string& ref, std::vector<Finding>& found) {
        for (; cases_.before(ref); cases_.step())
            found.push_back({0, fmt::format("case {} has no events in the journal", cases_.ref()), false});
        for (; parties_.before(ref); parties_.step())
            found.push_back({0, fmt::format("party {} of case {} was added outside plaint",
                                            parties_.row().getColumn(1).getInt64(), parties_.ref()), true});
        for (auto& rows : personal_)
            for (; rows.more() && (ref.empty() || rows.ref() < ref); rows.step())
                found.push_back({0, fmt::format("{} {} of case {} was added outside plaint", what(rows.table()), rows.id(),
                                                rows.ref().empty() ? "(none)" : rows.ref()), true});
        for (; clocks_.before(ref); clocks_.step())
            found.push_back({0, fmt::format("the clocks of case {} have no case in the journal", clocks_.ref()), false});
    }

    SQLite::Statement events_;
    bool more_events_ = false;
    ByCase cases_, parties_, clocks_;
    std::vector<PersonalRows> personal_;
    DetailCursor details_;
};

// What pass 2 found of one case.
struct CaseChecked {
    std::vector<Finding> findings;
    std::optional<ChainBreak> broken; // its first event that fails the chain
    std::vector<std::pair<std::int64_t, std::string>> attachments; // digests its journal records
    std::int64_t events = 0;
};

// Pass 2's checking stage, on threads of their own: a case's events each
// against its content hash and its hash, and every case row, detail row,
// party, personal row and clock against the case's journal.
class CaseChecker {
public:
    CaseChecker(std::string salt, const ClockProjector& projector, bool check_clocks, std::int64_t calendar_seq)
        : salt_(std::move(salt)), projector_(projector), check_clocks_(check_clocks), calendar_seq_(calendar_seq) {}

    CaseChecked check(CaseFile& file) const {
        CaseChecked out;
        out.findings = std::move(file.before);
        out.events = static_cast<std::int64_t>(file.events.size());
        for (auto& s : file.events) {
            out.broken = check_content(salt_, s);
            if (!out.broken) out.broken = check_hash(s.event);
            if (out.broken) return out; // the journal is broken: nothing else counts
        }
        std::vector<reg::Event> events;
        events.reserve(file.events.size());
        for (auto& s : file.events) {
            parse_details(s);
            events.push_back(std::move(s.event));
        }
        const std::string& ref = events.front().case_ref;
        Digests digests;
        bool merged_away = false;
        const reg::CaseRecord replayed = replay(events, &digests, &merged_away);
        if (!file.has_row)
            out.findings.push_back({0, fmt::format("case {} is in the journal but missing from the case table", ref), false});
        else if (!file.stored || !(*file.stored == replayed))
            out.findings.push_back({file.stored ? file.stored->last_seq : 0, fmt::format("case {} differs from its journal", ref), false});
        check_parties(ref, file.parties, digests.parties, merged_away, out);
        for (std::size_t i = 0; i < file.personal.size(); ++i) {
            const auto it = digests.rows.find(personal_tables[i]);
            check_rows(ref, personal_tables[i], file.personal[i], it == digests.rows.end() ? none_ : it->second,
                       merged_away, out);
        }
        if (auto it = digests.rows.find("attachments"); it != digests.rows.end())
            for (const auto& [id, digest] : it->second) out.attachments.emplace_back(id, digest);
        check_clocks(ref, replayed, events, file.clocks, out);
        return out;
    }

private:
    static void personal_problem(CaseChecked& out, std::string message) { out.findings.push_back({0, std::move(message), true}); }

    void check_parties(const std::string& ref, const std::vector<reg::Party>& parties,
                       const std::map<std::int64_t, std::string>& digests, bool merged_away, CaseChecked& out) const {
        std::size_t seen = 0;
        for (const auto& p : parties) {
            auto it = digests.find(p.id);
            if (it == digests.end()) {
                personal_problem(out, fmt::format("party {} of case {} was added outside plaint", p.id, ref));
                continue;
            }
            ++seen;
            if (it->second != party_digest(salt_, p))
                personal_problem(out, fmt::format("party {} of case {} was changed outside plaint", p.id, ref));
        }
        if (seen != digests.size() && !merged_away)
            personal_problem(out, fmt::format("{} party record(s) of case {} were deleted outside plaint", digests.size() - seen, ref));
    }

    void check_rows(const std::string& ref, const std::string& table, const std::vector<PersonalRow>& rows,
                    const std::map<std::int64_t, std::string>& digests, bool merged_away, CaseChecked& out) const {
        std::size_t seen = 0;
        for (const auto& row : rows) {
            auto it = digests.find(row.id);
            if (it == digests.end()) {
                personal_problem(out, fmt::format("{} {} of case {} was added outside plaint", what(table), row.id, ref));
                continue;
            }
            ++seen;
            if (it->second != row_digest(salt_, table, row.columns))
                personal_problem(out, fmt::format("{} {} of case {} was changed outside plaint", what(table), row.id, ref));
        }
        // A rectification's earlier details stay under the party's case; a
        // merge moves every row to the case that stands.
        if (seen != digests.size() && !merged_away)
            personal_problem(out, fmt::format("{} {} record(s) of case {} were deleted outside plaint", digests.size() - seen,
                                              what(table), ref));
    }

    // Open cases' clocks follow every calendar change; a closed case's were
    // computed under the calendar of its last write, so they are checked
    // only when the calendar has not changed since.
    void check_clocks(const std::string& ref, const reg::CaseRecord& replayed, const std::vector<reg::Event>& events,
                      const std::vector<reg::ClockRow>& stored, CaseChecked& out) const {
        if (!check_clocks_ || !projector_) return;
        if (!replayed.is_open() && replayed.last_seq < calendar_seq_) return;
        std::vector<reg::ClockRow> journal;
        try {
            journal = journal_clocks(projector_, replayed, events);
        } catch (const Error& cannot) {
            out.findings.push_back({replayed.last_seq, fmt::format("the clocks of case {} cannot be worked out: {}", ref, cannot.what()), false});
            return;
        }
        if (stored != journal)
            out.findings.push_back({replayed.last_seq, fmt::format("the clocks of case {} differ from its journal: {}", ref,
                                                                   clock_difference(stored, journal)), false});
    }

    std::string salt_;
    const ClockProjector& projector_;
    bool check_clocks_;
    std::int64_t calendar_seq_;
    const std::map<std::int64_t, std::string> none_;
};

// What pass 2 found of every case, in reference order.
struct CasesChecked {
    std::vector<Finding> findings;
    std::optional<ChainBreak> broken;
    std::map<std::int64_t, std::string> attachments;
    std::int64_t events = 0;
};

// Pass 2: read on one thread, checked on two (in turn, batch by batch, and
// taken back in the same turn), collected here. While it runs only the
// reading thread touches the connection.
CasesChecked check_cases(SQLite::Database& db, const CaseChecker& checker) {
    constexpr std::size_t checking_threads = 2, cases_per_batch = 64;
    CasesChecked all;
    std::vector<Finding> trailing;
    Lanes<CaseFile> read(checking_threads);
    Lanes<CaseChecked> checked(checking_threads);
    // Declared in this order, so that they are stopped from the end back.
    StageThread reading([&] { read.stop(); }, [&] {
        Batch<CaseFile> batch;
        try {
            CaseReader reader(db);
            CaseFile file;
            while (!read.stopped() && reader.next(file)) {
                batch.items.push_back(std::exchange(file, {}));
                if (batch.items.size() == cases_per_batch && !read.put(std::exchange(batch, {}))) return;
            }
            trailing = reader.trailing();
        } catch (...) {
            batch.error = std::current_exception();
        }
        if ((!batch.items.empty() || batch.error) && !read.put(std::move(batch))) return;
        read.finish();
    });
    std::vector<std::unique_ptr<StageThread>> checking;
    for (std::size_t i = 0; i < checking_threads; ++i)
        checking.push_back(std::make_unique<StageThread>(
            [&read, &checked, i] {
                checked.lane(i).stop();
                read.lane(i).stop();
            },
            [&read, &checked, &checker, i] {
                transform_batches(read.lane(i), checked.lane(i), [&checker](CaseFile& f) { return checker.check(f); });
            }));
    while (auto batch = checked.take()) {
        for (auto& c : batch->items) {
            keep_first(all.broken, std::move(c.broken));
            all.events += c.events;
            for (auto& f : c.findings) all.findings.push_back(std::move(f));
            for (auto& [id, digest] : c.attachments) all.attachments[id] = std::move(digest);
        }
        if (batch->error) std::rethrow_exception(batch->error);
        checked.used(std::move(*batch));
    }
    for (auto& f : trailing) all.findings.push_back(std::move(f));
    return all;
}

// The register's procedure definitions held in memory while pass 2's
// threads work out clocks (Register::definitions_in_memory).
class DefinitionsInMemory {
public:
    DefinitionsInMemory(SQLite::Database& db, std::optional<std::map<std::string, std::string>>& slot) : slot_(slot) {
        std::map<std::string, std::string> texts;
        SQLite::Statement q(db, "SELECT hash, text FROM procedure_definitions");
        while (q.executeStep()) texts.emplace(q.getColumn(0).getString(), q.getColumn(1).getString());
        slot_ = std::move(texts);
    }
    ~DefinitionsInMemory() { slot_.reset(); }
    DefinitionsInMemory(const DefinitionsInMemory&) = delete;
    DefinitionsInMemory& operator=(const DefinitionsInMemory&) = delete;

private:
    std::optional<std::map<std::string, std::string>>& slot_;
};

void check_detail_orphans(SQLite::Database& db, VerifyReport& report) {
    for (const auto& ref : orphan_details(db))
        report.problems.push_back({0, fmt::format("aspects, lessons, actions, links or contributions of {} have no case", ref)});
}

// SQLite's own checks of the file (every page, record and index), on a
// connection of their own so that they run beside the journal's passes.
std::vector<std::string> sqlite_integrity(SQLite::Database& db) {
    std::vector<std::string> problems;
    SQLite::Statement q(db, "PRAGMA integrity_check");
    while (q.executeStep()) {
        const std::string line = q.getColumn(0).getString();
        if (line != "ok") problems.push_back("SQLite integrity check: " + line);
    }
    SQLite::Statement fk(db, "PRAGMA foreign_key_check");
    if (fk.executeStep()) problems.push_back("SQLite foreign key check failed");
    return problems;
}

} // namespace

VerifyReport Register::verify() const {
    VerifyReport report;
    translate_sqlite("verifying the register", [&] {
        auto& db = impl_->db;
        // SQLite's checks of the file first: a damaged file fails them, and
        // whatever the passes made of it is not reported.
        const char* main_file = sqlite3_db_filename(db.getHandle(), "main");
        const std::string file = main_file ? main_file : "";
        auto integrity = std::async(file.empty() ? std::launch::deferred : std::launch::async, [&db, file] {
            std::vector<std::string> problems;
            translate_sqlite("checking the register file", [&] {
                if (file.empty()) { // in memory: after the passes, on their connection
                    problems = sqlite_integrity(db);
                    return;
                }
                SQLite::Database own(read_only_uri(file), open_flags(SQLite::OPEN_READONLY | SQLite::OPEN_URI));
                reader_closes_quietly(own);
                own.setBusyTimeout(busy_timeout_ms);
                problems = sqlite_integrity(own);
            });
            return problems;
        });
        const auto damaged = [&] {
            auto problems = integrity.get();
            if (problems.empty()) return false;
            report = {};
            for (auto& p : problems) report.problems.push_back({0, std::move(p)});
            return true;
        };
        // One read transaction: a consistent snapshot while others write.
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::DEFERRED);
        CalendarReplay calendar;
        ChainWalk chain;
        CasesChecked cases;
        const bool clocks_current = impl_->projector && !clocks_stale();
        try {
            chain = walk_chain(db, report, calendar, true);
            const DefinitionsInMemory definitions(db, impl_->definitions);
            const CaseChecker checker(register_salt(db), impl_->projector, clocks_current, chain.calendar_seq);
            cases = check_cases(db, checker);
        } catch (...) {
            if (damaged()) return; // what SQLite says of the file, not what it could not read
            throw;
        }
        if (damaged()) return;
        // Pass 2 checked the events of cases: the first break of either pass.
        keep_first(chain.broken, std::move(cases.broken));
        if (!chain.broken && cases.events != chain.case_events)
            chain.broken = ChainBreak{0, Check::head, fmt::format("the index of events by case lists {} events of cases "
                                                                  "but the journal holds {}", cases.events, chain.case_events)};
        if (chain.broken) {
            // The events read up to the first that breaks the chain, as one
            // walk in journal order would have stopped there.
            if (chain.broken->seq > 0) report.events = std::min(report.events, chain.broken->seq);
            report.head.clear(); // no head can be vouched for
            report_break(db, report, std::move(*chain.broken));
        }
        // The seals even when the chain is broken: they say what was sealed.
        check_seals(db, impl_->seal_trust, report);
        if (!report.ok()) {
            report.advice.push_back(
                "the journal is broken, so the cases cannot be rebuilt from it: restore the register from a backup "
                "made before the first event named, and compare it with your latest seal or an outside record");
            return;
        }
        check_definitions(db, report);
        if (!report.ok())
            report.advice.push_back("a procedure definition decides every date of the cases that follow it and "
                                    "cannot be rebuilt from the journal: restore the register from a backup");
        bool projection_differs = false, personal_rows_differ = false;
        for (auto& f : cases.findings) {
            (f.personal ? personal_rows_differ : projection_differs) = true;
            report.problems.push_back({f.seq, std::move(f.message)});
        }
        report.cases = static_cast<std::int64_t>(db.execAndGet("SELECT COUNT(*) FROM cases").getInt64());
        check_detail_orphans(db, report);
        check_attachments(db, impl_->documents_of.value_or(impl_->path), cases.attachments, report);
        const std::size_t before_calendar = report.problems.size();
        check_calendar(db, calendar, report);
        const bool calendar_differs = report.problems.size() != before_calendar;
        if (!impl_->projector)
            report.notes.push_back("the clocks were not checked (no procedure definitions to work them out with)");
        else if (!clocks_current && report.cases > 0)
            report.notes.push_back("the clocks were not checked: they were worked out under another calendar, and "
                                   "the next command that writes works them out again");
        if (personal_rows_differ)
            report.advice.push_back("personal rows (parties, notes, correspondence, attachments) are covered by "
                                    "digests in the journal, not kept in it, so 'plaint rebuild' cannot restore "
                                    "them: restore the register from a backup");
        if (projection_differs || calendar_differs) report.advice.push_back(rewrite_advice);
    });
    return report;
}

RebuildReport Register::rebuild() {
    RebuildReport result;
    translate_sqlite("rebuilding the cases from the journal", [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        VerifyReport chain;
        CalendarReplay calendar;
        if (auto broken = walk_chain(impl_->db, chain, calendar, false).broken)
            report_break(impl_->db, chain, std::move(*broken));
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
