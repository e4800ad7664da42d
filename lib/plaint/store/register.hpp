#pragma once
// The register: one SQLite file holding the journal, the case projection and
// the parties. This facade is the only place with SQL. Every write method
// runs in one IMMEDIATE transaction: all of it commits, or none of it does.
// Concurrent writers wait (busy timeout) rather than fail.

#include "plaint/core/error.hpp"
#include "plaint/register/case.hpp"
#include "plaint/store/seals.hpp"

#include <filesystem>
#include <sys/types.h>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace plaint::store {

struct RegisterInfo {
    std::string organisation;
    std::string default_procedure = "nhs-complaint";
    std::string calendar = "england-and-wales";
    std::string reference_prefix = "C";
    std::string created_at;
    int schema_version = 0;
    std::int64_t journal_events = 0;
    std::string journal_head;
};

struct CaseFilter {
    std::optional<std::string> state, kind, owner, provider, subject, procedure;
    bool include_voided = false; // cases logged in error (plaint void)
    std::optional<std::string> risk_level; // graded at this level (plaint grade)
    std::optional<int> min_risk_score;      // graded with at least this score
    std::optional<Date> received_from, received_to; // inclusive
    enum class Status { all, open, closed } status = Status::all;
};

// Who and when: recorded on every event.
struct Stamp {
    std::string actor;
    std::string now; // UTC timestamp, YYYY-MM-DDTHH:MM:SSZ
    Date today;
};

// Which open clocks `plaint due` wants.
struct DueFilter {
    std::optional<Date> due_by;  // due on or before (paused clocks always match)
    std::vector<std::string> owners; // any of these (a team); empty: all
    std::optional<std::string> procedure, clock, provider;
    bool with_complainant = false;   // join the complainant's name (personal data)
    bool include_paused = true;      // false: running clocks only, found by due date alone
    bool include_waiting = false;    // clocks waiting for consent, a summary, information
};

// Computes a case's clocks from its record and journal (set by casework).
using ClockProjector =
    std::function<std::vector<reg::ClockRow>(const reg::CaseRecord&, const std::vector<reg::Event>&)>;

// A case with its whole history, for bulk loading (demonstration registers,
// imports). The steps' details are complete as procedure::check_step makes them.
struct ImportedCase {
    reg::NewCase new_case;
    struct Step {
        std::string type;
        Date on;
        nlohmann::json details;
    };
    std::vector<Step> steps;
};

struct Problem {
    std::int64_t seq = 0; // the first event concerned, 0 when none
    std::string message;
};

struct VerifyReport {
    std::int64_t events = 0;
    std::int64_t cases = 0;
    std::string head;
    std::vector<Problem> problems;
    std::vector<std::string> notes;  // what was not checked, and why
    std::vector<std::string> advice; // what to do about the problems
    SealSummary seals; // register_seals.cpp
    bool ok() const { return problems.empty(); }
};

struct RebuildReport {
    std::int64_t events = 0;
    std::int64_t cases = 0;
    std::int64_t changed = 0;          // projection rows that differed from the journal
    std::vector<std::string> repaired; // what they were (the first 20 named, then "and N more")
};

enum class Access { read_only, read_write };

// An older register whose journal is broken, found while upgrading it (the
// upgrade is refused): verify reports it as a finding, not as an error.
class BrokenJournalError : public StoreError {
public:
    BrokenJournalError(std::int64_t seq, const std::string& message, const std::string& hint)
        : StoreError(message, hint), seq_(seq) {}
    std::int64_t seq() const { return seq_; }

private:
    std::int64_t seq_;
};

// --- the register's calendar (register_calendar.cpp): types ---
// The days a register adds to its division's rules, the same for every user
// (table calendar_days, schemas/008). Its journal events are register-level:
// case_ref "", types calendar-day-added, calendar-day-removed,
// calendar-imported and division-set.
enum class DayKind { closure, holiday, cancelled };
std::string_view day_kind_id(DayKind kind); // "closure", "holiday", "cancelled"

struct CalendarDay {
    Date date;
    DayKind kind = DayKind::closure;
    std::string name;            // "" for a cancelled day
    bool substitute = false;     // a weekday standing in for a weekend holiday
    std::string source = "command"; // a configuration file, "import:FILE", "command"
    bool operator==(const CalendarDay&) const = default;
};

struct RegisterCalendar {
    std::string division;          // register.calendar
    std::vector<CalendarDay> days; // by date, then kind
};

// What a change did: the days added or removed, and how many open cases had
// their clocks computed again in the same transaction.
struct CalendarChange {
    std::vector<CalendarDay> days;
    std::int64_t cases_recomputed = 0;
};

// Given the register's calendar after a change, inside the change's
// transaction: rebuilds what the clock projector computes with and returns
// the new calendar's fingerprint (set by casework::Session).
using CalendarRebuild = std::function<std::string(const RegisterCalendar&)>;

class Register;
namespace detail {
struct CalendarReplay; // the calendar as the journal says it is (register_impl.hpp)
// The register's SQLite connection, for the store's own files and its tests
// (declared with its type in plaint/store/register_impl.hpp); nothing outside
// lib/plaint/store and tests/unit/store reaches it.
SQLite::Database& connection(const Register& reg);
}

class Register {
public:
    // Creates a new register file, readable and writable by its owner only.
    // Throws StoreError when the file exists or cannot be created.
    // `days` seed the register's calendar (one calendar-imported event).
    // With `group`, a register that group shares on this machine (mode 0660,
    // the group's; see shared_group()): refused (StoreError) unless the
    // directory is the group's with the set-group-ID bit and this process
    // may give files to the group.
    static Register create(const std::filesystem::path& path, const RegisterInfo& info, const Stamp& stamp,
                           const std::vector<CalendarDay>& days = {}, std::optional<gid_t> group = std::nullopt);
    // Opens an existing register, upgrading an older schema when writable.
    static Register open(const std::filesystem::path& path, Access access);
    // For verify: opens the register read-only, never upgrading it. A register
    // of an older schema (an archived backup, say) is copied into a private
    // temporary file, which is upgraded (checking the old journal's chain
    // first) and read instead; `note` then says so. The file itself is never
    // changed.
    static Register open_verifiable(const std::filesystem::path& path, std::string& note);

    Register(Register&&) noexcept;
    Register& operator=(Register&&) noexcept;
    ~Register();

    const std::filesystem::path& path() const;
    // Things the user should know (a register readable by others).
    const std::vector<std::string>& warnings() const;
    // The group that shares this register on this machine (plaint init
    // --group), as the file was when opened; nullopt when it is private to
    // its owner. Changes to a shared register are recorded under the
    // account's login name (cmd/context.cpp).
    const std::optional<std::string>& shared_group() const;
    RegisterInfo info() const;

    reg::CaseRecord log_case(reg::NewCase new_case, const Stamp& stamp);
    // Logs many cases in one transaction (imports, demonstrations, benchmarks).
    std::vector<reg::CaseRecord> log_cases(std::vector<reg::NewCase> new_cases, const Stamp& stamp);
    // Appends one step to a case in one IMMEDIATE transaction. `check` sees
    // the case and its journal under the write lock and returns the event's
    // details (or throws, and nothing is written).
    using StepCheck = std::function<nlohmann::json(const reg::CaseRecord&, const std::vector<reg::Event>&)>;
    reg::Event append_step(const std::string& ref, const std::string& type, Date effective, const StepCheck& check,
                           const Stamp& stamp);
    // From now on, every write also stores the case's clocks, computed by
    // `projector` under the calendar whose fingerprint is given.
    void set_clock_projector(ClockProjector projector, std::string calendar_fingerprint);
    // Whether the stored clocks were computed under another calendar than the
    // projector's (an older register): the next write, or rebuild(), computes
    // them again; readers only report it.
    bool clocks_stale() const;
    // Open clocks, ordered by due date then reference; paused ones last.
    void for_each_open_clock(const DueFilter& filter, const std::function<void(const reg::DueRow&)>& each) const;

    // The procedure definition stored under a hash, if any.
    std::optional<std::string> definition_text(const std::string& hash) const;
    // True while definition_text answers from memory without the connection,
    // from any thread (during verify, whose clocks are worked out on threads
    // of their own).
    bool definitions_in_memory() const;

    // Appends many cases with their histories in one transaction, with the
    // journal chained and the projection (cases, clocks) maintained as usual.
    // References take the year of receipt (PREFIX-YYYY-NNNN), numbered on.
    void import_cases(std::vector<ImportedCase> cases, const Stamp& stamp);
    // The same for the cases `next` gives until it returns false, committed
    // every `per_transaction` cases. `next` runs on a thread of its own, and
    // the clock projector on two preparing threads at once, while this one
    // writes: neither may use this register, and the projector must be safe
    // to call concurrently (a casework::Definitions that already knows every
    // procedure the cases follow, say).
    void import_cases(const std::function<bool(ImportedCase&)>& next, const Stamp& stamp,
                      std::size_t per_transaction);
    // Runs `load` (imports into a new register) with the secondary indexes
    // dropped (not the UNIQUE ones), then builds them again, also when `load`
    // throws: one sort per index costs far less than updating every index
    // case by case. An import needs the register to itself.
    void load_without_indexes(const std::function<void()>& load);

    // --- the register's calendar (register_calendar.cpp): declarations below this line ---
    // Its division and days. Every change below is one IMMEDIATE transaction
    // and one register-level journal event, and recomputes the clocks of every
    // open case under the new calendar when a projector and a CalendarRebuild
    // are set. Bad input throws UsageError and writes nothing.
    RegisterCalendar calendar() const;
    void set_calendar_rebuild(CalendarRebuild rebuild);
    // Adds one day; refused when the register has a day of that kind on that
    // date, or a holiday and a cancellation would share it.
    CalendarChange add_calendar_day(const CalendarDay& day, const Stamp& stamp);
    // Removes the day of the first of `kinds` the register has on `date`.
    CalendarChange remove_calendar_day(Date date, const std::vector<DayKind>& kinds, const Stamp& stamp);
    // Adds those of `days` the register lacks (a GOV.UK feed, say), as one
    // event naming `from`; writes nothing when every day is there already.
    CalendarChange import_calendar_days(const std::vector<CalendarDay>& days, const std::string& from,
                                        const Stamp& stamp);
    // Sets the division. Refused (RefusedError) when the register holds cases,
    // unless `force`: their due dates move.
    CalendarChange set_division(const std::string& division, bool force, const Stamp& stamp);

    // --- reminders (plaint remind): declarations below this line ---
    // One attempt to send a reminder email (table reminders, schemas/005).
    struct Reminder {
        Date day;                    // the day the reminder is for
        std::string kind = "digest"; // digest (to a case owner) | summary (to the manager)
        std::string owner;           // the case owner; "" for the summary
        std::string recipient;       // the address; "" when there was none
        std::string status = "sent"; // sent | failed
        int items = 0;               // clocks listed
        std::string attempted_at;    // UTC timestamp
        std::string message_id;
        std::string error;           // why it failed
    };
    // The attempts recorded for `day`, oldest first.
    std::vector<Reminder> reminders_on(Date day) const;
    // Records one attempt in its own transaction. A 'sent' attempt replaces
    // the day's earlier 'sent' row for the same kind and owner (a resend):
    // there is never more than one.
    void record_reminder(const Reminder& reminder);
    // Claims the sending of one reminder (table reminder_claims, schemas/015)
    // before it is sent, committed at once, so that two overlapping runs
    // never send the same one: false when another run holds the claim, or
    // (unless `force`) when the day's reminder of that kind and owner was
    // sent already. `claimed_at` is the UTC timestamp of the claim.
    bool claim_reminder(Date day, const std::string& kind, const std::string& owner, const std::string& claimed_at,
                        bool force);
    // Records the attempt (as record_reminder) and releases its claim, in
    // one transaction; a failed attempt can then be retried by a later run.
    void finish_reminder(const Reminder& reminder);

    // The latest recorded_at of the journal (its head event's, or the
    // register's creation time when there is none); "" when unknown.
    std::string latest_recorded_at() const;

    // --- reports (register_reports.cpp): aggregate queries over the
    // projection. They read no personal data.
    struct ReportScope {
        Date from, to;                       // the period, inclusive
        std::vector<std::string> kinds;      // empty: every kind
        std::vector<std::string> procedures; // empty: every procedure
        std::optional<std::string> provider;
    };
    // A case is finished on resolved_on when it has an outcome, else on closed_on.
    enum class Cohort {
        received,          // received in the period
        resolved,          // a response with a KO41 outcome in the period
        closed_unresolved, // closed in the period without an outcome (withdrawn, declined ...)
        open_at_start,     // received before the period, not finished before it
        open_at_end,       // received by its last day, not finished by then
        ombudsman,         // referred to the Ombudsman in the period
    };
    struct Tally {
        std::string key; // "" where nothing is recorded
        std::int64_t count = 0;
    };
    // Counts the scope's cases in `cohort` grouped by `by`: "" (one total);
    // kind, procedure, state, provider, owner, outcome, age_band,
    // complainant_status; "month" (YYYY-MM of the cohort's date); or
    // subject, service, profession of the aspects (each case once per
    // distinct value). Ordered by key.
    std::vector<Tally> tally(const ReportScope& scope, Cohort cohort, const std::string& by) const;
    // The references of those cases whose `by` is `key`, in reference order.
    std::vector<std::string> refs_where(const ReportScope& scope, Cohort cohort, const std::string& by,
                                        const std::string& key) const;
    // A clock of the scope's cases that stopped (met or breached) in the period.
    struct StoppedClock {
        std::string ref, procedure, clock, status;
        std::string kind; // acknowledgement, response ... (the procedure file's clock kind)
        bool by_next = true; // stopped by a step that meets it (not a withdrawal); true when not known
        std::optional<std::string> owner, provider;
        Date start, due, stopped_on;
    };
    void for_each_stopped_clock(const ReportScope& scope, const std::function<void(const StoppedClock&)>& each) const;
    struct LessonRow {
        std::string ref;
        std::optional<std::string> provider;
        reg::Lesson lesson;
    };
    // Lessons recorded in the period, by date then reference.
    void for_each_lesson(const ReportScope& scope, const std::function<void(const LessonRow&)>& each) const;
    struct ActionRow {
        std::string ref;
        std::optional<std::string> provider;
        reg::Action action;
    };
    // Actions added or done in the period, or still open at its end.
    void for_each_action(const ReportScope& scope, const std::function<void(const ActionRow&)>& each) const;
    // The scope's cases whose date of receipt was amended (plaint amend) and
    // that were received in the period by either date, in reference order.
    std::vector<std::string> refs_with_amended_receipt(const ReportScope& scope) const;

    // --- the case file (register_case_file.cpp): notes, correspondence,
    // corrections, voids, links, merges. Each is one IMMEDIATE transaction
    // and one journal event on the case (two for a link: one on each case);
    // personal content goes to its own table with a salted digest in the
    // event ("personal" entries, checked by verify). Bad input throws and
    // writes nothing.
    struct Note {
        std::int64_t id = 0;
        std::string case_ref;
        Date noted_on;
        std::string author;
        std::string text;
    };
    reg::Event add_note(const std::string& ref, const std::string& text, Date on, const Stamp& stamp);
    std::vector<Note> notes_of(const std::string& ref) const;
    struct Correspondence {
        std::int64_t id = 0;
        std::string case_ref;
        std::string direction; // in | out
        std::string channel;   // letter | email | phone | meeting | ...
        Date dated;
        std::string subject;
        std::optional<std::int64_t> step_seq;    // the step it evidences
        std::vector<std::int64_t> attachments;   // attachment ids sent or received with it
    };
    // Records one item (its id filled in); `step_seq`, when set, must be a
    // step of the same case; `attachments` must be the case's.
    reg::Event record_correspondence(Correspondence& item, const Stamp& stamp);
    std::vector<Correspondence> correspondence_of(const std::string& ref) const;
    // Corrects case fields (reg::amendable_fields; null clears). `check` sees
    // the case and its journal under the write lock and throws to refuse
    // (a closed case's date of receipt, a date after a step ...).
    using CaseCheck = std::function<void(const reg::CaseRecord&, const std::vector<reg::Event>&)>;
    reg::Event amend_case(const std::string& ref, const std::map<std::string, std::optional<std::string>>& fields,
                          const std::string& reason, const CaseCheck& check, const Stamp& stamp);
    // Rectifies a party's name or contact details (the old ones kept in
    // party_history) or adds a party.
    struct PartyChange {
        std::optional<std::string> name, contact;
    };
    reg::Event amend_party(const std::string& ref, std::int64_t party_id, const PartyChange& change,
                           const std::string& reason, const Stamp& stamp);
    reg::Event add_party(const std::string& ref, reg::Party party, const std::string& reason, const Stamp& stamp);
    struct PartyVersion {
        std::int64_t party_id = 0;
        std::int64_t replaced_by_seq = 0;
        std::string name, contact;
    };
    std::vector<PartyVersion> party_history_of(const std::string& ref) const;
    // Voids one event of the case (a step recorded in error): the case and
    // its clocks are worked out as if it had not happened. `check` sees the
    // journal as it would stand and throws to refuse.
    reg::Event void_event(const std::string& ref, std::int64_t seq, const std::string& reason,
                          const CaseCheck& check, const Stamp& stamp);
    // Voids the case (logged in error): out of list, due and every report.
    reg::Event void_case(const std::string& ref, const std::string& reason, const Stamp& stamp);
    // Links two cases, on both (`kind`: reg::link_kinds).
    void link_cases(const std::string& ref, const std::string& other, const std::string& kind, const Stamp& stamp);
    // Moves the duplicate's parties, notes and correspondence (with their
    // attachments) onto `into`, links the two and voids the duplicate.
    struct MergeReport {
        std::int64_t parties = 0, notes = 0, correspondence = 0, attachments = 0;
    };
    MergeReport merge_cases(const std::string& duplicate, const std::string& into, const std::string& reason,
                            const Stamp& stamp);

    // --- attachments (register_attachments.cpp): declarations below this line ---
    // Documents kept with a case. The content is a file of the documents
    // directory beside the register (documents.hpp; before schema 14, chunks
    // in blob_chunks), once per SHA-256 however many attachments share it;
    // the original name is personal (attachments, with a salted digest in the
    // event); the SHA-256, size and type are in the `attached` event.
    struct Attachment {
        std::int64_t id = 0;
        std::string case_ref;
        std::string sha256;    // of the content, lower-case hex
        std::string name;      // the original file name (personal)
        std::string media_type;
        std::int64_t size = 0; // bytes
        Date attached_on;
        std::optional<std::int64_t> correspondence_id; // the letter or email it came with
        bool operator==(const Attachment&) const = default;
    };
    // A file to attach, read from `path` in chunks (never whole in memory).
    struct AttachmentSource {
        std::filesystem::path path;
        std::string name;       // the name kept; "" for the path's file name
        std::string media_type; // "" to guess from the name (media_type_for_name)
    };
    struct AttachOptions {
        Date on;                                        // attached on
        std::optional<std::int64_t> correspondence_id; // must be one of the case's
        std::int64_t max_size = 0;                      // bytes; a larger file is refused
    };
    // Copies each file into the documents directory (fdatasynced, renamed),
    // then records them in one IMMEDIATE transaction, one `attached` event
    // each: all or none. A file missing, unreadable, not a regular file or
    // over max_size throws UsageError naming it by its position (its name is
    // personal); documents written for a failed command are removed.
    std::vector<Attachment> attach(const std::string& ref, const std::vector<AttachmentSource>& files,
                                   const AttachOptions& options, const Stamp& stamp);
    // The case's attachments in the order attached (NotFoundError: no case).
    std::vector<Attachment> attachments_of(const std::string& ref) const;
    // Attachment `id` of the case: NotFoundError when the case has none of that id.
    Attachment attachment_of(const std::string& ref, std::int64_t id) const;
    // Gives the attachment's content to `sink` chunk by chunk (its document
    // file, or its chunks in one read transaction), re-hashing it on the way:
    // throws StoreError, after the chunks read, when the content is missing
    // or its SHA-256 or size is not the attachment's (messages name its id).
    void read_attachment(const Attachment& attachment, const std::function<void(std::string_view)>& sink) const;


    // --- risk grades and contribution requests (register_grades.cpp): declarations below this line ---
    // Reads only the projection (no personal data); voided cases left out.
    struct GradedCase {
        std::string ref, state;
        std::optional<std::string> provider;
        Date received;
        reg::RiskGrade grade;
    };
    // The scope's cases received in the period whose risk grade's level is
    // one of `levels` (every graded case when empty), by reference.
    void for_each_graded_case(const ReportScope& scope, const std::vector<std::string>& levels,
                              const std::function<void(const GradedCase&)>& each) const;
    struct ContributionRow {
        std::string ref, state;
        std::optional<std::string> owner, provider;
        reg::Contribution contribution;
    };
    // The contribution requests of case `ref` (every case when ""), only
    // those not yet received when `open_only`, by due date, reference, number.
    void for_each_contribution(const std::string& ref, bool open_only,
                               const std::function<void(const ContributionRow&)>& each) const;

    // --- manager views (register_caseload.cpp): open caseload, improvement
    // actions across the register, steps appended to many cases at once.
    // Cases logged in error (voided) are left out.
    struct OpenCase {
        std::string ref, procedure, state;
        std::optional<std::string> owner;
        std::vector<reg::ClockRow> clocks; // its unstopped clocks (status, due, warning)
    };
    // Open cases, by owner (unassigned first) then reference; `owner` keeps one.
    void for_each_open_case(const std::optional<std::string>& owner,
                            const std::function<void(const OpenCase&)>& each) const;
    // The owners of open cases, with how many each has, by name.
    std::vector<Tally> open_case_owners() const;
    struct ActionFilter {
        bool open_only = false;              // not done
        std::optional<Date> due_by;          // due on or before
        std::optional<std::string> owner;    // the action's owner
    };
    // Improvement actions of every case, by due date (none last), then reference and number.
    void for_each_action(const ActionFilter& filter, const std::function<void(const ActionRow&)>& each) const;
    struct StepToAppend {
        std::string ref, type;
        Date effective;
        StepCheck check;
    };
    // Appends each step as append_step does, all in one IMMEDIATE
    // transaction: every one is written, or (one check throwing) none.
    std::vector<reg::Event> append_steps(const std::vector<StepToAppend>& steps, const Stamp& stamp);

    // --- search (register_search.cpp): declarations below this line ---
    // Full-text search (schemas/011: FTS5 kept in step by triggers) over
    // summaries, lessons, notes and correspondence subjects, ranked by bm25
    // among the newest 5,000 matching cases (all of them when fewer match;
    // the window grows while the page is short); each case once. Words are
    // plain terms, all of which must appear (a trailing * makes a word a
    // prefix); `party` finds cases by the words of a complainant's or
    // on-behalf-of party's name, each as a prefix, case and accents ignored
    // (alone: the most recently logged first). Voided cases are left out
    // unless asked for.
    struct SearchQuery {
        std::vector<std::string> words;
        std::optional<std::string> party;
        bool personal = true; // false: summaries and lessons only, and no party
        CaseFilter::Status status = CaseFilter::Status::all;
        bool include_voided = false;
        std::int64_t limit = 20, offset = 0;
    };
    struct SearchHit {
        reg::CaseRecord record; // without aspects, lessons, actions and links
        // Where it matched, of "summary", "lesson", "note", "correspondence",
        // "party", in that order.
        std::vector<std::string> matched;
        // One snippet per matched field (none for "party"), the matched
        // words between \x02 and \x03, fragments joined by "...".
        std::map<std::string, std::string> snippets;
    };
    struct SearchPage {
        std::vector<SearchHit> hits;
        bool more = false; // cases beyond this page
    };
    // Throws UsageError when no word can be searched for (nothing but
    // punctuation); never puts the words or the name in a message.
    SearchPage search(const SearchQuery& query) const;
    // The reference of the case numbered `number` in `year`, whatever its
    // prefix (numbers are unique in a year across procedures).
    std::optional<std::string> ref_numbered(int year, std::int64_t number) const;
    // For filters: whether some case (voided ones included) has `value` as
    // its `field` (owner, provider, state, kind, procedure, subject), and the
    // distinct values of `field` the register holds, sorted.
    bool has_case_value(std::string_view field, const std::string& value) const;
    std::vector<std::string> case_values(std::string_view field) const;

    std::optional<reg::CaseRecord> find_case(const std::string& ref) const;
    reg::CaseRecord case_or_throw(const std::string& ref) const;
    std::vector<reg::Event> events_of(const std::string& ref) const;
    std::vector<reg::Party> parties_of(const std::string& ref) const;
    // Calls `each` for every matching case, ordered by reference year, number.
    void for_each_case(const CaseFilter& filter, const std::function<void(const reg::CaseRecord&)>& each) const;

    // --- seals (register_seals.cpp): declarations below this line ---
    // Signed checkpoints of the journal (plaint/store/seals.hpp, schemas/013).
    // Seals the journal head in one IMMEDIATE transaction: the events since
    // the previous seal are checked to chain from it (else Error with exit
    // status 1, nothing stored), their hash prefixes collected, and the seal
    // signed by `key` at `now`. RefusedError when the journal is empty.
    Seal add_seal(const SigningKey& key, const std::string& now);
    // Every seal in order, with its prefixes.
    void for_each_seal(const std::function<void(const Seal&)>& each) const;
    // What the next verify() checks the seals against.
    void set_seal_trust(SealTrust trust);

    VerifyReport verify() const;
    // For restore: verify() checks the documents in the directory beside
    // `other` (the backup this register was staged from) instead of its own.
    void check_documents_of(const std::filesystem::path& other);
    RebuildReport rebuild();
    // A consistent copy through SQLite's online backup API, safe while
    // others write, and its documents beside it; private to its owner.
    void backup_to(const std::filesystem::path& destination) const;

    // Filling a register that is nobody's record yet (plaint demo, the
    // benchmarks): between begin_bulk_load() and end_bulk_load() writes are
    // not made durable one by one, and an empty register is given the page
    // size and journal that loading favours. Refused (RefusedError) unless the
    // register holds no case yet. end_bulk_load() makes everything written
    // durable and the register what every later open expects.
    void begin_bulk_load();
    void end_bulk_load();


private:
    friend SQLite::Database& detail::connection(const Register& reg);
    struct Impl;
    explicit Register(std::unique_ptr<Impl> impl);
    // append_step's work inside the caller's IMMEDIATE transaction.
    reg::Event append_in_transaction(const std::string& ref, const std::string& type, Date effective,
                                     const StepCheck& check, const Stamp& stamp);
    // Recomputes the clocks of every open case and records the projector's
    // calendar fingerprint, inside the caller's transaction; 0 without a projector.
    std::int64_t recompute_open_clocks();
    // recompute_open_clocks() when the stored clocks were computed under
    // another calendar (writing commands call it in their transaction).
    void recompute_if_stale();
    // After a calendar change in the current transaction: rebuilds the
    // projector's calendar and recomputes the open cases' clocks.
    std::int64_t calendar_changed();
    // rebuild(): makes calendar_days and the division what the journal says;
    // returns how many rows differed.
    std::int64_t restore_calendar(const detail::CalendarReplay& replay);
    // rebuild(): the cases, their details and clocks as the journal says.
    void rebuild_cases(RebuildReport& result);
    std::unique_ptr<Impl> impl_;
};

} // namespace plaint::store
