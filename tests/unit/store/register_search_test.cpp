// Search (register_search.cpp, schemas/011): the FTS5 index kept in step by
// triggers through every kind of write, rebuild and a bulk load; words that
// are FTS5 syntax taken as words; party names; voided cases left out.

#include "plaint/casework/learning.hpp"
#include "store/register_helpers.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace plaint;
using namespace plaint::test;

namespace {

using Query = store::Register::SearchQuery;

Query words(std::vector<std::string> w) {
    Query q;
    q.words = std::move(w);
    return q;
}

std::vector<std::string> refs(const store::Register& r, const Query& q) {
    std::vector<std::string> found;
    for (const auto& hit : r.search(q).hits) found.push_back(hit.record.ref);
    return found;
}

// FTS5's own check that the index matches the rows it holds.
void check_index(const std::filesystem::path& file) {
    exec_sql(file, "INSERT INTO case_search (case_search, rank) VALUES ('integrity-check', 0);"
                   "INSERT INTO party_names (party_names, rank) VALUES ('integrity-check', 0)");
}

} // namespace

TEST_CASE("a case written many times is one row of the index and one hit", "[store][search]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 3); // summaries "case 1" ... "case 3"
    for (int i = 0; i < 3; ++i) casework::learn(r, "T-2026-0002", "Confirm discharge by phone", d("2026-11-20"), stamp_on());
    CHECK(count_rows(file, "case_search") == 3);
    CHECK(refs(r, words({"case"})).size() == 3);
    const auto page = r.search(words({"discharge"}));
    REQUIRE(page.hits.size() == 1);
    CHECK(page.hits[0].record.ref == "T-2026-0002");
    CHECK(page.hits[0].matched == std::vector<std::string>{"lesson"});
    CHECK(page.hits[0].snippets.at("lesson").find("\x02" "discharge\x03") != std::string::npos);
    CHECK(refs(r, words({"discharged"})) == std::vector<std::string>{"T-2026-0002"}); // porter stemming
    check_index(file);
}

TEST_CASE("notes are found, follow a merge's move and are not searched without personal data", "[store][search]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 3);
    exec_sql(file, "INSERT INTO notes (case_ref, noted_on, author, text) VALUES"
                   " ('T-2026-0001', '2026-11-20', 'tester', 'Rang the ward about parking fines')");
    CHECK(refs(r, words({"parking"})) == std::vector<std::string>{"T-2026-0001"});
    CHECK(r.search(words({"parking"})).hits[0].matched == std::vector<std::string>{"note"});
    auto restricted = words({"parking"});
    restricted.personal = false;
    CHECK(r.search(restricted).hits.empty());
    exec_sql(file, "UPDATE notes SET case_ref = 'T-2026-0003'");
    CHECK(refs(r, words({"parking"})) == std::vector<std::string>{"T-2026-0003"});
    exec_sql(file, "INSERT INTO correspondence (case_ref, direction, channel, dated, subject) VALUES"
                   " ('T-2026-0002', 'out', 'letter', '2026-11-20', 'Parking refund offered')");
    CHECK(refs(r, words({"parking"})).size() == 2);
    exec_sql(file, "DELETE FROM notes");
    CHECK(refs(r, words({"parking"})) == std::vector<std::string>{"T-2026-0002"});
    check_index(file);
}

TEST_CASE("rebuild leaves the index as the tables are", "[store][search]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 3);
    casework::learn(r, "T-2026-0001", "Offer a meeting early", d("2026-11-20"), stamp_on());
    exec_sql(file, "INSERT INTO notes (case_ref, noted_on, author, text) VALUES"
                   " ('T-2026-0003', '2026-11-20', 'tester', 'Daughter phoned again')");
    const auto report = r.rebuild();
    CHECK(report.cases == 3);
    CHECK(count_rows(file, "case_search") == 3);
    CHECK(refs(r, words({"meeting"})) == std::vector<std::string>{"T-2026-0001"});
    CHECK(refs(r, words({"daughter"})) == std::vector<std::string>{"T-2026-0003"});
    CHECK(refs(r, words({"case"})).size() == 3);
    check_index(file);
}

TEST_CASE("a bulk load fills the index after it, with the triggers back", "[store][search]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 1);
    std::vector<store::ImportedCase> cases(20);
    for (std::size_t i = 0; i < cases.size(); ++i) cases[i].new_case = sample_case("Imported about wheelchairs");
    r.load_without_indexes([&] {
        CHECK(count_rows(file, "sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'") == 0);
        r.import_cases(std::move(cases), stamp_on());
    });
    CHECK(count_rows(file, "sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'") == 15);
    CHECK(count_rows(file, "case_search") == 21);
    auto q = words({"wheelchair"});
    q.limit = 100;
    CHECK(refs(r, q).size() == 20);
    casework::learn(r, "T-2026-0001", "Wheelchair access at the front door", d("2026-11-20"), stamp_on());
    CHECK(refs(r, q).size() == 21);
    check_index(file);
}

TEST_CASE("words that are FTS5 syntax are taken as words", "[store][search]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 2);
    for (const std::string hostile : {"\"case", "case\"", "OR", "NEAR(case", "summary:case", "{summary}", "-case", "^case",
                                      "case)", "AND", "c*se"})
        CHECK_NOTHROW(r.search(words({hostile})));
    CHECK(refs(r, words({"summary:case"})).empty()); // the phrase "summary case", not a column filter
    CHECK(refs(r, words({"ca*"})).size() == 2);       // a trailing * is a prefix
    CHECK(refs(r, words({"case", "2"})) == std::vector<std::string>{"T-2026-0002"});
    const auto e = error_from<UsageError>([&] { r.search(words({"!!!", "--", "*"})); });
    CHECK(std::string(e.what()).find("!!!") == std::string::npos); // the words never in a message
    error_from<UsageError>([&] { r.search(Query{}); });
}

TEST_CASE("a party's name finds its cases, case and accents ignored", "[store][search]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 2); // complainant "Ann Example"
    auto other = sample_case("Parking at the clinic");
    other.parties[0].name = "Zoë Ötzi";
    r.log_case(other, stamp_on());
    Query q;
    q.party = "exam";
    CHECK(refs(r, q).size() == 2);
    q.party = "ZOE";
    CHECK(refs(r, q) == std::vector<std::string>{"T-2026-0003"});
    CHECK(r.search(q).hits[0].matched == std::vector<std::string>{"party"});
    q.party = "ann exa";
    q.words = {"case", "2"};
    CHECK(refs(r, q) == std::vector<std::string>{"T-2026-0002"});
    q.personal = false;
    error_from<UsageError>([&] { r.search(q); });
    exec_sql(file, "UPDATE parties SET name = 'Ann Other' WHERE case_ref = 'T-2026-0001'");
    Query renamed;
    renamed.party = "other";
    CHECK(refs(r, renamed) == std::vector<std::string>{"T-2026-0001"});
    check_index(file);
}

TEST_CASE("voided cases are left out unless asked for; pages say when there are more", "[store][search]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 3);
    exec_sql(file, "UPDATE cases SET voided_on = '2026-11-20' WHERE ref = 'T-2026-0001'");
    CHECK(refs(r, words({"case"})).size() == 2);
    auto q = words({"case"});
    q.include_voided = true;
    CHECK(refs(r, q).size() == 3);
    q.limit = 2;
    CHECK(r.search(q).more);
    q.offset = 2;
    CHECK(r.search(q).hits.size() == 1);
    CHECK_FALSE(r.search(q).more);
}

TEST_CASE("ref_numbered and the filter values", "[store][search]") {
    TempDir dir;
    const auto file = dir.path() / "r.plaint";
    auto r = register_with(file, 2);
    CHECK(r.ref_numbered(2026, 2) == "T-2026-0002");
    CHECK(r.ref_numbered(2025, 2) == std::nullopt);
    CHECK(r.has_case_value("state", r.case_or_throw("T-2026-0001").state));
    CHECK_FALSE(r.has_case_value("owner", "nobody"));
    CHECK(r.case_values("kind") == std::vector<std::string>{"complaint"});
}
