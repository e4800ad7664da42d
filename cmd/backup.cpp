// plaint backup DEST: a consistent copy of the register while others use it.

#include "commands.hpp"

#include <fmt/format.h>

namespace plaint::cmd {
namespace {

struct BackupOptions {
    std::string destination;
};

int run_backup(const BackupOptions& o, Context& ctx) {
    auto reg = ctx.open_register(store::Access::read_only);
    reg.backup_to(o.destination);
    ctx.out() << fmt::format("Backed up {} to {}\n", reg.path().string(), o.destination);
    return 0;
}

} // namespace

void setup_backup(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_backup);
    command.add_option("DEST", o->destination, "The new backup file (never overwritten)")->required();
    command.footer("The copy appears at DEST whole or not at all; restore it with 'plaint restore DEST'.");
}

} // namespace plaint::cmd
