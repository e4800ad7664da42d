// plaint/core/text: UTF-8 checks, escapes for terminals and messages,
// bounded file reading and strict whole numbers.

#include "plaint/core/error.hpp"
#include "plaint/core/text.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace text = plaint::text;
namespace fs = std::filesystem;

TEST_CASE("invalid_utf8_at finds the first byte that is not well-formed UTF-8", "[text]") {
    CHECK_FALSE(text::invalid_utf8_at(""));
    CHECK_FALSE(text::invalid_utf8_at("plain ASCII"));
    CHECK_FALSE(text::invalid_utf8_at("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80")); // café € 😀
    CHECK(text::invalid_utf8_at("ab\xff") == 2u);             // never a UTF-8 byte
    CHECK(text::invalid_utf8_at("a\xc3") == 1u);              // cut short
    CHECK(text::invalid_utf8_at("\xc0\xaf") == 0u);           // overlong '/'
    CHECK(text::invalid_utf8_at("\xe0\x80\xaf") == 0u);       // overlong, three bytes
    CHECK(text::invalid_utf8_at("x\xed\xa0\x80") == 1u);      // a surrogate, U+D800
    CHECK(text::invalid_utf8_at("\xf4\x90\x80\x80") == 0u);   // past U+10FFFF
    CHECK(text::invalid_utf8_at("\xe2\x82x") == 0u);          // continuation missing
    CHECK(text::invalid_utf8_at("\x80") == 0u);               // a lone continuation byte
}

TEST_CASE("require_utf8 is a usage error naming the byte, counted from 1", "[text]") {
    CHECK_NOTHROW(text::require_utf8("ok", "--summary"));
    try {
        text::require_utf8("ab\xff", "the value of --summary");
        FAIL("no error");
    } catch (const plaint::UsageError& e) {
        CHECK(std::string(e.what()) == "the value of --summary is not valid UTF-8 (byte 3)");
        CHECK(e.code() == plaint::ExitCode::usage);
    }
}

TEST_CASE("require_size allows the limit and refuses a byte more", "[text]") {
    CHECK_NOTHROW(text::require_size(std::string(200, 'a'), text::max_name, "--owner"));
    try {
        text::require_size(std::string(201, 'a'), text::max_name, "--owner");
        FAIL("no error");
    } catch (const plaint::UsageError& e) {
        CHECK(std::string(e.what()) == "--owner is 201 bytes: at most 200 are allowed");
    }
}

TEST_CASE("escaped writes control and formatting characters as escapes", "[text]") {
    CHECK(text::escaped("Mrs O'Brien, Ward 7 \\ café") == "Mrs O'Brien, Ward 7 \\ café");
    CHECK(text::escaped("eve\n2026-11-20  closed") == "eve\\n2026-11-20  closed");
    CHECK(text::escaped("a\tb\rc") == "a\\tb\\rc");
    CHECK(text::escaped("\x1b[2J\x1b]0;title\x07") == "\\e[2J\\e]0;title\\x07");
    CHECK(text::escaped(std::string("nul\0byte", 8)) == "nul\\x00byte");
    CHECK(text::escaped("del\x7f") == "del\\x7f");
    CHECK(text::escaped("c1 \xc2\x9b" "31m") == "c1 \\u009b31m");            // CSI as one code point
    CHECK(text::escaped("rlo \xe2\x80\xae" "txt.exe") == "rlo \\u202etxt.exe"); // right-to-left override
    CHECK(text::escaped("zw\xe2\x80\x8bsp") == "zw\\u200bsp");
    CHECK(text::escaped("bad \xff byte") == "bad \\xff byte");
    CHECK(text::needs_escaping("a\nb"));
    CHECK_FALSE(text::needs_escaping("plain café"));
    // Escaping twice changes nothing more: an escape is printable.
    const std::string once = text::escaped("x\n\x1b\xff");
    CHECK(text::escaped(once) == once);
}

TEST_CASE("quoted quotes, escapes and cuts long values at a code point", "[text]") {
    CHECK(text::quoted("eve") == "'eve'");
    CHECK(text::quoted("eve\n2026") == "'eve\\n2026'");
    CHECK(text::quoted("abcdefghij", 4) == "'abcd...'");
    CHECK(text::quoted("\xc3\xa9\xc3\xa9\xc3\xa9", 2) == "'\xc3\xa9\xc3\xa9...'");
    CHECK(text::quoted("abcd", 4) == "'abcd'");
}

TEST_CASE("parse_integer reads decimal whole numbers only", "[text]") {
    CHECK(text::parse_integer("0") == 0);
    CHECK(text::parse_integer("42") == 42);
    CHECK(text::parse_integer("-5") == -5);
    CHECK(text::parse_integer("9223372036854775807") == INT64_MAX);
    for (const char* bad : {"", "-", "+5", " 5", "5 ", "0x10", "1e3", "1.0", "5a", "--5", "9223372036854775808"})
        CHECK_FALSE(text::parse_integer(bad));
    CHECK_FALSE(text::parse_integer("-1", 0));
    CHECK(text::parse_integer("10", 0, 10) == 10);
    CHECK_FALSE(text::parse_integer("11", 0, 10));
}

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "plaint-text-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() { fs::remove_all(path); }
};

std::string data_error(const fs::path& path, std::size_t max) {
    try {
        text::read_file(path, max, "procedure file");
    } catch (const plaint::DataError& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST_CASE("read_file reads a regular file within its limit", "[text]") {
    TempDir dir;
    const auto file = dir.path / "p.toml";
    std::ofstream(file) << "id = \"x\"\n";
    CHECK(text::read_file(file, 100, "procedure file") == "id = \"x\"\n");
    CHECK(data_error(file, 4) == "the procedure file " + file.string() + " is larger than 4 bytes");
}

TEST_CASE("read_file refuses FIFOs, devices, directories and text that is not UTF-8", "[text]") {
    TempDir dir;
    const auto fifo = dir.path / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // Opened without blocking, so this returns at once though no one writes.
    CHECK(data_error(fifo, 100) == "the procedure file " + fifo.string() + " is a FIFO, not a regular file");
    CHECK(data_error("/dev/zero", 100) == "the procedure file /dev/zero is a device, not a regular file");
    CHECK(data_error(dir.path, 100) == "the procedure file " + dir.path.string() + " is a directory, not a regular file");
    const auto latin1 = dir.path / "latin1.toml";
    std::ofstream(latin1) << "name = \"caf\xe9\"\n";
    CHECK(data_error(latin1, 100) == "the procedure file " + latin1.string() + " is not valid UTF-8 (byte 12)");
    CHECK(data_error(dir.path / "missing", 100) ==
          "cannot read the procedure file " + (dir.path / "missing").string() + ": No such file or directory");
    CHECK(text::special_file_kind(fifo) == "a FIFO");
    CHECK(text::special_file_kind("/dev/zero") == "a device");
    CHECK_FALSE(text::special_file_kind(latin1));
    CHECK_FALSE(text::special_file_kind(dir.path / "missing"));
}
