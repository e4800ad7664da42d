#include "plaint/casework/contributions.hpp"

#include "plaint/core/error.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::casework {
namespace {

std::string one_line(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    if (first == std::string::npos) throw UsageError("--from is empty", "name the service or provider asked, not a person");
    if (text.find_first_of("\r\n") != std::string::npos) throw UsageError("--from must be one line");
    return text.substr(first, last - first + 1);
}

const reg::Contribution& numbered(const reg::CaseRecord& c, int number) {
    if (number < 1 || number > static_cast<int>(c.contributions.size()))
        throw UsageError(fmt::format("{} has no contribution request {}", c.ref, number),
                         c.contributions.empty() ? "ask for one with 'plaint contribution request REF --from SERVICE'"
                                                 : fmt::format("its requests are 1 to {}", c.contributions.size()));
    return c.contributions[static_cast<std::size_t>(number - 1)];
}

reg::ClockRow clock_of(const reg::Contribution& k, const calendar::Calendar& cal) {
    reg::ClockRow row;
    row.clock = fmt::format("contribution:{}", k.number);
    row.title = fmt::format("Statement from {}", k.requested_of);
    row.kind = contribution_clock_kind;
    row.start = k.requested_on;
    row.due = k.due;
    const Date warning = cal.add_working_days(k.due, -contribution_warning_days);
    row.warning = std::max(warning, k.requested_on);
    if (k.received_on) {
        const bool late = *k.received_on > k.due;
        row.status = late ? "breached" : "met";
        row.stopped_on = k.received_on;
        row.stopped_by = reg::contribution_received_event;
        row.by_next = true;
        row.working_days_late = late ? cal.count_working_days(k.due, *k.received_on) : 0;
    } else {
        row.status = "open";
        row.next_step = fmt::format("contribution received {}", k.number);
    }
    return row;
}

} // namespace

reg::Event request_contribution(store::Register& reg, const std::string& ref, const ContributionRequest& request,
                                const store::Stamp& stamp) {
    const std::string from = one_line(request.from);
    if (request.due < request.on)
        throw UsageError(fmt::format("the statement is due ({}) before it is asked for ({})", request.due.iso(),
                                     request.on.iso()));
    return reg.append_step(ref, reg::contribution_requested_event, request.on,
                           [&](const reg::CaseRecord& c, const std::vector<reg::Event>&) {
                               if (c.is_voided())
                                   throw RefusedError(fmt::format("{} was voided on {}: it was logged in error", ref,
                                                                  c.voided_on->iso()));
                               if (c.closed_on && !request.force)
                                   throw RefusedError(fmt::format("{} was closed on {}", ref, c.closed_on->iso()),
                                                      "give --force to ask for a statement on a closed case "
                                                      "(for the Ombudsman, say)");
                               if (request.on < c.received)
                                   throw UsageError(fmt::format("{} was received on {}, after {}", ref, c.received.iso(),
                                                                request.on.iso()));
                               return nlohmann::json{{"of", from}, {"due", request.due.iso()}};
                           },
                           stamp);
}

reg::Event receive_contribution(store::Register& reg, const std::string& ref, int number, Date on,
                                const store::Stamp& stamp) {
    return reg.append_step(ref, reg::contribution_received_event, on,
                           [&](const reg::CaseRecord& c, const std::vector<reg::Event>&) {
                               const auto& k = numbered(c, number);
                               if (k.received_on)
                                   throw UsageError(fmt::format("the statement {} of {} was received on {}", number, ref,
                                                                k.received_on->iso()));
                               if (on < k.requested_on)
                                   throw UsageError(fmt::format("the statement {} of {} was asked for on {}, after {}",
                                                                number, ref, k.requested_on.iso(), on.iso()));
                               return nlohmann::json{{"number", number}};
                           },
                           stamp);
}

std::vector<reg::ClockRow> contribution_clocks(const reg::CaseRecord& c, const calendar::Calendar& cal) {
    std::vector<reg::ClockRow> rows;
    for (const auto& k : c.contributions) rows.push_back(clock_of(k, cal));
    return rows;
}

} // namespace plaint::casework
