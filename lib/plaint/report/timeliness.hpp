#pragma once
// Timeliness figures shared by the timeliness and providers reports: the
// clocks that stopped in a period, grouped, with the share met and the
// working days taken.

#include "plaint/report/reports.hpp"

#include <map>

namespace plaint::report::detail {

// Which kind of deadline a clock is, from its id: "acknowledgement" for
// acknowledgement, stage1-acknowledgement ...; "response" for response,
// stage1-response ...; "" for the others.
std::string clock_kind(const std::string& clock);

struct Timeliness {
    std::int64_t stopped = 0;
    std::int64_t met = 0;
    std::vector<int> working_days; // start to stop, one per clock
    void add(const store::Register::StoppedClock& c, const calendar::Calendar& cal);
    double met_share() const { return share(met, stopped); }
    std::optional<int> median() const;
};

} // namespace plaint::report::detail
