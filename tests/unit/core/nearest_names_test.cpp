// plaint/core/suggest: the nearest names for "did you mean".
#include "plaint/core/suggest.hpp"

#include <catch2/catch.hpp>

using namespace plaint;

TEST_CASE("spelling: edit distance and the nearest names", "[spelling]") {
    CHECK(edit_distance("alice", "alice") == 0);
    CHECK(edit_distance("alcie", "alice") == 2);
    CHECK(edit_distance("", "bob") == 3);
    CHECK(nearest_names("alcie", {"alice", "bob", "carol"}) == std::vector<std::string>{"alice"});
    CHECK(nearest_names("bobb", {"alice", "bob", "rob"}) == std::vector<std::string>{"bob"});
    CHECK(nearest_names("zed", {"alice", "bob"}).empty());
}
