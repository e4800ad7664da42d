// plaint/store: the case file (register_case_file.cpp): notes,
// correspondence, amendments, voids, links and merges, each a journal event;
// personal rows under digests that verify recomputes.

#include "register_helpers.hpp"

#include "plaint/store/journal.hpp"

#include <algorithm>

using namespace plaint;
using namespace plaint::test;

namespace {

bool verify_says(const store::Register& r, const std::string& words) {
    const auto report = r.verify();
    return std::any_of(report.problems.begin(), report.problems.end(),
                       [&](const store::Problem& p) { return p.message.find(words) != std::string::npos; });
}

} // namespace

TEST_CASE("notes and correspondence are events whose personal content verify checks", "[store][case-file]") {
    TempDir dir;
    const auto file = dir.path() / "r.db";
    {
        auto r = register_with(file, 2);
        const auto note = r.add_note("T-2026-0001", "Rang Ann: letter to follow", d("2026-11-19"), stamp_on());
        CHECK(note.type == reg::note_event);
        // The journal holds a digest, never the text.
        CHECK(note.details.dump().find("Ann") == std::string::npos);
        store::Register::Correspondence item{0, "T-2026-0001", "out", "letter", d("2026-11-20"), "Acknowledgement to Ann", std::nullopt, {}};
        const auto sent = r.record_correspondence(item, stamp_on());
        CHECK(item.id == 1);
        CHECK_FALSE(sent.details.contains("step"));
        CHECK(sent.details.dump().find("Ann") == std::string::npos);
        REQUIRE(r.notes_of("T-2026-0001").size() == 1);
        REQUIRE(r.correspondence_of("T-2026-0001").size() == 1);
        CHECK(r.notes_of("T-2026-0002").empty());
        CHECK(r.verify().ok());
        // Bad input writes nothing.
        const auto events = r.info().journal_events;
        CHECK(error_from<UsageError>([&] { r.add_note("T-2026-0001", "  ", d("2026-11-19"), stamp_on()); }).code() == ExitCode::usage);
        CHECK_THROWS_AS(r.add_note("T-2026-0001", "later", d("2026-11-21"), stamp_on()), UsageError);
        CHECK_THROWS_AS(r.add_note("T-2026-0404", "lost", d("2026-11-19"), stamp_on()), NotFoundError);
        store::Register::Correspondence wrong{0, "T-2026-0001", "sideways", "letter", d("2026-11-20"), "x", {}, {}};
        CHECK_THROWS_AS(r.record_correspondence(wrong, stamp_on()), UsageError);
        store::Register::Correspondence other_step{0, "T-2026-0002", "out", "letter", d("2026-11-20"), "x", 1, {}};
        CHECK_THROWS_AS(r.record_correspondence(other_step, stamp_on()), UsageError); // event 1 is T-2026-0001's
        CHECK(r.info().journal_events == events);
        CHECK(count_rows(file, "notes") == 1);
    }
    exec_sql(file, "UPDATE notes SET text = 'Rang Ann: all sorted'");
    CHECK(verify_says(store::Register::open(file, store::Access::read_only), "note 1 of case T-2026-0001 was changed outside plaint"));
    exec_sql(file, "UPDATE notes SET text = 'Rang Ann: letter to follow'; DELETE FROM correspondence");
    CHECK(verify_says(store::Register::open(file, store::Access::read_only), "1 correspondence record(s) of case T-2026-0001 were deleted"));
    exec_sql(file, "INSERT INTO correspondence (case_ref, direction, channel, dated, subject) VALUES ('T-2026-0001', 'in', 'email', '2026-11-20', 'x')");
    CHECK(verify_says(store::Register::open(file, store::Access::read_only), "of case T-2026-0001 was changed outside plaint")); // the same id again
}

TEST_CASE("amending a case keeps the first date of receipt and the old values", "[store][case-file]") {
    TempDir dir;
    auto r = register_with(dir.path() / "r.db", 1);
    const auto e = r.amend_case("T-2026-0001", {{"received", "2026-11-16"}, {"subject", std::nullopt}}, "Arrived Monday",
                                nullptr, stamp_on());
    CHECK(e.details["changes"]["received"]["from"] == "2026-11-18");
    CHECK(e.details["changes"]["received"]["to"] == "2026-11-16");
    CHECK(e.details["changes"]["subject"]["from"] == "Access");
    CHECK(e.details["changes"]["subject"]["to"].is_null());
    auto c = r.case_or_throw("T-2026-0001");
    CHECK(c.received == d("2026-11-16"));
    CHECK(c.received_as_logged == d("2026-11-18"));
    CHECK_FALSE(c.subject);
    // The corrected journal: the logged event carries the amended date.
    const auto fixed = reg::corrected(r.events_of("T-2026-0001"));
    REQUIRE(fixed.size() == 1);
    CHECK(fixed.front().effective_date == d("2026-11-16"));
    CHECK(fixed.front().details["subject"].is_null());
    // Amended again: the first date stays the one logged.
    r.amend_case("T-2026-0001", {{"received", "2026-11-17"}}, "No: Tuesday", nullptr, stamp_on());
    c = r.case_or_throw("T-2026-0001");
    CHECK(c.received == d("2026-11-17"));
    CHECK(c.received_as_logged == d("2026-11-18"));
    CHECK(r.verify().ok());
    CHECK(r.rebuild().changed == 0);
    CHECK_THROWS_AS(r.amend_case("T-2026-0001", {{"received", "2026-11-17"}}, "same", nullptr, stamp_on()), UsageError);
    CHECK_THROWS_AS(r.amend_case("T-2026-0001", {{"received", "2026-11-17"}}, " ", nullptr, stamp_on()), UsageError);
    CHECK_THROWS_AS(r.amend_case("T-2026-0001", {{"owner", "bob"}}, "x", nullptr, stamp_on()), UsageError);
}

TEST_CASE("a party rectified keeps its earlier details apart, under a digest", "[store][case-file]") {
    TempDir dir;
    const auto file = dir.path() / "r.db";
    {
        auto r = register_with(file, 1);
        const auto id = r.parties_of("T-2026-0001").front().id;
        const auto e = r.amend_party("T-2026-0001", id, {std::string("Ann Exampel"), std::nullopt}, "Misspelt", stamp_on());
        CHECK(e.details.dump().find("Ann") == std::string::npos);
        CHECK(r.parties_of("T-2026-0001").front().name == "Ann Exampel");
        const auto history = r.party_history_of("T-2026-0001");
        REQUIRE(history.size() == 1);
        CHECK(history.front().name == "Ann Example");
        CHECK(history.front().replaced_by_seq == e.seq);
        r.add_party("T-2026-0001", {0, {}, "on-behalf-of", "Bob Example", ""}, "Acting for his mother", stamp_on());
        CHECK(r.parties_of("T-2026-0001").size() == 2);
        CHECK_THROWS_AS(r.amend_party("T-2026-0001", 999, {std::string("X"), std::nullopt}, "x", stamp_on()), NotFoundError);
        CHECK(r.verify().ok());
    }
    exec_sql(file, "UPDATE party_history SET name = 'Someone Else'");
    CHECK(verify_says(store::Register::open(file, store::Access::read_only), "earlier party details"));
}

TEST_CASE("a voided step leaves the case as if it had not happened", "[store][case-file]") {
    TempDir dir;
    auto r = register_with(dir.path() / "r.db", 2);
    const auto step = r.append_step("T-2026-0001", "acknowledged", d("2026-11-19"), [](const reg::CaseRecord&, const std::vector<reg::Event>&) {
        return nlohmann::json{{"state", "acknowledged"}};
    }, stamp_on());
    CHECK(r.case_or_throw("T-2026-0001").state == "acknowledged");
    const auto voided = r.void_event("T-2026-0001", step.seq, "Wrong case", nullptr, stamp_on());
    CHECK(voided.details["type"] == "acknowledged");
    CHECK(r.case_or_throw("T-2026-0001").state == "received");
    const auto fixed = reg::corrected(r.events_of("T-2026-0001"));
    CHECK(fixed.size() == 1); // logged only: the step and its void left out
    CHECK(r.verify().ok());
    CHECK(r.rebuild().changed == 0);
    CHECK_THROWS_AS(r.void_event("T-2026-0001", step.seq, "again", nullptr, stamp_on()), RefusedError);
    CHECK_THROWS_AS(r.void_event("T-2026-0002", step.seq, "other", nullptr, stamp_on()), UsageError);
    CHECK_THROWS_AS(r.void_event("T-2026-0001", 1, "logging", nullptr, stamp_on()), UsageError);
    CHECK_THROWS_AS(r.void_event("T-2026-0001", 999, "none", nullptr, stamp_on()), NotFoundError);
}

TEST_CASE("a voided case leaves the lists and takes no steps", "[store][case-file]") {
    TempDir dir;
    auto r = register_with(dir.path() / "r.db", 2);
    r.void_case("T-2026-0002", "Test entry", stamp_on());
    CHECK(r.case_or_throw("T-2026-0002").voided_on == d("2026-11-20"));
    std::vector<std::string> listed;
    r.for_each_case({}, [&](const reg::CaseRecord& c) { listed.push_back(c.ref); });
    CHECK(listed == std::vector<std::string>{"T-2026-0001"});
    store::CaseFilter all;
    all.include_voided = true;
    listed.clear();
    r.for_each_case(all, [&](const reg::CaseRecord& c) { listed.push_back(c.ref); });
    CHECK(listed.size() == 2);
    CHECK_THROWS_AS(r.append_step("T-2026-0002", "acknowledged", d("2026-11-20"), [](const reg::CaseRecord&, const std::vector<reg::Event>&) {
        return nlohmann::json{{"state", "acknowledged"}};
    }, stamp_on()), RefusedError);
    CHECK_THROWS_AS(r.void_case("T-2026-0002", "again", stamp_on()), RefusedError);
    store::Register::ReportScope scope{d("2026-11-01"), d("2026-11-30"), {}, {}, std::nullopt};
    CHECK(r.tally(scope, store::Register::Cohort::received, "").front().count == 1);
}

TEST_CASE("links are recorded on both cases; a merge moves the duplicate's records", "[store][case-file]") {
    TempDir dir;
    const auto file = dir.path() / "r.db";
    auto r = register_with(file, 3);
    r.link_cases("T-2026-0001", "T-2026-0003", "follow-up", stamp_on());
    CHECK(r.case_or_throw("T-2026-0001").links == std::vector<reg::Link>{{"T-2026-0003", "follow-up-of", d("2026-11-20")}});
    CHECK(r.case_or_throw("T-2026-0003").links == std::vector<reg::Link>{{"T-2026-0001", "followed-up-by", d("2026-11-20")}});
    CHECK_THROWS_AS(r.link_cases("T-2026-0001", "T-2026-0003", "follow-up", stamp_on()), RefusedError);
    CHECK_THROWS_AS(r.link_cases("T-2026-0001", "T-2026-0001", "related", stamp_on()), UsageError);
    CHECK_THROWS_AS(r.link_cases("T-2026-0001", "T-2026-0404", "related", stamp_on()), NotFoundError);
    CHECK_THROWS_AS(r.link_cases("T-2026-0001", "T-2026-0002", "cousin", stamp_on()), UsageError);

    r.add_note("T-2026-0002", "Second copy", d("2026-11-20"), stamp_on());
    store::Register::Correspondence item{0, "T-2026-0002", "in", "letter", d("2026-11-19"), "The letter", std::nullopt, {}};
    r.record_correspondence(item, stamp_on());
    const auto moved = r.merge_cases("T-2026-0002", "T-2026-0001", "Logged twice", stamp_on());
    CHECK(moved.parties == 1);
    CHECK(moved.notes == 1);
    CHECK(moved.correspondence == 1);
    CHECK(r.parties_of("T-2026-0001").size() == 2);
    CHECK(r.parties_of("T-2026-0002").empty());
    CHECK(r.notes_of("T-2026-0001").size() == 1);
    CHECK(r.correspondence_of("T-2026-0001").size() == 1);
    CHECK(r.case_or_throw("T-2026-0002").is_voided());
    CHECK(r.case_or_throw("T-2026-0002").links.front().relation == "duplicate-of");
    const auto report = r.verify();
    CHECK(report.problems.empty());
    if (!report.problems.empty()) FAIL_CHECK(report.problems.front().message);
    CHECK(r.rebuild().changed == 0);
    CHECK_THROWS_AS(r.merge_cases("T-2026-0001", "T-2026-0001", "x", stamp_on()), UsageError);
    CHECK_THROWS_AS(r.merge_cases("T-2026-0002", "T-2026-0001", "again", stamp_on()), RefusedError);
}
