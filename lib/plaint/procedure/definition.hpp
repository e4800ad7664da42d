#pragma once
// A procedure: the state machine a case follows, as data (TOML; see
// man/plaint-procedure.5). States, the events that move a case between them,
// the clocks that give its deadlines, gates that hold a clock's start back,
// and checks that flag a case for a recorded decision.

#include "plaint/calendar/calendar.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
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
    // The command-line verbs that record this event (`plaint ack`); several
    // events may share one verb, the case's state deciding.
    std::vector<std::string> verbs;
    // Recorded by the verb only with this switch (`plaint consent
    // --summary-approved`), and never without it.
    std::string verb_option;
    // What the event means beyond its state change: "response" (it is the
    // response and its outcome field carries the KO41 outcome),
    // "ombudsman-referral" (the case went to the Ombudsman).
    std::vector<std::string> means;
    bool once = false;               // may be recorded only once per case
    std::string sets, clears;        // a condition it starts or ends ("on-hold")
    // A field needed when the event repeats the key of a `per` clock (a
    // revised milestone needs its reason).
    std::string revision_needs;
    int line = 0;

    bool has_meaning(std::string_view m) const;

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
    std::vector<std::string> cleared_by;       // events that clear it
    std::vector<std::string> cleared_by_flags; // "event.flag": cleared by that event when the flag is yes
    int line = 0;

    // The event to record to clear it: the first of cleared_by, else the
    // event of the first flag.
    std::string clearing_event() const;
};

struct Extension {
    std::string event;                 // records field `until` (a date)
    std::optional<Duration> cap;       // beyond the original due date
    bool before_expiry = false;        // must be agreed on or before the due date
    // extend: a later date, else refused; longer: applies only when later
    // ("or such longer period as may be agreed"), ignored otherwise; set:
    // replaces the due date, earlier or later (a period the body determined).
    enum class Mode { extend, longer, set } mode = Mode::extend;
};
std::string_view extension_mode_id(Extension::Mode mode);

struct Clock {
    std::string id;
    std::string title;
    // What the clock measures, for reports: "acknowledgement", "response",
    // "long-stop", "investigation", or another word of the procedure's.
    std::string kind;
    std::vector<std::string> start_on;  // the first of these events starts it...
    std::vector<std::string> gates;     // ...or the later clearing of these gates
    std::vector<std::string> restart_on; // a fresh day 0 on each of these (running or not)
    std::vector<std::string> reset_on;   // back to waiting for a start event
    std::vector<std::string> kinds;     // counts only while the case is of these kinds
    calendar::Receipt receipt = calendar::Receipt::day_zero;
    std::optional<Duration> target;     // absent: the due date comes from an event
    std::vector<std::string> due_from;  // "event.field"s holding an agreed due date; the latest recorded governs
    // One clock per value of this field of the due_from events (a milestone
    // of a timetable), stopped by an event carrying the same value.
    std::string per;
    std::optional<Duration> not_before;
    std::optional<Duration> warn;       // warning this long before the due date
    std::vector<std::string> pause, resume, stop;
    // The steps that move the case towards meeting the clock, in order of
    // preference (the stop events that meet it, not those that merely end
    // it, like a withdrawal); the parser makes it the first stop event
    // when the file does not say.
    std::vector<std::string> next;
    std::vector<Extension> extensions;
    std::string on_breach;              // what to do when breached
    std::vector<std::string> breach_handled_by; // events that deal with a breach (a delay letter)
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
    std::map<std::string, std::string> initial_by_kind; // "compliment" -> "resolved"
    bool ko41 = false;    // counted in the KO41 return by default
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
    const Clock* clock(const std::string& name) const;
    // The state a new case of this kind starts in.
    const std::string& initial_for(const std::string& kind) const;
    // The events recorded by a verb, in definition order.
    std::vector<const EventDef*> events_for_verb(const std::string& verb) const;
    // The events allowed in a state, in definition order.
    std::vector<const EventDef*> allowed_in(const std::string& state) const;
};

} // namespace plaint::procedure
