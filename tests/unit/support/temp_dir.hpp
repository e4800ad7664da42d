#pragma once
// A fresh directory under the system temp directory for one test. It is
// removed when the test case passes and kept (its path printed) when it
// fails, so that a failure can be inspected.

#include <filesystem>
#include <string>

namespace plaint::test {

class TempDir {
public:
    TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    // Writes `text` to `name` inside the directory (creating parents); returns its path.
    std::filesystem::path write(const std::string& name, const std::string& text) const;

private:
    std::filesystem::path path_;
};

// The whole content of a file ("" when it cannot be read).
std::string read_text(const std::filesystem::path& file);

} // namespace plaint::test
