// Fault injection: the register's files made to fail under plaint through a
// test SQLite VFS (fault_vfs.hpp) at every write, sync or read a command
// makes, in turn, and writers killed with SIGKILL during a schema migration
// at random moments. Each asserts that nothing acknowledged is lost: every
// command that returned is in the register afterwards, the journal
// verifies, and a command that failed changed nothing and said why.

#include "store/fault_vfs.hpp"
#include "store/old_register.hpp"

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <functional>
#include <random>
#include <thread>

using namespace plaint;
using namespace plaint::test;
namespace fs = std::filesystem;

namespace {

using Op = FaultVfs::Operation;

struct Fault {
    const char* name;
    FaultVfs::Plan plan;
    const char* message; // what the failed command says
};

// A disk that fills up and stays full, a device whose write fails once, an
// fsync that fails (the data may not be on the disk: SQLite must not count
// it as committed), and a read that fails.
std::vector<Fault> faults() {
    return {
        {"disk full", {Op::write, SQLITE_FULL, 0, true}, "the disk is full; nothing was recorded"},
        {"write error", {Op::write, SQLITE_IOERR_WRITE, 0, false}, "cannot read or write the file"},
        {"fsync error", {Op::sync, SQLITE_IOERR_FSYNC, 0, false}, "cannot read or write the file"},
        {"read error", {Op::read, SQLITE_IOERR_READ, 0, false}, "cannot read or write the file"},
    };
}

std::string error_of(const std::function<void()>& command) {
    try {
        command();
    } catch (const StoreError& e) {
        return e.what();
    }
    return "";
}

// Everything a command may change, as text.
std::string snapshot(const fs::path& file) {
    return dump_table(file, "events", "seq") + dump_table(file, "cases", "ref") +
           dump_table(file, "attachments", "id") + dump_table(file, "blob_chunks", "rowid") +
           dump_table(file, "register", "id");
}

// Runs `command` on the register opened through the VFS armed to fail its
// `after`-th call, again and again with `after` higher (by one, or when
// `sparse` by a tenth of it: every one of the first ten calls, then fewer),
// until a run meets no fault. After each run: a failed run left the register as it was
// and named the cause; the journal verifies; `acknowledged(r)` (what the
// register holds) equals the runs that returned. Returns the runs that failed.
int at_every_call(const Fault& fault, const fs::path& file, int already,
                  const std::function<void(store::Register&, int)>& command,
                  const std::function<int(store::Register&)>& acknowledged, bool sparse = false) {
    FaultVfs vfs;
    int returned = already, failed = 0;
    for (std::int64_t after = 0;; after += sparse ? 1 + after / 10 : 1) {
        INFO(fault.name << " at call " << after);
        REQUIRE(after < 5000);
        const std::string before = snapshot(file);
        auto plan = fault.plan;
        plan.after = after;
        vfs.arm(plan);
        const std::string error = error_of([&] {
            auto r = store::Register::open(file, store::Access::read_write);
            command(r, returned + 1);
        }); // closed while still armed: a failing checkpoint on close is part of it
        const bool fired = vfs.fired();
        vfs.disarm();
        if (error.empty()) {
            ++returned;
        } else {
            ++failed;
            CHECK(fired);
            // A read error in the file-identity check before the commit
            // included: an I/O error, never "the register file was replaced".
            CHECK_THAT(error, Catch::Contains(fault.message));
            CHECK(snapshot(file) == before);
        }
        auto r = store::Register::open(file, store::Access::read_write);
        const auto report = r.verify();
        CHECK(report.ok());
        CHECK(acknowledged(r) == returned);
        if (!fired) break;
    }
    return failed;
}

// Every table, index and trigger, as text.
std::string schema_of(const fs::path& file) { return dump_table(file, "sqlite_master", "type, name"); }

std::string bytes_of(std::size_t size, unsigned seed) {
    std::string out(size, '\0');
    for (auto& c : out) c = static_cast<char>((seed = seed * 1103515245u + 12345u) >> 16);
    return out;
}

} // namespace

TEST_CASE("the fault VFS passes calls through until armed, then fails as planned", "[store][faults]") {
    TempDir dir;
    FaultVfs vfs;
    register_with(dir / "reg.db", 1);
    CHECK(vfs.calls(Op::write) > 0);
    vfs.arm({Op::write, SQLITE_FULL, 2, true});
    CHECK_THAT(error_of([&] {
                   auto r = store::Register::open(dir / "reg.db", store::Access::read_write);
                   r.log_case(sample_case(), stamp_on());
               }),
               Catch::Contains("the disk is full"));
    CHECK(vfs.fired());
    CHECK(vfs.calls(Op::write) > 2);
    vfs.disarm();
    CHECK(store::Register::open(dir / "reg.db", store::Access::read_write).verify().cases == 1);
}

TEST_CASE("a fault at any call of plaint log loses nothing acknowledged", "[store][faults]") {
    const auto fault = GENERATE(from_range(faults()));
    TempDir dir;
    const auto file = dir / "reg.db";
    register_with(file, 2);
    const int failed = at_every_call(
        fault, file, 2, [](store::Register& r, int n) { r.log_case(sample_case("case " + std::to_string(n)), stamp_on()); },
        [](store::Register& r) { return static_cast<int>(r.verify().cases); });
    INFO(fault.name);
    CHECK(failed > 0);
}

TEST_CASE("a fault at any call of plaint attach loses nothing acknowledged", "[store][faults]") {
    const auto fault = GENERATE(from_range(faults()));
    TempDir dir;
    const auto file = dir / "reg.db";
    register_with(file, 1);
    store::Register::AttachOptions options;
    options.on = d("2026-11-20");
    options.max_size = 8 << 20;
    // Over one chunk (blob_chunks), so a fault can fall between chunks.
    const auto letter = dir.write("letter.pdf", "%PDF-1.4\n" + bytes_of((1u << 20) + 5, 7));
    int n = 0;
    const int failed = at_every_call(
        fault, file, 0,
        [&](store::Register& r, int) {
            // A different content each time, so each run writes its chunks.
            const auto other = dir.write("note.txt", bytes_of(3000, static_cast<unsigned>(++n)));
            r.attach("T-2026-0001", {{letter, "", ""}, {other, "", ""}}, options, stamp_on());
        },
        [](store::Register& r) { return static_cast<int>(r.attachments_of("T-2026-0001").size() / 2); }, true);
    INFO(fault.name);
    CHECK(failed > 0);
}

TEST_CASE("a fault at any call of a schema migration leaves the old version or the new", "[store][faults]") {
    const auto fault = GENERATE(from_range(faults()));
    const int latest = store::latest_schema_version();
    TempDir dir;
    const auto file = dir / "old.db";
    OldRegister{file, latest - 3};
    const std::string old_schema = schema_of(file);
    std::string new_schema;
    {
        OldRegister{dir / "upgraded.db", latest - 3};
        store::Register::open(dir / "upgraded.db", store::Access::read_write);
        new_schema = schema_of(dir / "upgraded.db");
    }
    FaultVfs vfs;
    int failed = 0;
    for (std::int64_t after = 0;; ++after) {
        INFO(fault.name << " at call " << after);
        REQUIRE(after < 5000);
        const std::string before = dump_table(file, "events", "seq");
        auto plan = fault.plan;
        plan.after = after;
        vfs.arm(plan);
        const std::string error = error_of([&] { store::Register::open(file, store::Access::read_write); });
        const bool fired = vfs.fired();
        vfs.disarm();
        // The migration is one transaction; a fault after its commit (a
        // read in the checks that follow) fails the open but leaves the
        // new version.
        const int version = user_version(file);
        if (!error.empty()) {
            ++failed;
            CHECK_THAT(error, Catch::Contains(fault.message));
            CHECK((version == latest - 3 || version == latest));
        } else {
            CHECK(version == latest);
        }
        CHECK(schema_of(file) == (version == latest ? new_schema : old_schema));
        CHECK(dump_table(file, "events", "seq") == before);
        if (!fired) break;
    }
    CHECK(failed > 0);
    auto r = store::Register::open(file, store::Access::read_write);
    CHECK(r.verify().ok());
    CHECK(r.verify().cases == 2);
}

TEST_CASE("a schema migration killed at random moments leaves the old version or the new", "[store][faults]") {
    const int latest = store::latest_schema_version();
    const int from = GENERATE_COPY(1, latest - 1);
    INFO("from schema version " << from);
    TempDir dir;
    const auto pristine = dir / "pristine.db";
    OldRegister{pristine, from};
    const auto file = dir / "reg.db";
    // A migration run to completion, and how long it takes here.
    auto migrate = [&] {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            try {
                store::Register::open(file, store::Access::read_write);
            } catch (...) {
                ::_exit(1);
            }
            ::_exit(0);
        }
        return child;
    };
    const auto reset = [&] {
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file.string() + suffix);
        fs::copy_file(pristine, file);
    };
    reset();
    const std::string old_schema = schema_of(file);
    const auto started = std::chrono::steady_clock::now();
    int status = 0;
    REQUIRE(::waitpid(migrate(), &status, 0) > 0);
    REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    const auto took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
    const std::string new_schema = schema_of(file);
    REQUIRE(user_version(file) == latest);

    std::mt19937 random(20261204u + static_cast<unsigned>(from));
    std::uniform_int_distribution<long> delay(0, std::max<long>(took.count() * 3 / 2, 2000));
    int killed = 0, old_left = 0;
    for (int run = 0; run < 60; ++run) {
        INFO("run " << run);
        reset();
        const pid_t child = migrate();
        std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
        if (::kill(child, SIGKILL) == 0) ++killed;
        REQUIRE(::waitpid(child, &status, 0) > 0);
        const int version = user_version(file);
        REQUIRE((version == from || version == latest));
        CHECK(schema_of(file) == (version == from ? old_schema : new_schema));
        if (version == from) ++old_left;
        auto r = store::Register::open(file, store::Access::read_write);
        CHECK(r.verify().ok());
        CHECK(r.verify().cases == 2);
    }
    CHECK(killed > 0);
    CHECK(old_left > 0);
}
