// Inputs the fuzzers found (tests/fuzz/corpus/*/regression-*), kept as unit
// tests of what plaint says about them.
//
// A non-ASCII character straight after a bare key ("naïve = 1", a CJK
// comma, U+FC7F) sends toml++ 3.3.0 to __builtin_unreachable in its
// whitespace test (UBSan stops there; see CMakeLists.txt). plaint's builds
// report it as the parse error it is, with file, line and column.

#include "plaint/config/config.hpp"
#include "plaint/core/error.hpp"
#include "plaint/procedure/parse.hpp"

#include <catch2/catch.hpp>

using namespace plaint;

namespace {

std::string config_error(const std::string& text) {
    try {
        config::Settings settings;
        config::apply_toml(settings, text, "c.toml");
    } catch (const DataError& e) {
        return e.what();
    }
    return "(no error)";
}

} // namespace

TEST_CASE("a non-ASCII character after a bare key is a parse error, named", "[config][fuzz]") {
    CHECK(config_error("na\xc3\xafve = 1\n") == "c.toml:1:3: Error while parsing key-value pair: expected '=', saw '\xc3\xaf'");
    CHECK(config_error("Fxm\xef\xb1\xbf") == "c.toml:1:4: Error while parsing key-value pair: expected '=', saw '\xef\xb1\xbf'");
    CHECK(config_error("b\xe3\x80\x81 = 1\n") == "c.toml:1:2: Error while parsing key-value pair: expected '=', saw '\xe3\x80\x81'");
    CHECK_THROWS_WITH(procedure::parse("id\xc3\xa9 = \"x\"\n", "p.toml"),
                      "p.toml:1:3: Error while parsing key-value pair: expected '=', saw '\xc3\xa9'");
}
