// plaint/core/suggest: edit distance and the nearest known value.

#include "plaint/core/suggest.hpp"

#include <catch2/catch.hpp>

using plaint::edit_distance;
using plaint::nearest;

TEST_CASE("edit distance counts insertions, deletions and substitutions", "[suggest]") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("alice", "alice") == 0);
    CHECK(edit_distance("", "bob") == 3);
    CHECK(edit_distance("bob", "") == 3);
    CHECK(edit_distance("alcie", "alice") == 2);   // a transposition is two steps
    CHECK(edit_distance("kitten", "sitting") == 3); // k->s, e->i, +g
    CHECK(edit_distance("flaw", "lawn") == 2);
    CHECK(edit_distance("investigation", "investigaton") == 1);
    CHECK(edit_distance("Alice", "alice") == 1);    // bytes: case counts here
}

TEST_CASE("nearest finds a slip, ignoring case, and nothing far away", "[suggest]") {
    const std::vector<std::string> owners = {"alice", "bob", "carol"};
    CHECK(nearest("alcie", owners) == "alice");
    CHECK(nearest("ALICE", owners) == "alice");
    CHECK(nearest("bobb", owners) == "bob");
    CHECK(nearest("zebedee", owners) == std::nullopt);
    CHECK(nearest("x", owners) == std::nullopt);
    CHECK(nearest("anything", {}) == std::nullopt);
}

TEST_CASE("nearest takes a known value that the typed text begins", "[suggest]") {
    const std::vector<std::string> providers = {"Riverside Surgery", "Northgate Hospital"};
    CHECK(nearest("river", providers) == "Riverside Surgery");
    CHECK(nearest("Northgate", providers) == "Northgate Hospital");
    CHECK(nearest("ri", providers) == std::nullopt); // too short to be taken as a prefix
}

TEST_CASE("nearest breaks ties in the order given", "[suggest]") {
    CHECK(nearest("cat", {"bat", "hat"}) == "bat");
    CHECK(nearest("cat", {"hat", "bat"}) == "hat");
}
