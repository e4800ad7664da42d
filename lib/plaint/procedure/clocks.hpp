#pragma once
// Clocks and checks evaluated from a case's journal: pure functions of the
// procedure, the calendar, the events and "today". Nothing is stored, so
// rebuilding the journal always gives the same clocks.

#include "plaint/calendar/calendar.hpp"
#include "plaint/procedure/definition.hpp"
#include "plaint/register/case.hpp"

#include <optional>
#include <string>
#include <vector>

namespace plaint::procedure {

enum class ClockState { not_started, waiting, running, paused, met, breached };
std::string_view clock_state_id(ClockState state); // "running", ...

struct ClockStatus {
    const Clock* clock = nullptr;
    std::string key;                  // the milestone of a `per` clock; "" otherwise
    ClockState state = ClockState::not_started;
    std::optional<Date> start;        // day 0
    std::optional<Date> due;          // last day to meet it (after pauses, extensions)
    std::optional<Date> original_due; // before any extension
    std::optional<Date> warning;      // at risk from this day
    std::optional<Date> window_opens; // not before this day
    std::optional<Date> stopped_on;
    std::string stopped_by;           // the event that stopped it
    int working_days_left = 0;        // running: today to due (0 = due today); paused: frozen
    int working_days_late = 0;        // breached: working days past due (at stop or today)
    bool at_risk = false;
    bool early = false;               // stopped before the window opened
    // Waiting: the gates not yet cleared, or after a reset (insufficient
    // information) the events that would start the clock again.
    std::vector<std::string> waiting_for;
    std::optional<Date> waiting_since;
    // A breach dealt with (the delay letter sent): still open, still late,
    // but no longer an unhandled breach.
    std::optional<Date> breach_handled_on;
    std::string breach_handled_by;
    std::vector<std::string> explanation;

    // The stored id: the clock's, with the milestone after a colon.
    std::string id() const { return key.empty() ? clock->id : clock->id + ":" + key; }
    std::string title() const { return key.empty() ? clock->title : clock->title + ": " + key; }
    // Stopped by a step that meets it (the clock's `next`: an acknowledgement,
    // a response), not one that merely ended it (a withdrawal).
    bool met_by_its_step() const;
    bool breach_unhandled() const { return state == ClockState::breached && !stopped_on && !breach_handled_on; }

    bool is_open() const { return state == ClockState::running || state == ClockState::paused ||
                                  (state == ClockState::breached && !stopped_on); }
};

struct CheckStatus {
    const Check* check = nullptr;
    bool applies = false;     // the case was received after the limit
    std::optional<Date> limit;
    bool decided = false;
    std::string explanation;
};

// The clocks of a case as of `today`, in definition order (a `per` clock
// gives one status per milestone, in the order they were first set). The
// events are taken in the order they happened: by effective date, then in
// the order recorded, so a step recorded late counts from its true date. With
// Explain::no, without the explanation lines (the dates and states are the
// same, made several times faster, for the projection and the rules).
enum class Explain { no, yes };
std::vector<ClockStatus> evaluate_clocks(const Procedure& p, const calendar::Calendar& cal,
                                         const std::vector<reg::Event>& events, Date today,
                                         Explain explain = Explain::yes);
std::vector<CheckStatus> evaluate_checks(const Procedure& p, const std::vector<reg::Event>& events);

// The events in the order they happened (stable by effective date); the
// same vector when it already is, else a sorted copy kept in `storage`.
const std::vector<reg::Event>& in_date_order(const std::vector<reg::Event>& events, std::vector<reg::Event>& storage);
// Whether a gate is cleared by the events (its clearing events, or a flag).
const reg::Event* gate_cleared_by(const Gate& gate, const std::vector<reg::Event>& events);

// The stable JSON shapes of clocks and checks (schemas/clock.schema.json).
nlohmann::ordered_json clock_json(const ClockStatus& status);
nlohmann::ordered_json check_json(const CheckStatus& status);
// "3 left", "due today", "2 late", "paused (4 left)", "met", "met 2 late"
std::string clock_summary(const ClockStatus& status);

// `base` plus a duration: N working days after it, N calendar days, or N
// months (clamped to the month's last day).
Date date_after(const calendar::Calendar& cal, Date base, const Duration& d);

// Is the gate required for this case, given what `plaint log` recorded?
bool gate_required(const Gate& gate, const reg::Event& logged);

} // namespace plaint::procedure
