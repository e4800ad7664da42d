#pragma once
// Timeliness figures shared by the timeliness and providers reports: the
// clocks that stopped in a period, grouped, with the share met and the
// working days taken.

#include "plaint/report/reports.hpp"

#include <map>

namespace plaint::report::detail {

// Which kind of deadline a stopped clock is, for these reports:
// "acknowledgement" or "response" (the clock's kind in its procedure file),
// "" for the others.
std::string clock_kind(const store::Register::StoppedClock& c);

struct Timeliness {
    std::int64_t stopped = 0;
    std::int64_t met = 0;
    std::vector<int> working_days; // start to stop, one per clock
    void add(const store::Register::StoppedClock& c, const calendar::Calendar& cal);
    double met_share() const { return share(met, stopped); }
    std::optional<double> median() const; // the mean of the two middle values when even
};

} // namespace plaint::report::detail
