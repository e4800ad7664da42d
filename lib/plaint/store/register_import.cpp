// Bulk loading: many cases with their histories, for demonstration registers
// and imports. A worker thread prepares each case (its reference, parties,
// events with the hash chain, the projection's rows) while the calling thread
// writes the prepared cases with SQLite, so that on two cores plaint's work
// and SQLite's overlap. Only the calling thread touches the connection.

#include "plaint/core/error.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace plaint::store {

using namespace detail;

namespace {

// The numbers already used per reference year.
std::map<int, int> highest_numbers(SQLite::Database& db) {
    std::map<int, int> numbers;
    SQLite::Statement q(db, "SELECT year, MAX(number) FROM cases GROUP BY year");
    while (q.executeStep()) numbers[q.getColumn(0).getInt()] = q.getColumn(1).getInt();
    return numbers;
}

// A case ready to write: everything but the SQL.
struct Prepared {
    std::optional<reg::NewCase> definition; // the case, when its procedure's definition is new here
    std::vector<reg::Party> parties;        // with their ids
    std::vector<reg::Event> events;         // chained: seq, prev_hash and hash set
    std::vector<std::string> details;       // events[i].details.dump()
    std::vector<std::string> dates;         // events[i].effective_date.iso()
    reg::CaseRecord record;
    std::vector<reg::ClockRow> clocks;
};

// What the register holds so far, as the preparing thread sees it.
struct Start {
    RegisterInfo info;
    std::string salt;
    std::map<int, int> numbers;
    std::int64_t party_id = 0;
    Head head;
};

class Preparer {
public:
    Preparer(Start start, const ClockProjector& projector, const Stamp& stamp)
        : s_(std::move(start)), projector_(projector), stamp_(stamp) {}

    Prepared prepare(ImportedCase imported) {
        auto& c = imported.new_case;
        reg::validate(c);
        Prepared out;
        if (c.procedure.empty()) c.procedure = s_.info.default_procedure;
        const int year = c.received.year();
        const int number = ++s_.numbers[year];
        const std::string ref = case_reference(s_.info.reference_prefix, year, number);
        nlohmann::json parties = nlohmann::json::array();
        for (auto& p : c.parties) {
            p.case_ref = ref;
            p.id = ++s_.party_id;
            parties.push_back(party_entry(s_.salt, p));
        }
        nlohmann::json details = logged_details(c, year, number, parties);
        out.events.reserve(1 + imported.steps.size());
        out.events.push_back({0, ref, "logged", c.received, stamp_.now, stamp_.actor, std::move(details), {}, {}});
        for (auto& step : imported.steps)
            out.events.push_back({0, ref, step.type, step.on, stamp_.now, stamp_.actor, std::move(step.details), {}, {}});
        for (auto& e : out.events) {
            e.seq = ++s_.head.seq;
            e.prev_hash = s_.head.hash;
            out.details.push_back(e.details.dump());
            e.hash = event_hash(e, out.details.back());
            s_.head.hash = e.hash;
            out.dates.push_back(e.effective_date.iso());
            reg::apply_event(out.record, e);
        }
        if (projector_) out.clocks = projector_(out.record, out.events);
        out.parties = std::move(c.parties);
        if (!c.definition_hash.empty() && !c.definition_text.empty() && stored_.insert(c.definition_hash).second)
            out.definition = std::move(c);
        return out;
    }

private:
    Start s_;
    std::set<std::string> stored_; // definitions stored by this import
    const ClockProjector& projector_;
    const Stamp& stamp_;
};

// Chunks of prepared cases on their way from the preparing thread to the
// writing one; at most `capacity` wait, so memory stays bounded.
class Handover {
public:
    using Chunk = std::vector<Prepared>;

    // False when the writer has stopped and the chunk will never be taken.
    // Chunks already written are freed here, on the thread that made them
    // (cheaper for malloc, and off the writer's path).
    bool put(Chunk chunk) {
        std::vector<Chunk> freed;
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return queue_.size() < capacity || stopped_; });
        if (stopped_) return false;
        queue_.push_back(std::move(chunk));
        freed.swap(written_);
        changed_.notify_all();
        lock.unlock();
        return true;
    }
    void written(Chunk chunk) {
        std::lock_guard lock(mutex_);
        written_.push_back(std::move(chunk));
    }
    // The next chunk; nullopt once the preparer has finished (or failed).
    std::optional<Chunk> take() {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !queue_.empty() || finished_; });
        if (queue_.empty()) return std::nullopt;
        Chunk chunk = std::move(queue_.front());
        queue_.pop_front();
        changed_.notify_all();
        return chunk;
    }
    void finish(std::exception_ptr error) {
        std::lock_guard lock(mutex_);
        finished_ = true;
        error_ = std::move(error);
        changed_.notify_all();
    }
    void stop() {
        std::lock_guard lock(mutex_);
        stopped_ = true;
        changed_.notify_all();
    }
    bool stopped() {
        std::lock_guard lock(mutex_);
        return stopped_;
    }
    std::exception_ptr error() {
        std::lock_guard lock(mutex_);
        return error_;
    }

private:
    static constexpr std::size_t capacity = 8;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Chunk> queue_;
    std::vector<Chunk> written_;
    bool finished_ = false, stopped_ = false;
    std::exception_ptr error_;
};

// The preparing thread: stopped and joined however the writer leaves.
class PreparingThread {
public:
    PreparingThread(Handover& handover, Preparer& preparer, const std::function<bool(ImportedCase&)>& next)
        : handover_(handover), thread_([&handover, &preparer, &next] {
              constexpr std::size_t chunk_size = 256;
              Handover::Chunk chunk;
              std::exception_ptr error;
              try {
                  ImportedCase imported;
                  while (!handover.stopped() && next(imported)) {
                      chunk.push_back(preparer.prepare(std::exchange(imported, {})));
                      if (chunk.size() == chunk_size && !handover.put(std::exchange(chunk, {}))) return;
                  }
              } catch (...) {
                  error = std::current_exception();
              }
              // The cases before a failure are written too, so that every
              // batch before the failing case is committed, as when writing
              // case by case.
              try {
                  if (!chunk.empty() && !handover.put(std::move(chunk))) return;
              } catch (...) {
                  if (!error) error = std::current_exception();
              }
              handover.finish(error);
          }) {}
    ~PreparingThread() {
        handover_.stop();
        thread_.join();
    }
    PreparingThread(const PreparingThread&) = delete;
    PreparingThread& operator=(const PreparingThread&) = delete;

private:
    Handover& handover_;
    std::thread thread_;
};

// The statements of an import, prepared once. Texts are bound without a
// copy: each stays alive in its Prepared until the row is written.
class Writer {
public:
    explicit Writer(SQLite::Database& db, const Stamp& stamp)
        : db_(db), stamp_(stamp),
          insert_event_(db, event_insert_sql()),
          insert_party_(db, "INSERT INTO parties (id, case_ref, role, name, contact) VALUES (?, ?, ?, ?, ?)"),
          details_(db) {}

    void write(const Prepared& c, bool with_clocks) {
        if (c.definition) store_definition(db_, *c.definition, stamp_.now);
        for (const auto& p : c.parties) {
            Binder(insert_party_).number(1, p.id).text(2, p.case_ref).text(3, p.role).text(4, p.name).text(5, p.contact);
            run(insert_party_);
        }
        for (std::size_t i = 0; i < c.events.size(); ++i) {
            bind_event(insert_event_, c.events[i], c.details[i], c.dates[i]);
            run(insert_event_);
        }
        save_case(db_, c.record);
        details_.write(c.record, false);
        if (with_clocks) insert_clocks(db_, c.record.ref, c.clocks); // a new case has none to replace
    }

private:
    static void run(SQLite::Statement& s) {
        s.exec();
        s.reset();
    }

    SQLite::Database& db_;
    const Stamp& stamp_;
    SQLite::Statement insert_event_, insert_party_;
    DetailWriter details_;
};

} // namespace

void Register::import_cases(const std::function<bool(ImportedCase&)>& next, const Stamp& stamp,
                            std::size_t per_transaction) {
    translate_sqlite("importing cases", [&] {
        auto& db = impl_->db;
        auto tx = std::make_unique<SQLite::Transaction>(db, SQLite::TransactionBehavior::IMMEDIATE);
        Start start{info(), register_salt(db), highest_numbers(db),
                    db.execAndGet("SELECT COALESCE(MAX(id), 0) FROM parties").getInt64(), journal_head(db)};
        Head head = start.head;
        Preparer preparer(std::move(start), impl_->projector, stamp);
        Writer writer(db, stamp);
        SQLite::Statement move(db, "UPDATE register SET journal_head_seq = ?, journal_head_hash = ?,"
                                   " clocks_calendar = ? WHERE id = 1");
        const auto commit = [&] {
            move.bind(1, static_cast<int64_t>(head.seq));
            move.bind(2, head.hash);
            move.bind(3, impl_->calendar_fingerprint);
            move.exec();
            move.reset();
            tx->commit();
        };
        Handover handover;
        PreparingThread preparing(handover, preparer, next);
        std::size_t in_transaction = 0;
        while (auto chunk = handover.take()) {
            for (const auto& c : *chunk) {
                if (in_transaction == per_transaction) {
                    commit();
                    tx = std::make_unique<SQLite::Transaction>(db, SQLite::TransactionBehavior::IMMEDIATE);
                    // The cases are numbered and chained ahead of the writes:
                    // nobody else may have written in between.
                    if (journal_head(db).seq != head.seq)
                        throw StoreError("another process wrote to the register during an import",
                                         "the cases imported so far are kept; import the rest when nothing else writes");
                    in_transaction = 0;
                }
                writer.write(c, static_cast<bool>(impl_->projector));
                head = {c.events.back().seq, c.events.back().hash};
                ++in_transaction;
            }
            handover.written(std::move(*chunk));
        }
        if (auto error = handover.error()) std::rethrow_exception(error);
        commit();
    });
}

void Register::load_without_indexes(const std::function<void()>& load) {
    auto& db = impl_->db;
    std::vector<std::pair<std::string, std::string>> indexes; // name, CREATE INDEX statement
    translate_sqlite("setting up a bulk load", [&] {
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        // UNIQUE indexes stay: they enforce rules (a reminder sent once).
        SQLite::Statement q(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                " AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name");
        while (q.executeStep()) indexes.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
        for (const auto& [name, sql] : indexes) db.exec(fmt::format("DROP INDEX \"{}\"", name));
        tx.commit();
    });
    const auto rebuild = [&] {
        translate_sqlite("building the register's indexes", [&] {
            SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
            for (const auto& [name, sql] : indexes) db.exec(sql);
            tx.commit();
        });
    };
    try {
        load();
    } catch (...) {
        try {
            rebuild();
        } catch (...) {
            // The load's error is the one to report; the register is left
            // without those indexes (for a demonstration: make it again).
        }
        throw;
    }
    rebuild();
}

void Register::import_cases(std::vector<ImportedCase> cases, const Stamp& stamp) {
    std::size_t i = 0;
    import_cases([&](ImportedCase& c) { return i < cases.size() && (c = std::move(cases[i++]), true); }, stamp,
                 cases.size() + 1);
}

} // namespace plaint::store
