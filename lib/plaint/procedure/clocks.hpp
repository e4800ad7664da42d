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
    ClockState state = ClockState::not_started;
    std::optional<Date> start;        // day 0
    std::optional<Date> due;          // last day to meet it (after pauses, extensions)
    std::optional<Date> original_due; // before any extension
    std::optional<Date> warning;      // at risk from this day
    std::optional<Date> window_opens; // not before this day
    std::optional<Date> stopped_on;
    int working_days_left = 0;        // running: today to due (0 = due today); paused: frozen
    int working_days_late = 0;        // breached: working days past due (at stop or today)
    bool at_risk = false;
    bool early = false;               // stopped before the window opened
    std::vector<std::string> waiting_for; // gates not yet cleared
    std::vector<std::string> explanation;

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

// The clocks of a case as of `today`, in definition order; with
// Explain::no, without the explanation lines (the dates and states are the
// same, made several times faster, for the projection and the rules).
enum class Explain { no, yes };
std::vector<ClockStatus> evaluate_clocks(const Procedure& p, const calendar::Calendar& cal,
                                         const std::vector<reg::Event>& events, Date today,
                                         Explain explain = Explain::yes);
std::vector<CheckStatus> evaluate_checks(const Procedure& p, const std::vector<reg::Event>& events);

// The stable JSON shapes of clocks and checks (schemas/clock.schema.json).
nlohmann::ordered_json clock_json(const ClockStatus& status);
nlohmann::ordered_json check_json(const CheckStatus& status);
// "3 left", "due today", "2 late", "paused (4 left)", "met", "met 2 late"
std::string clock_summary(const ClockStatus& status);

// Is the gate required for this case, given what `plaint log` recorded?
bool gate_required(const Gate& gate, const reg::Event& logged);

} // namespace plaint::procedure
