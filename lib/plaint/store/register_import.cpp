// Bulk loading: many cases with their histories in one transaction, with the
// statements prepared once. Used for demonstration registers and imports.

#include "plaint/core/error.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <map>

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

nlohmann::json nullable(const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

} // namespace

void Register::import_cases(std::vector<ImportedCase> cases, const Stamp& stamp) {
    for (const auto& c : cases) reg::validate(c.new_case);
    translate_sqlite("importing cases", [&] {
        auto& db = impl_->db;
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        const auto info_row = info();
        const std::string salt = register_salt(db);
        auto numbers = highest_numbers(db);
        Head head = journal_head(db);
        SQLite::Statement insert_event(db, fmt::format("INSERT INTO events ({}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", event_columns));
        SQLite::Statement insert_party(db, "INSERT INTO parties (case_ref, role, name, contact) VALUES (?, ?, ?, ?)");
        std::map<std::string, bool> stored_definitions;
        DetailWriter case_details(db);
        auto append = [&](reg::Event& e) {
            e.seq = ++head.seq;
            e.prev_hash = head.hash;
            e.hash = event_hash(e);
            head.hash = e.hash;
            insert_event.bind(1, static_cast<int64_t>(e.seq));
            insert_event.bind(2, e.case_ref);
            insert_event.bind(3, e.type);
            insert_event.bind(4, e.effective_date.iso());
            insert_event.bind(5, e.recorded_at);
            insert_event.bind(6, e.actor);
            insert_event.bind(7, e.details.dump());
            insert_event.bind(8, e.prev_hash);
            insert_event.bind(9, e.hash);
            insert_event.exec();
            insert_event.reset();
        };
        for (auto& imported : cases) {
            auto& c = imported.new_case;
            if (c.procedure.empty()) c.procedure = info_row.default_procedure;
            if (!c.definition_hash.empty() && !c.definition_text.empty() && !stored_definitions[c.definition_hash]) {
                SQLite::Statement s(db, "INSERT OR IGNORE INTO procedure_definitions (hash, id, source, text, stored_at)"
                                        " VALUES (?, ?, ?, ?, ?)");
                s.bind(1, c.definition_hash);
                s.bind(2, c.procedure);
                s.bind(3, c.definition_source);
                s.bind(4, c.definition_text);
                s.bind(5, stamp.now);
                s.exec();
                stored_definitions[c.definition_hash] = true;
            }
            const int year = c.received.year();
            const int number = ++numbers[year];
            const std::string ref = fmt::format("{}-{}-{:04}", info_row.reference_prefix, year, number);
            nlohmann::json parties = nlohmann::json::array();
            for (auto& p : c.parties) {
                p.case_ref = ref;
                insert_party.bind(1, p.case_ref);
                insert_party.bind(2, p.role);
                insert_party.bind(3, p.name);
                insert_party.bind(4, p.contact);
                insert_party.exec();
                insert_party.reset();
                p.id = db.getLastInsertRowid();
                parties.push_back({{"id", p.id}, {"role", p.role}, {"digest", party_digest(salt, p)}});
            }
            nlohmann::json details = {{"year", year}, {"number", number}, {"kind", c.kind}, {"procedure", c.procedure},
                                      {"state", c.initial_state}, {"channel", nullable(c.channel)},
                                      {"incident_date", c.incident_date ? nlohmann::json(c.incident_date->iso()) : nlohmann::json()},
                                      {"summary", c.summary}, {"subject", nullable(c.subject)}, {"service", nullable(c.service)},
                                      {"provider", nullable(c.provider)}, {"owner", nullable(c.owner)}, {"parties", parties}};
            if (!c.definition_hash.empty()) details["procedure_hash"] = c.definition_hash;
            details.update(reg::classification_details(c.aspects, c.age_band, c.complainant_status, c.categories));
            std::vector<reg::Event> events;
            events.push_back({0, ref, "logged", c.received, stamp.now, stamp.actor, std::move(details), {}, {}});
            for (auto& step : imported.steps)
                events.push_back({0, ref, step.type, step.on, stamp.now, stamp.actor, std::move(step.details), {}, {}});
            reg::CaseRecord record;
            for (auto& e : events) {
                append(e);
                reg::apply_event(record, e);
            }
            save_case(db, record);
            case_details.write(record, false);
            impl_->project(record, events);
        }
        SQLite::Statement move(db, "UPDATE register SET journal_head_seq = ?, journal_head_hash = ?, clocks_calendar = ? WHERE id = 1");
        move.bind(1, static_cast<int64_t>(head.seq));
        move.bind(2, head.hash);
        move.bind(3, impl_->calendar_fingerprint);
        move.exec();
        tx.commit();
    });
}

} // namespace plaint::store
