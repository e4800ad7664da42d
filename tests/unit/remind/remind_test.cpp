// One run of plaint remind against a real register: once per owner per
// day, --force, failures recorded and retried, dry runs that record
// nothing; and the rules should_send and already_sent on their own.

#include "remind/mail_helpers.hpp"
#include "store/register_helpers.hpp"

#include "plaint/remind/remind.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace plaint;
using namespace plaint::remind;
using namespace plaint::test;
using casework::DueStatus;

namespace {

// Delivers into a list, failing for the addresses in `refuse`.
class RecordingTransport final : public Transport {
public:
    std::vector<Message> sent;
    std::set<std::string> refuse;
    int attempts = 0;

    Delivery send(const Message& message) override {
        ++attempts;
        if (refuse.contains(message.to.at(0).address)) return {false, "mailbox unavailable"};
        sent.push_back(message);
        return {};
    }
};

Reminder record(const char* kind, const char* owner, const char* status) {
    Reminder r;
    r.day = d("2026-11-20");
    r.kind = kind;
    r.owner = owner;
    r.status = status;
    return r;
}

Letterhead letterhead(const char* today = "2026-11-20") {
    return Letterhead{{"Complaints team", "complaints@example.org"}, "Test ICB", "seed", d(today),
                      {2026, 11, 20, 9, 30, 0}, 5};
}

Grouping sample_grouping() {
    People people;
    people["sam"] = {"sam@example.org", "", "Sam Jones"};
    people["jo"] = {"jo@example.org", "", ""};
    return group_by_owner({due_item("T-2026-0001", "sam", DueStatus::overdue, "2026-11-17", -3),
                           due_item("T-2026-0002", "jo", DueStatus::due_today, "2026-11-20", 0),
                           due_item("T-2026-0003", "kim", DueStatus::due_soon, "2026-11-24", 2),
                           due_item("T-2026-0004", "", DueStatus::overdue, "2026-11-19", -1)},
                          people);
}

const Mailbox manager{"Head of complaints", "manager@example.org"};

std::vector<std::string> statuses(const store::Register& reg, const char* day = "2026-11-20") {
    std::vector<std::string> found;
    for (const auto& r : reg.reminders_on(d(day)))
        found.push_back(r.kind + " " + (r.owner.empty() ? "-" : r.owner) + " " + r.status + " " +
                        (r.recipient.empty() ? "-" : r.recipient) + " " + std::to_string(r.items));
    return found;
}

} // namespace

TEST_CASE("already_sent counts only sent records of that kind and owner", "[remind][idempotency]") {
    const std::vector<Reminder> records{record("digest", "sam", "sent"), record("digest", "jo", "failed"),
                                        record("summary", "", "sent")};
    CHECK(already_sent(records, "digest", "sam"));
    CHECK_FALSE(already_sent(records, "digest", "jo")); // failed: retried
    CHECK_FALSE(already_sent(records, "digest", "kim"));
    CHECK_FALSE(already_sent(records, "summary", "sam"));
    CHECK(already_sent(records, "summary", ""));
    CHECK_FALSE(already_sent({}, "digest", "sam"));
}

TEST_CASE("should_send: once a day, again with --force, failures retried", "[remind][idempotency]") {
    const std::vector<Reminder> records{record("digest", "sam", "sent"), record("digest", "jo", "failed")};
    CHECK_FALSE(should_send(records, "digest", "sam", false));
    CHECK(should_send(records, "digest", "sam", true));
    CHECK(should_send(records, "digest", "jo", false));
    CHECK(should_send(records, "digest", "kim", false));
    // A failure after a success does not undo the success.
    const std::vector<Reminder> later{record("digest", "sam", "sent"), record("digest", "sam", "failed")};
    CHECK_FALSE(should_send(later, "digest", "sam", false));
}

TEST_CASE("A run sends one digest per owner, records each attempt and the summary", "[remind][run]") {
    TempDir dir;
    auto reg = register_with(dir / "reg.db", 0);
    RecordingTransport transport;
    const auto report = run(reg, &transport, sample_grouping(), letterhead(), {false, false, manager});
    REQUIRE(transport.sent.size() == 3);
    CHECK(transport.sent[0].to.at(0).address == "jo@example.org");
    CHECK(transport.sent[1].to.at(0).address == "sam@example.org");
    CHECK(transport.sent[2].to.at(0).address == "manager@example.org");
    CHECK(transport.sent[2].subject ==
          "Complaints due, all owners: 2 overdue, 1 due today, 1 due within 5 working days; 1 digest not sent");
    REQUIRE(report.results.size() == 3);
    CHECK(report.results[0].outcome == Outcome::sent);
    CHECK(report.results[1].owner == "kim");
    CHECK(report.results[1].outcome == Outcome::no_address);
    CHECK(report.results[2].outcome == Outcome::sent);
    REQUIRE(report.summary);
    CHECK(report.summary->outcome == Outcome::sent);
    CHECK(report.summary->items == 4);
    CHECK_FALSE(report.all_went()); // kim has no address
    CHECK(statuses(reg) == std::vector<std::string>{"digest jo sent jo@example.org 1", "digest kim failed - 1",
                                                    "digest sam sent sam@example.org 1",
                                                    "summary - sent manager@example.org 4"});
    const auto records = reg.reminders_on(d("2026-11-20"));
    CHECK(records[0].message_id == transport.sent[0].message_id);
    CHECK(records[0].attempted_at == "2026-11-20T09:30:00Z");
    CHECK(records[1].error == "no email address: the configuration has no [people.kim]");
}

TEST_CASE("A second run on the same day sends nothing; --force sends again", "[remind][run]") {
    TempDir dir;
    auto reg = register_with(dir / "reg.db", 0);
    RecordingTransport first;
    run(reg, &first, sample_grouping(), letterhead(), {false, false, manager});

    RecordingTransport second;
    const auto again = run(reg, &second, sample_grouping(), letterhead(), {false, false, manager});
    CHECK(second.attempts == 0);
    CHECK(again.results[0].outcome == Outcome::already_sent);
    CHECK(again.results[1].outcome == Outcome::no_address); // reported every run
    CHECK(again.results[2].outcome == Outcome::already_sent);
    CHECK(again.summary->outcome == Outcome::already_sent);

    RecordingTransport forced;
    run(reg, &forced, sample_grouping(), letterhead(), {true, false, manager});
    REQUIRE(forced.sent.size() == 3);
    CHECK(forced.sent[0].message_id != first.sent[0].message_id);
    // Still one sent row per owner and kind: the resend replaced it.
    const auto records = reg.reminders_on(d("2026-11-20"));
    CHECK(std::count_if(records.begin(), records.end(),
                        [](const Reminder& r) { return r.owner == "jo" && r.status == "sent"; }) == 1);
    for (const auto& r : records)
        if (r.owner == "jo") CHECK(r.message_id == forced.sent[0].message_id);

    // The next day is a new day.
    RecordingTransport tomorrow;
    run(reg, &tomorrow, sample_grouping(), letterhead("2026-11-23"), {false, false, manager});
    CHECK(tomorrow.sent.size() == 3);
}

TEST_CASE("A failed delivery is recorded, the others still go, and the next run retries it", "[remind][run]") {
    TempDir dir;
    auto reg = register_with(dir / "reg.db", 0);
    RecordingTransport failing;
    failing.refuse = {"sam@example.org"};
    const auto report = run(reg, &failing, sample_grouping(), letterhead(), {false, false, std::nullopt});
    CHECK(failing.attempts == 2);
    REQUIRE(failing.sent.size() == 1);
    CHECK(failing.sent[0].to.at(0).address == "jo@example.org");
    CHECK(report.results[2].outcome == Outcome::failed);
    CHECK(report.results[2].error == "mailbox unavailable");
    CHECK_FALSE(report.summary); // no manager configured
    CHECK(statuses(reg) == std::vector<std::string>{"digest jo sent jo@example.org 1", "digest kim failed - 1",
                                                    "digest sam failed sam@example.org 1"});

    RecordingTransport retry;
    const auto second = run(reg, &retry, sample_grouping(), letterhead(), {false, false, std::nullopt});
    REQUIRE(retry.sent.size() == 1);
    CHECK(retry.sent[0].to.at(0).address == "sam@example.org");
    CHECK(retry.sent[0].message_id != failing.sent[0].message_id);
    CHECK(second.results[0].outcome == Outcome::already_sent);
    CHECK(second.results[2].outcome == Outcome::sent);
    CHECK(statuses(reg).back() == "digest sam sent sam@example.org 1");
}

TEST_CASE("A reminder another run has claimed is not sent; the claim goes when that run records it",
          "[remind][run][claims]") {
    TempDir dir;
    auto reg = register_with(dir / "reg.db", 0);
    // Another run is sending sam's digest: its claim is committed.
    REQUIRE(reg.claim_reminder(d("2026-11-20"), "digest", "sam", "2026-11-20T09:29:00Z", false));
    CHECK_FALSE(reg.claim_reminder(d("2026-11-20"), "digest", "sam", "2026-11-20T09:29:30Z", false));

    RecordingTransport transport;
    const auto report = run(reg, &transport, sample_grouping(), letterhead(), {false, false, std::nullopt});
    REQUIRE(transport.sent.size() == 1);
    CHECK(transport.sent[0].to.at(0).address == "jo@example.org");
    CHECK(report.results[2].owner == "sam");
    CHECK(report.results[2].outcome == Outcome::claimed);
    CHECK(report.results[0].outcome == Outcome::sent); // jo

    // The other run records its delivery, which releases the claim.
    auto sent = record("digest", "sam", "sent");
    sent.recipient = "sam@example.org";
    reg.finish_reminder(sent);
    RecordingTransport later;
    const auto again = run(reg, &later, sample_grouping(), letterhead(), {false, false, std::nullopt});
    CHECK(later.attempts == 0);
    CHECK(again.results[2].outcome == Outcome::already_sent);
    // Without --force a sent reminder cannot be claimed; with it, it can.
    CHECK_FALSE(reg.claim_reminder(d("2026-11-20"), "digest", "sam", "2026-11-20T10:00:00Z", false));
    CHECK(reg.claim_reminder(d("2026-11-20"), "digest", "sam", "2026-11-20T10:00:00Z", true));
}

TEST_CASE("A failed attempt releases its claim, so the next run retries it", "[remind][run][claims]") {
    TempDir dir;
    auto reg = register_with(dir / "reg.db", 0);
    RecordingTransport failing;
    failing.refuse = {"sam@example.org"};
    run(reg, &failing, sample_grouping(), letterhead(), {false, false, std::nullopt});
    CHECK(reg.claim_reminder(d("2026-11-20"), "digest", "sam", "2026-11-20T09:31:00Z", false));
}

TEST_CASE("A dry run sends nothing, records nothing and keeps the messages", "[remind][run]") {
    TempDir dir;
    auto reg = register_with(dir / "reg.db", 0);
    const auto report = run(reg, nullptr, sample_grouping(), letterhead(), {false, true, manager});
    CHECK(report.messages.size() == 3);
    CHECK(report.results[0].outcome == Outcome::dry_run);
    CHECK(report.results[1].outcome == Outcome::no_address);
    CHECK(report.summary->outcome == Outcome::dry_run);
    CHECK(reg.reminders_on(d("2026-11-20")).empty());
}

TEST_CASE("No summary when nothing is due", "[remind][run]") {
    TempDir dir;
    auto reg = register_with(dir / "reg.db", 0);
    RecordingTransport transport;
    const auto report = run(reg, &transport, Grouping{}, letterhead(), {false, false, manager});
    CHECK(transport.attempts == 0);
    CHECK_FALSE(report.summary);
    CHECK(report.all_went());
}

TEST_CASE("The register keeps at most one sent row per day, kind and owner", "[remind][store]") {
    TempDir dir;
    auto reg = register_with(dir / "reg.db", 0);
    auto r = record("digest", "sam", "failed");
    r.error = "timeout";
    reg.record_reminder(r);
    r = record("digest", "sam", "sent");
    r.message_id = "<one@example.org>";
    reg.record_reminder(r);
    r.message_id = "<two@example.org>";
    reg.record_reminder(r);
    const auto records = reg.reminders_on(d("2026-11-20"));
    REQUIRE(records.size() == 2);
    CHECK(records[0].status == "failed");
    CHECK(records[0].error == "timeout");
    CHECK(records[1].status == "sent");
    CHECK(records[1].message_id == "<two@example.org>");
    CHECK(reg.reminders_on(d("2026-11-21")).empty());
    CHECK_THROWS_WITH(exec_sql(dir / "reg.db", "INSERT INTO reminders (day, kind, owner, recipient, status,"
                                               " attempted_at) VALUES ('2026-11-20', 'digest', 'sam', 'x@y.z',"
                                               " 'sent', 'now')"),
                      Catch::Contains("UNIQUE constraint failed"));
}
