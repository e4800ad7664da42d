// The case file: notes, correspondence, corrections (amendments, voids),
// links and merges (schemas/010_case_file.sql). Each write is one journal
// event on the case (a link or a merge writes several, in one transaction);
// personal content goes to its own table, and the event records a salted
// digest of each row ("personal" entries) that verify recomputes.

#include "plaint/core/error.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/logging.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace plaint::store {
namespace detail {

nlohmann::json personal_entry(const std::string& salt, const std::string& table, std::int64_t id,
                              const nlohmann::json& columns) {
    return {{"table", table}, {"id", id}, {"digest", row_digest(salt, table, columns)}};
}

namespace {

nlohmann::json note_columns(const Register::Note& n) {
    return nlohmann::json::array({n.id, n.case_ref, n.noted_on.iso(), n.author, n.text});
}

nlohmann::json step_json(const std::optional<std::int64_t>& seq) { return seq ? nlohmann::json(*seq) : nlohmann::json(); }

nlohmann::json correspondence_columns(const Register::Correspondence& c) {
    return nlohmann::json::array({c.id, c.case_ref, c.direction, c.channel, c.dated.iso(), c.subject, step_json(c.step_seq)});
}

nlohmann::json history_columns(std::int64_t party_id, std::int64_t seq, const std::string& name, const std::string& contact) {
    return nlohmann::json::array({party_id, seq, name, contact});
}

} // namespace

namespace {

const char* personal_rows_sql(const std::string& table) {
    if (table == "notes") return "SELECT case_ref, id, noted_on, author, text FROM notes ORDER BY case_ref, id";
    if (table == "correspondence")
        return "SELECT case_ref, id, direction, channel, dated, subject, step_seq FROM correspondence"
               " ORDER BY case_ref, id";
    if (table == "party_history")
        return "SELECT COALESCE(p.case_ref, ''), h.seq, h.party_id, h.name, h.contact"
               " FROM party_history h LEFT JOIN parties p ON p.id = h.party_id ORDER BY 1, h.seq";
    throw StoreError(fmt::format("no personal table {}", table));
}

} // namespace

PersonalRows::PersonalRows(SQLite::Database& db, std::string table)
    : table_(std::move(table)), q_(db, personal_rows_sql(table_)) {
    step();
}

void PersonalRows::step() {
    more_ = q_.executeStep();
    if (!more_) return;
    auto text = [](const SQLite::Column& c) { return c.isNull() ? nlohmann::json() : nlohmann::json(c.getString()); };
    ref_ = q_.getColumn(0).getString();
    id_ = q_.getColumn(1).getInt64();
    if (table_ == "notes") {
        columns_ = nlohmann::json::array({id_, ref_, text(q_.getColumn(2)), text(q_.getColumn(3)), text(q_.getColumn(4))});
    } else if (table_ == "correspondence") {
        const auto step = q_.getColumn(6).isNull() ? nlohmann::json() : nlohmann::json(q_.getColumn(6).getInt64());
        columns_ = nlohmann::json::array({id_, ref_, text(q_.getColumn(2)), text(q_.getColumn(3)),
                                          text(q_.getColumn(4)), text(q_.getColumn(5)), step});
    } else {
        columns_ = history_columns(q_.getColumn(2).getInt64(), id_, q_.getColumn(3).getString(),
                                   q_.getColumn(4).getString());
    }
}

} // namespace detail

namespace {

using namespace detail;

const char* const correspondence_directions[] = {"in", "out"};
const char* const correspondence_channels[] = {"letter", "email", "phone", "meeting", "in-person", "web", "text", "portal"};

template <std::size_t N>
void check_choice(const std::string& value, const char* const (&allowed)[N], const char* what) {
    if (std::find(std::begin(allowed), std::end(allowed), value) != std::end(allowed)) return;
    throw UsageError(fmt::format("unknown {} '{}'", what, value), fmt::format("{}s are {}", what, fmt::join(allowed, ", ")));
}

void check_not_future(Date on, const Stamp& stamp, const char* what) {
    if (on > stamp.today)
        throw UsageError(fmt::format("{} {} is in the future (today is {})", what, on.iso(), stamp.today.iso()));
}

void check_reason(const std::string& reason) {
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        throw UsageError("a correction needs a reason (--reason TEXT): the journal keeps it with the change");
}

std::int64_t next_seq(SQLite::Database& db) { return journal_head(db).seq + 1; }

const reg::Event* find_event(const std::vector<reg::Event>& events, std::int64_t seq) {
    auto it = std::find_if(events.begin(), events.end(), [&](const reg::Event& e) { return e.seq == seq; });
    return it == events.end() ? nullptr : &*it;
}

// The fields amend may change and what they are now, as in a logged event.
nlohmann::json field_value(const reg::CaseRecord& r, const std::string& field) {
    auto text = [](const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
    if (field == "summary") return r.summary;
    if (field == "channel") return text(r.channel);
    if (field == "provider") return text(r.provider);
    if (field == "service") return text(r.service);
    if (field == "subject") return text(r.subject);
    if (field == "incident_date") return r.incident_date ? nlohmann::json(r.incident_date->iso()) : nlohmann::json();
    if (field == "received") return r.received.iso();
    throw UsageError(fmt::format("'{}' cannot be amended", field),
                     fmt::format("amendable: {}", fmt::join(reg::amendable_fields, ", ")));
}

// A new value, checked: dates are dates, a channel is a channel.
nlohmann::json checked_value(const std::string& field, const std::optional<std::string>& value, const Stamp& stamp) {
    if (!value) {
        if (field == "received" || field == "summary") throw UsageError(fmt::format("the {} cannot be cleared", field));
        return nullptr;
    }
    if (field == "received" || field == "incident_date") {
        const auto d = parse_iso_date(*value);
        if (!d) throw UsageError(fmt::format("--{} '{}' is not a date (YYYY-MM-DD)", field == "received" ? "received" : "incident-date", *value));
        check_not_future(*d, stamp, field == "received" ? "the date of receipt" : "the incident date");
        return d->iso();
    }
    if (field == "channel") check_choice(*value, reg::channels, "channel");
    if (field == "summary" && value->find_first_not_of(" \t\r\n") == std::string::npos)
        throw UsageError("the summary cannot be empty");
    return *value;
}

reg::Party read_party(SQLite::Database& db, std::int64_t id) {
    SQLite::Statement q(db, "SELECT id, case_ref, role, name, contact FROM parties WHERE id = ?");
    q.bind(1, static_cast<int64_t>(id));
    if (!q.executeStep()) throw NotFoundError(fmt::format("no party {}", id), "'plaint show REF' lists the parties with their numbers");
    return {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
            q.getColumn(3).getString(), q.getColumn(4).getString()};
}

} // namespace

reg::Event Register::add_note(const std::string& ref, const std::string& text, Date on, const Stamp& stamp) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw UsageError("the note is empty");
    check_not_future(on, stamp, "the note's date");
    return append_step(ref, reg::note_event, on, [&](const reg::CaseRecord&, const std::vector<reg::Event>&) {
        SQLite::Statement insert(impl_->db, "INSERT INTO notes (case_ref, noted_on, author, text) VALUES (?, ?, ?, ?)");
        const std::string date = on.iso();
        Binder(insert).text(1, ref).text(2, date).text(3, stamp.actor).text(4, text);
        insert.exec();
        const Note note{impl_->db.getLastInsertRowid(), ref, on, stamp.actor, text};
        const auto entry = personal_entry(register_salt(impl_->db), "notes", note.id, note_columns(note));
        return nlohmann::json{{"personal", nlohmann::json::array({entry})}};
    }, stamp);
}

std::vector<Register::Note> Register::notes_of(const std::string& ref) const {
    std::vector<Note> notes;
    translate_sqlite("reading the notes", [&] {
        SQLite::Statement q(impl_->db, "SELECT id, case_ref, noted_on, author, text FROM notes WHERE case_ref = ? ORDER BY id");
        q.bind(1, ref);
        while (q.executeStep())
            notes.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                             parse_iso_date(q.getColumn(2).getString()).value_or(Date{}), q.getColumn(3).getString(),
                             q.getColumn(4).getString()});
    });
    return notes;
}

reg::Event Register::record_correspondence(Correspondence& item, const Stamp& stamp) {
    check_choice(item.direction, correspondence_directions, "direction");
    check_choice(item.channel, correspondence_channels, "channel");
    check_not_future(item.dated, stamp, "the correspondence's date");
    if (item.subject.find_first_not_of(" \t\r\n") == std::string::npos)
        throw UsageError("correspondence needs a subject line (--subject)");
    return append_step(item.case_ref, reg::correspondence_event, item.dated,
                       [&](const reg::CaseRecord&, const std::vector<reg::Event>& events) {
        if (item.step_seq) {
            const reg::Event* step = find_event(events, *item.step_seq);
            if (!step || !reg::is_step(*step) || step->type == "logged")
                throw UsageError(fmt::format("event {} is not a step of {}", *item.step_seq, item.case_ref),
                                 "'plaint show REF' lists the case's events with their numbers");
        }
        for (const auto id : item.attachments) {
            SQLite::Statement q(impl_->db, "SELECT 1 FROM attachments WHERE id = ? AND case_ref = ?");
            q.bind(1, static_cast<int64_t>(id));
            q.bind(2, item.case_ref);
            if (!q.executeStep())
                throw UsageError(fmt::format("attachment {} is not one of {}'s", id, item.case_ref),
                                 "'plaint attachments REF' lists them");
        }
        SQLite::Statement insert(impl_->db, "INSERT INTO correspondence (case_ref, direction, channel, dated, subject,"
                                            " step_seq) VALUES (?, ?, ?, ?, ?, ?)");
        const std::string date = item.dated.iso();
        Binder(insert).text(1, item.case_ref).text(2, item.direction).text(3, item.channel).text(4, date)
            .text(5, item.subject);
        if (item.step_seq) insert.bind(6, static_cast<int64_t>(*item.step_seq));
        insert.exec();
        item.id = impl_->db.getLastInsertRowid();
        nlohmann::json details = {
            {"direction", item.direction},
            {"channel", item.channel},
            {"personal", nlohmann::json::array({personal_entry(register_salt(impl_->db), "correspondence", item.id,
                                                               correspondence_columns(item))})}};
        if (item.step_seq) details["step"] = *item.step_seq;
        if (!item.attachments.empty()) details["attachments"] = item.attachments;
        return details;
    }, stamp);
}

std::vector<Register::Correspondence> Register::correspondence_of(const std::string& ref) const {
    std::vector<Correspondence> items;
    translate_sqlite("reading the correspondence", [&] {
        SQLite::Statement q(impl_->db, "SELECT id, case_ref, direction, channel, dated, subject, step_seq"
                                       " FROM correspondence WHERE case_ref = ? ORDER BY dated, id");
        q.bind(1, ref);
        while (q.executeStep()) {
            Correspondence c{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                             q.getColumn(3).getString(), parse_iso_date(q.getColumn(4).getString()).value_or(Date{}),
                             q.getColumn(5).getString(), std::nullopt, {}};
            if (!q.getColumn(6).isNull()) c.step_seq = q.getColumn(6).getInt64();
            items.push_back(std::move(c));
        }
        // The attachments that came or went with each (recorded with it).
        SQLite::Statement a(impl_->db, "SELECT details FROM events WHERE case_ref = ? AND type = ? ORDER BY seq");
        a.bind(1, ref);
        a.bind(2, reg::correspondence_event);
        while (a.executeStep()) {
            const auto d = nlohmann::json::parse(a.getColumn(0).getString(), nullptr, false);
            if (d.is_discarded() || !d.contains("attachments") || !d.contains("personal")) continue;
            const auto id = d["personal"][0].value("id", std::int64_t{0});
            for (auto& c : items)
                if (c.id == id) c.attachments = d["attachments"].get<std::vector<std::int64_t>>();
        }
    });
    return items;
}

reg::Event Register::amend_case(const std::string& ref, const std::map<std::string, std::optional<std::string>>& fields,
                                const std::string& reason, const CaseCheck& check, const Stamp& stamp) {
    check_reason(reason);
    if (fields.empty())
        throw UsageError("nothing to amend", fmt::format("name a field to correct: {}", fmt::join(reg::amendable_fields, ", ")));
    std::map<std::string, nlohmann::json> wanted;
    for (const auto& [field, value] : fields) {
        (void)field_value(reg::CaseRecord{}, field); // an amendable field
        wanted[field] = checked_value(field, value, stamp);
    }
    return append_step(ref, reg::amended_event, stamp.today,
                       [&](const reg::CaseRecord& record, const std::vector<reg::Event>& events) {
        nlohmann::json changes = nlohmann::json::object();
        for (const auto& [field, to] : wanted) {
            const auto from = field_value(record, field);
            if (from != to) changes[field] = {{"from", from}, {"to", to}};
        }
        if (changes.empty()) throw UsageError(fmt::format("{} already has those values: nothing to amend", ref));
        const auto incident = changes.contains("incident_date") ? changes["incident_date"]["to"] : field_value(record, "incident_date");
        const auto received = changes.contains("received") ? changes["received"]["to"] : field_value(record, "received");
        if (incident.is_string() && incident.get<std::string>() > received.get<std::string>())
            throw UsageError(fmt::format("the incident date {} would be after the date of receipt {}",
                                         incident.get<std::string>(), received.get<std::string>()));
        nlohmann::json details = {{"changes", changes}, {"reason", reason}};
        if (check) {
            std::vector<reg::Event> after = events;
            after.push_back(reg::Event{0, ref, reg::amended_event, stamp.today, stamp.now, stamp.actor, details, {}, {}, {}});
            check(record, reg::corrected(after));
        }
        return details;
    }, stamp);
}

reg::Event Register::amend_party(const std::string& ref, std::int64_t party_id, const PartyChange& change,
                                 const std::string& reason, const Stamp& stamp) {
    check_reason(reason);
    if (!change.name && !change.contact) throw UsageError("nothing to amend: give --name or --contact");
    if (change.name && change.name->find_first_not_of(" \t\r\n") == std::string::npos)
        throw UsageError("a party needs a name");
    return append_step(ref, reg::party_amended_event, stamp.today,
                       [&](const reg::CaseRecord&, const std::vector<reg::Event>&) {
        reg::Party party = read_party(impl_->db, party_id);
        if (party.case_ref != ref)
            throw NotFoundError(fmt::format("party {} is not a party to {}", party_id, ref),
                                "'plaint show REF' lists the parties with their numbers");
        const reg::Party before = party;
        if (change.name) party.name = *change.name;
        if (change.contact) party.contact = *change.contact;
        if (party.name == before.name && party.contact == before.contact)
            throw UsageError(fmt::format("party {} already has those details: nothing to amend", party_id));
        const std::int64_t seq = next_seq(impl_->db);
        SQLite::Statement keep(impl_->db, "INSERT INTO party_history (party_id, seq, name, contact) VALUES (?, ?, ?, ?)");
        keep.bind(1, static_cast<int64_t>(party_id));
        keep.bind(2, static_cast<int64_t>(seq));
        keep.bind(3, before.name);
        keep.bind(4, before.contact);
        keep.exec();
        SQLite::Statement update(impl_->db, "UPDATE parties SET name = ?, contact = ? WHERE id = ?");
        update.bind(1, party.name);
        update.bind(2, party.contact);
        update.bind(3, static_cast<int64_t>(party_id));
        update.exec();
        const std::string salt = register_salt(impl_->db);
        nlohmann::json fields = nlohmann::json::array();
        if (party.name != before.name) fields.push_back("name");
        if (party.contact != before.contact) fields.push_back("contact");
        return nlohmann::json{
            {"party", party_id},
            {"fields", fields},
            {"reason", reason},
            {"parties", nlohmann::json::array({party_entry(salt, party)})},
            {"personal", nlohmann::json::array({personal_entry(salt, "party_history", seq,
                                                               history_columns(party_id, seq, before.name, before.contact))})}};
    }, stamp);
}

reg::Event Register::add_party(const std::string& ref, reg::Party party, const std::string& reason, const Stamp& stamp) {
    check_reason(reason);
    if (std::find(std::begin(reg::party_roles), std::end(reg::party_roles), party.role) == std::end(reg::party_roles))
        throw UsageError(fmt::format("unknown party role '{}'", party.role),
                         fmt::format("roles are {}", fmt::join(reg::party_roles, ", ")));
    if (party.name.find_first_not_of(" \t\r\n") == std::string::npos) throw UsageError("a party needs a name");
    return append_step(ref, reg::party_added_event, stamp.today, [&](const reg::CaseRecord&, const std::vector<reg::Event>&) {
        party.case_ref = ref;
        SQLite::Statement s(impl_->db, "INSERT INTO parties (case_ref, role, name, contact) VALUES (?, ?, ?, ?)");
        s.bind(1, party.case_ref);
        s.bind(2, party.role);
        s.bind(3, party.name);
        s.bind(4, party.contact);
        s.exec();
        party.id = impl_->db.getLastInsertRowid();
        return nlohmann::json{{"reason", reason},
                              {"parties", nlohmann::json::array({party_entry(register_salt(impl_->db), party)})}};
    }, stamp);
}

std::vector<Register::PartyVersion> Register::party_history_of(const std::string& ref) const {
    std::vector<PartyVersion> versions;
    translate_sqlite("reading the parties' earlier details", [&] {
        SQLite::Statement q(impl_->db, "SELECT h.party_id, h.seq, h.name, h.contact FROM party_history h"
                                       " JOIN parties p ON p.id = h.party_id WHERE p.case_ref = ? ORDER BY h.seq");
        q.bind(1, ref);
        while (q.executeStep())
            versions.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getString(),
                                q.getColumn(3).getString()});
    });
    return versions;
}

reg::Event Register::void_event(const std::string& ref, std::int64_t seq, const std::string& reason,
                                const CaseCheck& check, const Stamp& stamp) {
    check_reason(reason);
    return append_step(ref, reg::voided_event, stamp.today,
                       [&](const reg::CaseRecord& record, const std::vector<reg::Event>& events) {
        const reg::Event* target = find_event(events, seq);
        if (!target) {
            SQLite::Statement q(impl_->db, "SELECT case_ref FROM events WHERE seq = ?");
            q.bind(1, static_cast<int64_t>(seq));
            if (q.executeStep())
                throw UsageError(fmt::format("event {} belongs to {}, not {}", seq,
                                             q.getColumn(0).getString().empty() ? "the register" : q.getColumn(0).getString(), ref),
                                 "'plaint show REF' lists a case's events with their numbers");
            throw NotFoundError(fmt::format("the journal has no event {}", seq));
        }
        if (target->type == "logged")
            throw UsageError(fmt::format("event {} is the logging of {}", seq, ref),
                             fmt::format("a case logged in error is voided whole: plaint void {} --reason TEXT", ref));
        if (!reg::is_step(*target))
            throw UsageError(fmt::format("event {} ({}) is not a procedure step", seq, target->type),
                             "a note, a letter or a classification is corrected by recording another, or with plaint amend");
        for (const auto& e : events)
            if (e.type == reg::voided_event && e.details.value("event", std::int64_t{0}) == seq)
                throw RefusedError(fmt::format("event {} was voided already (event {})", seq, e.seq));
        nlohmann::json details = {{"event", seq}, {"type", target->type}, {"reason", reason}};
        if (check) {
            std::vector<reg::Event> after = events;
            after.push_back(reg::Event{0, ref, reg::voided_event, stamp.today, stamp.now, stamp.actor, details, {}, {}, {}});
            check(record, reg::corrected(after));
        }
        return details;
    }, stamp);
}

reg::Event Register::void_case(const std::string& ref, const std::string& reason, const Stamp& stamp) {
    check_reason(reason);
    return append_step(ref, reg::voided_event, stamp.today, [&](const reg::CaseRecord& record, const std::vector<reg::Event>&) {
        if (record.is_voided()) throw RefusedError(fmt::format("{} was voided already on {}", ref, record.voided_on->iso()));
        return nlohmann::json{{"case", true}, {"reason", reason}};
    }, stamp);
}

void Register::link_cases(const std::string& ref, const std::string& other, const std::string& kind, const Stamp& stamp) {
    const auto [here, there] = reg::link_relations(kind);
    if (ref == other) throw UsageError(fmt::format("{} cannot be linked to itself", ref));
    translate_sqlite(fmt::format("linking {} and {}", ref, other), [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        recompute_if_stale();
        (void)case_or_throw(other);
        const auto link = [&](const std::string& from, const std::string& to, const std::string& relation) {
            append_in_transaction(from, reg::linked_event, stamp.today,
                                  [&](const reg::CaseRecord& record, const std::vector<reg::Event>&) {
                for (const auto& l : record.links)
                    if (l.other == to && l.relation == relation)
                        throw RefusedError(fmt::format("{} is linked to {} as {} already", from, to, relation));
                return nlohmann::json{{"other", to}, {"relation", relation}};
            }, stamp);
        };
        link(ref, other, here);
        link(other, ref, there);
        tx.commit();
    });
}

Register::MergeReport Register::merge_cases(const std::string& duplicate, const std::string& into,
                                            const std::string& reason, const Stamp& stamp) {
    check_reason(reason);
    if (duplicate == into) throw UsageError(fmt::format("{} cannot be merged into itself", duplicate));
    MergeReport moved;
    translate_sqlite(fmt::format("merging {} into {}", duplicate, into), [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        recompute_if_stale();
        const auto from = case_or_throw(duplicate);
        const auto to = case_or_throw(into);
        if (from.is_voided()) throw RefusedError(fmt::format("{} was voided on {}: there is nothing to merge", duplicate, from.voided_on->iso()));
        if (to.is_voided()) throw RefusedError(fmt::format("{} was voided on {}: merge into the case that stands", into, to.voided_on->iso()));
        const std::string salt = register_salt(impl_->db);
        append_in_transaction(into, reg::merged_event, stamp.today, [&](const reg::CaseRecord&, const std::vector<reg::Event>&) {
            nlohmann::json parties = nlohmann::json::array(), personal = nlohmann::json::array();
            for (auto p : parties_of(duplicate)) {
                p.case_ref = into;
                parties.push_back(party_entry(salt, p));
                ++moved.parties;
            }
            for (auto n : notes_of(duplicate)) {
                n.case_ref = into;
                personal.push_back(personal_entry(salt, "notes", n.id, note_columns(n)));
                ++moved.notes;
            }
            for (auto c : correspondence_of(duplicate)) {
                c.case_ref = into;
                c.step_seq.reset(); // the step it evidenced was the duplicate's
                personal.push_back(personal_entry(salt, "correspondence", c.id, correspondence_columns(c)));
                ++moved.correspondence;
            }
            for (auto a : attachments_of(duplicate)) {
                a.case_ref = into;
                personal.push_back({{"table", "attachments"}, {"id", a.id}, {"digest", attachment_digest(salt, a)}});
                ++moved.attachments;
            }
            for (const char* sql : {"UPDATE parties SET case_ref = ? WHERE case_ref = ?",
                                    "UPDATE attachments SET case_ref = ? WHERE case_ref = ?",
                                    "UPDATE notes SET case_ref = ? WHERE case_ref = ?",
                                    "UPDATE correspondence SET case_ref = ?, step_seq = NULL WHERE case_ref = ?"}) {
                SQLite::Statement move(impl_->db, sql);
                move.bind(1, into);
                move.bind(2, duplicate);
                move.exec();
            }
            return nlohmann::json{{"from", duplicate}, {"reason", reason}, {"parties", parties}, {"personal", personal}};
        }, stamp);
        const auto link = [&](const std::string& a, const std::string& b, const char* relation) {
            append_in_transaction(a, reg::linked_event, stamp.today, [&](const reg::CaseRecord& record, const std::vector<reg::Event>&) {
                for (const auto& l : record.links)
                    if (l.other == b && l.relation == relation) return nlohmann::json{{"other", b}, {"relation", relation}, {"again", true}};
                return nlohmann::json{{"other", b}, {"relation", relation}};
            }, stamp);
        };
        link(duplicate, into, "duplicate-of");
        link(into, duplicate, "duplicated-by");
        append_in_transaction(duplicate, reg::voided_event, stamp.today, [&](const reg::CaseRecord&, const std::vector<reg::Event>&) {
            return nlohmann::json{{"case", true}, {"merged_into", into}, {"reason", reason}};
        }, stamp);
        tx.commit();
    });
    return moved;
}

} // namespace plaint::store
