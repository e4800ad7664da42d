// plaint/core/atomic_file: files that appear whole or not at all, written
// through names nobody else can prepare.

#include "plaint/core/atomic_file.hpp"

#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>
#include <set>

namespace fs = std::filesystem;
using namespace plaint;
using plaint::test::read_text;
using plaint::test::TempDir;

namespace {

std::set<std::string> names_in(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
    return names;
}

mode_t mode_of(const fs::path& file) {
    struct stat st{};
    REQUIRE(::lstat(file.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

} // namespace

TEST_CASE("write_file_atomically makes a private file and leaves nothing else", "[atomic_file]") {
    TempDir dir;
    write_file_atomically(dir / "report.txt", "one\n");
    CHECK(read_text(dir / "report.txt") == "one\n");
    CHECK(mode_of(dir / "report.txt") == 0600);
    CHECK(names_in(dir.path()) == std::set<std::string>{"report.txt"});
}

TEST_CASE("write_file_atomically replaces a file, and a symlink at the final name is replaced, not followed",
          "[atomic_file]") {
    TempDir dir;
    dir.write("report.txt", "old\n");
    write_file_atomically(dir / "report.txt", "new\n");
    CHECK(read_text(dir / "report.txt") == "new\n");

    const auto victim = dir.write("victim", "precious\n");
    fs::create_symlink(victim, dir / "linked.txt");
    write_file_atomically(dir / "linked.txt", "report\n");
    CHECK(read_text(victim) == "precious\n");
    CHECK_FALSE(fs::is_symlink(dir / "linked.txt"));
    CHECK(read_text(dir / "linked.txt") == "report\n");
    CHECK(names_in(dir.path()) == std::set<std::string>{"linked.txt", "report.txt", "victim"});
}

TEST_CASE("symlinks planted at FILE.tmp and the temporary names are never written through", "[atomic_file]") {
    TempDir dir;
    const auto victim = dir.write("victim", "precious\n");
    // FILE.tmp was the name used before; the others are the temporary's
    // pattern, before and after mkstemp fills it in.
    for (const char* planted : {"report.txt.tmp", ".report.txt.tmp", ".report.txt.XXXXXX"})
        fs::create_symlink(victim, dir / planted);
    {
        AtomicFile file(dir / "report.txt");
        struct stat st{};
        REQUIRE(::lstat(file.temporary().c_str(), &st) == 0);
        CHECK(S_ISREG(st.st_mode));
        CHECK(st.st_nlink == 1);
        CHECK((st.st_mode & 07777) == 0600);
        CHECK(file.temporary().parent_path() == dir.path());
        CHECK(file.temporary().filename().string().starts_with(".report.txt."));
        file.write("report\n");
        file.commit();
    }
    CHECK(read_text(victim) == "precious\n");
    CHECK(read_text(dir / "report.txt") == "report\n");
    for (const char* planted : {"report.txt.tmp", ".report.txt.tmp", ".report.txt.XXXXXX"})
        CHECK(fs::is_symlink(dir / planted));
    CHECK(names_in(dir.path()).size() == 5);
}

TEST_CASE("Existing::refuse leaves an existing final name alone, even a dangling symlink", "[atomic_file]") {
    TempDir dir;
    dir.write("backup.db", "old\n");
    fs::create_symlink(dir / "nowhere", dir / "dangling.db");
    const AtomicFileOptions refuse{0600, false, Existing::refuse};
    for (const char* name : {"backup.db", "dangling.db"}) {
        AtomicFile file(dir / name, refuse);
        file.write("new\n");
        CHECK_THROWS_AS(file.commit(), AtomicFileExists);
    }
    CHECK(read_text(dir / "backup.db") == "old\n");
    CHECK(fs::is_symlink(dir / "dangling.db"));
    CHECK_FALSE(fs::exists(dir / "nowhere"));
    CHECK(names_in(dir.path()) == std::set<std::string>{"backup.db", "dangling.db"});

    write_file_atomically(dir / "fresh.db", "made\n", refuse);
    CHECK(read_text(dir / "fresh.db") == "made\n");
}

TEST_CASE("a failure leaves no temporary behind", "[atomic_file]") {
    TempDir dir;
    SECTION("abandoned before commit") {
        AtomicFile file(dir / "report.txt");
        file.write("half");
    }
    SECTION("the final name is a directory") {
        fs::create_directory(dir / "report.txt");
        CHECK_THROWS_AS(write_file_atomically(dir / "report.txt", "text"), AtomicFileError);
        CHECK(fs::is_directory(dir / "report.txt"));
        fs::remove(dir / "report.txt");
    }
    SECTION("no such directory") {
        const auto message = [&] {
            try {
                write_file_atomically(dir / "missing" / "report.txt", "text");
            } catch (const AtomicFileError& error) {
                return std::string(error.what());
            }
            return std::string();
        }();
        CHECK(message == "cannot create " + (dir / "missing" / "report.txt").string() + ": No such file or directory");
    }
    CHECK(names_in(dir.path()).empty());
}

TEST_CASE("a device is written in place, and the umask is applied when asked", "[atomic_file]") {
    write_file_atomically("/dev/null", "nothing\n");
    TempDir dir;
    const mode_t old = ::umask(027);
    write_file_atomically(dir / "shared.txt", "x", {0666, true, Existing::replace});
    ::umask(old);
    CHECK(mode_of(dir / "shared.txt") == 0640);
}

TEST_CASE("a staging directory is private, publishes one file, and is gone afterwards", "[atomic_file]") {
    TempDir dir;
    {
        StagingDirectory staging(dir / "register.db");
        CHECK(mode_of(staging.path()) == 0700);
        std::ofstream(staging.path() / "made") << "content";
        std::ofstream(staging.path() / "made-journal") << "companion";
        staging.publish("made", Existing::refuse);
    }
    CHECK(read_text(dir / "register.db") == "content");
    CHECK(names_in(dir.path()) == std::set<std::string>{"register.db"});
    {
        StagingDirectory staging(dir / "register.db");
        std::ofstream(staging.path() / "made") << "other";
        CHECK_THROWS_AS(staging.publish("made", Existing::refuse), AtomicFileExists);
    }
    CHECK(read_text(dir / "register.db") == "content");
    CHECK(names_in(dir.path()) == std::set<std::string>{"register.db"});
}
