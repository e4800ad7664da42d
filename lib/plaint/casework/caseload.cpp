#include "plaint/casework/caseload.hpp"

#include <algorithm>
#include <set>

namespace plaint::casework {
namespace {

Standing standing_of_clock(const reg::ClockRow& k, Date today) {
    if (k.status == "paused") return Standing::paused;
    if (k.status == "waiting") return Standing::waiting;
    if (!k.due) return Standing::on_track;
    if (*k.due < today) return Standing::overdue;
    if (*k.due == today || (k.warning && *k.warning <= today)) return Standing::at_risk;
    return Standing::on_track;
}

void add(OwnerLoad& load, const std::string& state, Standing standing) {
    ++load.open;
    ++load.by_standing[static_cast<std::size_t>(standing)];
    ++load.by_state[state];
}

} // namespace

std::string_view standing_id(Standing standing) {
    switch (standing) {
    case Standing::overdue: return "overdue";
    case Standing::at_risk: return "at-risk";
    case Standing::paused: return "paused";
    case Standing::waiting: return "waiting";
    case Standing::on_track: return "on-track";
    }
    return "on-track";
}

// The enum's order is from worst to best.
Standing standing_of(const std::vector<reg::ClockRow>& clocks, Date today) {
    Standing worst = Standing::on_track;
    for (const auto& k : clocks) worst = std::min(worst, standing_of_clock(k, today));
    return worst;
}

Caseload caseload(const store::Register& reg, Date today, const std::optional<std::string>& owner) {
    Caseload load;
    std::set<std::string> states;
    reg.for_each_open_case(owner, [&](const store::Register::OpenCase& c) {
        if (load.owners.empty() || load.owners.back().owner != c.owner) load.owners.push_back({c.owner, 0, {}, {}});
        const Standing s = standing_of(c.clocks, today);
        add(load.owners.back(), c.state, s);
        add(load.total, c.state, s);
        states.insert(c.state);
    });
    load.states.assign(states.begin(), states.end());
    return load;
}

} // namespace plaint::casework
