#pragma once
// The reminder digests, built as pure functions: what is due, grouped by
// case owner, into one message per owner and a summary for the manager.
// Messages carry references, clocks, dates and next steps only: no
// complainant's name, contact or the case summary.

#include "plaint/casework/due.hpp"
#include "plaint/config/config.hpp"
#include "plaint/remind/message.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace plaint::remind {

using People = std::map<std::string, config::Settings::Person>;

// One owner's due clocks and where their digest goes.
struct Digest {
    std::string owner;          // the case owner, as recorded on the cases
    std::string display_name;   // [people.OWNER] name, else the owner
    std::optional<Mailbox> to;  // nullopt: no usable address (see problem)
    std::string problem;        // why there is no address
    std::vector<casework::DueItem> items;
    casework::DueCounts counts;
};

struct Grouping {
    std::vector<Digest> digests;               // in owner order
    std::vector<casework::DueItem> unassigned; // clocks of cases with no owner
};

// Groups due items by owner, finding each owner's address in `people`.
Grouping group_by_owner(const std::vector<casework::DueItem>& items, const People& people);

// What every message of one run shares.
struct Letterhead {
    Mailbox from;
    std::string organisation; // the register's, named in the footer
    std::string seed;         // makes Message-IDs unique to the register
    Date today;
    Timestamp now;
    int within = 5;           // working days ahead
    std::int64_t journal_seq = 0; // the journal head, in the manager's summary: an outside copy
    std::string journal_head = {}; // of it (README, "Sealing the journal"); "" for none
};

// The digest for one owner (who must have an address). `attempt` counts
// the day's earlier attempts at it, so that a retry or a resend has a
// Message-ID of its own even within the same second.
Message digest_message(const Digest& digest, const Letterhead& letterhead, int attempt = 0);

// How one digest fared in this run, for the summary and the report.
// claimed: another run is sending it now (its claim is in the register).
enum class Outcome { sent, already_sent, claimed, failed, no_address, dry_run };
struct Result {
    std::string owner;
    std::string recipient; // address, "" when none
    Outcome outcome = Outcome::sent;
    std::string error;     // for failed and no_address
    casework::DueCounts counts;
    int items = 0;
};

// The summary for the manager: each owner's counts and how their digest
// fared, and the clocks of cases that have no owner.
Message summary_message(const Mailbox& manager, const std::vector<Result>& results,
                        const std::vector<casework::DueItem>& unassigned, const Letterhead& letterhead,
                        int attempt = 0);

// "Tue 2026-11-17": the dates in digests.
std::string day_text(Date day);

} // namespace plaint::remind
