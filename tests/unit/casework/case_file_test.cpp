// plaint/casework: a case's parties as they stood on an earlier day
// (show --today in the past), through a real register: rectifications undone
// after the day, parties added later left out, a duplicate's parties kept on
// it before the merge and on the case that stands only after.

#include "plaint/casework/case_file.hpp"
#include "support/builtins.hpp"
#include "support/dates.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace plaint;
using plaint::test::d;

namespace {

store::Stamp stamp(const char* today) { return {"tester", "2026-11-20T09:00:00Z", d(today)}; }

// "role name <contact>" for each party, in order.
std::vector<std::string> described(const std::vector<reg::Party>& parties) {
    std::vector<std::string> out;
    for (const auto& p : parties) out.push_back(p.role + " " + p.name + " <" + p.contact + ">");
    return out;
}

std::vector<std::string> described(const std::vector<store::Register::PartyVersion>& versions) {
    std::vector<std::string> out;
    for (const auto& v : versions)
        out.push_back(std::to_string(v.party_id) + " " + v.name + " <" + v.contact + "> until " +
                      std::to_string(v.replaced_by_seq));
    return out;
}

casework::PartiesAsOf as_of(const store::Register& r, const std::string& ref, const char* day) {
    return casework::parties_as_of(r, ref, r.events_of(ref), d(day));
}

} // namespace

TEST_CASE("parties as they stood: rectifications after the day undone, later parties left out") {
    test::TempDir dir;
    store::RegisterInfo info;
    info.organisation = "Parties";
    auto r = store::Register::create(dir / "register.db", info, stamp("2026-11-02"));
    reg::NewCase c;
    c.received = d("2026-11-02");
    c.summary = "Lost property";
    c.parties.push_back({0, {}, "complainant", "Cara Jones", "cara@example.org"});
    const auto ref = casework::log_case(r, test::builtin_catalog(), c, stamp("2026-11-02")).ref;
    r.amend_party(ref, 1, {std::string("Cara Jonas"), std::nullopt}, "Misspelt", stamp("2026-11-05"));
    r.amend_party(ref, 1, {std::nullopt, std::string("cara.jonas@example.org")}, "Moved", stamp("2026-11-10"));
    r.add_party(ref, reg::Party{0, ref, "on-behalf-of", "Dan Jonas", ""}, "Her son", stamp("2026-11-12"));
    const auto seqs = [&] {
        std::vector<std::int64_t> s;
        for (const auto& e : r.events_of(ref)) s.push_back(e.seq);
        return s;
    }();
    REQUIRE(seqs.size() == 4);
    const auto first = std::to_string(seqs[1]), second = std::to_string(seqs[2]);

    auto then = as_of(r, ref, "2026-11-04");
    CHECK(described(then.parties) == std::vector<std::string>{"complainant Cara Jones <cara@example.org>"});
    CHECK(then.earlier.empty());
    CHECK(then.parties.front().id == 1);

    then = as_of(r, ref, "2026-11-05"); // the day of the first rectification: made by then
    CHECK(described(then.parties) == std::vector<std::string>{"complainant Cara Jonas <cara@example.org>"});
    CHECK(described(then.earlier) == std::vector<std::string>{"1 Cara Jones <cara@example.org> until " + first});

    then = as_of(r, ref, "2026-11-11");
    CHECK(described(then.parties) == std::vector<std::string>{"complainant Cara Jonas <cara.jonas@example.org>"});
    CHECK(described(then.earlier) == std::vector<std::string>{"1 Cara Jones <cara@example.org> until " + first,
                                                              "1 Cara Jonas <cara@example.org> until " + second});

    then = as_of(r, ref, "2026-11-20"); // as it stands
    CHECK(described(then.parties) == described(r.parties_of(ref)));
    CHECK(described(then.earlier) == described(r.party_history_of(ref)));
}

TEST_CASE("parties as they stood: a merge moves them on its day, not before") {
    test::TempDir dir;
    store::RegisterInfo info;
    info.organisation = "Parties";
    auto r = store::Register::create(dir / "register.db", info, stamp("2026-11-02"));
    reg::NewCase first, second;
    first.received = d("2026-11-02");
    first.summary = "By email";
    first.parties.push_back({0, {}, "complainant", "Ann Smith", ""});
    second.received = d("2026-11-03");
    second.summary = "By letter";
    second.parties.push_back({0, {}, "complainant", "Ann Smith", "1 High Street"});
    second.parties.push_back({0, {}, "on-behalf-of", "Bob Smith", ""});
    const auto stands = casework::log_case(r, test::builtin_catalog(), first, stamp("2026-11-02")).ref;
    const auto duplicate = casework::log_case(r, test::builtin_catalog(), second, stamp("2026-11-03")).ref;
    r.merge_cases(duplicate, stands, "Logged twice", stamp("2026-11-06"));
    REQUIRE(r.parties_of(duplicate).empty());

    CHECK(described(as_of(r, stands, "2026-11-05").parties) == std::vector<std::string>{"complainant Ann Smith <>"});
    CHECK(described(as_of(r, stands, "2026-11-06").parties) ==
          std::vector<std::string>{"complainant Ann Smith <>", "complainant Ann Smith <1 High Street>",
                                   "on-behalf-of Bob Smith <>"});
    const auto before = as_of(r, duplicate, "2026-11-05");
    CHECK(described(before.parties) ==
          std::vector<std::string>{"complainant Ann Smith <1 High Street>", "on-behalf-of Bob Smith <>"});
    for (const auto& p : before.parties) CHECK(p.case_ref == duplicate);
    CHECK(as_of(r, duplicate, "2026-11-06").parties.empty()); // merged away that day
}
