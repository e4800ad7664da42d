// A register's location: a file (PATH, sqlite:PATH) or a PostgreSQL URI,
// never with a password in it.

#include "plaint/store/location.hpp"

#include "plaint/core/error.hpp"

#include <catch2/catch.hpp>

using namespace plaint;
using Backend = store::Location::Backend;

TEST_CASE("Location: a path, or sqlite:PATH, is a register file", "[store][location]") {
    CHECK(store::Location::parse("reg.db").backend == Backend::sqlite);
    CHECK(store::Location::parse("reg.db").target == "reg.db");
    CHECK(store::Location::parse("/srv/complaints/register.plaint").target == "/srv/complaints/register.plaint");
    CHECK(store::Location::parse("sqlite:reg.db").target == "reg.db");
    CHECK(store::Location::parse("SQLite:/srv/reg.db").target == "/srv/reg.db");
    // A file whose name merely contains a colon stays a file.
    CHECK(store::Location::parse("2026:register.db").target == "2026:register.db");
    CHECK(store::Location::parse("./postgresql://x").backend == Backend::sqlite);
}

TEST_CASE("Location: postgresql:// and postgres:// URIs are PostgreSQL databases", "[store][location]") {
    for (const char* uri : {"postgresql://db.example.org/complaints", "postgres:///complaints",
                            "postgresql://alice@db.example.org:5433/complaints?sslmode=verify-full",
                            "postgresql:///complaints?service=complaints", "POSTGRESQL://h/d"}) {
        const auto where = store::Location::parse(uri);
        CHECK(where.backend == Backend::postgresql);
        CHECK(where.shown() == uri);
    }
}

TEST_CASE("Location: a password, an empty location or an empty sqlite: path is refused", "[store][location]") {
    for (const char* bad : {"postgresql://alice:secret@db.example.org/complaints", "postgres://:secret@h/d",
                            "postgresql://h/d?sslmode=require&password=secret", "postgresql://h/d?PASSWORD=x"}) {
        try {
            store::Location::parse(bad);
            FAIL("accepted " << bad);
        } catch (const UsageError& e) {
            CHECK(std::string(e.what()) == "the register's location holds a password");
            CHECK(std::string(e.what()).find("secret") == std::string::npos);
            CHECK(e.hint().find(".pgpass") != std::string::npos);
        }
    }
    // An @ in the path or a colon after the host is no password.
    CHECK(store::Location::parse("postgresql://alice@h:5432/d").backend == Backend::postgresql);
    CHECK_THROWS_AS(store::Location::parse(""), UsageError);
    CHECK_THROWS_AS(store::Location::parse("sqlite:"), UsageError);
}
