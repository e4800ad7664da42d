// plaint/core/size: file sizes as people write them and as plaint shows them.

#include "plaint/core/size.hpp"

#include <catch2/catch.hpp>

using plaint::format_size;
using plaint::parse_size;

TEST_CASE("parse_size reads bytes, decimal and binary units", "[size]") {
    CHECK(parse_size("52428800") == 52428800);
    CHECK(parse_size("0") == 0);
    CHECK(parse_size("512B") == 512);
    CHECK(parse_size("25MB") == 25'000'000);
    CHECK(parse_size("25 mb") == 25'000'000);
    CHECK(parse_size("3kB") == 3000);
    CHECK(parse_size("2 GB") == 2'000'000'000);
    CHECK(parse_size("50 MiB") == 50 << 20);
    CHECK(parse_size("64KiB") == 64 << 10);
    CHECK(parse_size("1 GiB") == 1 << 30);
    CHECK(parse_size("1024 GiB") == std::int64_t{1} << 40);
}

TEST_CASE("parse_size refuses what is not a size", "[size]") {
    for (const char* text : {"", "MB", "-5MB", "2.5MB", "25 MB ", "25 TB", "25 megabytes", " 25MB", "1025 GiB",
                             "99999999999999999999"})
        CHECK_FALSE(parse_size(text));
}

TEST_CASE("format_size: round sizes in their unit, others in powers of 1024", "[size]") {
    CHECK(format_size(0) == "0 B");
    CHECK(format_size(999) == "999 B");
    CHECK(format_size(1000) == "1 kB");
    CHECK(format_size(1023) == "1.0 KiB");
    CHECK(format_size(1024) == "1 KiB");
    CHECK(format_size(1536) == "1.5 KiB");
    CHECK(format_size(2'000'000) == "2 MB");
    CHECK(format_size(2'000'001) == "1.9 MiB");
    CHECK(format_size(2'500'000) == "2.4 MiB");
    CHECK(format_size(50'000'000) == "50 MB");
    CHECK(format_size(52'428'801) == "50.0 MiB");
    CHECK(format_size(std::int64_t{64} << 20) == "64 MiB");
    CHECK(format_size(std::int64_t{3} << 30) == "3 GiB");
    CHECK(format_size((std::int64_t{3} << 30) + 1) == "3.0 GiB");
}
