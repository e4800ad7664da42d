// Inputs the govuk fuzzer found (tests/fuzz/corpus/govuk/regression-*).

#include "plaint/calendar/govuk.hpp"
#include "plaint/core/error.hpp"

#include <catch2/catch.hpp>

TEST_CASE("a feed with a number too large for a double is a bad file, not an internal error", "[govuk][fuzz]") {
    CHECK_THROWS_MATCHES(plaint::calendar::parse_govuk_feed("1e732", "feed.json"), plaint::DataError,
                         Catch::Matchers::Message("feed.json: not valid JSON: a number out of range"));
    CHECK_THROWS_AS(plaint::calendar::parse_govuk_feed(R"({"england-and-wales": {"events": [7e400]}})", "feed.json"),
                    plaint::DataError);
}
