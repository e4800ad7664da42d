#pragma once
// The open caseload by owner, for managers: how many open cases each owner
// has, in which states, and how their clocks stand today.

#include "plaint/store/register.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plaint::casework {

// How a case's clocks stand today, the worst of them: a running clock past
// its due date (overdue); one due today or at or past its warning date
// (at-risk); else one paused (on hold); else one waiting for consent, a
// summary or information; else on track (also a case with no clock running).
enum class Standing { overdue, at_risk, paused, waiting, on_track };
inline constexpr std::array<Standing, 5> standings = {Standing::overdue, Standing::at_risk, Standing::paused,
                                                      Standing::waiting, Standing::on_track};
std::string_view standing_id(Standing standing); // "overdue", "at-risk", "paused", "waiting", "on-track"
Standing standing_of(const std::vector<reg::ClockRow>& clocks, Date today);

struct OwnerLoad {
    std::optional<std::string> owner; // nullopt: unassigned (or, for the total, everyone)
    int open = 0;
    std::array<int, standings.size()> by_standing{};
    std::map<std::string, int> by_state;
    int count(Standing s) const { return by_standing[static_cast<std::size_t>(s)]; }
};

struct Caseload {
    std::vector<OwnerLoad> owners; // unassigned first (when any), then by owner
    OwnerLoad total;
    std::vector<std::string> states; // every state counted, by name
};

// One owner's when `owner` is given.
Caseload caseload(const store::Register& reg, Date today, const std::optional<std::string>& owner);

} // namespace plaint::casework
