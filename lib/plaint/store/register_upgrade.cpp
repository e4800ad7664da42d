// The steps of schema upgrades that SQL cannot do: rewriting the journal's
// hashes in a new format (schemas/012_journal_v2.sql).

#include "plaint/core/error.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/register_impl.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <cstring>

namespace plaint::store::detail {
namespace {

std::string utc_now() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", now);
}

// Version 1 to 2: each event checked under the old format from the genesis
// on (an upgrade must not launder a history altered behind plaint's back),
// then written into events_v12 with its content hash and its new hash.
void rehash_journal_v2(SQLite::Database& db) {
    SQLite::Statement row(db, "SELECT salt, organisation, reference_prefix, default_procedure, created_at,"
                              " journal_head_seq, journal_head_hash FROM register WHERE id = 1");
    if (!row.executeStep()) return; // a register being created: its row comes after the schema
    const Genesis genesis{row.getColumn(0).getString(), row.getColumn(1).getString(), row.getColumn(2).getString(),
                          row.getColumn(3).getString(), row.getColumn(4).getString()};
    const Head recorded{row.getColumn(5).getInt64(), row.getColumn(6).getString()};
    std::string old_prev = v1::genesis_hash(genesis.salt);
    std::string prev = genesis_hash(genesis);
    SQLite::Statement q(db, "SELECT seq, case_ref, type, effective_date, recorded_at, actor, details, prev_hash, hash"
                            " FROM events ORDER BY seq");
    SQLite::Statement insert(db, "INSERT INTO events_v12 (seq, case_ref, type, effective_date, recorded_at, actor,"
                                 " details, prev_hash, hash, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const auto refuse = [](std::int64_t seq, const std::string& why) {
        throw BrokenJournalError(seq, fmt::format("the register cannot be upgraded to journal format 2: event {} {}", seq, why),
                         "the journal was changed behind plaint's back; run 'plaint verify' with the plaint "
                         "that wrote it, and restore the register from a backup");
    };
    std::int64_t expected = 1;
    reg::Event e;
    while (q.executeStep()) {
        e.seq = q.getColumn(0).getInt64();
        if (e.seq != expected) refuse(expected, "is missing");
        e.case_ref = q.getColumn(1).getString();
        e.type = q.getColumn(2).getString();
        const std::string date_text = q.getColumn(3).getString();
        const auto date = parse_iso_date(date_text);
        if (!date) refuse(e.seq, "has an invalid date");
        e.effective_date = *date;
        e.recorded_at = q.getColumn(4).getString();
        e.actor = q.getColumn(5).getString();
        const std::string details = q.getColumn(6).getString();
        e.prev_hash = q.getColumn(7).getString();
        const std::string old_hash = q.getColumn(8).getString();
        if (e.prev_hash != old_prev) refuse(e.seq, "does not follow the event before it");
        if (v1::event_hash(e, details) != old_hash) refuse(e.seq, "does not match its hash");
        old_prev = old_hash;
        e.content_hash = content_hash(genesis.salt, details);
        e.prev_hash = prev;
        e.hash = event_hash(e);
        insert.bind(1, static_cast<int64_t>(e.seq));
        Binder(insert).text(2, e.case_ref).text(3, e.type).text(4, date_text).text(5, e.recorded_at)
            .text(6, e.actor).text(7, details).text(8, e.prev_hash).text(9, e.hash).text(10, e.content_hash);
        insert.exec();
        insert.reset();
        prev = e.hash;
        ++expected;
    }
    if (recorded.seq != expected - 1 || recorded.hash != old_prev)
        refuse(recorded.seq, "is not the newest event the register recorded: events were deleted or replaced");
    SQLite::Statement move(db, "UPDATE register SET journal_head_hash = ? WHERE id = 1");
    move.bind(1, prev);
    move.exec();
    if (expected == 1) return; // an empty journal: nothing was rewritten
    SQLite::Statement note(db, "INSERT INTO journal_upgrades (version, upgraded_at, events, old_head_hash,"
                               " new_head_hash) VALUES (2, ?, ?, ?, ?)");
    note.bind(1, utc_now());
    note.bind(2, static_cast<int64_t>(expected - 1));
    note.bind(3, old_prev);
    note.bind(4, prev);
    note.exec();
}

} // namespace

void run_migration(SQLite::Database& db, const char* sql) {
    static constexpr std::string_view marker = "\n-- @step ";
    const std::string_view text(sql);
    const auto at = text.find(marker);
    if (at == std::string_view::npos) {
        db.exec(sql);
        return;
    }
    const auto name_end = text.find_first_of(":\n", at + marker.size());
    const std::string_view name = text.substr(at + marker.size(), name_end - at - marker.size());
    db.exec(std::string(text.substr(0, at)));
    if (name == "rehash-journal-v2") rehash_journal_v2(db);
    else throw StoreError(fmt::format("internal: unknown upgrade step '{}'", name));
    db.exec(std::string(text.substr(at + 1)));
}

} // namespace plaint::store::detail
