#pragma once
// The register: one SQLite file holding the journal, the case projection and
// the parties. This facade is the only place with SQL. Every write method
// runs in one IMMEDIATE transaction: all of it commits, or none of it does.
// Concurrent writers wait (busy timeout) rather than fail.

#include "plaint/register/case.hpp"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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
    bool ok() const { return problems.empty(); }
};

struct RebuildReport {
    std::int64_t events = 0;
    std::int64_t cases = 0;
    std::int64_t changed = 0; // projection rows that differed from the journal
};

enum class Access { read_only, read_write };

class Register {
public:
    // Creates a new register file, readable and writable by its owner only.
    // Throws StoreError when the file exists or cannot be created.
    static Register create(const std::filesystem::path& path, const RegisterInfo& info, const Stamp& stamp);
    // Opens an existing register, upgrading an older schema when writable.
    static Register open(const std::filesystem::path& path, Access access);

    Register(Register&&) noexcept;
    Register& operator=(Register&&) noexcept;
    ~Register();

    const std::filesystem::path& path() const;
    // Things the user should know (a register readable by others).
    const std::vector<std::string>& warnings() const;
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
    // Recomputes the clocks of every open case when they were computed under
    // another calendar (a holiday imported, a closure added). Returns how many
    // cases were refreshed; 0 when nothing was stale.
    std::int64_t refresh_stale_clocks();
    bool clocks_stale() const;
    // Open clocks, ordered by due date then reference; paused ones last.
    void for_each_open_clock(const DueFilter& filter, const std::function<void(const reg::DueRow&)>& each) const;

    // The procedure definition stored under a hash, if any.
    std::optional<std::string> definition_text(const std::string& hash) const;

    // Appends many cases with their histories in one transaction, with the
    // journal chained and the projection (cases, clocks) maintained as usual.
    // References take the year of receipt (PREFIX-YYYY-NNNN), numbered on.
    void import_cases(std::vector<ImportedCase> cases, const Stamp& stamp);

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

    std::optional<reg::CaseRecord> find_case(const std::string& ref) const;
    reg::CaseRecord case_or_throw(const std::string& ref) const;
    std::vector<reg::Event> events_of(const std::string& ref) const;
    std::vector<reg::Party> parties_of(const std::string& ref) const;
    // Calls `each` for every matching case, ordered by reference year, number.
    void for_each_case(const CaseFilter& filter, const std::function<void(const reg::CaseRecord&)>& each) const;

    VerifyReport verify() const;
    RebuildReport rebuild();
    // A consistent copy through SQLite's online backup API, safe while
    // others write. The copy is private to its owner like the register.
    void backup_to(const std::filesystem::path& destination) const;

    SQLite::Database& database(); // for tests and migrations only

private:
    struct Impl;
    explicit Register(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace plaint::store
