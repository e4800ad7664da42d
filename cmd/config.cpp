// plaint config show: every setting in force and where it came from, in the
// order of precedence written in plaint/config/config.hpp.

#include "commands.hpp"
#include "plaint/core/size.hpp"

#include <fmt/format.h>

namespace plaint::cmd {
namespace {

using output::Format;

struct ShowOptions {};

std::string joined_days(const std::vector<calendar::Holiday>& days) {
    std::vector<std::string> items;
    for (const auto& d : days) items.push_back(fmt::format("{} {}", d.date.iso(), d.name));
    return fmt::format("{}", fmt::join(items, "; "));
}

std::string joined(const std::vector<std::string>& items) { return fmt::format("{}", fmt::join(items, "; ")); }

// An SMTP URL as it may be shown: curl would take a password from
// smtp://user:password@host, so any user information is masked.
std::string shown_url(const std::string& url) {
    const auto scheme = url.find("://");
    if (scheme == std::string::npos) return url;
    const auto host = scheme + 3;
    const auto at = url.find('@', host);
    if (at == std::string::npos || at > url.find('/', host)) return url;
    return url.substr(0, host) + "***" + url.substr(at);
}

std::string origin_of(const config::Settings& s, const std::string& key) {
    auto it = s.origin.find(key);
    return it == s.origin.end() ? "default" : it->second;
}

std::string joined_dates(const std::vector<Date>& dates) {
    std::vector<std::string> items;
    for (const auto& d : dates) items.push_back(d.iso());
    return joined(items);
}

// The calendar rows: the register's own (origin "register") when a register
// is given, else the configuration's.
void calendar_rows(output::Records& records, const config::Settings& s, const std::optional<store::Register>& reg) {
    if (!reg) {
        records.add({"calendar.division", s.division, origin_of(s, "calendar.division")});
        records.add({"calendar.receipt", s.receipt, origin_of(s, "calendar.receipt")});
        records.add({"calendar.holidays", joined_days(s.holidays), origin_of(s, "calendar.holidays")});
        records.add({"calendar.closures", joined_days(s.closures), origin_of(s, "calendar.closures")});
        records.add({"calendar.not_holidays", joined_dates(s.cancelled), origin_of(s, "calendar.not_holidays")});
        return;
    }
    const auto spec = casework::calendar_spec(reg->calendar());
    records.add({"calendar.division", std::string(calendar::division_id(spec.division)), "register"});
    records.add({"calendar.receipt", s.receipt, origin_of(s, "calendar.receipt")});
    records.add({"calendar.holidays", joined_days(spec.added), "register"});
    records.add({"calendar.closures", joined_days(spec.closures), "register"});
    records.add({"calendar.not_holidays", joined_dates(spec.cancelled), "register"});
}

int run_show(const ShowOptions&, Context& ctx) {
    const auto& s = ctx.settings();
    output::Records records{{"key", "value", "origin"}, {}};
    auto row = [&](const std::string& key, const std::string& value) {
        records.add({key, value, origin_of(s, key)});
    };
    calendar_rows(records, s, ctx.given_register());
    row("color", s.color);
    row("register", s.register_path);
    row("user", s.user);
    row("procedures", joined(s.procedure_files));
    row("due.within", std::to_string(s.due_within));
    // One row per field of each person, with the origin of the person's table.
    for (const auto& [name, person] : s.people) {
        const std::string key = "people." + name;
        const std::string origin = origin_of(s, key);
        records.add({key + ".email", person.email, origin});
        records.add({key + ".name", person.name, origin});
        records.add({key + ".team", person.team, origin});
    }
    // Never a password: only where it is read from (a variable's name, a file).
    row("remind.from", s.remind.from);
    row("remind.manager", s.remind.manager);
    row("remind.transport", s.remind.transport);
    row("remind.sendmail", s.remind.sendmail);
    row("remind.smtp_url", shown_url(s.remind.smtp_url));
    row("remind.smtp_user", s.remind.smtp_user);
    row("remind.smtp_password_env", s.remind.smtp_password_env);
    row("remind.smtp_password_file", s.remind.smtp_password_file);
    row("report.categories", joined(s.report.categories));
    if (s.report.ko41_procedures.empty())
        records.add({"report.ko41_procedures", joined(ctx.ko41_procedures()), "procedure files (ko41 = true)"});
    else
        row("report.ko41_procedures", joined(s.report.ko41_procedures));
    row("attachments.max_size", fmt::format("{} ({} bytes)", format_size(s.attachments.max_size), s.attachments.max_size));
    row("risk.matrices", joined(s.risk.matrices));
    if (s.risk.matrix.empty())
        records.add({"risk.matrix", "", "default (the last of risk.matrices, else nhs-5x5-2008)"});
    else
        row("risk.matrix", s.risk.matrix);
    row("letters.templates", s.letters.templates);
    row("seal.key", s.seal.key);
    row("seal.public_key", joined(s.seal.public_keys));
    records.add({"today", ctx.today().iso(), std::string("--today, PLAINT_TODAY or the clock")});
    ctx.write(records, ctx.format(Format::table, {Format::table, Format::json, Format::csv, Format::tsv}));
    return 0;
}

} // namespace

void setup_config(CLI::App& command, Action& action) {
    command.require_subcommand(1);
    auto* show = command.add_subcommand("show", "Show each setting, its value and where it came from");
    bind(*show, action, run_show);
}

} // namespace plaint::cmd
