// Bulk loading: many cases with their histories, for demonstration registers
// and imports, in five stages on threads of their own that overlap on two cores:
//   - one reads (or makes) the cases and settles what must follow their
//     order: references, party ids, event numbers;
//   - two prepare them, batch by batch in turn: the logged event's details,
//     each event's text, the projection's rows and clocks;
//   - one takes them back in order and chains their hashes;
//   - the calling thread writes, with SQLite; only it touches the connection.
// Batches keep their order from end to end, so the register is the same as
// one written case by case.

#include "plaint/core/error.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/logging.hpp"
#include "plaint/store/pipeline.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
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

// A case with what its place in the import decides: its reference, its
// parties' ids (set in the case) and its first event's number.
struct Numbered {
    ImportedCase imported;
    int year = 0, number = 0;
    std::string ref;
    std::int64_t first_seq = 0;
    bool new_definition = false; // the first case of this import with its procedure's definition
};

// A case ready to write: everything but the hash chain and the SQL.
struct Prepared {
    std::optional<reg::NewCase> definition; // the case, when its procedure's definition is new here
    std::vector<reg::Party> parties;        // with their ids
    std::vector<reg::Event> events;         // seq set; prev_hash and hash set by the chaining thread
    std::vector<std::string> details;       // canonical_json(events[i].details)
    std::vector<std::string> dates;         // events[i].effective_date.iso()
    std::vector<std::string> hashed;        // chain_text(events[i]), content hash set
    reg::CaseRecord record;
    std::vector<reg::ClockRow> clocks;
};

// What the register holds so far.
struct Start {
    RegisterInfo info;
    std::string salt;
    std::map<int, int> numbers;
    std::int64_t party_id = 0;
    Head head;
};

// Numbers cases in order (one thread).
class Numberer {
public:
    explicit Numberer(const Start& start)
        : info_(start.info), numbers_(start.info.reference_prefix, start.numbers), party_id_(start.party_id),
          seq_(start.head.seq) {}

    Numbered number(ImportedCase imported) {
        auto& c = imported.new_case;
        reg::validate(c);
        if (c.procedure.empty()) c.procedure = info_.default_procedure;
        Numbered n;
        // A case brought in with its history takes its reference in the year
        // it was received.
        auto assigned = numbers_.next(c.received.year());
        n.year = assigned.year;
        n.number = assigned.number;
        n.ref = std::move(assigned.ref);
        for (auto& p : c.parties) {
            p.case_ref = n.ref;
            p.id = ++party_id_;
        }
        n.first_seq = seq_ + 1;
        seq_ += 1 + static_cast<std::int64_t>(imported.steps.size());
        n.new_definition =
            !c.definition_hash.empty() && !c.definition_text.empty() && stored_.insert(c.definition_hash).second;
        n.imported = std::move(imported);
        return n;
    }

private:
    const RegisterInfo& info_;
    ReferenceNumbers numbers_;
    std::int64_t party_id_;
    std::int64_t seq_;
    std::set<std::string> stored_; // definitions stored by this import
};

// Prepares numbered cases; used by several threads at once.
class Preparer {
public:
    Preparer(const Start& start, const ClockProjector& projector, const Stamp& stamp)
        : start_(start), projector_(projector), stamp_(stamp) {}

    Prepared prepare(Numbered n) const {
        auto& c = n.imported.new_case;
        Prepared out;
        nlohmann::json parties = nlohmann::json::array();
        for (const auto& p : c.parties) parties.push_back(party_entry(start_.salt, p));
        nlohmann::json details = logged_details(c, n.year, n.number, parties);
        const std::size_t count = 1 + n.imported.steps.size();
        out.events.reserve(count);
        out.details.reserve(count);
        out.dates.reserve(count);
        out.hashed.reserve(count);
        out.events.push_back({0, n.ref, "logged", c.received, stamp_.now, stamp_.actor, std::move(details), {}, {}, {}});
        for (auto& step : n.imported.steps)
            out.events.push_back({0, n.ref, step.type, step.on, stamp_.now, stamp_.actor, std::move(step.details), {}, {}, {}});
        std::int64_t seq = n.first_seq;
        for (auto& e : out.events) {
            e.seq = seq++;
            out.details.push_back(canonical_json(e.details));
            e.content_hash = content_hash(start_.salt, out.details.back());
            out.hashed.push_back(chain_text(e));
            out.dates.push_back(e.effective_date.iso());
            reg::apply_event(out.record, e);
        }
        if (projector_) out.clocks = projector_(out.record, out.events);
        out.parties = std::move(c.parties);
        if (n.new_definition) out.definition = std::move(c);
        return out;
    }

private:
    const Start& start_;
    const ClockProjector& projector_;
    const Stamp& stamp_;
};

constexpr std::size_t batch_size = 256;


// The reading stage: numbers the cases `next` gives, in batches dealt to the
// preparing stages' lanes.
void read_cases(Lanes<Numbered>& out, Numberer& numberer, const std::function<bool(ImportedCase&)>& next) {
    Batch<Numbered> batch;
    try {
        ImportedCase imported;
        while (!out.stopped() && next(imported)) {
            batch.items.push_back(numberer.number(std::exchange(imported, {})));
            if (batch.items.size() == batch_size && !out.put(std::exchange(batch, {}))) return;
        }
    } catch (...) {
        // The cases before a failure go on too, so that every transaction
        // before the failing case is committed, as when writing case by case.
        batch.error = std::current_exception();
    }
    if ((!batch.items.empty() || batch.error) && !out.put(std::move(batch))) return;
    out.finish();
}

// The chaining stage: takes the prepared batches back in order, chains their
// events' hashes from `head` on and hands them to the writer. The batches are
// freed here once written, off the writer's path.
void chain_hashes(Lanes<Prepared>& in, Handover<Prepared>& out, Head head) {
    while (auto batch = in.take()) {
        for (auto& c : batch->items)
            for (std::size_t i = 0; i < c.events.size(); ++i) {
                auto& e = c.events[i];
                e.prev_hash = head.hash;
                e.hash = chained_hash(e.prev_hash, c.hashed[i]);
                head = {e.seq, e.hash};
            }
        const bool last = static_cast<bool>(batch->error);
        if (!out.put(std::move(*batch)) || last) break;
    }
    out.finish();
}

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
        recompute_if_stale();
        const Start start{info(), register_salt(db), highest_numbers(db),
                          db.execAndGet("SELECT COALESCE(MAX(id), 0) FROM parties").getInt64(), journal_head(db)};
        Head head = start.head;
        Numberer numberer(start);
        const Preparer preparer(start, impl_->projector, stamp);
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
        constexpr std::size_t preparing_threads = 2;
        Lanes<Numbered> read(preparing_threads);
        Lanes<Prepared> prepared(preparing_threads);
        // Declared in this order, so that the threads are stopped in turn
        // from the writer's end back to the reader.
        StageThread reading([&] { read.stop(); }, [&] { read_cases(read, numberer, next); });
        std::vector<std::unique_ptr<StageThread>> preparing;
        for (std::size_t i = 0; i < preparing_threads; ++i)
            preparing.push_back(std::make_unique<StageThread>(
                [&read, &prepared, i] {
                    prepared.lane(i).stop();
                    read.lane(i).stop();
                },
                [&read, &prepared, &preparer, i] {
                    transform_batches(read.lane(i), prepared.lane(i),
                                      [&preparer](Numbered& n) { return preparer.prepare(std::move(n)); });
                }));
        Handover<Prepared> chained;
        StageThread chaining(
            [&] {
                chained.stop();
                prepared.stop();
            },
            [&prepared, &chained, head] { chain_hashes(prepared, chained, head); });
        std::size_t in_transaction = 0;
        while (auto batch = chained.take()) {
            for (const auto& c : batch->items) {
                writer.write(c, static_cast<bool>(impl_->projector));
                head = {c.events.back().seq, c.events.back().hash};
                if (++in_transaction < per_transaction) continue;
                commit();
                tx = std::make_unique<SQLite::Transaction>(db, SQLite::TransactionBehavior::IMMEDIATE);
                // The cases are numbered ahead of the writes: nobody else
                // may have written in between.
                if (journal_head(db).seq != head.seq)
                    throw StoreError("another process wrote to the register during an import",
                                     "the cases imported so far are kept; import the rest when nothing else writes");
                in_transaction = 0;
            }
            if (batch->error) std::rethrow_exception(batch->error);
            chained.used(std::move(*batch));
        }
        commit();
    });
}

void Register::load_without_indexes(const std::function<void()>& load) {
    auto& db = impl_->db;
    std::vector<std::pair<std::string, std::string>> indexes; // name, CREATE INDEX statement
    translate_sqlite("setting up a bulk load", [&] {
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        // UNIQUE indexes stay: they enforce rules (a reminder sent once).
        // So do the full-text indexes (schemas/011), but not their triggers
        // (search_*): each case would rewrite its row several times over.
        SQLite::Statement q(db, "SELECT name, sql, type FROM sqlite_master WHERE ((type = 'index' AND sql IS NOT NULL"
                                " AND sql NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger' AND name LIKE 'search\\_%'"
                                " ESCAPE '\\')) ORDER BY name");
        while (q.executeStep()) indexes.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
        for (const auto& [name, sql] : indexes)
            db.exec(fmt::format("DROP {} \"{}\"", sql.starts_with("CREATE TRIGGER") ? "TRIGGER" : "INDEX", name));
        tx.commit();
    });
    const auto rebuild = [&] {
        translate_sqlite("building the register's indexes", [&] {
            SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
            for (const auto& [name, sql] : indexes) db.exec(sql);
            fill_search_index(db);
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
