// Seals: signed checkpoints of the journal (schemas/013_seals.sql), made by
// plaint seal and checked by verify against their signatures, the
// configured public key, each other and the journal's hashes.

#include "plaint/core/error.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace plaint::store {

using namespace detail;

namespace {

constexpr const char* seal_columns = "number, organisation, genesis, seq, hash, sealed_at, from_seq, prefixes, "
                                     "previous_signature, public_key, signature";

Seal read_seal(SQLite::Statement& q) {
    Seal s;
    s.number = q.getColumn(0).getInt64();
    s.organisation = q.getColumn(1).getString();
    s.genesis = q.getColumn(2).getString();
    s.seq = q.getColumn(3).getInt64();
    s.hash = q.getColumn(4).getString();
    s.sealed_at = q.getColumn(5).getString();
    s.from_seq = q.getColumn(6).getInt64();
    const auto blob = q.getColumn(7);
    if (blob.getBytes() > 0)
        s.prefixes.assign(static_cast<const char*>(blob.getBlob()), static_cast<std::size_t>(blob.getBytes()));
    s.previous_signature = q.getColumn(8).getString();
    s.public_key = q.getColumn(9).getString();
    s.signature = q.getColumn(10).getString();
    return s;
}

std::vector<Seal> stored_seals(SQLite::Database& db) {
    std::vector<Seal> seals;
    SQLite::Statement q(db, fmt::format("SELECT {} FROM seals ORDER BY number", seal_columns));
    while (q.executeStep()) seals.push_back(read_seal(q));
    return seals;
}

struct Identity {
    std::string organisation, genesis;
};

Identity register_identity(SQLite::Database& db) {
    return {db.execAndGet("SELECT organisation FROM register WHERE id = 1").getString(),
            genesis_hash(register_genesis(db))};
}

// The events after the last seal, checked to chain on from it; returns
// their hash prefixes. Throws (exit 1) at the first that does not.
std::string chained_prefixes(SQLite::Database& db, std::int64_t from_seq, std::string prev, std::int64_t head) {
    std::string prefixes;
    prefixes.reserve(static_cast<std::size_t>(head - from_seq + 1) * seal_prefix_bytes);
    SQLite::Statement q(db, fmt::format("SELECT {} FROM events WHERE seq >= ? ORDER BY seq", event_columns));
    q.bind(1, from_seq);
    std::int64_t expected = from_seq;
    while (q.executeStep()) {
        const reg::Event e = read_event(q);
        if (e.seq != expected || e.prev_hash != prev || event_hash(e) != e.hash)
            throw Error(ExitCode::finding,
                        fmt::format("the journal is not intact at event {}: nothing was sealed", expected),
                        "run 'plaint verify' for details");
        prefixes += hash_prefix(e.hash);
        prev = e.hash;
        ++expected;
    }
    if (expected != head + 1)
        throw Error(ExitCode::finding, fmt::format("the journal ends at event {} but the register recorded event {} "
                                                   "as its newest: nothing was sealed", expected - 1, head),
                    "run 'plaint verify' for details");
    return prefixes;
}

// The hash the journal has at `seq` ("" when it has no such event).
std::string stored_hash(SQLite::Database& db, std::int64_t seq) {
    SQLite::Statement q(db, "SELECT hash FROM events WHERE seq = ?");
    q.bind(1, seq);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

void insert_seal(SQLite::Database& db, const Seal& s) {
    SQLite::Statement insert(db, fmt::format("INSERT INTO seals ({}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                             seal_columns));
    insert.bind(1, s.number);
    insert.bind(2, s.organisation);
    insert.bind(3, s.genesis);
    insert.bind(4, s.seq);
    insert.bind(5, s.hash);
    insert.bind(6, s.sealed_at);
    insert.bind(7, s.from_seq);
    insert.bind(8, s.prefixes.data(), static_cast<int>(s.prefixes.size()));
    insert.bind(9, s.previous_signature);
    insert.bind(10, s.public_key);
    insert.bind(11, s.signature);
    insert.exec();
}

} // namespace

Seal Register::add_seal(const SigningKey& key, const std::string& now) {
    Seal seal;
    translate_sqlite("sealing the journal", [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        const Head head = journal_head(impl_->db);
        if (head.seq == 0)
            throw RefusedError("the journal is empty: there is nothing to seal", "seal once something is recorded");
        const Identity id = register_identity(impl_->db);
        std::optional<Seal> last; // without its prefixes, which may be megabytes
        SQLite::Statement q(impl_->db, "SELECT number, seq, hash, signature FROM seals ORDER BY number DESC LIMIT 1");
        if (q.executeStep()) {
            last.emplace();
            last->number = q.getColumn(0).getInt64();
            last->seq = q.getColumn(1).getInt64();
            last->hash = q.getColumn(2).getString();
            last->signature = q.getColumn(3).getString();
        }
        std::string prev = id.genesis;
        if (last) {
            if (stored_hash(impl_->db, last->seq) != last->hash)
                throw Error(ExitCode::finding,
                            fmt::format("event {} is not the event seal {} sealed: nothing was sealed", last->seq,
                                        last->number),
                            "run 'plaint verify' for details");
            prev = last->hash;
        }
        seal.number = last ? last->number + 1 : 1;
        seal.organisation = id.organisation;
        seal.genesis = id.genesis;
        seal.seq = head.seq;
        seal.hash = head.hash;
        seal.sealed_at = now;
        seal.from_seq = last ? last->seq + 1 : 1;
        seal.prefixes = chained_prefixes(impl_->db, seal.from_seq, prev, head.seq);
        seal.previous_signature = last ? last->signature : "";
        seal.public_key = key.public_key();
        seal.signature = key.sign(signed_text(seal));
        insert_seal(impl_->db, seal);
        tx.commit();
    });
    return seal;
}

void Register::for_each_seal(const std::function<void(const Seal&)>& each) const {
    translate_sqlite("reading the seals", [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::DEFERRED); // one snapshot
        SQLite::Statement q(impl_->db, fmt::format("SELECT {} FROM seals ORDER BY number", seal_columns));
        while (q.executeStep()) each(read_seal(q));
    });
}

void Register::set_seal_trust(SealTrust trust) { impl_->seal_trust = std::move(trust); }

namespace {

// A seal as messages name it: "seal 3", or "seal 3 of FILE" for an exported one.
struct Named {
    Seal seal;
    std::string name;
};

void problem(VerifyReport& report, std::string message, std::int64_t seq = 0) {
    report.problems.push_back({seq, std::move(message)});
}

// The register's seals, with the exported ones compared to them and put in
// their place: the outside copy is the one to believe.
std::vector<Named> seals_to_check(SQLite::Database& db, const SealTrust& trust, VerifyReport& report) {
    std::map<std::int64_t, Named> by_number;
    for (auto& s : stored_seals(db)) by_number[s.number] = {s, fmt::format("seal {}", s.number)};
    for (const auto& s : trust.exported) {
        const auto it = by_number.find(s.number);
        if (it == by_number.end())
            problem(report, fmt::format("seal {} of {} is not in the register: seals were deleted from it", s.number,
                                        trust.exported_from));
        else if (!(it->second.seal == s))
            problem(report, fmt::format("seal {} of the register differs from seal {} of {}: the register's seals "
                                        "were altered or replaced", s.number, s.number, trust.exported_from));
        by_number[s.number] = {s, fmt::format("seal {} of {}", s.number, trust.exported_from)};
    }
    std::vector<Named> seals;
    for (auto& [number, named] : by_number) seals.push_back(std::move(named));
    return seals;
}

// One seal on its own and against the one before it.
void check_one(const Named& n, const Named* before, const Identity& id, const SealTrust& trust,
               VerifyReport& report) {
    const Seal& s = n.seal;
    if (!seal_signature_valid(s))
        problem(report, fmt::format("{}'s signature does not match its contents: the seal was altered", n.name));
    const auto& keys = trust.public_keys;
    if (!keys.empty() && std::find(keys.begin(), keys.end(), s.public_key) == keys.end())
        problem(report, fmt::format("{} was signed with key {}, which is not the configured [seal] public_key: the "
                                    "seal was forged or the key replaced", n.name, key_id(s.public_key)));
    if (s.genesis != id.genesis) problem(report, fmt::format("{} was made for another register", n.name));
    else if (s.organisation != id.organisation)
        problem(report, fmt::format("{} names another organisation than the register's", n.name));
    const std::int64_t number = before ? before->seal.number + 1 : 1;
    const std::int64_t from = before ? before->seal.seq + 1 : 1;
    const std::string previous = before ? before->seal.signature : "";
    if (s.number != number)
        problem(report, fmt::format("seal {} is missing: seals were deleted", number));
    else if (s.previous_signature != previous || s.from_seq != from || s.seq < s.from_seq - 1)
        problem(report, fmt::format("{} does not follow seal {}: seals were replaced or reordered", n.name,
                                    number - 1));
    if (s.prefixes.size() != static_cast<std::size_t>(std::max<std::int64_t>(s.events(), 0)) * seal_prefix_bytes)
        problem(report, fmt::format("{} is damaged: its event hashes do not cover events {} to {}", n.name,
                                    s.from_seq, s.seq));
}

// Walks the journal's hashes against the seals' prefixes and sealed heads:
// the first event that differs is named, since every later one differs too.
class JournalAgainstSeals {
public:
    explicit JournalAgainstSeals(const std::vector<Named>& seals) : seals_(seals) {}

    // Called for events in seq order; false once a difference is found.
    bool event(std::int64_t seq, const std::string& what, const std::string& hash, VerifyReport& report) {
        if (seq != expected_) return missing(report);
        const Named* n = covering(seq);
        ++expected_;
        if (!n) return true;
        const Seal& s = n->seal;
        const auto at = static_cast<std::size_t>(seq - s.from_seq) * seal_prefix_bytes;
        const bool same = s.prefixes.compare(at, seal_prefix_bytes, hash_prefix(hash)) == 0 &&
                          (seq != s.seq || hash == s.hash);
        if (same) return true;
        problem(report, fmt::format("event {} ({}) differs from what {} sealed at {}: the journal was rewritten "
                                    "from this event on and its hashes recomputed; compare it with the exported "
                                    "seals or another outside record", seq, what, n->name, s.sealed_at), seq);
        return false;
    }
    void finish(VerifyReport& report) {
        if (seals_.empty() || expected_ > seals_.back().seal.seq) return;
        const Named& n = seals_.back();
        problem(report, fmt::format("the journal ends at event {} but {} sealed event {} at {}: events were deleted",
                                    expected_ - 1, n.name, n.seal.seq, n.seal.sealed_at), expected_);
    }

private:
    const Named* covering(std::int64_t seq) {
        while (next_ < seals_.size() && seals_[next_].seal.seq < seq) ++next_;
        if (next_ == seals_.size()) return nullptr;
        const Named& n = seals_[next_];
        const bool inside = seq >= n.seal.from_seq &&
                            n.seal.prefixes.size() >= static_cast<std::size_t>(seq - n.seal.from_seq + 1) * seal_prefix_bytes;
        return inside ? &n : nullptr;
    }
    bool missing(VerifyReport& report) {
        const Named* n = covering(expected_);
        if (!n) return true; // not sealed: the chain walk reports it
        problem(report, fmt::format("event {}, which {} sealed at {}, is missing from the journal: events were "
                                    "deleted", expected_, n->name, n->seal.sealed_at), expected_);
        return false;
    }

    const std::vector<Named>& seals_;
    std::size_t next_ = 0;
    std::int64_t expected_ = 1;
};

void check_journal(SQLite::Database& db, const std::vector<Named>& seals, VerifyReport& report) {
    if (seals.empty()) return;
    JournalAgainstSeals walk(seals);
    SQLite::Statement q(db, "SELECT seq, case_ref, type, hash FROM events WHERE seq <= ? ORDER BY seq");
    q.bind(1, seals.back().seal.seq);
    while (q.executeStep()) {
        const std::string ref = q.getColumn(1).getString();
        const std::string what = ref.empty() ? q.getColumn(2).getString() : ref + " " + q.getColumn(2).getString();
        if (!walk.event(q.getColumn(0).getInt64(), what, q.getColumn(3).getString(), report)) return;
    }
    walk.finish(report);
}

void summarise(const std::vector<Named>& seals, const SealTrust& trust, VerifyReport& report) {
    SealSummary& summary = report.seals;
    summary.count = static_cast<std::int64_t>(seals.size());
    summary.key_configured = !trust.public_keys.empty();
    if (!seals.empty()) summary.newest = seals.back().seal;
    if (!seals.empty() && !summary.key_configured)
        summary.notes.push_back("no [seal] public_key is configured, so the seals were checked against the key "
                                "stored with them in the register, which whoever can write the file can replace: "
                                "they prove nothing until the public key is configured");
    if (seals.empty() && summary.key_configured)
        summary.notes.push_back("the register has no seals although a [seal] public_key is configured: if it was "
                                "ever sealed, check it against the exported seals with --seals FILE");
}

} // namespace

void detail::check_seals(SQLite::Database& db, const SealTrust& trust, VerifyReport& report) {
    const Identity id = register_identity(db);
    const auto seals = seals_to_check(db, trust, report);
    for (std::size_t i = 0; i < seals.size(); ++i) check_one(seals[i], i ? &seals[i - 1] : nullptr, id, trust, report);
    check_journal(db, seals, report);
    summarise(seals, trust, report);
}

} // namespace plaint::store
