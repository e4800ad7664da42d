// The reminders log behind `plaint remind`: which digests were sent or
// failed on a day. Not part of the journal: a delivery record, kept beside it.

#include "plaint/core/error.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Transaction.h>

namespace plaint::store {

using namespace detail;

std::vector<Register::Reminder> Register::reminders_on(Date day) const {
    std::vector<Reminder> found;
    translate_sqlite("reading the reminders log", [&] {
        SQLite::Statement q(impl_->db, "SELECT kind, owner, recipient, status, items, attempted_at, message_id, error"
                                       " FROM reminders WHERE day = ? ORDER BY id");
        q.bind(1, day.iso());
        while (q.executeStep())
            found.push_back({day, q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                             q.getColumn(3).getString(), q.getColumn(4).getInt(), q.getColumn(5).getString(),
                             q.getColumn(6).getString(), q.getColumn(7).getString()});
    });
    return found;
}

namespace {

// Inserts the attempt; a 'sent' one replaces the day's earlier 'sent' row of
// the same kind and owner (the partial unique index reminders_sent_once).
void insert_reminder(SQLite::Database& db, const Register::Reminder& r) {
    SQLite::Statement insert(db, "INSERT INTO reminders (day, kind, owner, recipient, status, items, attempted_at,"
                                 " message_id, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (day, kind, owner) WHERE status = 'sent' DO UPDATE SET"
                                 " recipient = excluded.recipient, items = excluded.items,"
                                 " attempted_at = excluded.attempted_at, message_id = excluded.message_id,"
                                 " error = excluded.error");
    insert.bind(1, r.day.iso());
    insert.bind(2, r.kind);
    insert.bind(3, r.owner);
    insert.bind(4, r.recipient);
    insert.bind(5, r.status);
    insert.bind(6, r.items);
    insert.bind(7, r.attempted_at);
    insert.bind(8, r.message_id);
    insert.bind(9, r.error);
    insert.exec();
}

bool exists(SQLite::Database& db, const char* sql, Date day, const std::string& kind, const std::string& owner) {
    SQLite::Statement q(db, sql);
    q.bind(1, day.iso());
    q.bind(2, kind);
    q.bind(3, owner);
    return q.executeStep();
}

} // namespace

void Register::record_reminder(const Reminder& r) {
    translate_sqlite("recording a reminder", [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        insert_reminder(impl_->db, r);
        tx.commit();
    });
}

bool Register::claim_reminder(Date day, const std::string& kind, const std::string& owner,
                              const std::string& claimed_at, bool force) {
    bool claimed = false;
    translate_sqlite("claiming a reminder", [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        const bool held = exists(impl_->db, "SELECT 1 FROM reminder_claims WHERE day = ? AND kind = ? AND owner = ?",
                                 day, kind, owner);
        const bool sent = exists(impl_->db, "SELECT 1 FROM reminders WHERE day = ? AND kind = ? AND owner = ?"
                                            " AND status = 'sent'", day, kind, owner);
        if (!force && (held || sent)) return;
        SQLite::Statement claim(impl_->db, "INSERT OR REPLACE INTO reminder_claims (day, kind, owner, claimed_at)"
                                           " VALUES (?, ?, ?, ?)");
        claim.bind(1, day.iso());
        claim.bind(2, kind);
        claim.bind(3, owner);
        claim.bind(4, claimed_at);
        claim.exec();
        tx.commit();
        claimed = true;
    });
    return claimed;
}

void Register::finish_reminder(const Reminder& r) {
    translate_sqlite("recording a reminder", [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        insert_reminder(impl_->db, r);
        SQLite::Statement release(impl_->db, "DELETE FROM reminder_claims WHERE day = ? AND kind = ? AND owner = ?");
        release.bind(1, r.day.iso());
        release.bind(2, r.kind);
        release.bind(3, r.owner);
        release.exec();
        tx.commit();
    });
}

std::string Register::latest_recorded_at() const {
    std::string latest;
    translate_sqlite("reading the journal head", [&] {
        SQLite::Statement q(impl_->db, "SELECT coalesce((SELECT recorded_at FROM events WHERE seq ="
                                       " r.journal_head_seq), r.created_at) FROM register AS r WHERE r.id = 1");
        if (q.executeStep()) latest = q.getColumn(0).getString();
    });
    return latest;
}

} // namespace plaint::store
