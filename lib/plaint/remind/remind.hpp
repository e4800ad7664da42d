#pragma once
// One run of `plaint remind`: decide which digests to send (once per owner
// per day, failures retried), send them, record each attempt in the
// register, then send the manager's summary of how they fared.

#include "plaint/remind/digest.hpp"
#include "plaint/remind/transport.hpp"
#include "plaint/store/register.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace plaint::remind {

using Reminder = store::Register::Reminder;

// Whether `records` (one day's) show a message of `kind` for `owner` sent.
bool already_sent(const std::vector<Reminder>& records, std::string_view kind, std::string_view owner);
// Send unless already sent that day; --force sends again. A failed
// attempt does not count as sent: the next run retries it.
bool should_send(const std::vector<Reminder>& records, std::string_view kind, std::string_view owner, bool force);

struct RunOptions {
    bool force = false;
    bool dry_run = false;           // send and record nothing; collect the messages
    std::optional<Mailbox> manager; // the summary's recipient; nullopt: no summary
};

struct RunReport {
    std::vector<Result> results;   // one per owner, in owner order
    std::optional<Result> summary; // the manager's summary, when there was one to send
    std::vector<Message> messages; // sent, or in a dry run those that would be
    // Nothing failed and every owner had an address.
    bool all_went() const;
};

// Sends through `transport` (may be null in a dry run) and records in `reg`.
RunReport run(store::Register& reg, Transport* transport, const Grouping& grouping, const Letterhead& letterhead,
              const RunOptions& options);

} // namespace plaint::remind
