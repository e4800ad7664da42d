// The risk matrix as data: the built-in NHS 5x5 matrix's bands, the checks
// on an organisation's file, and a changed matrix that never rescores.

#include "plaint/casework/risk.hpp"
#include "plaint/core/error.hpp"
#include "store/register_helpers.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace plaint;
using namespace plaint::test;

namespace {

const casework::RiskMatrix& nhs() {
    static const auto all = casework::RiskMatrices::load({}, "");
    return all.current();
}

// An organisation's matrix: the NHS scales with "high" from 10.
std::string org_matrix(const char* levels) {
    std::string scale;
    for (int i = 1; i <= 5; ++i) scale += "{ score = " + std::to_string(i) + ", title = \"S" + std::to_string(i) + "\" },";
    return "id = \"org-2027\"\ntitle = \"Our matrix\"\nconsequence = [" + scale + "]\nlikelihood = [" + scale +
           "]\nlevels = [" + levels + "]\n";
}

constexpr const char* org_levels = "{ id = \"low\", title = \"Low\", from = 1, to = 4 },"
                                   "{ id = \"moderate\", title = \"Moderate\", from = 5, to = 9 },"
                                   "{ id = \"high\", title = \"High\", from = 10, to = 14, serious = true },"
                                   "{ id = \"extreme\", title = \"Extreme\", from = 15, to = 25, serious = true }";

} // namespace

TEST_CASE("the built-in matrix is the NPSA 5x5 with its published bands", "[casework][risk]") {
    const auto& m = nhs();
    CHECK(m.id == "nhs-5x5-2008");
    REQUIRE(m.consequence.size() == 5);
    CHECK(m.consequence.front().title == "Negligible");
    CHECK(m.consequence.back().title == "Catastrophic");
    CHECK(m.likelihood.front().title == "Rare");
    CHECK(m.likelihood.back().title == "Almost certain");
    // Every product C x L: 1-3 low, 4-6 moderate, 8-12 high, 15-25 extreme.
    for (int c = 1; c <= 5; ++c)
        for (int l = 1; l <= 5; ++l) {
            const int s = c * l;
            const std::string want = s <= 3 ? "low" : s <= 6 ? "moderate" : s <= 12 ? "high" : "extreme";
            INFO(c << " x " << l);
            CHECK(m.grade(c, l, d("2026-11-18")).level == want);
        }
    const auto g = m.grade(4, 3, d("2026-11-18"));
    CHECK(g == reg::RiskGrade{4, 3, 12, "high", "nhs-5x5-2008", d("2026-11-18")});
    CHECK(m.find_level("high")->serious);
    CHECK_FALSE(m.find_level("moderate")->serious);
}

TEST_CASE("a score outside 1 to 5 is a usage error naming the scale", "[casework][risk]") {
    const auto e = error_from<UsageError>([] { nhs().grade(6, 1, d("2026-11-18")); });
    CHECK(std::string(e.what()) == "--consequence must be 1 to 5, not 6");
    CHECK(e.hint().find("5 Catastrophic") != std::string::npos);
    CHECK_THROWS_AS(nhs().grade(1, 0, d("2026-11-18")), UsageError);
}

TEST_CASE("a matrix file is checked: five scores in order, bands covering every cell", "[casework][risk]") {
    CHECK_NOTHROW(casework::parse_risk_matrix(org_matrix(org_levels), "org.toml"));
    // 8-9 left out: 2 x 4 and 3 x 3 have no level.
    const auto gap = error_from<DataError>([] {
        casework::parse_risk_matrix(org_matrix("{ id = \"low\", title = \"Low\", from = 1, to = 7 },"
                                               "{ id = \"high\", title = \"High\", from = 10, to = 25 }"),
                                    "org.toml");
    });
    CHECK(std::string(gap.what()) == "org.toml: risk matrix org-2027 has no level for score 8 (2 x 4)");
    const auto overlap = error_from<DataError>([] {
        casework::parse_risk_matrix(org_matrix("{ id = \"low\", title = \"Low\", from = 1, to = 9 },"
                                               "{ id = \"high\", title = \"High\", from = 9, to = 25 }"),
                                    "org.toml");
    });
    CHECK(std::string(overlap.what()).find("level high overlaps low") != std::string::npos);
    CHECK_THROWS_AS(casework::parse_risk_matrix("id = \"x\"\nconsequence = []\n", "x.toml"), DataError);
    CHECK_THROWS_AS(casework::parse_risk_matrix(org_matrix(org_levels) + "colour = \"red\"\n", "x.toml"), DataError);
}

TEST_CASE("a changed matrix never rescores a grade made against the old one", "[casework][risk]") {
    TempDir dir;
    const auto file = dir / "org.toml";
    std::ofstream(file) << org_matrix(org_levels);
    const auto matrices = casework::RiskMatrices::load({file.string()}, "");
    CHECK(matrices.current().id == "org-2027"); // the organisation's file is in force
    CHECK(matrices.find("nhs-5x5-2008"));
    CHECK(matrices.serious_levels() == std::vector<std::string>{"high", "extreme"});
    CHECK_THROWS_AS(casework::RiskMatrices::load({}, "no-such-matrix"), DataError);

    auto r = register_with(dir / "reg.db", 1);
    const std::string ref = "T-2026-0001";
    // 3 x 3 = 9: high under the NHS matrix, moderate under the organisation's.
    casework::grade_case(r, *matrices.find("nhs-5x5-2008"), ref, 3, 3, d("2026-11-19"), stamp_on());
    CHECK(r.case_or_throw(ref).risk == reg::RiskGrade{3, 3, 9, "high", "nhs-5x5-2008", d("2026-11-19")});
    r.rebuild();
    CHECK(r.case_or_throw(ref).risk->level == "high");
    casework::grade_case(r, matrices.current(), ref, 3, 3, d("2026-11-20"), stamp_on());
    CHECK(r.case_or_throw(ref).risk == reg::RiskGrade{3, 3, 9, "moderate", "org-2027", d("2026-11-20")});
    CHECK(r.verify().ok());
}
