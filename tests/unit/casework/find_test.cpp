// plaint/casework/find: short and lower-case references, and filter values
// checked against what the register holds.

#include "plaint/casework/find.hpp"
#include "store/register_helpers.hpp"

using namespace plaint;
using namespace plaint::test;

TEST_CASE("a short or lower-case reference means the case it can only mean", "[casework][find]") {
    TempDir dir;
    auto r = register_with(dir.path() / "r.plaint", 2); // T-2026-0001, T-2026-0002
    const Date today = d("2026-12-04");
    for (const char* given : {"T-2026-0002", "t-2026-0002", "T-2026-2", "2026-0002", "2026-2", "0002", "2", "00002"})
        CHECK(casework::resolve_ref(r, given, today) == "T-2026-0002");
    // Another year's 0002 is not this one.
    CHECK_THROWS_AS(casework::resolve_ref(r, "2", d("2027-01-04")), NotFoundError);
    CHECK(casework::resolve_ref(r, "2026-2", d("2027-01-04")) == "T-2026-0002");
    CHECK_THROWS_AS(casework::resolve_ref(r, "9", today), NotFoundError);
    CHECK_THROWS_AS(casework::resolve_ref(r, "2025-0002", today), NotFoundError);
    // A reference with another prefix, or not a reference at all, is passed
    // on as given (upper-cased), for the caller's "no case X".
    CHECK(casework::resolve_ref(r, "x-2026-0002", today) == "X-2026-0002");
    CHECK(casework::resolve_ref(r, "hello", today) == "HELLO");
    CHECK(casework::resolve_ref(r, "26-0002", today) == "26-0002");
}

TEST_CASE("a filter value is the register's spelling, or an error naming the nearest", "[casework][find]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 2);
    exec_sql(file, "UPDATE cases SET owner = 'alice', provider = 'Riverside Surgery' WHERE ref = 'T-2026-0001'");
    CHECK(casework::register_value(r, "owner", "alice") == "alice");
    CHECK(casework::register_value(r, "owner", "ALICE") == "alice");
    CHECK(casework::register_value(r, "provider", "riverside surgery") == "Riverside Surgery");
    const auto e = error_from<UsageError>([&] { casework::register_value(r, "owner", "alcie"); });
    CHECK(std::string(e.what()) == "no owner 'alcie': did you mean 'alice'?");
    const auto far = error_from<UsageError>([&] { casework::register_value(r, "owner", "zebedee"); });
    CHECK(std::string(far.what()) == "no owner 'zebedee'");
    CHECK(far.hint() == "known: alice");
    // Known to a procedure but held by no case: an empty result is true.
    CHECK(casework::register_value(r, "state", "closed", {"received", "closed"}) == "closed");
    CHECK(casework::known_value("team", "Complaints", {"complaints", "pals"}) == "complaints");
}
