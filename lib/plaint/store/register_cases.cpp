// Cases, events and parties: logging, reading and listing.

#include "plaint/core/error.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/logging.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <algorithm>

namespace plaint::store {
namespace detail {

const char* const event_columns =
    "seq, case_ref, type, effective_date, recorded_at, actor, details, prev_hash, hash, content_hash";
const char* const case_columns =
    "ref, year, number, kind, procedure, state, channel, received, incident_date, summary, subject, service,"
    " provider, owner, closed_on, logged_at, updated_at, last_seq, procedure_hash, age_band, complainant_status,"
    " categories, outcome, resolved_on, ombudsman_on, voided_on, received_as_logged, risk_consequence,"
    " risk_likelihood, risk_score, risk_level, risk_matrix, risk_graded_on";

namespace {

std::optional<std::string> optional_text(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getString();
}

std::optional<Date> optional_date(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return parse_iso_date(c.getString());
}

Date date_column(const SQLite::Column& c) {
    if (auto d = parse_iso_date(c.getString())) return *d;
    throw StoreError(fmt::format("the register holds an invalid date '{}' in column {}", c.getString(), c.getName()));
}

} // namespace

std::string register_salt(SQLite::Database& db) {
    return db.execAndGet("SELECT salt FROM register WHERE id = 1").getString();
}

Genesis register_genesis(SQLite::Database& db) {
    SQLite::Statement q(db, "SELECT salt, organisation, reference_prefix, default_procedure, created_at"
                            " FROM register WHERE id = 1");
    if (!q.executeStep()) throw StoreError("the register has no register row");
    return {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
            q.getColumn(3).getString(), q.getColumn(4).getString()};
}

Head journal_head(SQLite::Database& db) {
    SQLite::Statement q(db, "SELECT journal_head_seq, journal_head_hash FROM register WHERE id = 1");
    q.executeStep();
    return {q.getColumn(0).getInt64(), q.getColumn(1).getString()};
}

const std::string& event_insert_sql() {
    static const std::string sql =
        fmt::format("INSERT INTO events ({}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", event_columns);
    return sql;
}

void bind_event(SQLite::Statement& insert, const reg::Event& e, const std::string& details, const std::string& date) {
    insert.bind(1, static_cast<int64_t>(e.seq));
    Binder(insert).text(2, e.case_ref).text(3, e.type).text(4, date).text(5, e.recorded_at).text(6, e.actor)
        .text(7, details).text(8, e.prev_hash).text(9, e.hash).text(10, e.content_hash);
}

void append_event(SQLite::Database& db, reg::Event& e) {
    const Head head = journal_head(db);
    e.seq = head.seq + 1;
    e.prev_hash = head.hash;
    const std::string details = canonical_json(e.details);
    e.content_hash = content_hash(register_salt(db), details);
    e.hash = event_hash(e);
    const std::string date = e.effective_date.iso();
    SQLite::Statement insert(db, event_insert_sql());
    bind_event(insert, e, details, date);
    insert.exec();
    SQLite::Statement move(db, "UPDATE register SET journal_head_seq = ?, journal_head_hash = ? WHERE id = 1");
    move.bind(1, static_cast<int64_t>(e.seq));
    move.bind(2, e.hash);
    move.exec();
}

StoredEvent read_stored_event(SQLite::Statement& q) {
    StoredEvent s;
    reg::Event& e = s.event;
    e.seq = q.getColumn(0).getInt64();
    e.case_ref = q.getColumn(1).getString();
    e.type = q.getColumn(2).getString();
    s.date = q.getColumn(3).getString();
    e.recorded_at = q.getColumn(4).getString();
    e.actor = q.getColumn(5).getString();
    s.erased = q.getColumn(6).isNull();
    if (!s.erased) s.details = q.getColumn(6).getString();
    e.prev_hash = q.getColumn(7).getString();
    e.hash = q.getColumn(8).getString();
    e.content_hash = q.getColumn(9).getString();
    return s;
}

void parse_details(StoredEvent& s) {
    if (s.erased) {
        s.event.details = nullptr;
        return;
    }
    s.event.details = nlohmann::json::parse(s.details, nullptr, false);
    if (s.event.details.is_discarded()) s.event.details = nlohmann::json{{"unreadable", std::move(s.details)}};
}

reg::Event read_event(SQLite::Statement& q) {
    StoredEvent s = read_stored_event(q);
    s.event.effective_date = date_column(q.getColumn(3));
    parse_details(s);
    return std::move(s.event);
}

void save_case(SQLite::Database& db, const reg::CaseRecord& r) {
    static const std::string sql = fmt::format("INSERT OR REPLACE INTO cases ({}) VALUES "
                                               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                               " ?, ?, ?, ?, ?, ?, ?, ?)",
                                               case_columns);
    auto& s = cached_statement(db, sql);
    Binder b(s);
    b.text(1, r.ref).number(2, r.year).number(3, r.number).text(4, r.kind).text(5, r.procedure).text(6, r.state);
    b.text(7, r.channel).date(8, r.received).date(9, r.incident_date).text(10, r.summary).text(11, r.subject);
    b.text(12, r.service).text(13, r.provider).text(14, r.owner).date(15, r.closed_on).text(16, r.logged_at);
    b.text(17, r.updated_at).number(18, r.last_seq).text_or_null(19, r.procedure_hash).text(20, r.age_band);
    b.text(21, r.complainant_status).text(22, r.categories).text(23, r.outcome).date(24, r.resolved_on);
    b.date(25, r.ombudsman_on).date(26, r.voided_on).date(27, r.received_as_logged);
    if (r.risk) {
        b.number(28, r.risk->consequence).number(29, r.risk->likelihood).number(30, r.risk->score);
        b.text(31, r.risk->level).text(32, r.risk->matrix).date(33, r.risk->graded_on);
    } else {
        for (int i = 28; i <= 33; ++i) s.bind(i);
    }
    s.exec();
}

reg::CaseRecord read_case(SQLite::Statement& q) {
    reg::CaseRecord r;
    r.ref = q.getColumn(0).getString();
    r.year = q.getColumn(1).getInt();
    r.number = q.getColumn(2).getInt();
    r.kind = q.getColumn(3).getString();
    r.procedure = q.getColumn(4).getString();
    r.state = q.getColumn(5).getString();
    r.channel = optional_text(q.getColumn(6));
    r.received = date_column(q.getColumn(7));
    r.incident_date = optional_date(q.getColumn(8));
    r.summary = q.getColumn(9).getString();
    r.subject = optional_text(q.getColumn(10));
    r.service = optional_text(q.getColumn(11));
    r.provider = optional_text(q.getColumn(12));
    r.owner = optional_text(q.getColumn(13));
    r.closed_on = optional_date(q.getColumn(14));
    r.logged_at = q.getColumn(15).getString();
    r.updated_at = q.getColumn(16).getString();
    r.last_seq = q.getColumn(17).getInt64();
    r.procedure_hash = q.getColumn(18).isNull() ? std::string() : q.getColumn(18).getString();
    r.age_band = optional_text(q.getColumn(19));
    r.complainant_status = optional_text(q.getColumn(20));
    r.categories = optional_text(q.getColumn(21));
    r.outcome = optional_text(q.getColumn(22));
    r.resolved_on = optional_date(q.getColumn(23));
    r.ombudsman_on = optional_date(q.getColumn(24));
    r.voided_on = optional_date(q.getColumn(25));
    r.received_as_logged = optional_date(q.getColumn(26));
    if (!q.getColumn(27).isNull())
        r.risk = reg::RiskGrade{q.getColumn(27).getInt(), q.getColumn(28).getInt(), q.getColumn(29).getInt(),
                                q.getColumn(30).getString(), q.getColumn(31).getString(), date_column(q.getColumn(32))};
    return r;
}


void store_definition(SQLite::Database& db, const reg::NewCase& c, const std::string& now) {
    if (c.definition_hash.empty()) return;
    auto& s = cached_statement(db, "INSERT OR IGNORE INTO procedure_definitions (hash, id, source, text, stored_at)"
                                   " VALUES (?, ?, ?, ?, ?)");
    Binder(s).text(1, c.definition_hash).text(2, c.procedure).text(3, c.definition_source).text(4, c.definition_text)
        .text(5, now);
    s.exec();
}

} // namespace detail

namespace {

using namespace detail;

// The highest number of a reference year (the index on cases (year, number)).
int highest_number(SQLite::Database& db, int year) {
    SQLite::Statement q(db, "SELECT COALESCE(MAX(number), 0) FROM cases WHERE year = ?");
    q.bind(1, year);
    q.executeStep();
    return q.getColumn(0).getInt();
}

std::int64_t insert_party(SQLite::Database& db, const reg::Party& p) {
    SQLite::Statement s(db, "INSERT INTO parties (case_ref, role, name, contact) VALUES (?, ?, ?, ?)");
    s.bind(1, p.case_ref);
    s.bind(2, p.role);
    s.bind(3, p.name);
    s.bind(4, p.contact);
    s.exec();
    return db.getLastInsertRowid();
}

} // namespace

reg::CaseRecord Register::log_case(reg::NewCase c, const Stamp& stamp) {
    std::vector<reg::NewCase> one;
    one.push_back(std::move(c));
    return log_cases(std::move(one), stamp).front();
}

std::vector<reg::CaseRecord> Register::log_cases(std::vector<reg::NewCase> cases, const Stamp& stamp) {
    for (const auto& c : cases) reg::validate(c);
    std::vector<reg::CaseRecord> records;
    records.reserve(cases.size());
    translate_sqlite("logging the case", [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        recompute_if_stale();
        const auto reg_info = info();
        const std::string salt = register_salt(impl_->db);
        // A case logged now takes its reference in the year it is logged.
        ReferenceNumbers numbers(reg_info.reference_prefix, [&](int year) { return highest_number(impl_->db, year); });
        DetailWriter details(impl_->db);
        for (auto& c : cases) {
            if (c.procedure.empty()) c.procedure = reg_info.default_procedure;
            store_definition(impl_->db, c, stamp.now);
            const auto assigned = numbers.next(stamp.today.year());
            const std::string& ref = assigned.ref;
            nlohmann::json parties = nlohmann::json::array();
            for (auto& p : c.parties) {
                p.case_ref = ref;
                p.id = insert_party(impl_->db, p);
                parties.push_back(party_entry(salt, p));
            }
            reg::Event event{0, ref, "logged", c.received, stamp.now, stamp.actor,
                             logged_details(c, assigned.year, assigned.number, parties), {}, {}, {}};
            append_event(impl_->db, event);
            reg::CaseRecord record;
            reg::apply_event(record, event);
            save_case(impl_->db, record);
            details.write(record, false);
            impl_->project(record, {event});
            records.push_back(std::move(record));
        }
        tx.commit();
    });
    return records;
}

reg::Event Register::append_step(const std::string& ref, const std::string& type, Date effective,
                                 const StepCheck& check, const Stamp& stamp) {
    reg::Event event;
    translate_sqlite(fmt::format("recording {} on {}", type, ref), [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        recompute_if_stale();
        event = append_in_transaction(ref, type, effective, check, stamp);
        tx.commit();
    });
    return event;
}

reg::Event Register::append_in_transaction(const std::string& ref, const std::string& type, Date effective,
                                           const StepCheck& check, const Stamp& stamp) {
    reg::CaseRecord record = case_or_throw(ref);
    auto events = events_of(ref);
    reg::Event probe;
    probe.type = type;
    const bool step = reg::is_step(probe);
    if (step && record.is_voided())
        throw RefusedError(fmt::format("{} was voided on {}: it was logged in error", ref, record.voided_on->iso()),
                           "'plaint show' shows why; steps are recorded on the case that stands");
    // A procedure step is checked against the journal as corrected (voids
    // and amendments applied); a case-file record sees the journal as it is.
    const bool corrections = reg::has_corrections(events);
    const auto details = step && corrections ? check(record, reg::corrected(events)) : check(record, events);
    reg::Event event{0, ref, type, effective, stamp.now, stamp.actor, details, {}, {}, {}};
    append_event(impl_->db, event);
    const bool late = step &&
        std::any_of(events.begin(), events.end(), [&](const reg::Event& e) { return reg::is_step(e) && e.effective_date > effective; });
    events.push_back(event);
    // A step recorded late is worked into the history where it happened;
    // a void or an amendment works the case out again.
    if (late || type == reg::voided_event || type == reg::amended_event) record = reg::project(events);
    else reg::apply_event(record, event);
    save_case(impl_->db, record);
    DetailWriter(impl_->db).write(record, true);
    impl_->project(record, events);
    return event;
}

std::optional<std::string> Register::definition_text(const std::string& hash) const {
    if (impl_->definitions) {
        const auto it = impl_->definitions->find(hash);
        return it == impl_->definitions->end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    std::optional<std::string> text;
    translate_sqlite("reading a procedure definition", [&] {
        SQLite::Statement q(impl_->db, "SELECT text FROM procedure_definitions WHERE hash = ?");
        q.bind(1, hash);
        if (q.executeStep()) text = q.getColumn(0).getString();
    });
    return text;
}

bool Register::definitions_in_memory() const { return impl_->definitions.has_value(); }

std::optional<reg::CaseRecord> Register::find_case(const std::string& ref) const {
    std::optional<reg::CaseRecord> found;
    translate_sqlite("reading the case", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT {} FROM cases WHERE ref = ?", case_columns));
        q.bind(1, ref);
        if (!q.executeStep()) return;
        found = read_case(q);
        DetailReader(impl_->db).read(*found);
    });
    return found;
}

reg::CaseRecord Register::case_or_throw(const std::string& ref) const {
    if (auto found = find_case(ref)) return *found;
    throw NotFoundError(fmt::format("no case {} in {}", ref, impl_->path.string()),
                        "'plaint list' shows the references");
}

std::vector<reg::Event> Register::events_of(const std::string& ref) const {
    std::vector<reg::Event> events;
    translate_sqlite("reading the journal", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT {} FROM events WHERE case_ref = ? ORDER BY seq", event_columns));
        q.bind(1, ref);
        while (q.executeStep()) events.push_back(read_event(q));
    });
    return events;
}

std::vector<reg::Party> Register::parties_of(const std::string& ref) const {
    std::vector<reg::Party> parties;
    translate_sqlite("reading the parties", [&] {
        SQLite::Statement q(impl_->db, "SELECT id, case_ref, role, name, contact FROM parties WHERE case_ref = ? ORDER BY id");
        q.bind(1, ref);
        while (q.executeStep())
            parties.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                               q.getColumn(3).getString(), q.getColumn(4).getString()});
    });
    return parties;
}

void Register::for_each_case(const CaseFilter& f, const std::function<void(const reg::CaseRecord&)>& each) const {
    std::string where = "1 = 1";
    std::vector<std::string> values;
    auto text = [&](const std::optional<std::string>& v, const char* column) {
        if (!v) return;
        where += fmt::format(" AND {} = ?", column);
        values.push_back(*v);
    };
    text(f.state, "state");
    text(f.kind, "kind");
    text(f.owner, "owner");
    text(f.provider, "provider");
    text(f.subject, "subject");
    text(f.procedure, "procedure");
    if (f.received_from) { where += " AND received >= ?"; values.push_back(f.received_from->iso()); }
    if (f.received_to) { where += " AND received <= ?"; values.push_back(f.received_to->iso()); }
    if (!f.include_voided) where += " AND voided_on IS NULL";
    // Risk grades (plaint grade): the level as recorded, or a score at least.
    text(f.risk_level, "risk_level");
    if (f.min_risk_score) { where += " AND risk_score >= CAST(? AS INTEGER)"; values.push_back(std::to_string(*f.min_risk_score)); }
    if (f.status == CaseFilter::Status::open) where += " AND closed_on IS NULL";
    if (f.status == CaseFilter::Status::closed) where += " AND closed_on IS NOT NULL";
    translate_sqlite("listing cases", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT {} FROM cases WHERE {} ORDER BY year, number", case_columns, where));
        for (std::size_t i = 0; i < values.size(); ++i) q.bind(static_cast<int>(i + 1), values[i]);
        DetailReader details(impl_->db);
        while (q.executeStep()) {
            auto record = read_case(q);
            details.read(record);
            each(record);
        }
    });
}

} // namespace plaint::store
