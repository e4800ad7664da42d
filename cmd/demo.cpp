// plaint demo [FILE]: create a demonstration register with realistic cases.

#include "commands.hpp"
#include "plaint/casework/demo.hpp"
#include "plaint/store/new_file.hpp"

#include <fmt/format.h>

namespace plaint::cmd {
namespace {

struct DemoOptions {
    std::string file;
    std::int64_t cases = 2000;
    std::uint64_t seed = 1;
    int years = 10;
    std::string organisation = "Example Integrated Care Board";
};

// Fills the new register at `staged` (closed on return, back in WAL mode).
casework::DemoSummary fill(const std::filesystem::path& staged, const DemoOptions& o, Context& ctx) {
    store::RegisterInfo info;
    info.organisation = o.organisation;
    info.calendar = ctx.settings().division;
    info.reference_prefix = "DEMO";
    auto reg = store::Register::create(staged, info, ctx.stamp());
    // A new file that is nobody's record yet: loaded without an fsync per
    // batch; every later open is synchronous = FULL.
    reg.begin_bulk_load();
    casework::Session session(std::move(reg), [&ctx]() -> const procedure::Catalog& { return ctx.procedures(); });
    const auto summary = casework::make_demo(session, ctx.procedures(), {o.cases, o.seed, o.years}, ctx.stamp());
    session.reg().end_bulk_load();
    return summary;
}

int run_demo(const DemoOptions& o, Context& ctx) {
    const std::string file = o.file.empty() ? ctx.register_path() : ctx.register_file(o.file);
    const std::string taken = "choose another file name, or remove the old file first";
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::symlink_status(file, ec)))
        throw StoreError(fmt::format("{} already exists", file), taken);
    // Built in a private directory beside FILE and moved there whole when
    // done: a run killed part-way leaves nothing at FILE.
    store::NewFile made(file);
    const auto summary = fill(made.staged(), o, ctx);
    made.publish(taken);
    ctx.out() << fmt::format("Created demonstration register {}: {} cases ({} open), {} events, seed {}, as of {}\n", file,
                             summary.cases, summary.open, summary.events, o.seed, ctx.today().iso());
    return 0;
}

} // namespace

void setup_demo(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_demo);
    command.add_option("FILE", o->file, "The new register file (default: --register, PLAINT_REGISTER, config)");
    command.add_option("--cases", o->cases, "How many cases (default 2000)")->check(CLI::Range(std::int64_t{1}, std::int64_t{20'000'000}));
    command.add_option("--seed", o->seed, "Random seed: the same seed gives the same register (default 1)");
    command.add_option("--years", o->years, "Years of history before today (default 10)")->check(CLI::Range(1, 30));
    command.add_option("--organisation", o->organisation, "Organisation name");
}

} // namespace plaint::cmd
