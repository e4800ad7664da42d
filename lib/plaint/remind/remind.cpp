#include "plaint/remind/remind.hpp"

#include <algorithm>

namespace plaint::remind {
namespace {

struct Attempt {
    store::Register& reg;
    Transport* transport;
    const Letterhead& letterhead;
    const RunOptions& options;
    RunReport& report;

    Reminder attempt_of(std::string_view kind, const Result& r, const std::string& message_id) const {
        return {letterhead.today, std::string(kind), r.owner, r.recipient,
                r.outcome == Outcome::sent ? "sent" : "failed", r.items, timestamp_text(letterhead.now), message_id,
                r.error};
    }

    void record(std::string_view kind, const Result& r, const std::string& message_id) {
        if (!options.dry_run) reg.record_reminder(attempt_of(kind, r, message_id));
    }

    // Sends `message` (or keeps it, in a dry run) and records the attempt.
    // The sending is claimed in the register first: a run that finds the
    // claim taken, or the reminder sent since this run began, sends nothing.
    void deliver(std::string_view kind, Result& r, const Message& message) {
        if (options.dry_run || !transport) {
            report.messages.push_back(message);
            r.outcome = Outcome::dry_run;
            return;
        }
        const std::string kind_text(kind);
        if (!reg.claim_reminder(letterhead.today, kind_text, r.owner, timestamp_text(letterhead.now), options.force)) {
            r.outcome = already_sent(reg.reminders_on(letterhead.today), kind, r.owner) ? Outcome::already_sent
                                                                                       : Outcome::claimed;
            return;
        }
        report.messages.push_back(message);
        const Delivery delivery = transport->send(message);
        r.outcome = delivery.ok ? Outcome::sent : Outcome::failed;
        r.error = delivery.error;
        reg.finish_reminder(attempt_of(kind, r, message.message_id));
    }
};

// The day's earlier attempts at a message of `kind` for `owner`.
int attempts(const std::vector<Reminder>& records, std::string_view kind, std::string_view owner) {
    return static_cast<int>(std::count_if(records.begin(), records.end(),
                                          [&](const Reminder& r) { return r.kind == kind && r.owner == owner; }));
}

Result result_of(const Digest& d) {
    return {d.owner, d.to ? d.to->address : std::string(), Outcome::sent, {}, d.counts, static_cast<int>(d.items.size())};
}

} // namespace

bool already_sent(const std::vector<Reminder>& records, std::string_view kind, std::string_view owner) {
    return std::any_of(records.begin(), records.end(), [&](const Reminder& r) {
        return r.kind == kind && r.owner == owner && r.status == "sent";
    });
}

bool should_send(const std::vector<Reminder>& records, std::string_view kind, std::string_view owner, bool force) {
    return force || !already_sent(records, kind, owner);
}

bool RunReport::all_went() const {
    auto went = [](const Result& r) { return r.outcome != Outcome::failed && r.outcome != Outcome::no_address; };
    return std::all_of(results.begin(), results.end(), went) && (!summary || went(*summary));
}

RunReport run(store::Register& reg, Transport* transport, const Grouping& grouping, const Letterhead& letterhead,
              const RunOptions& options) {
    RunReport report;
    Attempt attempt{reg, transport, letterhead, options, report};
    const auto today = reg.reminders_on(letterhead.today);
    for (const auto& digest : grouping.digests) {
        Result r = result_of(digest);
        if (!should_send(today, "digest", digest.owner, options.force)) {
            r.outcome = Outcome::already_sent;
        } else if (!digest.to) {
            r.outcome = Outcome::no_address;
            r.error = digest.problem;
            attempt.record("digest", r, {});
        } else {
            attempt.deliver("digest", r, digest_message(digest, letterhead, attempts(today, "digest", digest.owner)));
        }
        report.results.push_back(std::move(r));
    }
    const bool anything = !grouping.digests.empty() || !grouping.unassigned.empty();
    if (options.manager && anything) {
        Result s{"", options.manager->address, Outcome::sent, {}, {}, 0};
        s.items = static_cast<int>(grouping.unassigned.size());
        for (const auto& d : grouping.digests) s.items += static_cast<int>(d.items.size());
        if (!should_send(today, "summary", "", options.force)) s.outcome = Outcome::already_sent;
        else
            attempt.deliver("summary", s,
                            summary_message(*options.manager, report.results, grouping.unassigned, letterhead,
                                            attempts(today, "summary", "")));
        report.summary = std::move(s);
    }
    return report;
}

} // namespace plaint::remind
