#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <vector>

namespace plaint::test {
namespace {

namespace fs = std::filesystem;

// Directories made during the running test case; settled when it ends.
std::vector<fs::path>& pending() {
    static std::vector<fs::path> paths;
    return paths;
}

fs::path fresh_path() {
    std::random_device device;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path candidate = fs::temp_directory_path() / ("plaint-unit-" + std::to_string(device()));
        if (fs::create_directory(candidate)) return candidate;
    }
    throw std::runtime_error("cannot create a temporary directory");
}

struct TempDirListener : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;

    void testCaseEnded(const Catch::TestCaseStats& stats) override {
        const bool passed = stats.totals.assertions.failed == 0;
        for (const auto& path : pending()) {
            if (passed) {
                std::error_code ec;
                fs::remove_all(path, ec);
            } else {
                std::cerr << "work directory kept: " << path.string() << '\n';
            }
        }
        pending().clear();
    }
};

} // namespace

CATCH_REGISTER_LISTENER(TempDirListener)

TempDir::TempDir() : path_(fresh_path()) { pending().push_back(path_); }

fs::path TempDir::write(const std::string& name, const std::string& text) const {
    const fs::path file = path_ / name;
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + file.string());
    return file;
}

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace plaint::test
