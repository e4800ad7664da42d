// libFuzzer target: the configuration loader. The input's first byte picks
// the layer (even: a file given with --config; odd: the
// imported-holidays.toml that `plaint calendar import` writes), the rest is
// the file, read through config::load as every command reads it; then the
// calendar it describes is built.
#include "fuzz_support.hpp"
#include "plaint/calendar/calendar.hpp"
#include "plaint/config/config.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace {

// One scratch file per fuzzing process, removed at exit.
struct Scratch {
    std::filesystem::path dir;
    Scratch() {
        char pattern[] = "/tmp/plaint-fuzz-config-XXXXXX";
        if (!::mkdtemp(pattern)) plaint::fuzz::finding("cannot make a scratch directory");
        dir = pattern;
    }
    ~Scratch() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Scratch scratch;
    if (size == 0) return 0;
    const bool imports = (data[0] & 1) != 0;
    const std::filesystem::path file = scratch.dir / (imports ? "imported-holidays.toml" : "config.toml");
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
    }
    plaint::config::Sources sources;
    if (imports) sources.imports_file = file;
    else sources.explicit_file = file;
    plaint::fuzz::refusals_allowed([&] {
        const auto settings = plaint::config::load(sources);
        const auto calendar = plaint::calendar::Calendar::build(settings.calendar_spec());
        plaint::fuzz::check(calendar.first_day() <= calendar.last_day(), "a built calendar covers some days");
    });
    return 0;
}
