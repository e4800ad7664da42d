// plaint config show: every setting in force and where it came from, in the
// order of precedence written in plaint/config/config.hpp.

#include "commands.hpp"

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

std::string origin_of(const config::Settings& s, const std::string& key) {
    auto it = s.origin.find(key);
    return it == s.origin.end() ? "default" : it->second;
}

int run_show(const ShowOptions&, Context& ctx) {
    const auto& s = ctx.settings();
    output::Records records{{"key", "value", "origin"}, {}};
    auto row = [&](const std::string& key, const std::string& value) {
        records.add({key, value, origin_of(s, key)});
    };
    row("calendar.division", s.division);
    row("calendar.receipt", s.receipt);
    row("calendar.holidays", joined_days(s.holidays));
    row("calendar.closures", joined_days(s.closures));
    std::vector<std::string> cancelled;
    for (const auto& d : s.cancelled) cancelled.push_back(d.iso());
    row("calendar.not_holidays", fmt::format("{}", fmt::join(cancelled, "; ")));
    row("color", s.color);
    row("register", s.register_path);
    row("user", s.user);
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
