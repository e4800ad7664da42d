#pragma once
// The register's records: cases (the projection), events (the journal) and
// parties (personal data, kept apart). Plain values; SQL lives in store/.

#include "plaint/core/date.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
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

    bool is_open() const { return !closed_on.has_value(); }
    bool operator==(const CaseRecord&) const = default;
};

struct Event {
    std::int64_t seq = 0;
    std::string case_ref;
    std::string type;
    Date effective_date;
    std::string recorded_at;
    std::string actor;
    nlohmann::json details = nlohmann::json::object(); // never personal data
    std::string prev_hash;
    std::string hash;
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
};

// Throws UsageError when kind, channel or a party role is not one of the lists above.
void validate(const NewCase& c);

// The projection: applies one journal event to a case record. A "logged"
// event creates the record; later event types are added by the procedures.
void apply_event(CaseRecord& record, const Event& event);

// The stable JSON shapes documented in schemas/case.schema.json and
// schemas/event.schema.json.
nlohmann::ordered_json case_json(const CaseRecord& record);
nlohmann::ordered_json event_json(const Event& event);
nlohmann::ordered_json party_json(const Party& party);

} // namespace plaint::reg
