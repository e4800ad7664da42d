#pragma once
// A procedure: the state machine a case follows, as data (TOML; see
// man/plaint-procedure.5). States, the events that move a case between them,
// the clocks that give its deadlines, gates that hold a clock's start back,
// and checks that flag a case for a recorded decision.

#include "plaint/calendar/calendar.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace plaint::procedure {

// A length of time: N working days, N calendar days or N months.
struct Duration {
    enum class Unit { working_days, calendar_days, months } unit = Unit::working_days;
    int amount = 0;
    bool beginning_on = false; // months: "N months beginning on" (else "after")

    std::string describe() const; // "25 working days", "6 months beginning on"
};

struct State {
    std::string id;
    std::string title;
    bool final = false;
    int line = 0;
};

struct Field {
    std::string name;
    std::string title;
    enum class Type { text, date, choice, flag } type = Type::text;
    bool required = false;
    std::vector<std::string> choices;
    // "event.field" references: the value must differ from the latest value
    // recorded by any of them (a different handler at stage 2). "logged.owner"
    // refers to what `plaint log` recorded.
    std::vector<std::string> differs_from;
    int line = 0;
};

struct EventDef {
    std::string id;
    std::string title;
    std::vector<std::string> from;   // states it is allowed in
    std::string to;                  // new state; empty keeps the state
    std::vector<Field> fields;
    std::string set_kind;            // e.g. a concern escalated to a complaint
    std::string escalation;          // what `plaint escalate --to` calls it
    std::vector<std::string> kinds;           // allowed only for these kinds of case
    std::vector<std::string> requires_checks; // checks that must be decided first
    std::vector<std::string> requires_flags;  // "event.field" flags that must be yes
    std::vector<std::string> requires_gates;  // gates that must be cleared first, when the case needs them
    int line = 0;

    const Field* field(const std::string& name) const;
};

// A condition for requiring a gate, on what the case was logged with.
struct Condition {
    std::vector<std::string> channels;     // channel is one of these
    std::vector<std::string> not_channels; // channel is none of these
    std::string has_party;                 // a party with this role was recorded
    std::vector<std::string> kinds;        // kind is one of these
};

// Something that must be in hand before a clock can start (consent, an
// approved summary), cleared by an event.
struct Gate {
    std::string id;
    std::string title;
    Condition required_if;
    std::string cleared_by;
    int line = 0;
};

struct Extension {
    std::string event;                 // records field `until` (a date)
    std::optional<Duration> cap;       // beyond the original due date
    bool before_expiry = false;        // must be agreed on or before the due date
};

struct Clock {
    std::string id;
    std::string title;
    std::vector<std::string> start_on;  // the first of these events starts it...
    std::vector<std::string> gates;     // ...or the later clearing of these gates
    std::vector<std::string> kinds;     // counts only while the case is of these kinds
    calendar::Receipt receipt = calendar::Receipt::day_zero;
    std::optional<Duration> target;     // absent: the due date comes from an event
    std::string due_from;               // "event.field" holding an agreed due date
    std::optional<Duration> not_before;
    std::optional<Duration> warn;       // warning this long before the due date
    std::vector<std::string> pause, resume, stop;
    std::optional<Extension> extension;
    std::string on_breach;              // what to do when breached
    int line = 0;
};

// "A complaint made later than 12 months after the incident needs a
// recorded decision."
struct Check {
    std::string id;
    std::string title;
    int months = 12;
    std::string decided_by; // the event that records the decision
    int line = 0;
};

struct Procedure {
    std::string id;
    std::string title;
    std::string description;
    std::string initial;
    std::vector<State> states;
    std::vector<EventDef> events;
    std::vector<Gate> gates;
    std::vector<Clock> clocks;
    std::vector<Check> checks;
    std::string source;   // file name, or "builtin:<id>"
    std::string text;     // the TOML it was read from
    std::string hash;     // SHA-256 of text: the identity stored with cases

    const State* state(const std::string& name) const;
    const EventDef* event(const std::string& name) const;
    const Gate* gate(const std::string& name) const;
    // The events allowed in a state, in definition order.
    std::vector<const EventDef*> allowed_in(const std::string& state) const;
};

} // namespace plaint::procedure
