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

void Register::record_reminder(const Reminder& r) {
    translate_sqlite("recording a reminder", [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        // The partial unique index reminders_sent_once is the conflict target.
        SQLite::Statement insert(impl_->db,
                                 "INSERT INTO reminders (day, kind, owner, recipient, status, items, attempted_at,"
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
        tx.commit();
    });
}

} // namespace plaint::store
