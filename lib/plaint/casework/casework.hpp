#pragma once
// Casework: the operations the commands perform on a register, joining the
// store, the procedures and the calendar. Each write is one transaction.

#include "plaint/casework/next_steps.hpp"
#include "plaint/procedure/catalog.hpp"
#include "plaint/procedure/clocks.hpp"
#include "plaint/procedure/machine.hpp"
#include "plaint/store/register.hpp"

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <mutex>
#include <thread>

namespace plaint::casework {

// Parsed definitions by hash: a case follows the definition stored with it.
class Definitions {
public:
    // The catalog is only loaded when a case without a stored definition asks.
    using CatalogSource = std::function<const procedure::Catalog&()>;
    Definitions(const store::Register& reg, CatalogSource catalog) : reg_(reg), catalog_(std::move(catalog)) {}
    Definitions(const store::Register& reg, const procedure::Catalog& catalog)
        : Definitions(reg, [&catalog]() -> const procedure::Catalog& { return catalog; }) {}
    // The stored definition of the case; for cases logged before definitions
    // were stored, the catalog's definition of the same id.
    const procedure::Procedure& of(const reg::CaseRecord& c);
    // Adds a definition already parsed (the one a case is being logged
    // under), so that the clocks of the new case do not parse it again.
    void remember(std::shared_ptr<const procedure::Procedure> p);

private:
    const store::Register& reg_;
    CatalogSource catalog_;
    std::map<std::string, std::shared_ptr<const procedure::Procedure>> by_hash_;
    std::thread::id owner_ = std::this_thread::get_id();
    std::mutex mutex_;
};

// Computes the clocks stored in the projection (schemas/004_clocks.sql).
store::ClockProjector clock_projector(Definitions& definitions, const calendar::Calendar& cal);

// The register's own calendar (its division, closures, added and cancelled
// holidays) as a calendar specification: the same for every user.
calendar::CalendarSpec calendar_spec(const store::RegisterCalendar& own);
calendar::Calendar register_calendar(const store::Register& reg);

// A register opened for casework: its definitions, its calendar (built from
// the register's data, never from a user's configuration), and the clocks
// projection kept up to date on every write, including the register's
// calendar changes.
class Session {
public:
    Session(store::Register reg, Definitions::CatalogSource catalog);
    store::Register& reg() { return *reg_; }
    Definitions& definitions() { return *definitions_; }
    const calendar::Calendar& calendar() const { return *cal_; }

private:
    std::unique_ptr<store::Register> reg_;
    std::unique_ptr<Definitions> definitions_;
    std::unique_ptr<calendar::Calendar> cal_; // rebuilt in place when the register's calendar changes
};

// Logs a new case under its procedure (the register's default when none is
// given), storing the definition with it.
reg::CaseRecord log_case(store::Register& reg, const procedure::Catalog& catalog, reg::NewCase c,
                         const store::Stamp& stamp);
reg::CaseRecord log_case(Session& session, const procedure::Catalog& catalog, reg::NewCase c,
                         const store::Stamp& stamp);

// Records a step after checking it against the case's procedure under the
// register's write lock. Throws RefusedError/UsageError and writes nothing.
reg::Event record_step(store::Register& reg, Definitions& definitions, const calendar::Calendar& cal,
                       const std::string& ref, const procedure::StepRequest& request, const store::Stamp& stamp);

// Everything known about a case today.
struct CaseView {
    reg::CaseRecord record;
    const procedure::Procedure* procedure = nullptr;
    std::vector<reg::Event> events;  // the journal up to the day viewed, voided steps and corrections included
    std::vector<reg::Event> journal; // ... as corrected (reg::corrected): what the procedure works from
    bool as_of_past = false;         // later events were left out (viewed as it stood on an earlier day)
    std::vector<procedure::ClockStatus> clocks;
    std::vector<procedure::CheckStatus> checks;
    NextSteps next;                    // what the case needs, and what else it may take now
    std::set<std::string> conditions; // "on-hold" ...
};
// The case as it stood on `today`: events after it are left out (and the
// record worked out from the rest) when it is in the past.
CaseView view_case(const store::Register& reg, Definitions& definitions, const calendar::Calendar& cal,
                   const std::string& ref, Date today);

// The steps allowed now for this case (its state and kind).
std::vector<const procedure::EventDef*> next_steps(const procedure::Procedure& p, const reg::CaseRecord& c);

} // namespace plaint::casework
