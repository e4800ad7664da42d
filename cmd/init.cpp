// plaint init [FILE] [--group GROUP]: create a register, private to its
// owner or shared by a group on this machine.

#include "commands.hpp"
#include "plaint/core/error.hpp"
#include "plaint/core/text.hpp"

#include <fmt/format.h>

#include <grp.h>
#include <optional>
#include <regex>

namespace plaint::cmd {
namespace {

struct InitOptions {
    std::string file;
    std::string organisation;
    std::string procedure = "nhs-complaint";
    std::string prefix = "C";
    std::string group; // --group: a register this group shares on this machine
};

gid_t group_id(const std::string& name) {
    if (const struct group* g = ::getgrnam(name.c_str())) return g->gr_gid;
    throw UsageError(fmt::format("there is no group '{}' on this machine", text::escaped(name)),
                     "create it first (addgroup NAME) and add the team's accounts to it (adduser USER NAME)");
}

// The configured closures, added holidays and cancelled rule days (files,
// imported-holidays.toml): the new register's own calendar from now on.
std::vector<store::CalendarDay> configured_days(const config::Settings& s) {
    std::vector<store::CalendarDay> days;
    for (const auto& c : s.closures) days.push_back({c.date, store::DayKind::closure, c.name, false, c.source});
    for (const auto& h : s.holidays) days.push_back({h.date, store::DayKind::holiday, h.name, h.substitute, h.source});
    for (const auto& date : s.cancelled) days.push_back({date, store::DayKind::cancelled, "", false, "configuration"});
    return days;
}

int run_init(const InitOptions& o, Context& ctx) {
    const std::string file = o.file.empty() ? ctx.register_path() : ctx.register_file(o.file);
    if (!std::regex_match(o.prefix, std::regex("[A-Z][A-Z0-9]{0,9}")))
        throw UsageError(fmt::format("invalid reference prefix '{}'", o.prefix),
                         "use 1 to 10 capital letters or digits, starting with a letter");
    if (o.organisation.empty()) throw UsageError("--organisation must not be empty");
    ctx.procedures().get(o.procedure);
    store::RegisterInfo info;
    info.organisation = o.organisation;
    info.default_procedure = o.procedure;
    info.calendar = ctx.settings().division;
    info.reference_prefix = o.prefix;
    const auto days = configured_days(ctx.settings());
    std::optional<gid_t> group;
    if (!o.group.empty()) {
        group = group_id(o.group);
        ctx.record_as_account(o.group);
    }
    auto created = store::Register::create(file, info, ctx.stamp(), days, group);
    ctx.out() << fmt::format("Created register {} for {} (calendar {}, procedure {}, references {}-YYYY-NNNN)\n",
                             file, o.organisation, info.calendar, o.procedure, o.prefix);
    if (group)
        ctx.out() << fmt::format("Shared by the group {} (mode 0660): changes are recorded as the account that makes "
                                 "them\n", o.group);
    const auto seeded = created.calendar().days.size();
    if (seeded > 0)
        ctx.out() << fmt::format("Its calendar has {} day{} from the configuration ('plaint calendar holidays YEAR' "
                                 "lists them)\n", seeded, seeded == 1 ? "" : "s");
    return 0;
}

} // namespace

void setup_init(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_init);
    command.add_option("FILE", o->file, "The new register file (default: --register, PLAINT_REGISTER, config)");
    command.add_option("--organisation", o->organisation, "The organisation keeping the register")->required();
    command.add_option("--procedure", o->procedure, "Default procedure for new cases (default nhs-complaint)");
    command.add_option("--prefix", o->prefix, "Case reference prefix: PREFIX-YYYY-NNNN (default C)");
    command.add_option("--group", o->group,
                       "Make a register GROUP shares on this machine (mode 0660, in a set-group-ID directory of "
                       "GROUP; changes recorded as each account's login name)");
}

} // namespace plaint::cmd
