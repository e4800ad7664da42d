#pragma once
// Registers as older versions of plaint left them, for the migration and
// fault-injection tests.

#include "store/register_helpers.hpp"

#include "plaint/store/journal.hpp"
#include "plaint/store/migrations.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace plaint::test {

inline const std::string old_register_salt = "00112233445566778899aabbccddeeff";

// The journal's format 2 begins with schema version 12.
constexpr int journal_v2_schema = 12;
inline const store::Genesis old_genesis{old_register_salt, "Old ICB", "OLD", "nhs-complaint", "2020-01-02T03:04:05Z"};

// A register as plaint would have left it at schema version `version`: the
// first `version` migrations, the register row as Register::create writes it,
// and two cases written as an older plaint would have written them (the
// columns of schema version 1 only).
class OldRegister {
public:
    OldRegister(const std::filesystem::path& file, int version)
        : db_(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE), v2_(version >= journal_v2_schema) {
        db_.exec("PRAGMA journal_mode = WAL");
        SQLite::Transaction tx(db_);
        const auto all = store::migrations();
        for (int v = 0; v < version; ++v) db_.exec(all[static_cast<std::size_t>(v)].sql);
        db_.exec(fmt::format("PRAGMA user_version = {}", version));
        SQLite::Statement row(db_, "INSERT INTO register (id, organisation, default_procedure, calendar, reference_prefix,"
                                   " created_at, salt, journal_head_seq, journal_head_hash)"
                                   " VALUES (1, 'Old ICB', 'nhs-complaint', 'scotland', 'OLD', '2020-01-02T03:04:05Z', ?, 0, ?)");
        head_ = v2_ ? store::genesis_hash(old_genesis) : store::v1::genesis_hash(old_register_salt);
        row.bind(1, old_register_salt);
        row.bind(2, head_);
        row.exec();
        add_case(1, "2020-01-02", "Lost records", "Ann Example");
        add_case(2, "2020-02-03", "Parking", "");
        tx.commit();
    }

private:
    void add_case(int number, const char* received, const char* summary, const std::string& complainant) {
        const std::string ref = fmt::format("OLD-2020-{:04}", number);
        nlohmann::json parties = nlohmann::json::array();
        if (!complainant.empty()) {
            reg::Party p{0, ref, "complainant", complainant, "01234 567890"};
            SQLite::Statement s(db_, "INSERT INTO parties (case_ref, role, name, contact) VALUES (?, ?, ?, ?)");
            s.bind(1, p.case_ref);
            s.bind(2, p.role);
            s.bind(3, p.name);
            s.bind(4, p.contact);
            s.exec();
            p.id = db_.getLastInsertRowid();
            parties.push_back({{"id", p.id}, {"role", p.role}, {"digest", store::party_digest(old_register_salt, p)}});
        }
        reg::Event e;
        e.seq = ++seq_;
        e.case_ref = ref;
        e.type = "logged";
        e.effective_date = d(received);
        e.recorded_at = "2020-03-01T12:00:00Z";
        e.actor = "old";
        e.details = {{"year", 2020},        {"number", number},   {"kind", "complaint"}, {"procedure", "nhs-complaint"},
                     {"state", "received"}, {"channel", "letter"}, {"incident_date", nullptr},
                     {"summary", summary},  {"subject", nullptr},  {"service", nullptr},   {"provider", nullptr},
                     {"owner", "sam"},      {"parties", parties}};
        e.prev_hash = head_;
        e.content_hash = store::content_hash(old_register_salt, e.details.dump());
        e.hash = v2_ ? store::event_hash(e) : store::v1::event_hash(e, e.details.dump());
        head_ = e.hash;
        SQLite::Statement ins(db_, v2_ ? "INSERT INTO events (seq, case_ref, type, effective_date, recorded_at, actor,"
                                         " details, prev_hash, hash, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                       : "INSERT INTO events (seq, case_ref, type, effective_date, recorded_at, actor,"
                                         " details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bind(1, static_cast<int64_t>(e.seq));
        ins.bind(2, e.case_ref);
        ins.bind(3, e.type);
        ins.bind(4, e.effective_date.iso());
        ins.bind(5, e.recorded_at);
        ins.bind(6, e.actor);
        ins.bind(7, e.details.dump());
        ins.bind(8, e.prev_hash);
        ins.bind(9, e.hash);
        if (v2_) ins.bind(10, e.content_hash);
        ins.exec();
        SQLite::Statement c(db_, "INSERT INTO cases (ref, year, number, kind, procedure, state, channel, received,"
                                 " incident_date, summary, subject, service, provider, owner, closed_on, logged_at,"
                                 " updated_at, last_seq) VALUES (?, 2020, ?, 'complaint', 'nhs-complaint', 'received',"
                                 " 'letter', ?, NULL, ?, NULL, NULL, NULL, 'sam', NULL, ?, ?, ?)");
        c.bind(1, ref);
        c.bind(2, number);
        c.bind(3, e.effective_date.iso());
        c.bind(4, summary);
        c.bind(5, e.recorded_at);
        c.bind(6, e.recorded_at);
        c.bind(7, static_cast<int64_t>(e.seq));
        c.exec();
        SQLite::Statement h(db_, "UPDATE register SET journal_head_seq = ?, journal_head_hash = ? WHERE id = 1");
        h.bind(1, static_cast<int64_t>(e.seq));
        h.bind(2, e.hash);
        h.exec();
    }

    SQLite::Database db_;
    bool v2_;
    std::string head_;
    std::int64_t seq_ = 0;
};

inline int user_version(const std::filesystem::path& file) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("PRAGMA user_version").getInt();
}

} // namespace plaint::test
