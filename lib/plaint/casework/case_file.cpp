#include "plaint/casework/case_file.hpp"

#include "plaint/core/error.hpp"
#include "plaint/procedure/machine.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::casework {

reg::Event amend(Session& session, const std::string& ref,
                 const std::map<std::string, std::optional<std::string>>& fields, const std::string& reason,
                 const store::Stamp& stamp) {
    auto& definitions = session.definitions();
    return session.reg().amend_case(ref, fields, reason, [&](const reg::CaseRecord& c, const std::vector<reg::Event>& after) {
        const Date received = after.front().effective_date;
        if (received != c.received) {
            if (!c.is_open())
                throw RefusedError(fmt::format("{} was closed on {}: its date of receipt cannot be amended", ref,
                                               c.closed_on->iso()),
                                   "a closed case's dates are in returns already; record the correction in a note");
            for (const auto& e : after)
                if (reg::is_step(e) && e.type != "logged" && e.effective_date < received)
                    throw RefusedError(fmt::format("the date of receipt {} would be after {} on {} (event {})",
                                                   received.iso(), e.type, e.effective_date.iso(), e.seq),
                                       "void the step first if it was recorded in error");
        }
        if (const auto why = procedure::history_refusal(definitions.of(c), after); !why.empty())
            throw RefusedError(fmt::format("after that amendment the history would not be valid: {}", why));
    }, stamp);
}

reg::Event void_step(Session& session, const std::string& ref, std::int64_t seq, const std::string& reason,
                     const store::Stamp& stamp) {
    auto& definitions = session.definitions();
    return session.reg().void_event(ref, seq, reason, [&](const reg::CaseRecord& c, const std::vector<reg::Event>& after) {
        if (const auto why = procedure::history_refusal(definitions.of(c), after); !why.empty())
            throw RefusedError(fmt::format("without event {} the history would not be valid: {}", seq, why),
                               "void the later steps first, newest first");
    }, stamp);
}

std::vector<ReceiptChange> receipt_changes(const std::vector<reg::Event>& events) {
    std::vector<ReceiptChange> changes;
    for (const auto& e : events) {
        if (e.type != reg::amended_event) continue;
        const auto c = e.details.value("changes", nlohmann::json::object());
        if (!c.contains("received")) continue;
        const auto from = parse_iso_date(c["received"].value("from", std::string()));
        const auto to = parse_iso_date(c["received"].value("to", std::string()));
        if (from && to) changes.push_back({e.seq, *from, *to, e.effective_date, e.actor, e.details.value("reason", std::string())});
    }
    return changes;
}

nlohmann::ordered_json receipt_changes_json(const std::vector<reg::Event>& events) {
    auto list = nlohmann::ordered_json::array();
    for (const auto& c : receipt_changes(events))
        list.push_back({{"seq", c.seq}, {"from", c.from.iso()}, {"to", c.to.iso()}, {"on", c.on.iso()}, {"by", c.actor},
                        {"reason", c.reason}});
    return list;
}

std::vector<reg::Event> as_it_stood(const std::vector<reg::Event>& events, Date day) {
    std::vector<reg::Event> kept;
    for (const auto& e : events)
        if (e.effective_date <= day) kept.push_back(e);
    return kept;
}

} // namespace plaint::casework
