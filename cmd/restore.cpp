// plaint restore BACKUP: the register's content replaced by a backup's,
// checked first, under the register's write lock, the register as it was
// kept beside it.

#include "commands.hpp"
#include "plaint/store/restore.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::cmd {
namespace {

struct RestoreOptions {
    std::string backup;
    std::string keep; // where the register as it was goes; default REGISTER.replaced-TIME
};

// REGISTER.replaced-20261120T090000Z for the run's UTC time.
std::string default_keep(const std::string& path, const std::string& now) {
    std::string compact = now;
    compact.erase(std::remove_if(compact.begin(), compact.end(), [](char c) { return c == '-' || c == ':'; }),
                  compact.end());
    return fmt::format("{}.replaced-{}", path, compact);
}

std::string counted(std::int64_t n, const char* what) { return fmt::format("{} {}{}", n, what, n == 1 ? "" : "s"); }

int run_restore(const RestoreOptions& o, Context& ctx) {
    const std::string path = ctx.register_path();
    const std::string keep = o.keep.empty() ? default_keep(path, ctx.stamp().now) : o.keep;
    const auto done = store::restore_register(path, o.backup, keep, [](store::Register& r) { return r.verify(); });
    ctx.out() << fmt::format("Restored {} from {}: {}, {}; journal head {}\n", path, o.backup,
                             counted(done.backup.events, "event"), counted(done.backup.cases, "case"), done.backup.head);
    if (!done.kept_as.empty())
        ctx.out() << fmt::format("The register as it was ({}; journal head {}) is kept in {}\n",
                                 counted(done.replaced_events, "event"), done.replaced_head, done.kept_as);
    return 0;
}

} // namespace

void setup_restore(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_restore);
    command.add_option("BACKUP", o->backup, "A backup made by 'plaint backup' (or any copy of a register)")->required();
    command.add_option("--keep", o->keep, "Keep the register as it was in FILE (default REGISTER.replaced-TIME)")
        ->option_text("FILE");
    command.footer("The backup is verified first; other processes may keep using the register. Exit 3 when the "
                   "backup does not verify, 4 when the register cannot be written; nothing is changed then.");
}

} // namespace plaint::cmd
