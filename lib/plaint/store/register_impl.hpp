#pragma once
// Internals shared by the register_*.cpp files. Not part of the library's API.

#include "plaint/store/documents.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/register.hpp"
#include "plaint/store/register_file.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <string>

namespace plaint::store::detail {

struct Head {
    std::int64_t seq = 0;
    std::string hash;
};

// Runs `body`, turning SQLite's exceptions into StoreErrors that say what
// was being done and, for the common causes, what to do about it.
void translate_sqlite(const std::string& doing, const std::function<void()>& body);

std::string register_salt(SQLite::Database& db);
// What the journal's genesis hash covers (store/journal.hpp).
Genesis register_genesis(SQLite::Database& db);
// Runs one schema migration's SQL, with the C++ step that a "-- @step NAME"
// line in it names run at that line (register_upgrade.cpp).
void run_migration(SQLite::Database& db, const char* sql);
Head journal_head(SQLite::Database& db);
// Appends an event: fills seq, prev_hash and hash, moves the head.
void append_event(SQLite::Database& db, reg::Event& event);
// INSERT INTO events, and its parameters for an event whose details are
// `details` (its canonical_json(details)) and effective date `date` (its iso()).
// Texts are bound without a copy: they must outlive the insert.
const std::string& event_insert_sql();
void bind_event(SQLite::Statement& insert, const reg::Event& event, const std::string& details,
                const std::string& date);
// The definition of a logged case's procedure, stored once per hash (what
// else logging means is in plaint/store/logging.hpp).
void store_definition(SQLite::Database& db, const reg::NewCase& c, const std::string& now);
reg::Event read_event(SQLite::Statement& row); // columns as in event_columns
// An event as stored, for verify: its fields, its date and details as text
// (checked before they are read), whether its content was erased.
struct StoredEvent {
    reg::Event event; // without its effective date and details
    std::string date, details;
    bool erased = false;
};
StoredEvent read_stored_event(SQLite::Statement& row); // columns as in event_columns
// The details as the replay reads them: parsed, or kept as text when
// unreadable ({"unreadable": TEXT}); null once erased.
void parse_details(StoredEvent& event);
extern const char* const event_columns;
void save_case(SQLite::Database& db, const reg::CaseRecord& record);
reg::CaseRecord read_case(SQLite::Statement& row); // columns as in case_columns
extern const char* const case_columns;
// Writers wait this long for each other before giving up.
inline constexpr int busy_timeout_ms = 60'000;
// Writes a case's aspects, lessons and actions (register_details.cpp),
// replacing what is stored for it when `replace`.
class DetailWriter {
public:
    explicit DetailWriter(SQLite::Database& db);
    void write(const reg::CaseRecord& record, bool replace);

private:
    SQLite::Statement delete_aspects_, delete_lessons_, delete_actions_, delete_links_, delete_contributions_;
    SQLite::Statement insert_aspect_, insert_lesson_, insert_action_, insert_link_, insert_contribution_;
};

// Reads a case's aspects, lessons and actions into the record.
class DetailReader {
public:
    explicit DetailReader(SQLite::Database& db);
    void read(reg::CaseRecord& record);

private:
    SQLite::Statement aspects_, lessons_, actions_, links_, contributions_;
};
// A cursor over rows ordered by case reference (column 0).
class ByCase {
public:
    ByCase(SQLite::Database& db, const std::string& sql) : q_(db, sql) { step(); }
    bool at(const std::string& ref) const { return more_ && ref_ == ref; }
    // True while the cursor is on a row of a case before `ref` (or of any
    // case, when `ref` is empty: the end).
    bool before(const std::string& ref) const { return more_ && (ref.empty() || ref_ < ref); }
    const std::string& ref() const { return ref_; }
    SQLite::Statement& row() { return q_; }
    void step() {
        more_ = q_.executeStep();
        if (more_) ref_ = q_.getColumn(0).getString();
    }

private:
    SQLite::Statement q_;
    bool more_ = false;
    std::string ref_;
};
// The same for cases read in reference order (verify, rebuild): each table
// read once by a cursor in the same order instead of queried case by case.
class DetailCursor {
public:
    explicit DetailCursor(SQLite::Database& db);
    // Cases must come in ascending reference order.
    void read(reg::CaseRecord& record);

private:
    ByCase aspects_, lessons_, actions_, links_, contributions_;
};

// The full-text indexes (schemas/011) from the tables, in one statement each.
void fill_search_index(SQLite::Database& db);
// Runs `body`, which rewrites every case (rebuild), inside the caller's
// transaction with the search triggers (search_*) dropped, then creates them
// again and fills the indexes: row by row the triggers took 3.6 times as long.
void without_search_triggers(SQLite::Database& db, const std::function<void()>& body);

// References that have aspects, lessons or actions but no case row.
std::vector<std::string> orphan_details(SQLite::Database& db);

// A statement prepared once per Register connection and reused, reset and
// with its bindings cleared: the per-case writes (save_case, save_clocks)
// otherwise spend more time compiling their SQL than running it (a third of
// `plaint demo`). Only for the connection a Register::Impl owns, whose
// destructor releases them before the connection closes.
SQLite::Statement& cached_statement(SQLite::Database& db, const std::string& sql);
void release_statements(SQLite::Database& db);

// Binds a statement's parameters without copying their text (SQLITE_STATIC;
// a copy costs SQLite an allocation per value, and the per-case writes bind
// dozens). Texts bound must outlive the statement's next step; dates are
// written into the binder, which must live as long. Empty optionals and,
// with text_or_null, empty strings are bound as NULL.
class Binder {
public:
    explicit Binder(SQLite::Statement& s) : s_(s) {}
    Binder& text(int index, const std::string& value) {
        s_.bindNoCopy(index, value);
        return *this;
    }
    Binder& text_or_null(int index, const std::string& value) {
        if (value.empty()) s_.bind(index);
        else s_.bindNoCopy(index, value);
        return *this;
    }
    // A temporary would be gone before the statement runs.
    Binder& text(int index, std::string&& value) = delete;
    Binder& text_or_null(int index, std::string&& value) = delete;
    Binder& text(int index, std::optional<std::string>&& value) = delete;
    Binder& text(int index, const std::optional<std::string>& value) {
        if (value) s_.bindNoCopy(index, *value);
        else s_.bind(index);
        return *this;
    }
    Binder& date(int index, Date value) {
        s_.bindNoCopy(index, dates_.emplace_back(value.iso()));
        return *this;
    }
    Binder& date(int index, const std::optional<Date>& value) {
        if (value) date(index, *value);
        else s_.bind(index);
        return *this;
    }
    template <typename Number>
    Binder& number(int index, Number value) {
        s_.bind(index, static_cast<std::int64_t>(value));
        return *this;
    }
    Binder& number(int index, const std::optional<int>& value) {
        if (value) s_.bind(index, *value);
        else s_.bind(index);
        return *this;
    }

private:
    SQLite::Statement& s_;
    std::deque<std::string> dates_; // stable addresses as dates are added
};

// The register's calendar as its journal's register-level events say it is
// (register_calendar.cpp): replayed by verify and rebuild, in journal order.
struct CalendarReplay {
    std::optional<std::string> division; // the newest division-set, if any
    std::map<std::pair<std::string, std::string>, CalendarDay> days; // by (date, kind)
    std::vector<Problem> problems;       // events that could not be replayed
};
// Applies one register-level event (case_ref "").
void replay_calendar_event(const reg::Event& event, CalendarReplay& replay);
// How the calendar_days table and the division differ from the replay, one
// message per difference.
std::vector<std::string> calendar_differences(SQLite::Database& db, const CalendarReplay& replay);
// verify: the replay's problems and differences, as problems.
void check_calendar(SQLite::Database& db, const CalendarReplay& replay, VerifyReport& report);
void insert_calendar_day(SQLite::Database& db, const CalendarDay& day);
nlohmann::json calendar_day_json(const CalendarDay& day);
// Inserts those of `days` that no day in the register blocks (the same kind
// on the date, or a holiday against a cancellation) with one
// calendar-imported event naming `from`; returns them (none: no event).
std::vector<CalendarDay> record_calendar_days(SQLite::Database& db, const std::vector<CalendarDay>& days,
                                              const std::string& from, const Stamp& stamp);

// The digests the journal records for personal rows (verify): the parties
// by id, and the other personal tables' rows by table, then id.
struct Digests {
    std::map<std::int64_t, std::string> parties;
    std::map<std::string, std::map<std::int64_t, std::string>> rows;
};
// The journal's entry for a personal row: {"table", "id", "digest"}.
nlohmann::json personal_entry(const std::string& salt, const std::string& table, std::int64_t id,
                              const nlohmann::json& columns);
// The rows of a personal table (notes, correspondence, party_history) in
// the order of their case's reference, then id (a party_history row: its
// seq, under its party's case), each with the columns its digest covers.
class PersonalRows {
public:
    PersonalRows(SQLite::Database& db, std::string table);
    bool more() const { return more_; }
    const std::string& ref() const { return ref_; }
    std::int64_t id() const { return id_; }
    const nlohmann::json& columns() const { return columns_; }
    const std::string& table() const { return table_; }
    void step();

private:
    std::string table_;
    SQLite::Statement q_;
    bool more_ = false;
    std::string ref_;
    std::int64_t id_ = 0;
    nlohmann::json columns_;
};
// Attachments (register_attachments.cpp). The salted digest of an
// attachments row, recorded in its `attached` event's "personal" entry.
std::string attachment_digest(const std::string& salt, const Register::Attachment& a);
// verify: every attachments row against `digests` (the journal's, by id:
// rows added, changed or deleted outside plaint are problems), every blob's
// chunks re-hashed in order against its SHA-256 and size, every document
// file of the register at `path` re-hashed likewise (missing, truncated or
// altered), and every attachment's content present. (What else is in the
// documents directory: document_notes, register_documents.hpp.)
void check_attachments(SQLite::Database& db, const std::filesystem::path& path,
                       const std::map<std::int64_t, std::string>& digests, VerifyReport& report);
// The attachment's document file opened, or a StoreError naming the
// attachment; its content checked against the attachment's SHA-256 and size
// (StoreError: altered); whether its content is a document file.
FileHandle open_attachment_document(const DocumentDirectory& documents, const Register::Attachment& a);
void check_attachment_digest(const Register::Attachment& a, const ContentDigest& digest);
bool kept_in_directory(SQLite::Database& db, const Register::Attachment& a);
// verify: the documents directory's part of check_attachments
// (register_documents.cpp); `users(sha256)` names the attachments using one.
void check_documents(SQLite::Database& db, const std::filesystem::path& path,
                     const std::function<std::string(const std::string&)>& users, VerifyReport& report);
// Copies from the documents directory `from` into `to` every document that
// the register file `listed_in` keeps in a documents directory (a document
// already in `to` with its content is left), each through a temporary file
// fdatasynced and renamed; `to` is made (0700) when there is one to copy.
// backup: (the copy, this register's directory, the copy's directory);
// restore: (the backup, the backup's directory, the register's directory),
// before the restored file takes the register's place. Returns how many
// were copied; StoreError when one is missing from `from`. `shared`: `to`
// belongs to a register its group shares (modes as DocumentDirectory's).
std::int64_t copy_documents(const std::filesystem::path& listed_in, const std::filesystem::path& from,
                            const std::filesystem::path& to, bool shared);

// verify: every seal (the register's and the exported ones in `trust`)
// against its signature, the trusted keys, the chain of seals and the
// journal's hashes (register_seals.cpp).
void check_seals(SQLite::Database& db, const SealTrust& trust, VerifyReport& report);

// SQLite flags for opening a register; the first call also sets SQLite's
// process-wide options.
int open_flags(int flags);
// For a connection that only reads: closing it never tries the exclusive
// lock a checkpoint on close takes (it could not checkpoint anyway), which a
// reader opening at that moment would meet as "database is locked".
void reader_closes_quietly(SQLite::Database& db);

// Replaces a case's stored clocks.
void save_clocks(SQLite::Database& db, const std::string& ref, const std::vector<reg::ClockRow>& clocks);
// The clocks table's columns in the order read_clock reads them (case_ref first).
extern const char* const clock_columns;
reg::ClockRow read_clock(SQLite::Statement& row);
// Stores the clocks of a case that has none stored yet.
void insert_clocks(SQLite::Database& db, const std::string& ref, const std::vector<reg::ClockRow>& clocks);

} // namespace plaint::store::detail

namespace plaint::store {

struct Register::Impl {
    std::filesystem::path path;
    SQLite::Database db;
    std::vector<std::string> warnings;
    std::optional<std::string> shared_group; // detail::shared_group(path) when opened
    // The register whose documents directory verify checks: this one, or,
    // for a backup staged by restore, the backup (documents_of_register).
    std::optional<std::filesystem::path> documents_of;
    ClockProjector projector;
    std::string calendar_fingerprint;
    CalendarRebuild calendar_rebuild;
    SealTrust seal_trust; // what verify checks the seals against
    // Every stored procedure definition, by hash, while verify works out
    // clocks on threads that must not touch the connection (definition_text
    // answers from here); empty otherwise.
    std::optional<std::map<std::string, std::string>> definitions;

    // Stores the case's clocks when a projector is set.
    // A voided case has none; the clocks are worked out from the journal as
    // corrected (voided steps left out, amendments applied).
    void project(const reg::CaseRecord& record, const std::vector<reg::Event>& events) {
        if (!projector) return;
        if (record.is_voided()) detail::save_clocks(db, record.ref, {});
        else if (reg::has_corrections(events)) detail::save_clocks(db, record.ref, projector(record, reg::corrected(events)));
        else detail::save_clocks(db, record.ref, projector(record, events));
    }

    // The file opened (register_file.hpp): checked again before each commit.
    detail::FileIdentity identity;

    // `name` is the path, or an SQLite URI for it (flags with OPEN_URI).
    Impl(std::filesystem::path file, const std::string& name, int flags)
        : path(std::move(file)), db(name, detail::open_flags(flags)) {
        if (flags & SQLite::OPEN_READONLY) detail::reader_closes_quietly(db);
    }
    Impl(std::filesystem::path file, int flags) : Impl(file, file.string(), flags) {}
    ~Impl() {
        detail::release_statements(db);
        if (!temporary.empty()) {
            std::error_code ec;
            std::filesystem::remove(temporary, ec);
            std::filesystem::remove(temporary.string() + "-journal", ec);
        }
    }
    // A private copy this connection works on (Register::open_verifiable),
    // removed with it; `path` is still the register's.
    std::filesystem::path temporary;
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
};

} // namespace plaint::store
