// plaint remind: the daily reminder emails. What `plaint due` lists, grouped
// by case owner into one digest each, sent once a day through sendmail or
// SMTP with each attempt recorded in the register, and a summary for the
// manager. --dry-run writes the messages to stdout as an mbox instead.

#include "commands.hpp"
#include "plaint/remind/remind.hpp"

#include <fmt/format.h>

#include <iostream>
#include <set>

namespace plaint::cmd {
namespace {

struct RemindOptions {
    bool dry_run = false;
    bool force = false;
    bool no_manager = false;
    int within = -1;
    std::string owner;
    std::string manager;
};

constexpr const char* mailbox_forms = "write it as \"Name <local@domain>\" or local@domain";

remind::Mailbox sender(const config::Settings& s) {
    if (s.remind.from.empty())
        throw DataError("remind.from is not set: reminders need a sender",
                        "set [remind] from = \"Complaints team <complaints@example.org>\" in the configuration");
    auto from = remind::parse_mailbox(s.remind.from);
    if (!from)
        throw DataError(fmt::format("remind.from '{}' is not an email address", remind::clean_text(s.remind.from)),
                        mailbox_forms);
    return *from;
}

// --manager, else remind.manager unless --owner narrows the run; none with --no-manager.
std::optional<remind::Mailbox> manager_of(const RemindOptions& o, const config::Settings& s) {
    const std::string text = !o.manager.empty() ? o.manager : o.owner.empty() ? s.remind.manager : "";
    if (o.no_manager || text.empty()) return std::nullopt;
    auto manager = remind::parse_mailbox(text);
    const std::string shown = remind::clean_text(text);
    if (!manager && !o.manager.empty())
        throw UsageError(fmt::format("--manager '{}' is not an email address", shown), mailbox_forms);
    if (!manager) throw DataError(fmt::format("remind.manager '{}' is not an email address", shown), mailbox_forms);
    return manager;
}

std::vector<casework::DueItem> due_now(const RemindOptions& o, Context& ctx, casework::Session& session, int within) {
    ctx.warn_if_clocks_stale(session.reg());
    casework::DueQuery query;
    query.within = within;
    if (!o.owner.empty()) query.filter.owners.push_back(o.owner);
    return casework::due_items(session.reg(), session.calendar(), ctx.today(), query);
}

// One line per digest: what went to stdout (stderr in a dry run, whose
// stdout is the mbox), what did not go to stderr as a warning.
void report_line(std::ostream& out, const remind::Result& r) {
    using remind::Outcome;
    const std::string who = r.owner.empty() ? "summary" : remind::clean_text(r.owner);
    const std::string clocks = fmt::format("{} clock{}", r.items, r.items == 1 ? "" : "s");
    switch (r.outcome) {
    case Outcome::sent: out << fmt::format("{}: sent to {} ({})\n", who, r.recipient, clocks); break;
    case Outcome::already_sent: out << fmt::format("{}: already sent today (--force sends it again)\n", who); break;
    case Outcome::claimed: out << fmt::format("{}: being sent by another plaint remind run\n", who); break;
    case Outcome::dry_run: break;
    case Outcome::no_address:
        std::cerr << fmt::format("plaint: warning: {}: not sent: {}\n", who, remind::clean_text(r.error));
        break;
    case Outcome::failed:
        std::cerr << fmt::format("plaint: warning: {}: not sent: {}; the next run tries again\n", who,
                                 remind::clean_text(r.error));
        break;
    }
}

void warn_unassigned(const std::vector<casework::DueItem>& unassigned, bool summarised) {
    if (unassigned.empty()) return;
    std::set<std::string> refs;
    for (const auto& i : unassigned) refs.insert(remind::clean_text(i.row.ref));
    std::cerr << fmt::format("plaint: warning: {} due clock{} on cases with no owner ({}){}; give them an owner "
                             "with 'plaint assign REF --owner NAME'\n",
                             unassigned.size(), unassigned.size() == 1 ? " is" : "s are", fmt::join(refs, ", "),
                             summarised ? ", listed in the manager's summary" : "");
}

int run_remind(const RemindOptions& o, Context& ctx) {
    const auto& settings = ctx.settings();
    const int within = o.within >= 0 ? o.within : settings.due_within;
    remind::Letterhead letterhead{sender(settings), {}, {}, ctx.today(), remind::parse_timestamp(ctx.stamp().now), within};
    const auto manager = manager_of(o, settings);
    const auto transport = o.dry_run ? nullptr : remind::make_transport(settings.remind, ctx.env());
    auto session = ctx.session(o.dry_run ? store::Access::read_only : store::Access::read_write);
    const auto info = session.reg().info();
    letterhead.organisation = info.organisation;
    letterhead.seed = info.organisation + "\n" + info.created_at;
    letterhead.journal_seq = info.journal_events;
    letterhead.journal_head = info.journal_head;

    const auto grouping = remind::group_by_owner(due_now(o, ctx, session, within), settings.people);
    const auto report = remind::run(session.reg(), transport.get(), grouping, letterhead, {o.force, o.dry_run, manager});
    if (o.dry_run) ctx.out() << remind::mbox(report.messages);
    std::ostream& status = o.dry_run ? std::cerr : ctx.out();
    for (const auto& r : report.results) report_line(status, r);
    if (report.summary) report_line(status, *report.summary);
    if (report.results.empty() && grouping.unassigned.empty())
        status << fmt::format("nothing due within {} working day{}: no reminders to send\n", within,
                              within == 1 ? "" : "s");
    warn_unassigned(grouping.unassigned, report.summary.has_value());
    return report.all_went() ? 0 : static_cast<int>(ExitCode::finding);
}

} // namespace

void setup_remind(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_remind);
    command.add_flag("--dry-run", o->dry_run, "Write the messages to stdout (mbox) instead of sending them");
    command.add_flag("--force", o->force, "Send again what was already sent today");
    command.add_option("--owner", o->owner, "Only this owner's digest (no manager's summary unless --manager)");
    command.add_option("--within", o->within, "Working days ahead to include (default: due.within, 5)")->check(CLI::Range(0, 260));
    auto* manager = command.add_option("--manager", o->manager, "Send the summary to this address instead of remind.manager")
                        ->option_text("ADDRESS");
    command.add_flag("--no-manager", o->no_manager, "Do not send the manager's summary")->excludes(manager);
}

} // namespace plaint::cmd
