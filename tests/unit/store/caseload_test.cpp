// The manager views' queries (register_caseload.cpp): open cases by owner
// with closed and voided ones left out, the owners of open cases, actions
// across the register by due date, and many steps in one transaction, all
// of them or none.

#include "store/register_helpers.hpp"

#include "plaint/casework/learning.hpp"

using namespace plaint;
using namespace plaint::test;

namespace {

reg::NewCase owned(const std::string& summary, std::optional<std::string> owner) {
    auto c = sample_case(summary);
    c.owner = std::move(owner);
    return c;
}

// T-2026-0001 alice, 0002 unassigned, 0003 bob, 0004 alice (closed),
// 0005 alice (voided).
store::Register five_cases(const std::filesystem::path& file) {
    auto r = store::Register::create(file, sample_info(), stamp_on());
    r.log_case(owned("one", "alice"), stamp_on());
    r.log_case(owned("two", std::nullopt), stamp_on());
    r.log_case(owned("three", "bob"), stamp_on());
    r.log_case(owned("four", "alice"), stamp_on());
    r.log_case(owned("five", "alice"), stamp_on());
    r.append_step("T-2026-0004", "withdraw", d("2026-11-20"),
                  [](const reg::CaseRecord&, const std::vector<reg::Event>&) {
                      return nlohmann::json{{"state", "withdrawn"}, {"closed", true}};
                  },
                  stamp_on());
    exec_sql(file, "UPDATE cases SET voided_on = '2026-11-20' WHERE ref = 'T-2026-0005'");
    return r;
}

std::vector<std::string> open_refs(const store::Register& r, const std::optional<std::string>& owner = std::nullopt) {
    std::vector<std::string> refs;
    r.for_each_open_case(owner, [&](const store::Register::OpenCase& c) { refs.push_back(c.ref + " " + c.owner.value_or("-")); });
    return refs;
}

store::Register::StepCheck assign_to(const std::string& owner) {
    return [owner](const reg::CaseRecord& c, const std::vector<reg::Event>&) {
        return nlohmann::json{{"owner", owner}, {"state", c.state}};
    };
}

} // namespace

TEST_CASE("caseload: open cases by owner, unassigned first; closed and voided left out", "[store][caseload]") {
    TempDir dir;
    auto r = five_cases(dir / "reg.db");
    CHECK(open_refs(r) == std::vector<std::string>{"T-2026-0002 -", "T-2026-0001 alice", "T-2026-0003 bob"});
    CHECK(open_refs(r, "alice") == std::vector<std::string>{"T-2026-0001 alice"});
    CHECK(open_refs(r, "carol").empty());
    const auto owners = r.open_case_owners();
    REQUIRE(owners.size() == 2);
    CHECK(owners[0].key == "alice");
    CHECK(owners[0].count == 1);
    CHECK(owners[1].key == "bob");
}

TEST_CASE("caseload: actions across the register by due date, none last; filters", "[store][caseload]") {
    TempDir dir;
    auto r = five_cases(dir / "reg.db");
    casework::add_action(r, "T-2026-0003", {"no date", std::nullopt, std::nullopt}, d("2026-11-20"), stamp_on());
    casework::add_action(r, "T-2026-0001", {"later", "carys", d("2026-12-15")}, d("2026-11-20"), stamp_on());
    casework::add_action(r, "T-2026-0002", {"sooner", "dev", d("2026-11-30")}, d("2026-11-20"), stamp_on());
    casework::add_action(r, "T-2026-0005", {"voided case", "dev", d("2026-11-21")}, d("2026-11-20"), stamp_on());
    const auto texts = [&](const store::Register::ActionFilter& f) {
        std::vector<std::string> out;
        r.for_each_action(f, [&](const store::Register::ActionRow& a) { out.push_back(a.ref + " " + a.action.text); });
        return out;
    };
    CHECK(texts({}) == std::vector<std::string>{"T-2026-0002 sooner", "T-2026-0001 later", "T-2026-0003 no date"});
    CHECK(texts({false, d("2026-12-01"), std::nullopt}) == std::vector<std::string>{"T-2026-0002 sooner"});
    CHECK(texts({false, std::nullopt, std::string("carys")}) == std::vector<std::string>{"T-2026-0001 later"});
    casework::complete_action(r, "T-2026-0002", 1, d("2026-11-20"), stamp_on());
    CHECK(texts({true, std::nullopt, std::nullopt}) == std::vector<std::string>{"T-2026-0001 later", "T-2026-0003 no date"});
}

TEST_CASE("caseload: many steps in one transaction, all of them or none", "[store][caseload]") {
    TempDir dir;
    auto r = five_cases(dir / "reg.db");
    const auto events_before = r.info().journal_events;
    std::vector<store::Register::StepToAppend> steps = {
        {"T-2026-0001", "assign", d("2026-11-20"), assign_to("bob")},
        {"T-2026-0003", "assign", d("2026-11-20"),
         [](const reg::CaseRecord&, const std::vector<reg::Event>&) -> nlohmann::json { throw RefusedError("not now"); }},
    };
    CHECK_THROWS_AS(r.append_steps(steps, stamp_on()), RefusedError);
    CHECK(r.info().journal_events == events_before);
    CHECK(r.case_or_throw("T-2026-0001").owner == "alice");
    steps[1].check = assign_to("carol");
    const auto written = r.append_steps(steps, stamp_on());
    REQUIRE(written.size() == 2);
    CHECK(written[1].seq == written[0].seq + 1);
    CHECK(r.case_or_throw("T-2026-0001").owner == "bob");
    CHECK(r.case_or_throw("T-2026-0003").owner == "carol");
    // The void was written behind the journal's back: the only problem.
    const auto report = r.verify();
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].message.find("T-2026-0005") != std::string::npos);
    steps = {{"T-2026-0005", "assign", d("2026-11-20"), assign_to("bob")}};
    CHECK_THROWS_AS(r.append_steps(steps, stamp_on()), RefusedError); // voided
}
