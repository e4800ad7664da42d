#include "plaint/remind/digest.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::remind {
namespace {

using casework::DueItem;
using casework::DueStatus;

std::string plural(int n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string days_text(const DueItem& item) {
    if (item.status == DueStatus::overdue)
        return (item.working_days_left < 0 ? plural(-item.working_days_left, "working day late", "working days late")
                                           : std::string("late")) +
               (item.row.clock.breach_handled_on ? ", dealt with on " + day_text(*item.row.clock.breach_handled_on) : "");
    if (item.status == DueStatus::due_today) return "due today";
    if (item.status == DueStatus::waiting) return fmt::format("waiting {}", plural(item.waited, "working day", "working days"));
    return plural(item.working_days_left, "working day left", "working days left");
}

// Lines for a list of clocks, columns aligned within the list:
//   C-2026-0001  acknowledgement  due Tue 2026-11-17  3 working days late
//                next step: ack
std::string item_lines(const std::vector<DueItem>& items) {
    std::size_t ref_width = 0, clock_width = 0;
    for (const auto& i : items) {
        ref_width = std::max(ref_width, i.row.ref.size());
        clock_width = std::max(clock_width, i.row.clock.clock.size());
    }
    std::string out;
    for (const auto& i : items) {
        const std::string due = i.row.clock.due ? "due " + day_text(*i.row.clock.due)
                                : i.row.clock.waiting_since ? "since " + day_text(*i.row.clock.waiting_since)
                                                            : "no due date";
        out += fmt::format("  {:<{}}  {:<{}}  {}  {}\n", clean_text(i.row.ref), ref_width,
                           clean_text(i.row.clock.clock), clock_width, due, days_text(i));
        if (!i.row.clock.waiting_for.empty())
            out += fmt::format("  {:{}}  waiting for: {}\n", "", ref_width,
                               clean_text(fmt::format("{}", fmt::join(i.row.clock.waiting_for, ", "))));
        if (!i.row.clock.next_step.empty())
            out += fmt::format("  {:{}}  next step: {}\n", "", ref_width, clean_text(i.row.clock.next_step));
    }
    return out;
}

std::string section(std::string_view title, const std::vector<DueItem>& items) {
    if (items.empty()) return {};
    return fmt::format("\n{} ({})\n", title, items.size()) + item_lines(items);
}

std::vector<DueItem> with_status(const std::vector<DueItem>& items, DueStatus status) {
    std::vector<DueItem> chosen;
    std::copy_if(items.begin(), items.end(), std::back_inserter(chosen), [&](const DueItem& i) { return i.status == status; });
    return chosen;
}

std::string footer(const Letterhead& l) {
    return fmt::format("\nThis reminder carries case references, clocks, dates and next steps only.\n"
                       "See a case and its timeline with: plaint show REFERENCE\n"
                       "Sent by plaint remind for {}, once a day.\n",
                       clean_text(l.organisation));
}

Message message_to(const Mailbox& to, std::string subject, std::string body, const Letterhead& l, std::string_view kind,
                   int attempt) {
    const std::string seed = fmt::format("{}\n{}\n{}\n{}\n{}", l.seed, kind, to.address, l.today.iso(), attempt);
    return Message{l.from, {to}, std::move(subject), l.now, message_id(l.now, seed, address_domain(l.from.address)),
                   std::move(body)};
}

std::string outcome_text(const Result& r) {
    switch (r.outcome) {
    case Outcome::sent: return "sent to " + r.recipient;
    case Outcome::already_sent: return "already sent today";
    case Outcome::claimed: return "being sent by another run";
    case Outcome::failed: return fmt::format("FAILED: {} (retried on the next run)", clean_text(r.error));
    case Outcome::no_address: return fmt::format("NOT SENT: {}", clean_text(r.error));
    case Outcome::dry_run: return "not sent (dry run)";
    }
    return {};
}

casework::DueCounts add(casework::DueCounts a, const casework::DueCounts& b) {
    a.overdue += b.overdue;
    a.due_today += b.due_today;
    a.due_soon += b.due_soon;
    a.paused += b.paused;
    a.waiting += b.waiting;
    a.handled += b.handled;
    return a;
}

} // namespace

std::string day_text(Date day) { return fmt::format("{} {}", weekday_short(day.weekday()), day.iso()); }

Grouping group_by_owner(const std::vector<DueItem>& items, const People& people) {
    Grouping grouping;
    std::map<std::string, Digest> by_owner;
    for (const auto& item : items) {
        if (!item.row.owner || item.row.owner->empty()) {
            grouping.unassigned.push_back(item);
            continue;
        }
        auto& digest = by_owner[*item.row.owner];
        digest.owner = *item.row.owner;
        digest.items.push_back(item);
    }
    for (auto& [owner, digest] : by_owner) {
        digest.counts = casework::count(digest.items);
        const auto person = people.find(owner);
        digest.display_name = person != people.end() && !person->second.name.empty() ? person->second.name : owner;
        if (person == people.end())
            digest.problem = fmt::format("no email address: the configuration has no [people.{}]", owner);
        else if (person->second.email.empty())
            digest.problem = fmt::format("no email address: [people.{}] has no email", owner);
        else if (!valid_address(person->second.email))
            digest.problem = fmt::format("[people.{}] email '{}' is not a valid address", owner, person->second.email);
        else
            digest.to = Mailbox{person->second.name, person->second.email};
        grouping.digests.push_back(std::move(digest));
    }
    return grouping;
}

Message digest_message(const Digest& d, const Letterhead& l, int attempt) {
    const std::string counts = casework::summary(d.counts, l.within);
    std::string body = fmt::format("Hello {},\n\nThese deadlines on your cases need attention as of {}:\n{}.\n",
                                   clean_text(d.display_name), day_text(l.today), counts);
    body += section("Overdue", with_status(d.items, DueStatus::overdue));
    body += section("Due today", with_status(d.items, DueStatus::due_today));
    body += section(fmt::format("Due within {} working day{}", l.within, l.within == 1 ? "" : "s"),
                    with_status(d.items, DueStatus::due_soon));
    body += section("Waiting: to chase", with_status(d.items, DueStatus::waiting));
    body += footer(l);
    const std::string subject = fmt::format("Complaints due for {}: {}", d.display_name, counts);
    return message_to(d.to.value_or(Mailbox{}), subject, std::move(body), l, "digest", attempt);
}

Message summary_message(const Mailbox& manager, const std::vector<Result>& results,
                        const std::vector<DueItem>& unassigned, const Letterhead& l, int attempt) {
    casework::DueCounts total = casework::count(unassigned);
    std::size_t owner_width = 5; // "Owner"
    int not_sent = 0;
    for (const auto& r : results) {
        total = add(total, r.counts);
        owner_width = std::max(owner_width, clean_text(r.owner).size());
        not_sent += r.outcome == Outcome::failed || r.outcome == Outcome::no_address;
    }
    const std::string counts = casework::summary(total, l.within);
    std::string body = fmt::format("Reminders for {}: {}.\n", day_text(l.today), counts);
    if (!results.empty()) {
        body += fmt::format("\n{:<{}}  Overdue  Today  Soon  Digest\n", "Owner", owner_width);
        for (const auto& r : results)
            body += fmt::format("{:<{}}  {:>7}  {:>5}  {:>4}  {}\n", clean_text(r.owner), owner_width, r.counts.overdue,
                                r.counts.due_today, r.counts.due_soon, outcome_text(r));
    }
    body += section("Clocks on cases with no owner", unassigned);
    if (!l.journal_head.empty()) body += fmt::format("\nJournal head: event {}, hash {}\n", l.journal_seq, l.journal_head);
    body += footer(l);
    std::string subject = fmt::format("Complaints due, all owners: {}", counts);
    if (not_sent) subject += fmt::format("; {} not sent", plural(not_sent, "digest", "digests"));
    return message_to(manager, subject, std::move(body), l, "summary", attempt);
}

} // namespace plaint::remind
