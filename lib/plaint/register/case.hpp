#pragma once
// The register's records: cases (the projection), events (the journal) and
// parties (personal data, kept apart). Plain values; SQL lives in store/.

#include "plaint/core/date.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace plaint::reg {

// The kinds of record and the channels a complaint arrives by.
inline constexpr const char* kinds[] = {"concern", "complaint", "compliment"};
inline constexpr const char* channels[] = {"letter", "email", "phone", "in-person", "web", "mp", "advocate"};
inline constexpr const char* party_roles[] = {"complainant", "on-behalf-of"};

struct Party {
    std::int64_t id = 0;
    std::string case_ref;
    std::string role;    // complainant | on-behalf-of
    std::string name;
    std::string contact;
};

// One aspect of a complaint (KO41): category ids from the list in force on
// the date of receipt. Service and profession may be unknown ("").
struct Aspect {
    std::string subject;
    std::string service;
    std::string profession;
    bool operator==(const Aspect&) const = default;
};

// A lesson learned from a case, numbered from 1 per case.
struct Lesson {
    int number = 0;
    Date recorded_on;
    std::string text;
    bool operator==(const Lesson&) const = default;
};

// An improvement action, numbered from 1 per case.
struct Action {
    int number = 0;
    std::string text;
    std::optional<std::string> owner;
    std::optional<Date> due;
    Date added_on;
    std::optional<Date> done_on;
    bool operator==(const Action&) const = default;
};

// The journal event types that are not procedure steps: they classify a
// case and record what was learned, whatever its state (see apply_event).
inline constexpr const char* classified_event = "classified";
inline constexpr const char* lesson_event = "lesson-learned";
inline constexpr const char* action_added_event = "action-added";
inline constexpr const char* action_done_event = "action-done";
// The case file (schemas/010_case_file.sql): records kept with a case that
// are not procedure steps. Their personal content is in its own tables; the
// event carries a salted digest of each row ("personal" entries).
inline constexpr const char* note_event = "note-added";
inline constexpr const char* correspondence_event = "correspondence-recorded";
inline constexpr const char* attached_event = "attached";
inline constexpr const char* amended_event = "amended";             // case fields corrected
inline constexpr const char* party_amended_event = "party-amended"; // a party's details rectified
inline constexpr const char* party_added_event = "party-added";
inline constexpr const char* voided_event = "voided";               // a step, or the case, recorded in error
inline constexpr const char* linked_event = "linked";
inline constexpr const char* merged_event = "merged";               // a duplicate's records moved here
inline constexpr const char* graded_event = "graded";
inline constexpr const char* contribution_requested_event = "contribution-requested";
inline constexpr const char* contribution_received_event = "contribution-received";

// How two cases are linked, as seen from the case holding the link; each
// link is recorded on both cases (a duplicate-of on one is a duplicated-by
// on the other).
inline constexpr const char* link_kinds[] = {"duplicate", "related", "joint", "follow-up"};
struct Link {
    std::string other;
    std::string relation; // duplicate-of | duplicated-by | related | joint | follow-up-of | followed-up-by
    Date linked_on;
    bool operator==(const Link&) const = default;
};
// The relation each end records for `plaint link A B --as KIND`.
std::pair<std::string, std::string> link_relations(const std::string& kind);

// A statement asked of a service or a provider by a date (its own clock).
struct Contribution {
    int number = 0;
    std::string requested_of; // a service or provider, never a person
    Date requested_on;
    Date due;
    std::optional<Date> received_on;
    bool operator==(const Contribution&) const = default;
};

// A risk grade: consequence x likelihood against a versioned matrix.
struct RiskGrade {
    int consequence = 0;
    int likelihood = 0;
    int score = 0;
    std::string level;  // low | moderate | high | extreme (as the matrix names them)
    std::string matrix; // the matrix version graded against
    Date graded_on;
    bool operator==(const RiskGrade&) const = default;
};

// The KO41 outcomes a response records.
inline constexpr const char* outcomes[] = {"upheld", "partially-upheld", "not-upheld"};

struct CaseRecord {
    std::string ref;     // PREFIX-YYYY-NNNN
    int year = 0;
    int number = 0;
    std::string kind;
    std::string procedure;
    std::string procedure_hash; // the stored definition the case follows
    std::string state;
    std::optional<std::string> channel;
    Date received;
    std::optional<Date> incident_date;
    std::string summary;
    std::optional<std::string> subject;
    std::optional<std::string> service;
    std::optional<std::string> provider;
    std::optional<std::string> owner;
    std::optional<Date> closed_on;
    std::string logged_at;   // UTC timestamp of the first event
    std::string updated_at;  // UTC timestamp of the newest event
    std::int64_t last_seq = 0;
    // Classification and outcome (schemas/006_classification.sql).
    std::vector<Aspect> aspects;
    std::optional<std::string> age_band;
    std::optional<std::string> complainant_status;
    std::optional<std::string> categories; // the category list version used
    std::optional<std::string> outcome;    // of the latest response with one
    std::optional<Date> resolved_on;       // the date of that response
    std::optional<Date> ombudsman_on;      // referred to the Ombudsman
    std::vector<Lesson> lessons;
    std::vector<Action> actions;
    // The case file (schemas/010_case_file.sql).
    std::optional<Date> voided_on;          // logged in error: out of list, due and reports
    std::optional<Date> received_as_logged; // the first date of receipt, once amended
    std::vector<Link> links;
    std::vector<Contribution> contributions;
    std::optional<RiskGrade> risk;

    bool is_open() const { return !closed_on.has_value(); }
    bool is_voided() const { return voided_on.has_value(); }
    bool operator==(const CaseRecord&) const = default;
};

struct Event {
    std::int64_t seq = 0;
    std::string case_ref;
    std::string type;
    Date effective_date;
    std::string recorded_at;
    std::string actor;
    nlohmann::json details = nlohmann::json::object(); // never personal data; null once erased
    std::string prev_hash;
    std::string hash;
    std::string content_hash; // of the details as stored (store/journal.hpp)
};

// A clock as stored in the projection (schemas/004_clocks.sql).
struct ClockRow {
    std::string clock;
    std::string title;
    std::string status; // waiting | open | paused | met | breached
    std::optional<Date> start, due, original_due, warning, window_opens, stopped_on;
    int working_days_late = 0;
    std::optional<int> paused_days_left;
    std::string next_step;
    std::string kind;                     // acknowledgement, response, long-stop ... ("" unknown)
    std::vector<std::string> waiting_for; // status waiting: gates or start events
    std::optional<Date> waiting_since;
    std::optional<Date> breach_handled_on;
    std::string breach_step; // the next step once past due, when a breach is to be dealt with
    std::string stopped_by;  // the event that stopped it
    bool by_next = false;    // ... a step that meets it, not a withdrawal
    bool operator==(const ClockRow&) const = default;
};

// An open clock with the case fields `plaint due` shows.
struct DueRow {
    ClockRow clock;
    std::string ref;
    std::string kind;
    std::string procedure;
    std::string state;
    std::optional<std::string> owner;
    std::optional<std::string> provider;
    std::optional<std::string> complainant; // only when asked for
};

// What `plaint log` records.
struct NewCase {
    std::string kind = "complaint";
    std::string procedure;     // empty: the register's default
    std::string initial_state = "received";
    bool initial_final = false; // logged straight into a final state (a compliment)
    // The definition to store with the case (by hash), when known.
    std::string definition_hash;
    std::string definition_text;
    std::string definition_source;
    std::optional<Date> learned_date; // when the complainant learned of the matter
    std::optional<std::string> channel;
    Date received;
    std::optional<Date> incident_date;
    std::string summary;
    std::optional<std::string> subject;
    std::optional<std::string> service;
    std::optional<std::string> provider;
    std::optional<std::string> owner;
    std::vector<Party> parties; // ids and refs filled in by the store
    // Classification, checked against a category list by the caller.
    std::vector<Aspect> aspects;
    std::optional<std::string> age_band;
    std::optional<std::string> complainant_status;
    std::optional<std::string> categories; // the list version checked against
};

// The classification fields of a "logged" or "classified" event.
nlohmann::json classification_details(const std::vector<Aspect>& aspects, const std::optional<std::string>& age_band,
                                      const std::optional<std::string>& complainant_status,
                                      const std::optional<std::string>& categories);

// Throws UsageError when kind, channel or a party role is not one of the lists above.
void validate(const NewCase& c);

// The projection: applies one journal event to a case record. A "logged"
// event creates the record; "classified", "lesson-learned", "action-added"
// and "action-done" change the classification, lessons and actions; every
// other type is a procedure step. A step whose details carry a KO41 outcome
// (upheld, partially-upheld, not-upheld) sets outcome and resolved_on when
// it is a response (details "response": true; for steps recorded before
// that was said, any step but the Ombudsman's); a referral to the Ombudsman
// (details "referral", or an "ombudsman-referral" step) sets ombudsman_on.
void apply_event(CaseRecord& record, const Event& event);

// The case record made from its whole journal: the procedure's steps taken
// in the order they happened (by effective date, then as recorded), so a
// step recorded late lands where it belongs; classification, lessons and
// actions in the order they were recorded (their numbers never move).
CaseRecord project(const std::vector<Event>& events);
// Whether the event is a procedure step (or the logging), not a
// classification, lesson, action or case-file record.
bool is_step(const Event& event);
// Whether events of this type are case-file records (notes, correspondence,
// attachments, corrections, links, grades, contribution requests).
bool is_case_file_record(const std::string& type);
// The journal as it stands corrected: events voided by a later "voided"
// event left out (with the voiding events), and the logged event carrying
// the amended date of receipt and fields. What the procedure's machine,
// clocks and next steps work from.
std::vector<Event> corrected(const std::vector<Event>& events);
// Whether `events` hold a correction (a void or an amendment), so that
// corrected() differs from them.
bool has_corrections(const std::vector<Event>& events);
// The case fields `plaint amend` corrects, as in a logged event's details.
inline constexpr const char* amendable_fields[] = {"summary", "channel", "provider", "service", "subject",
                                                   "incident_date", "received"};

// The stable JSON shapes documented in schemas/case.schema.json and
// schemas/event.schema.json.
nlohmann::ordered_json case_json(const CaseRecord& record);
nlohmann::ordered_json event_json(const Event& event);
nlohmann::ordered_json party_json(const Party& party);
nlohmann::ordered_json aspect_json(const Aspect& aspect);
nlohmann::ordered_json lesson_json(const Lesson& lesson);
nlohmann::ordered_json action_json(const Action& action);
nlohmann::ordered_json link_json(const Link& link);
nlohmann::ordered_json contribution_json(const Contribution& contribution);
nlohmann::ordered_json risk_json(const RiskGrade& grade);

} // namespace plaint::reg
