#pragma once
// Corrections to a case checked against its procedure: amendments of its
// fields and voids of steps recorded in error (the store's case-file writes
// with the procedure's rules as their checks). Each is one transaction;
// nothing is written when a check refuses.

#include "plaint/casework/casework.hpp"

#include <map>
#include <optional>
#include <string>

namespace plaint::casework {

// Corrects the case's fields (reg::amendable_fields; a null value clears).
// A date of receipt is refused (RefusedError) on a closed case, and when it
// would fall after a step already recorded; the history must stay one the
// procedure allows.
reg::Event amend(Session& session, const std::string& ref,
                 const std::map<std::string, std::optional<std::string>>& fields, const std::string& reason,
                 const store::Stamp& stamp);

// Voids step `seq` of the case: refused (RefusedError) when the history
// without it is not one the procedure allows (void the later steps first).
reg::Event void_step(Session& session, const std::string& ref, std::int64_t seq, const std::string& reason,
                     const store::Stamp& stamp);

// A change of the date of receipt (plaint amend --received): never silent,
// since editing receipt dates to gain days is a known abuse; show, explain
// and report ko41 --check name it.
struct ReceiptChange {
    std::int64_t seq = 0;
    Date from, to;
    Date on;           // the day it was amended
    std::string actor;
    std::string reason;
};
std::vector<ReceiptChange> receipt_changes(const std::vector<reg::Event>& events);
// They as JSON (show and explain, "receipt_changes"; schemas/case.schema.json).
nlohmann::ordered_json receipt_changes_json(const std::vector<reg::Event>& events);

// The journal up to `day`: the events that happened by then (later ones
// left out), for the case as it stood that day.
std::vector<reg::Event> as_it_stood(const std::vector<reg::Event>& events, Date day);

// The case's parties as they stood on `day` (show --today in the past):
// those the journal had given the case by then (logged with it, added,
// merged in from a duplicate; a party merged in later is left out, and a
// duplicate merged away later keeps its own), each with the name and contact
// details it had that day (a later rectification undone from party_history),
// and the earlier details that rectifications made by then replaced, oldest
// first. `events` is the case's whole journal.
struct PartiesAsOf {
    std::vector<reg::Party> parties;
    std::vector<store::Register::PartyVersion> earlier;
};
PartiesAsOf parties_as_of(const store::Register& reg, const std::string& ref, const std::vector<reg::Event>& events,
                          Date day);

// One item of correspondence as JSON (show's "correspondence", plaint
// correspondence --format json; schemas/correspondence.schema.json): the
// subject line only when `personal`.
nlohmann::ordered_json correspondence_json(const store::Register::Correspondence& item, bool personal);

} // namespace plaint::casework
