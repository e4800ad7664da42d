// plaint seal: signed checkpoints of the journal. `seal` signs the journal
// head with the key named by [seal] key; `--new-key FILE` makes a key pair;
// `--list` shows the seals (schemas/seal.schema.json without "prefixes");
// `--export FILE|-` writes every seal as JSON lines for safekeeping
// elsewhere, which `plaint verify --seals FILE` checks the register against.

#include "commands.hpp"
#include "plaint/core/sha256.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace plaint::cmd {
namespace {

using output::Format;
namespace fs = std::filesystem;

struct SealOptions {
    std::string new_key;
    std::string export_to;
    bool list = false;
};

store::SigningKey configured_key(const config::Settings& s) {
    if (s.seal.key.empty())
        throw DataError("no seal key is configured",
                        "make one with 'plaint seal --new-key FILE' and name it in the configuration: "
                        "[seal] key = \"FILE\"");
    auto key = store::SigningKey::load(s.seal.key);
    const auto& trusted = s.seal.public_keys;
    if (!trusted.empty() && std::find(trusted.begin(), trusted.end(), key.public_key()) == trusted.end())
        throw DataError(fmt::format("the seal key {} (key {}) does not match the configured [seal] public_key",
                                    s.seal.key, store::key_id(key.public_key())),
                        "configure the public key that 'plaint seal --new-key' printed with this key");
    return key;
}

int run_new_key(const std::string& file, Context& ctx) {
    const auto key = store::SigningKey::generate();
    key.save(file);
    const std::string public_key = key.public_key();
    ctx.out() << fmt::format("# plaint seal key {}, made {}; the private key is in this file only (mode 0600)\n"
                             "[seal]\nkey = {}\npublic_key = \"{}\"\n",
                             store::key_id(public_key), ctx.stamp().now, nlohmann::json(fs::absolute(file).string()).dump(),
                             public_key);
    std::cerr << "plaint: note: add these lines to the configuration of whoever runs 'plaint seal', and the "
                 "public_key line to that of whoever runs 'plaint verify'; keep a copy of the public key where "
                 "the register's writers cannot change it\n";
    return 0;
}

std::vector<output::Value> row_of(const store::Seal& s) {
    return {s.number, s.sealed_at, s.seq, s.events(), s.hash, store::key_id(s.public_key)};
}

output::Records seal_records() { return {{"seal", "sealed_at", "event", "events", "hash", "key"}, {}}; }

int run_seal_now(Context& ctx) {
    const auto key = configured_key(ctx.settings());
    const Format format = ctx.format(Format::table, {Format::table, Format::json});
    auto reg = ctx.open_register(store::Access::read_write);
    const store::Seal seal = reg.add_seal(key, ctx.stamp().now);
    if (format == Format::json)
        ctx.out() << store::seal_json(seal, false).dump(2) << '\n';
    else
        ctx.out() << fmt::format("Sealed event {} as seal {} at {}: {} event{} since {}, key {}\njournal head {}\n",
                                 seal.seq, seal.number, seal.sealed_at, seal.events(), seal.events() == 1 ? "" : "s",
                                 seal.number == 1 ? "the start" : fmt::format("seal {}", seal.number - 1),
                                 store::key_id(seal.public_key), seal.hash);
    if (ctx.settings().seal.public_keys.empty())
        std::cerr << "plaint: note: no [seal] public_key is configured: 'plaint verify' cannot tell these seals "
                     "from forged ones until it is\n";
    return 0;
}

int run_list(Context& ctx) {
    const Format format = ctx.format(Format::table, {Format::table, Format::json});
    auto reg = ctx.open_register(store::Access::read_only);
    if (format == Format::json) {
        nlohmann::ordered_json all = nlohmann::ordered_json::array();
        reg.for_each_seal([&](const store::Seal& s) { all.push_back(store::seal_json(s, false)); });
        ctx.out() << all.dump(2) << '\n';
        return 0;
    }
    auto records = seal_records();
    reg.for_each_seal([&](const store::Seal& s) { records.add(row_of(s)); });
    ctx.write(records, format);
    return 0;
}

// The seals an existing export holds must all be the register's: an export
// never replaces an outside copy with a register whose seals were deleted.
void check_earlier_export(const fs::path& file, const std::vector<store::Seal>& seals) {
    std::ifstream in(file);
    if (!in) return;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.empty()) continue;
        const auto earlier = store::seal_from_json(line, fmt::format("{}:{}", file.string(), number));
        const bool kept = earlier.number >= 1 && earlier.number <= static_cast<std::int64_t>(seals.size()) &&
                          seals[static_cast<std::size_t>(earlier.number - 1)] == earlier;
        if (!kept)
            throw Error(ExitCode::finding,
                        fmt::format("{} holds seal {}, which the register does not: its seals were deleted or "
                                    "altered; nothing was written", file.string(), earlier.number),
                        fmt::format("run 'plaint verify --seals {}'", file.string()));
    }
}

// Through a temporary file in the same directory, fsynced, then renamed.
void write_export(const fs::path& file, const std::vector<store::Seal>& seals) {
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    std::string temp = (dir / ".plaint-seals-XXXXXX").string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) throw UsageError(fmt::format("cannot create a file in {}: {}", dir.string(), std::strerror(errno)));
    bool written = true;
    for (const auto& s : seals) {
        const std::string line = store::seal_json(s, true).dump() + "\n";
        written = written && ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    }
    written = written && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || ::rename(temp.c_str(), file.c_str()) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        throw UsageError(fmt::format("cannot write {}: {}", file.string(), std::strerror(error)));
    }
}

int run_export(const std::string& file, Context& ctx) {
    auto reg = ctx.open_register(store::Access::read_only);
    std::vector<store::Seal> seals;
    reg.for_each_seal([&](const store::Seal& s) { seals.push_back(s); });
    if (file == "-") {
        for (const auto& s : seals) ctx.out() << store::seal_json(s, true).dump() << '\n';
        return 0;
    }
    check_earlier_export(file, seals);
    write_export(file, seals);
    ctx.out() << fmt::format("Exported {} seal{} to {}", seals.size(), seals.size() == 1 ? "" : "s", file);
    if (!seals.empty()) ctx.out() << fmt::format(" (the newest: seal {}, event {})", seals.back().number, seals.back().seq);
    ctx.out() << '\n';
    return 0;
}

int run_seal(const SealOptions& o, Context& ctx) {
    if (!o.new_key.empty()) return run_new_key(o.new_key, ctx);
    if (o.list) return run_list(ctx);
    if (!o.export_to.empty()) return run_export(o.export_to, ctx);
    return run_seal_now(ctx);
}

} // namespace

void setup_seal(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_seal);
    auto* new_key = command.add_option("--new-key", o->new_key, "Make an Ed25519 key pair: the private key in FILE "
                                                                "(mode 0600, never overwritten)")
                        ->option_text("FILE");
    auto* list = command.add_flag("--list", o->list, "List the register's seals");
    auto* to = command.add_option("--export", o->export_to, "Write every seal as JSON lines to FILE (- for standard "
                                                            "output), for safekeeping elsewhere")
                   ->option_text("FILE");
    new_key->excludes(list)->excludes(to);
    list->excludes(to);
}

} // namespace plaint::cmd
