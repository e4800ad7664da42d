#pragma once
// Contribution requests: a statement asked of a service or a provider (a
// ward, a practice, a contractor; never a person's name) by a date. Each
// request is a clock of its own (id contribution:N, kind contribution),
// stored with the case's other clocks so that `due` lists it and `remind`
// puts it in the owner's digest; recording the statement received stops
// it, met or (after the due date) breached.

#include "plaint/calendar/calendar.hpp"
#include "plaint/store/register.hpp"

#include <string>
#include <vector>

namespace plaint::casework {

inline constexpr const char* contribution_clock_kind = "contribution";
// Seed 004, 4 V: investigating managers provide their investigations within
// 10 working days; a request gives as long unless told otherwise.
inline constexpr int contribution_default_days = 10;
// A request is at risk this many working days before its due date.
inline constexpr int contribution_warning_days = 2;

struct ContributionRequest {
    std::string from; // the service or provider asked
    Date due;
    Date on;          // the day asked
    bool force = false; // a closed case too
};

// Records a request (its number is the case's next). Throws UsageError when
// `from` is empty or not one line or the due date is before the day asked;
// RefusedError (exit 5) on a voided case, and on a closed one unless forced.
reg::Event request_contribution(store::Register& reg, const std::string& ref, const ContributionRequest& request,
                                const store::Stamp& stamp);
// Records request `number` received on `on`. Throws UsageError when there is
// no such request, it was received already, or `on` is before it was asked.
reg::Event receive_contribution(store::Register& reg, const std::string& ref, int number, Date on,
                                const store::Stamp& stamp);

// The clocks of the case's requests, for the clock projection.
std::vector<reg::ClockRow> contribution_clocks(const reg::CaseRecord& c, const calendar::Calendar& cal);

} // namespace plaint::casework
