#include "plaint/casework/case_file.hpp"

#include "plaint/core/error.hpp"
#include "plaint/procedure/machine.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

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

PartiesAsOf parties_as_of(const store::Register& reg, const std::string& ref, const std::vector<reg::Event>& events,
                          Date day) {
    // The parties the case had that day, in the order they came, and where
    // they are now: on this case, or on the case it was merged into since
    // (and from there on any it was merged into in turn).
    std::vector<std::int64_t> ids;
    std::map<std::int64_t, Date> effective; // seq -> effective date, over every case looked at
    std::vector<std::string> cases{ref};
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const auto journal = i == 0 ? events : reg.events_of(cases[i]);
        for (const auto& e : journal) {
            effective[e.seq] = e.effective_date;
            const bool merged_away = e.type == reg::voided_event && e.details.contains("merged_into");
            if (merged_away) {
                const auto into = e.details["merged_into"].get<std::string>();
                if (std::find(cases.begin(), cases.end(), into) == cases.end()) cases.push_back(into);
            }
            if (i != 0 || e.effective_date > day) continue;
            if (merged_away) ids.clear(); // its parties went to the case that stands
            for (const auto& p : e.details.value("parties", nlohmann::json::array()))
                if (const auto id = p.value("id", std::int64_t{0}); id && std::find(ids.begin(), ids.end(), id) == ids.end())
                    ids.push_back(id);
        }
    }
    std::map<std::int64_t, reg::Party> now;
    std::vector<store::Register::PartyVersion> history;
    for (const auto& c : cases) {
        for (auto& p : reg.parties_of(c)) now.emplace(p.id, std::move(p));
        for (auto& h : reg.party_history_of(c)) history.push_back(std::move(h));
    }
    std::sort(history.begin(), history.end(), [](const auto& a, const auto& b) { return a.replaced_by_seq < b.replaced_by_seq; });
    const auto happened_by_then = [&](std::int64_t seq) {
        const auto it = effective.find(seq);
        return it != effective.end() && it->second <= day;
    };
    PartiesAsOf result;
    for (const auto id : ids) {
        const auto it = now.find(id);
        if (it == now.end()) continue;
        reg::Party party = it->second;
        party.case_ref = ref;
        // The first rectification after that day replaced the details the
        // party had on it; the ones before it replaced earlier details.
        for (const auto& h : history) {
            if (h.party_id != id) continue;
            if (happened_by_then(h.replaced_by_seq)) {
                result.earlier.push_back(h);
                continue;
            }
            party.name = h.name;
            party.contact = h.contact;
            break;
        }
        result.parties.push_back(std::move(party));
    }
    std::sort(result.earlier.begin(), result.earlier.end(), [](const auto& a, const auto& b) { return a.replaced_by_seq < b.replaced_by_seq; });
    return result;
}

nlohmann::ordered_json correspondence_json(const store::Register::Correspondence& item, bool personal) {
    nlohmann::ordered_json doc{{"id", item.id}, {"reference", item.case_ref}, {"dated", item.dated.iso()},
                               {"direction", item.direction}, {"channel", item.channel}};
    if (personal) doc["subject"] = item.subject;
    doc["step"] = item.step_seq ? nlohmann::ordered_json(*item.step_seq) : nlohmann::ordered_json();
    doc["attachments"] = item.attachments;
    return doc;
}

} // namespace plaint::casework
