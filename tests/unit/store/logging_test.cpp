// One numbering rule for every way a case enters a register (plaint log,
// imports), and the logged event's details.

#include "plaint/store/logging.hpp"

#include "support/dates.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

using namespace plaint;
using namespace plaint::test;

TEST_CASE("case_reference: PREFIX-YYYY-NNNN, with more digits after 9999", "[store][logging]") {
    CHECK(store::case_reference("C", 2026, 1) == "C-2026-0001");
    CHECK(store::case_reference("NHS1", 2025, 42) == "NHS1-2025-0042");
    CHECK(store::case_reference("C", 2026, 9999) == "C-2026-9999");
    CHECK(store::case_reference("C", 2026, 10000) == "C-2026-10000");
}

TEST_CASE("ReferenceNumbers: one more than the year's highest, each year looked up once", "[store][logging]") {
    std::vector<int> asked;
    const std::map<int, int> held{{2025, 41}, {2026, 7}};
    store::ReferenceNumbers numbers("C", [&](int year) {
        asked.push_back(year);
        auto it = held.find(year);
        return it == held.end() ? 0 : it->second;
    });
    CHECK(numbers.next(2026).ref == "C-2026-0008");
    CHECK(numbers.next(2026).ref == "C-2026-0009");
    const auto old = numbers.next(2025);
    CHECK(old.year == 2025);
    CHECK(old.number == 42);
    CHECK(old.ref == "C-2025-0042");
    CHECK(numbers.next(2024).ref == "C-2024-0001"); // a year with no case yet
    CHECK(numbers.next(2026).ref == "C-2026-0010");
    CHECK(asked == std::vector<int>{2026, 2025, 2024});
}

TEST_CASE("ReferenceNumbers: from every year's highest known in advance (an import)", "[store][logging]") {
    store::ReferenceNumbers numbers("T", std::map<int, int>{{2024, 3}});
    CHECK(numbers.next(2024).ref == "T-2024-0004");
    CHECK(numbers.next(2023).ref == "T-2023-0001");
    CHECK(numbers.next(2024).ref == "T-2024-0005");
}

TEST_CASE("logged_details: the case's fields, never the parties' personal details", "[store][logging]") {
    reg::NewCase c;
    c.received = d("2026-11-18");
    c.kind = "complaint";
    c.procedure = "nhs-complaint";
    c.initial_state = "received";
    c.summary = "Waited six weeks";
    c.channel = "email";
    reg::Party p{7, "C-2026-0001", "complainant", "Ann Example", "ann@example.org"};
    const auto entry = store::party_entry("00112233445566778899aabbccddeeff", p);
    CHECK(entry["id"] == 7);
    CHECK(entry["role"] == "complainant");
    CHECK(entry["digest"].get<std::string>().size() == 64);
    const auto details = store::logged_details(c, 2026, 1, nlohmann::json::array({entry}));
    CHECK(details["year"] == 2026);
    CHECK(details["number"] == 1);
    CHECK(details["channel"] == "email");
    CHECK(details["subject"].is_null());
    CHECK(details["summary"] == "Waited six weeks");
    const std::string text = details.dump();
    CHECK(text.find("Ann Example") == std::string::npos);
    CHECK(text.find("ann@example.org") == std::string::npos);
}
