// The register's records as values: validating a new case, projecting
// journal events onto a case record, and the stable JSON shapes.

#include "plaint/register/case.hpp"

#include "plaint/core/error.hpp"
#include "support/dates.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace plaint;
using namespace plaint::test;

namespace {

reg::NewCase valid_case() {
    reg::NewCase c;
    c.received = d("2026-11-18");
    c.summary = "Waited six weeks";
    return c;
}

reg::Event logged_event() {
    reg::Event e;
    e.seq = 7;
    e.case_ref = "C-2026-0003";
    e.type = "logged";
    e.effective_date = d("2026-11-18");
    e.recorded_at = "2026-11-20T09:00:00Z";
    e.actor = "tester";
    e.details = {{"year", 2026},
                 {"number", 3},
                 {"kind", "concern"},
                 {"procedure", "nhs-complaint"},
                 {"state", "received"},
                 {"channel", "phone"},
                 {"incident_date", "2026-11-02"},
                 {"summary", "Rude receptionist"},
                 {"subject", "Staff attitude"},
                 {"service", nullptr},
                 {"provider", "Riverside Surgery"},
                 {"owner", nullptr},
                 {"parties", nlohmann::json::array()}};
    e.prev_hash = std::string(64, '0');
    e.hash = std::string(64, 'a');
    return e;
}

// The usage error `c` fails validation with.
UsageError invalid(const reg::NewCase& c) {
    try {
        reg::validate(c);
    } catch (const UsageError& e) {
        return e;
    }
    FAIL("the case was accepted");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("validate accepts every kind, channel and party role", "[register][case]") {
    for (const char* kind : reg::kinds) {
        auto c = valid_case();
        c.kind = kind;
        CHECK_NOTHROW(reg::validate(c));
    }
    for (const char* channel : reg::channels) {
        auto c = valid_case();
        c.channel = channel;
        CHECK_NOTHROW(reg::validate(c));
    }
    auto c = valid_case();
    for (const char* role : reg::party_roles) c.parties.push_back({0, {}, role, "Ann Example", ""});
    c.incident_date = c.received; // the same day is not after it
    CHECK_NOTHROW(reg::validate(c));
    CHECK(std::vector<std::string>(std::begin(reg::kinds), std::end(reg::kinds)) ==
          std::vector<std::string>{"concern", "complaint", "compliment"});
}

TEST_CASE("validate names what is wrong and what is allowed", "[register][case]") {
    auto c = valid_case();
    SECTION("kind") {
        c.kind = "Complaint";
        const auto e = invalid(c);
        CHECK(std::string(e.what()) == "unknown kind 'Complaint'");
        CHECK(e.hint() == "kinds are concern, complaint, compliment");
        CHECK(e.code() == ExitCode::usage);
    }
    SECTION("channel") {
        c.channel = "fax";
        const auto e = invalid(c);
        CHECK(std::string(e.what()) == "unknown channel 'fax'");
        CHECK(e.hint() == "channels are letter, email, phone, in-person, web, mp, advocate");
    }
    SECTION("party role") {
        c.parties.push_back({0, {}, "witness", "Bob", ""});
        const auto e = invalid(c);
        CHECK(std::string(e.what()) == "unknown party role 'witness'");
        CHECK(e.hint() == "party roles are complainant, on-behalf-of");
    }
    SECTION("a party without a name") {
        c.parties.push_back({0, {}, "on-behalf-of", "", "bob@example.org"});
        CHECK(std::string(invalid(c).what()) == "the on-behalf-of needs a name");
    }
    SECTION("an incident after the complaint was received") {
        c.incident_date = d("2026-11-19");
        CHECK(std::string(invalid(c).what()) == "the incident date 2026-11-19 is after the date of receipt 2026-11-18");
    }
}

TEST_CASE("a logged event makes the case record", "[register][case]") {
    reg::CaseRecord r;
    reg::apply_event(r, logged_event());
    CHECK(r.ref == "C-2026-0003");
    CHECK(r.year == 2026);
    CHECK(r.number == 3);
    CHECK(r.kind == "concern");
    CHECK(r.procedure == "nhs-complaint");
    CHECK(r.state == "received");
    CHECK(r.channel == std::optional<std::string>("phone"));
    CHECK(r.received == d("2026-11-18"));
    CHECK(r.incident_date == d("2026-11-02"));
    CHECK(r.summary == "Rude receptionist");
    CHECK(r.subject == std::optional<std::string>("Staff attitude"));
    CHECK_FALSE(r.service);
    CHECK(r.provider == std::optional<std::string>("Riverside Surgery"));
    CHECK_FALSE(r.owner);
    CHECK_FALSE(r.closed_on);
    CHECK(r.is_open());
    CHECK(r.logged_at == "2026-11-20T09:00:00Z");
    CHECK(r.updated_at == "2026-11-20T09:00:00Z");
    CHECK(r.last_seq == 7);

    SECTION("replaying the same events gives an equal record") {
        reg::CaseRecord again;
        reg::apply_event(again, logged_event());
        CHECK(again == r);
        again.summary += ".";
        CHECK_FALSE(again == r);
    }
    SECTION("a later event moves updated_at and last_seq, and nothing it does not carry") {
        reg::Event note;
        note.seq = 12;
        note.case_ref = r.ref;
        note.type = "note";
        note.effective_date = d("2026-11-21");
        note.recorded_at = "2026-11-21T10:00:00Z";
        note.actor = "jo";
        auto expected = r;
        expected.updated_at = "2026-11-21T10:00:00Z";
        expected.last_seq = 12;
        reg::apply_event(r, note);
        CHECK(r == expected);
        CHECK(r.logged_at == "2026-11-20T09:00:00Z");
    }
}

TEST_CASE("case_json has the documented fields in order", "[register][case]") {
    reg::CaseRecord r;
    reg::apply_event(r, logged_event());
    CHECK(reg::case_json(r).dump() ==
          R"({"reference":"C-2026-0003","kind":"concern","procedure":"nhs-complaint","state":"received","open":true,)"
          R"("received":"2026-11-18","channel":"phone","incident_date":"2026-11-02","summary":"Rude receptionist",)"
          R"("subject":"Staff attitude","service":null,"provider":"Riverside Surgery","owner":null,"closed_on":null,)"
          R"("logged_at":"2026-11-20T09:00:00Z","updated_at":"2026-11-20T09:00:00Z","aspects":[],"age_band":null,)"
          R"("complainant_status":null,"categories":null,"outcome":null,"resolved_on":null,"ombudsman_on":null,)"
          R"("lessons":[],"actions":[],"voided_on":null,"received_as_logged":null,"links":[],"contributions":[],)"
          R"("risk":null})");
    r.closed_on = d("2026-12-01");
    const auto closed = reg::case_json(r);
    CHECK(closed["open"] == false);
    CHECK(closed["closed_on"] == "2026-12-01");
}

TEST_CASE("event_json and party_json", "[register][case]") {
    CHECK(reg::event_json(logged_event()).dump() ==
          R"({"seq":7,"reference":"C-2026-0003","type":"logged","effective_date":"2026-11-18",)"
          R"("recorded_at":"2026-11-20T09:00:00Z","actor":"tester","details":{"channel":"phone",)"
          R"("incident_date":"2026-11-02","kind":"concern","number":3,"owner":null,"parties":[],)"
          R"("procedure":"nhs-complaint","provider":"Riverside Surgery","service":null,"state":"received",)"
          R"("subject":"Staff attitude","summary":"Rude receptionist","year":2026},"hash":")" +
              std::string(64, 'a') + R"("})");
    // A party's JSON is what a reader needs: never its row id or its case.
    const reg::Party p{41, "C-2026-0003", "complainant", "Ann Example", "ann@example.org"};
    CHECK(reg::party_json(p).dump() == R"({"role":"complainant","name":"Ann Example","contact":"ann@example.org"})");
}
