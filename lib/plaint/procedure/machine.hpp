#pragma once
// The state machine's rules for recording a step on a case: whether the
// procedure allows it now, whether its fields are right, and what it changes.

#include "plaint/calendar/calendar.hpp"
#include "plaint/procedure/definition.hpp"
#include "plaint/register/case.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace plaint::procedure {

struct StepRequest {
    std::string event;
    Date on;
    std::map<std::string, std::string> fields; // as typed: key=value
};

// Checks the step against the procedure, the case and its journal, and
// returns the details to record: the fields (typed), plus "state" (always),
// "kind" (set_kind), "owner" (an owner field) and "closed" (a final state).
// Throws RefusedError (not allowed now, with the allowed next steps) or
// UsageError (bad fields). Personal data is never put in the messages.
nlohmann::json check_step(const Procedure& p, const calendar::Calendar& cal, const reg::CaseRecord& c,
                          const std::vector<reg::Event>& events, const StepRequest& request, Date today);

// Why `e` cannot be recorded on the case now, or "" when it can: its state,
// kind and conditions, a step recorded once already, and the checks, gates
// and flags it needs. The fields and the date are not looked at.
std::string step_refusal(const Procedure& p, const reg::CaseRecord& c, const std::vector<reg::Event>& events,
                         const EventDef& e);
// Why the history in `events` (a journal as corrected: a step voided, say)
// is not one the procedure allows, or "" when it is: in date order, each
// step allowed where it falls and leaving the case in the state it recorded.
std::string history_refusal(const Procedure& p, const std::vector<reg::Event>& events);
// The conditions the case is in ("on-hold"), from its events in date order.
std::set<std::string> conditions_of(const Procedure& p, const std::vector<reg::Event>& events);

// The steps allowed for a case in `state` of `kind`, in definition order.
std::vector<const EventDef*> allowed_events(const Procedure& p, const std::string& state, const std::string& kind);
// "acknowledge, consent-received, withdraw", for messages.
std::string allowed_steps(const Procedure& p, const std::string& state, const std::string& kind);

} // namespace plaint::procedure
