// The digests: due clocks grouped by owner, each owner's address found in
// [people], and the text of the digest and of the manager's summary.
//
//      November 2026
//   Mo Tu We Th Fr Sa Su
//                      1
//    2  3  4  5  6  7  8
//    9 10 11 12 13 14 15
//   16 17 18 19 20 21 22     today: Fri 20
//   23 24 25 26 27 28 29
//   30

#include "remind/mail_helpers.hpp"

#include "plaint/remind/digest.hpp"

#include <catch2/catch.hpp>

using namespace plaint;
using namespace plaint::remind;
using namespace plaint::test;
using casework::DueStatus;

namespace {

Letterhead letterhead() {
    return Letterhead{{"Complaints team", "complaints@example.org"}, "Test ICB", "seed", d("2026-11-20"),
                      {2026, 11, 20, 9, 30, 0}, 5};
}

People people() {
    People p;
    p["sam"] = {"sam@example.org", "north", "Sam Jones"};
    p["jo"] = {"jo@example.org", "south", ""};
    p["lee"] = {"", "north", "Lee"};
    p["max"] = {"max@", "", ""};
    return p;
}

std::vector<casework::DueItem> sams_items() {
    return {due_item("T-2026-0001", "sam", DueStatus::overdue, "2026-11-17", -3, "acknowledgement", "ack"),
            due_item("T-2026-0002", "sam", DueStatus::due_today, "2026-11-20", 0),
            due_item("T-2026-0010", "sam", DueStatus::due_soon, "2026-11-25", 3)};
}

} // namespace

TEST_CASE("Due clocks are grouped by owner, in owner order", "[remind][digest]") {
    auto items = sams_items();
    items.push_back(due_item("T-2026-0003", "jo", DueStatus::due_soon, "2026-11-24", 2));
    items.push_back(due_item("T-2026-0004", "", DueStatus::overdue, "2026-11-19", -1));
    items.push_back(due_item("T-2026-0005", "jo", DueStatus::overdue, "2026-11-18", -2));
    const Grouping g = group_by_owner(items, people());
    REQUIRE(g.digests.size() == 2);
    CHECK(g.digests[0].owner == "jo");
    CHECK(g.digests[0].items.size() == 2);
    CHECK(g.digests[0].counts.overdue == 1);
    CHECK(g.digests[0].counts.due_soon == 1);
    CHECK(g.digests[1].owner == "sam");
    CHECK(g.digests[1].items.size() == 3);
    CHECK(g.digests[1].counts.overdue == 1);
    CHECK(g.digests[1].counts.due_today == 1);
    CHECK(g.digests[1].counts.due_soon == 1);
    REQUIRE(g.unassigned.size() == 1);
    CHECK(g.unassigned[0].row.ref == "T-2026-0004");
}

TEST_CASE("Each owner's address and name come from [people]", "[remind][digest]") {
    const Grouping g = group_by_owner({due_item("T-2026-0001", "sam", DueStatus::overdue, "2026-11-17", -3),
                                       due_item("T-2026-0002", "jo", DueStatus::overdue, "2026-11-17", -3)},
                                      people());
    REQUIRE(g.digests.size() == 2);
    CHECK(g.digests[0].display_name == "jo"); // no name: the owner as recorded
    REQUIRE(g.digests[0].to);
    CHECK(g.digests[0].to->address == "jo@example.org");
    CHECK(g.digests[1].display_name == "Sam Jones");
    REQUIRE(g.digests[1].to);
    CHECK(g.digests[1].to->name == "Sam Jones");
    CHECK(g.digests[1].to->address == "sam@example.org");
}

TEST_CASE("An owner without a usable address is kept, with the reason", "[remind][digest]") {
    const Grouping g = group_by_owner({due_item("T-2026-0001", "kim", DueStatus::overdue, "2026-11-17", -3),
                                       due_item("T-2026-0002", "lee", DueStatus::overdue, "2026-11-17", -3),
                                       due_item("T-2026-0003", "max", DueStatus::overdue, "2026-11-17", -3)},
                                      people());
    REQUIRE(g.digests.size() == 3);
    for (const auto& digest : g.digests) CHECK_FALSE(digest.to);
    CHECK(g.digests[0].problem == "no email address: the configuration has no [people.kim]");
    CHECK(g.digests[1].problem == "no email address: [people.lee] has no email");
    CHECK(g.digests[2].problem == "[people.max] email 'max@' is not a valid address");
}

TEST_CASE("A digest lists the owner's clocks by status, with counts in the subject", "[remind][digest]") {
    const Grouping g = group_by_owner(sams_items(), people());
    const Message m = digest_message(g.digests.at(0), letterhead());
    CHECK(m.subject == "Complaints due for Sam Jones: 1 overdue, 1 due today, 1 due within 5 working days");
    CHECK(m.from.address == "complaints@example.org");
    REQUIRE(m.to.size() == 1);
    CHECK(m.to[0].address == "sam@example.org");
    CHECK(m.to[0].name == "Sam Jones");
    CHECK(m.date.hour == 9);
    CHECK(m.body == "Hello Sam Jones,\n"
                    "\n"
                    "These deadlines on your cases need attention as of Fri 2026-11-20:\n"
                    "1 overdue, 1 due today, 1 due within 5 working days.\n"
                    "\n"
                    "Overdue (1)\n"
                    "  T-2026-0001  acknowledgement  due Tue 2026-11-17  3 working days late\n"
                    "               next step: ack\n"
                    "\n"
                    "Due today (1)\n"
                    "  T-2026-0002  response  due Fri 2026-11-20  due today\n"
                    "               next step: respond\n"
                    "\n"
                    "Due within 5 working days (1)\n"
                    "  T-2026-0010  response  due Wed 2026-11-25  3 working days left\n"
                    "               next step: respond\n"
                    "\n"
                    "This reminder carries case references, clocks, dates and next steps only.\n"
                    "See a case and its timeline with: plaint show REFERENCE\n"
                    "Sent by plaint remind for Test ICB, once a day.\n");
}

TEST_CASE("A digest carries no complainant's personal data", "[remind][digest]") {
    const Grouping g = group_by_owner(sams_items(), people());
    const std::string text = render(digest_message(g.digests.at(0), letterhead()));
    CHECK(text.find("Ann") == std::string::npos);
    CHECK(text.find("Example") == std::string::npos);
}

TEST_CASE("Columns line up within a section and words agree in number", "[remind][digest]") {
    const Grouping g = group_by_owner({due_item("T-2026-0001", "sam", DueStatus::overdue, "2026-11-19", -1,
                                                "acknowledgement", ""),
                                       due_item("T-2026-0120", "sam", DueStatus::overdue, "2026-11-18", -2, "response",
                                                "respond")},
                                      people());
    Letterhead l = letterhead();
    l.within = 1;
    const Message m = digest_message(g.digests.at(0), l);
    CHECK(m.subject == "Complaints due for Sam Jones: 2 overdue, 0 due today, 0 due within 1 working day");
    CHECK(m.body.find("\nOverdue (2)\n"
                      "  T-2026-0001  acknowledgement  due Thu 2026-11-19  1 working day late\n"
                      "  T-2026-0120  response         due Wed 2026-11-18  2 working days late\n"
                      "               next step: respond\n"
                      "\nThis reminder") != std::string::npos);
}

TEST_CASE("Message-IDs differ between owners, kinds, days and attempts", "[remind][digest]") {
    auto items = sams_items();
    items.push_back(due_item("T-2026-0003", "jo", DueStatus::due_soon, "2026-11-24", 2));
    const Grouping g = group_by_owner(items, people());
    const Letterhead l = letterhead();
    const std::string jo = digest_message(g.digests.at(0), l).message_id;
    const std::string sam = digest_message(g.digests.at(1), l).message_id;
    CHECK(jo != sam);
    CHECK(jo.ends_with("@example.org>"));
    CHECK(digest_message(g.digests.at(0), l).message_id == jo);
    CHECK(digest_message(g.digests.at(0), l, 1).message_id != jo);
    Letterhead tomorrow = l;
    tomorrow.today = d("2026-11-23");
    CHECK(digest_message(g.digests.at(0), tomorrow).message_id != jo);
}

TEST_CASE("The manager's summary shows each owner's counts and how their digest fared", "[remind][digest]") {
    std::vector<Result> results{
        {"jo", "jo@example.org", Outcome::sent, "", {1, 0, 1, 0}, 2},
        {"kim", "", Outcome::no_address, "no email address: the configuration has no [people.kim]", {2, 0, 0, 0}, 2},
        {"sam", "sam@example.org", Outcome::failed, "'sendmail' exited with status 75", {1, 1, 1, 0}, 3},
        {"tess", "tess@example.org", Outcome::already_sent, "", {0, 0, 1, 0}, 1},
    };
    const std::vector<casework::DueItem> unassigned{
        due_item("T-2026-0004", "", DueStatus::overdue, "2026-11-19", -1, "acknowledgement", "ack")};
    const Message m = summary_message({"", "manager@example.org"}, results, unassigned, letterhead());
    CHECK(m.subject == "Complaints due, all owners: 5 overdue, 1 due today, 3 due within 5 working days; 2 digests "
                       "not sent");
    REQUIRE(m.to.size() == 1);
    CHECK(m.to[0].address == "manager@example.org");
    CHECK(m.body == "Reminders for Fri 2026-11-20: 5 overdue, 1 due today, 3 due within 5 working days.\n"
                    "\n"
                    "Owner  Overdue  Today  Soon  Digest\n"
                    "jo           1      0     1  sent to jo@example.org\n"
                    "kim          2      0     0  NOT SENT: no email address: the configuration has no [people.kim]\n"
                    "sam          1      1     1  FAILED: 'sendmail' exited with status 75 (retried on the next run)\n"
                    "tess         0      0     1  already sent today\n"
                    "\n"
                    "Clocks on cases with no owner (1)\n"
                    "  T-2026-0004  acknowledgement  due Thu 2026-11-19  1 working day late\n"
                    "               next step: ack\n"
                    "\n"
                    "This reminder carries case references, clocks, dates and next steps only.\n"
                    "See a case and its timeline with: plaint show REFERENCE\n"
                    "Sent by plaint remind for Test ICB, once a day.\n");
    CHECK(summary_message({"", "manager@example.org"}, results, unassigned, letterhead()).message_id !=
          digest_message(group_by_owner(sams_items(), people()).digests.at(0), letterhead()).message_id);
}

TEST_CASE("day_text names the weekday", "[remind][digest]") {
    CHECK(day_text(d("2026-11-20")) == "Fri 2026-11-20");
    CHECK(day_text(d("2024-03-30")) == "Sat 2024-03-30");
}

TEST_CASE("The manager's summary carries the journal head, an outside record of it", "[remind][digest]") {
    Letterhead l = letterhead();
    l.journal_seq = 42;
    l.journal_head = std::string(64, 'a');
    const std::vector<Result> results{{"jo", "jo@example.org", Outcome::sent, "", {1, 0, 0, 0}, 1}};
    const std::string body = summary_message({"", "manager@example.org"}, results, {}, l).body;
    CHECK(body.find("\nJournal head: event 42, hash " + std::string(64, 'a') + "\n\nThis reminder carries") !=
          std::string::npos);
    CHECK(summary_message({"", "manager@example.org"}, results, {}, letterhead()).body.find("Journal head") ==
          std::string::npos);
    const Grouping g = group_by_owner(sams_items(), people());
    CHECK(digest_message(g.digests.at(0), l).body.find("Journal head") == std::string::npos); // owners' digests: not theirs
}
