// plaint/procedure/clocks: clocks and checks as pure functions of a
// procedure, the calendar, a hand-built journal and "today". Every expected
// date is worked out by hand from the month grids below (England and Wales).
//
// | March 2024              | April 2024              | May 2024
// | Mo Tu We Th Fr Sa Su    | Mo Tu We Th Fr Sa Su    | Mo Tu We Th Fr Sa Su
// |              1  2  3    |  1  2  3  4  5  6  7    |        1  2  3  4  5
// |  4  5  6  7  8  9 10    |  8  9 10 11 12 13 14    |  6  7  8  9 10 11 12
// | 11 12 13 14 15 16 17    | 15 16 17 18 19 20 21    | 13 14 15 16 17 18 19
// | 18 19 20 21 22 23 24    | 22 23 24 25 26 27 28    | 20 21 22 23 24 25 26
// | 25 26 27 28 29 30 31    | 29 30                   | 27 28 29 30 31
// 29 Mar Good Friday, 1 Apr Easter Monday, 6 May early May and 27 May spring
// bank holidays.
//
// | June 2024               | July 2024
// | Mo Tu We Th Fr Sa Su    | Mo Tu We Th Fr Sa Su
// |                 1  2    |  1  2  3  4  5  6  7
// |  3  4  5  6  7  8  9    |  8  9 10 11 12 13 14
// | 10 11 12 13 14 15 16    | 15 16 17 18 19 20 21
// | 17 18 19 20 21 22 23    | 22 23 24 25 26 27 28
// | 24 25 26 27 28 29 30    | 29 30 31

#include "plaint/calendar/calendar.hpp"
#include "plaint/procedure/catalog.hpp"
#include "plaint/procedure/clocks.hpp"
#include "plaint/procedure/parse.hpp"
#include "support/dates.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace plaint::procedure;
using plaint::Date;
using plaint::test::d;
namespace reg = plaint::reg;
namespace calendar = plaint::calendar;

namespace {

// A laboratory procedure with one clock of each sort.
const char* const lab_text = R"(id = "lab"
title = "Clock laboratory"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.consent]
from = ["*"]

[events.summary]
from = ["*"]

[events.hold]
from = ["open"]

[events.resume]
from = ["open"]

[events.extend]
from = ["open"]
fields.until = { type = "date", required = true }

[events.meet]
from = ["open"]

[events.plan]
from = ["open"]
fields.date = { type = "date", required = true }

[events.decide]
from = ["open"]

[events.reply]
from = ["open"]

[events.finish]
from = ["open"]
to = "done"

[gates.consent]
title = "consent"
required_if = { has_party = "on-behalf-of", not_channels = ["mp"] }
cleared_by = "consent"

[gates.summary]
title = "approved summary"
required_if = { channels = ["phone", "in-person"] }
cleared_by = "summary"

[clocks.reply]
start_on = ["logged"]
gates = ["consent", "summary"]
target = "10 working days"
warn = "2 working days"
pause = ["hold"]
resume = ["resume"]
stop = ["reply"]
extension = { event = "extend", cap = "5 working days" }

[clocks.meeting]
start_on = ["logged"]
not_before = "5 working days"
target = "10 working days"
stop = ["meet"]

[clocks.half-year]
start_on = ["logged"]
target = "6 months beginning on"
stop = ["reply"]

[clocks.year]
start_on = ["logged"]
target = "12 months"
stop = ["reply"]

[clocks.fortnight]
start_on = ["logged"]
target = "14 calendar days"
pause = ["hold"]
resume = ["resume"]
stop = ["reply"]

[clocks.next-day]
start_on = ["logged"]
receipt = "next-working-day"
target = "3 working days"
stop = ["reply"]

[clocks.milestone]
start_on = ["plan"]
due_from = "plan.date"
warn = "5 working days"
stop = ["finish"]

[checks.time-limit]
title = "12-month time limit"
decided_by = "decide"
)";

const Procedure& lab() {
    static const Procedure p = parse(lab_text, "lab.toml");
    return p;
}

const calendar::Calendar& cal() {
    static const calendar::Calendar c = calendar::Calendar::build({});
    return c;
}

struct Logged {
    const char* received;
    const char* channel = "email";
    bool on_behalf = false;
    const char* kind = "complaint";
    const char* incident = nullptr;
    const char* learned = nullptr;
};

reg::Event logged(const Logged& l) {
    reg::Event e;
    e.seq = 1;
    e.case_ref = "T-2024-0001";
    e.type = "logged";
    e.effective_date = d(l.received);
    e.details = {{"kind", l.kind}, {"channel", l.channel}, {"state", "open"}};
    auto parties = nlohmann::json::array({{{"role", "complainant"}}});
    if (l.on_behalf) parties.push_back({{"role", "on-behalf-of"}});
    e.details["parties"] = parties;
    if (l.incident) e.details["incident_date"] = l.incident;
    if (l.learned) e.details["learned_date"] = l.learned;
    return e;
}

reg::Event step(const char* type, const char* on, nlohmann::json details = nlohmann::json::object()) {
    reg::Event e;
    e.case_ref = "T-2024-0001";
    e.type = type;
    e.effective_date = d(on);
    e.details = std::move(details);
    if (!e.details.contains("state")) e.details["state"] = "open";
    return e;
}

ClockStatus clock(const std::vector<reg::Event>& events, const char* id, const char* today,
                  const Procedure& p = lab()) {
    const auto all = evaluate_clocks(p, cal(), events, d(today));
    auto it = std::find_if(all.begin(), all.end(), [&](const ClockStatus& s) { return s.clock->id == id; });
    REQUIRE(it != all.end());
    // Without explanations (as the projection evaluates them): the same
    // clock in every other respect, in every test of this file.
    const auto quiet = evaluate_clocks(p, cal(), events, d(today), Explain::no);
    REQUIRE(quiet.size() == all.size());
    const ClockStatus& q = quiet[static_cast<std::size_t>(it - all.begin())];
    CHECK(q.explanation.empty());
    CHECK(clock_json(q) == clock_json(*it));
    CHECK(q.state == it->state);
    CHECK(q.early == it->early);
    CHECK(q.working_days_left == it->working_days_left);
    CHECK(q.working_days_late == it->working_days_late);
    return *it;
}

bool explains(const ClockStatus& s, const std::string& line) {
    return std::find(s.explanation.begin(), s.explanation.end(), line) != s.explanation.end();
}

} // namespace

TEST_CASE("received on Easter Saturday: day 0 is the Saturday, Easter Monday is skipped") {
    const std::vector<reg::Event> events{logged({"2024-03-30"})};

    // 10 working days: Tue 2 Apr (1) ... Fri 12 (9), Mon 15 (10).
    auto reply = clock(events, "reply", "2024-04-11");
    CHECK(reply.state == ClockState::running);
    CHECK(reply.start == d("2024-03-30"));
    CHECK(reply.due == d("2024-04-15"));
    CHECK(reply.original_due == d("2024-04-15"));
    CHECK(reply.warning == d("2024-04-11")); // 2 working days before: Fri 12, Thu 11
    CHECK(reply.working_days_left == 2);     // Fri 12, Mon 15
    CHECK(reply.at_risk);
    CHECK(clock_summary(reply) == "2 left, at risk");
    CHECK(explains(reply, "starts on Sat 2024-03-30 (logged)"));
    CHECK(explains(reply, "10 working days after day 0 is Mon 2024-04-15 (skipping 5 weekend days; 2024-04-01 Easter Monday)"));

    reply = clock(events, "reply", "2024-04-10");
    CHECK_FALSE(reply.at_risk);
    CHECK(clock_summary(reply) == "3 left");
    CHECK(clock_summary(clock(events, "reply", "2024-04-15")) == "due today");

    // The other convention: received on a non-working day counts from Tue 2
    // April; +3 is Fri 5 April.
    const auto next = clock(events, "next-day", "2024-04-02");
    CHECK(next.start == d("2024-04-02"));
    CHECK(next.due == d("2024-04-05"));
    CHECK(explains(next, "not a working day: day 0 is Tue 2024-04-02 (next-working-day rule)"));

    // A window: not before 5 working days (Mon 8 April), by 10 (Mon 15).
    const auto meeting = clock(events, "meeting", "2024-04-02");
    CHECK(meeting.window_opens == d("2024-04-08"));
    CHECK(meeting.due == d("2024-04-15"));

    // Calendar periods.
    CHECK(clock(events, "half-year", "2024-04-02").due == d("2024-09-29")); // beginning on 30 Mar: ends 29 Sep
    CHECK(clock(events, "year", "2024-04-02").due == d("2025-03-30"));      // after 30 Mar: 30 Mar next year
    CHECK(clock(events, "fortnight", "2024-04-02").due == d("2024-04-13"));

    // Not started until its event.
    const auto milestone = clock(events, "milestone", "2024-04-02");
    CHECK(milestone.state == ClockState::not_started);
    CHECK_FALSE(milestone.due);
    CHECK(clock_summary(milestone) == "not started");
}

TEST_CASE("months: beginning on and after, at the ends of months") {
    // "6 months beginning on 15 January" ends 14 July; 12 months after
    // 29 February 2024 is 28 February 2025 (no 29th).
    CHECK(clock({logged({"2024-01-15"})}, "half-year", "2024-01-15").due == d("2024-07-14"));
    CHECK(clock({logged({"2024-01-15"})}, "year", "2024-01-15").due == d("2025-01-15"));
    CHECK(clock({logged({"2024-02-29"})}, "year", "2024-02-29").due == d("2025-02-28"));
    CHECK(clock({logged({"2024-08-31"})}, "half-year", "2024-08-31").due == d("2025-02-28"));
    const auto half = clock({logged({"2024-01-15"})}, "half-year", "2024-01-15");
    CHECK(explains(half, "6 months beginning on 2024-01-15 end on Sun 2024-07-14"));
}

TEST_CASE("gates hold a clock back to the later of its start and every gate") {
    // A verbal complaint made on someone's behalf, Mon 22 April 2024.
    std::vector<reg::Event> events{logged({"2024-04-22", "phone", true})};
    auto reply = clock(events, "reply", "2024-04-24");
    CHECK(reply.state == ClockState::waiting);
    CHECK(reply.waiting_for == std::vector<std::string>{"consent", "summary"});
    CHECK_FALSE(reply.start);
    CHECK_FALSE(reply.due);
    CHECK(clock_summary(reply) == "waiting");
    CHECK(explains(reply, "waiting for consent (recorded by consent)"));
    CHECK_FALSE(reply.is_open());

    events.push_back(step("consent", "2024-04-25"));
    reply = clock(events, "reply", "2024-04-26");
    CHECK(reply.waiting_for == std::vector<std::string>{"summary"});

    // Summary approved Mon 29 April: day 0. +10: Tue 30 (1), Wed 1 May (2),
    // Thu 2, Fri 3, [Mon 6 bank holiday], Tue 7 (5) ... Mon 13 (9), Tue 14 (10).
    events.push_back(step("summary", "2024-04-29"));
    reply = clock(events, "reply", "2024-04-29");
    CHECK(reply.state == ClockState::running);
    CHECK(reply.start == d("2024-04-29"));
    CHECK(reply.due == d("2024-05-14"));
    CHECK(explains(reply, "held back to Thu 2024-04-25 until consent (consent)"));
    CHECK(explains(reply, "held back to Mon 2024-04-29 until approved summary (summary)"));

    // The other clocks do not wait.
    CHECK(clock(events, "meeting", "2024-04-29").start == d("2024-04-22"));

    // Consent is not needed when an MP acts for a constituent; an approved
    // summary only for a verbal complaint.
    CHECK(clock({logged({"2024-04-22", "mp", true})}, "reply", "2024-04-22").start == d("2024-04-22"));
    const auto by_email = clock({logged({"2024-04-22", "email", true})}, "reply", "2024-04-22");
    CHECK(by_email.waiting_for == std::vector<std::string>{"consent"});

    // A gate cleared before the start does not move it.
    std::vector<reg::Event> early{logged({"2024-04-22", "in-person"}), step("summary", "2024-04-22")};
    CHECK(clock(early, "reply", "2024-04-22").start == d("2024-04-22"));
}

TEST_CASE("gate conditions read what plaint log recorded") {
    const Gate& consent = *lab().gate("consent");
    const Gate& summary = *lab().gate("summary");
    CHECK(gate_required(consent, logged({"2024-04-22", "letter", true})));
    CHECK_FALSE(gate_required(consent, logged({"2024-04-22", "letter", false})));
    CHECK_FALSE(gate_required(consent, logged({"2024-04-22", "mp", true})));
    CHECK(gate_required(summary, logged({"2024-04-22", "phone"})));
    CHECK(gate_required(summary, logged({"2024-04-22", "in-person"})));
    CHECK_FALSE(gate_required(summary, logged({"2024-04-22", "web"})));
    auto no_channel = logged({"2024-04-22"});
    no_channel.details["channel"] = nullptr;
    CHECK_FALSE(gate_required(summary, no_channel));
    CHECK(gate_required(consent, [] { auto e = logged({"2024-04-22", "email", true}); e.details["channel"] = nullptr; return e; }()));
}

TEST_CASE("a hold pauses the clock: paused working days do not count") {
    // Received Wed 1 May 2024; 10 working days: Thu 2 (1), Fri 3 (2),
    // [Mon 6 holiday], Tue 7 (3) ... Thu 16 (10).
    std::vector<reg::Event> events{logged({"2024-05-01"})};
    CHECK(clock(events, "reply", "2024-05-01").due == d("2024-05-16"));

    // Held Wed 8 May: Thu 2, Fri 3, Tue 7, Wed 8 ran (4); 6 to run.
    events.push_back(step("hold", "2024-05-08"));
    auto reply = clock(events, "reply", "2024-05-10");
    CHECK(reply.state == ClockState::paused);
    CHECK(reply.working_days_left == 6);
    CHECK_FALSE(reply.due); // it depends on when the clock resumes
    CHECK_FALSE(reply.original_due);
    CHECK(clock_summary(reply) == "paused (6 left)");
    CHECK(reply.is_open());
    CHECK(explains(reply, "paused on Wed 2024-05-08 with 6 working days to run"));
    // Still frozen a month later.
    CHECK(clock(events, "reply", "2024-06-10").working_days_left == 6);

    // Resumed Mon 20 May: Thu 9 ... Mon 20 did not count (8 working days).
    // 6 more: Tue 21, Wed 22, Thu 23, Fri 24, [Mon 27 holiday], Tue 28, Wed 29.
    events.push_back(step("resume", "2024-05-20"));
    reply = clock(events, "reply", "2024-05-20");
    CHECK(reply.state == ClockState::running);
    CHECK(reply.due == d("2024-05-29"));
    CHECK(reply.original_due == d("2024-05-29"));
    CHECK(reply.working_days_left == 6);
    CHECK(explains(reply, "paused on Wed 2024-05-08, resumed on Mon 2024-05-20: 8 working days did not count"));

    // A calendar-day clock moves out by the calendar days paused: 15 May + 12.
    CHECK(clock(events, "fortnight", "2024-05-20").due == d("2024-05-27"));
    // Clocks without a pause rule do not stop.
    CHECK(clock(events, "meeting", "2024-05-20").due == d("2024-05-16"));

    // A second hold, Wed 22 to Thu 23: Tue 21, Wed 22 ran (4 left), Thu 23
    // did not count; then Fri 24, Tue 28, Wed 29, Thu 30.
    events.push_back(step("hold", "2024-05-22"));
    events.push_back(step("resume", "2024-05-23"));
    CHECK(clock(events, "reply", "2024-05-23").due == d("2024-05-30"));
}

TEST_CASE("pauses: same-day resumption, resumption without a hold, holds before the start") {
    // Held and resumed the same day: nothing lost.
    std::vector<reg::Event> same{logged({"2024-05-01"}), step("hold", "2024-05-08"), step("resume", "2024-05-08")};
    CHECK(clock(same, "reply", "2024-05-08").due == d("2024-05-16"));

    // A resume with no hold open is ignored; a second hold while held too.
    std::vector<reg::Event> stray{logged({"2024-05-01"}), step("resume", "2024-05-03"), step("hold", "2024-05-08"),
                                  step("hold", "2024-05-09"), step("resume", "2024-05-20")};
    CHECK(clock(stray, "reply", "2024-05-20").due == d("2024-05-29"));

    // Held on the day of receipt (before any working day ran), resumed Mon
    // 13 May: all 10 run from the 13th: 14 ... 24, [27], 28 (10).
    std::vector<reg::Event> at_once{logged({"2024-05-01"}), step("hold", "2024-05-01"), step("resume", "2024-05-13")};
    CHECK(clock(at_once, "reply", "2024-05-13").due == d("2024-05-28"));

    // On a gated clock a hold before the gates cleared does not count: the
    // clock had not started. Phone complaint 1 May, held 2-7 May, summary
    // approved 8 May: day 0 is Wed 8 May; +10 is Wed 22 May.
    std::vector<reg::Event> gated{logged({"2024-05-01", "phone"}), step("hold", "2024-05-02"), step("resume", "2024-05-07"),
                                  step("summary", "2024-05-08")};
    CHECK(clock(gated, "reply", "2024-05-08").due == d("2024-05-22"));
}

TEST_CASE("stopped while on hold: met, not late because of the hold") {
    // Held Wed 8 May with 6 working days to run; the reply is sent (or the
    // case withdrawn) Mon 10 June, still on hold. As if resumed that day:
    // Tue 11, Wed 12, Thu 13, Fri 14, Mon 17, Tue 18 June.
    std::vector<reg::Event> events{logged({"2024-05-01"}), step("hold", "2024-05-08"), step("reply", "2024-06-10")};
    const auto reply = clock(events, "reply", "2024-07-01");
    CHECK(reply.state == ClockState::met);
    CHECK(reply.stopped_on == d("2024-06-10"));
    CHECK(reply.due == d("2024-06-18"));
    CHECK(reply.working_days_late == 0);
    // The same for a calendar-day clock: 15 May + 33 days held = 17 June.
    CHECK(clock(events, "fortnight", "2024-07-01").due == d("2024-06-17"));
    CHECK(clock(events, "fortnight", "2024-07-01").state == ClockState::met);
}

TEST_CASE("extensions: the agreed date replaces the due date, the original is kept") {
    std::vector<reg::Event> events{logged({"2024-05-01"}), step("extend", "2024-05-10", {{"until", "2024-05-24"}})};
    auto reply = clock(events, "reply", "2024-05-20");
    CHECK(reply.due == d("2024-05-24"));
    CHECK(reply.original_due == d("2024-05-16"));
    CHECK(reply.warning == d("2024-05-22")); // Thu 23, Wed 22
    CHECK(explains(reply, "extended to Fri 2024-05-24 (extend recorded on 2024-05-10)"));

    // Breached after the agreed date: Tue 28 is 1 working day late (27 is a holiday).
    reply = clock(events, "reply", "2024-05-28");
    CHECK(reply.state == ClockState::breached);
    CHECK(reply.working_days_late == 1);
    CHECK(reply.working_days_left == -1);
    CHECK(clock_summary(reply) == "1 late");
    CHECK(reply.is_open());

    // A later agreement wins.
    events.push_back(step("extend", "2024-05-20", {{"until", "2024-05-31"}}));
    CHECK(clock(events, "reply", "2024-05-28").due == d("2024-05-31"));
}

TEST_CASE("breaches: open and overdue, or stopped late") {
    std::vector<reg::Event> events{logged({"2024-05-01"})};
    // Due Thu 16 May. On Tue 21: Fri 17, Mon 20, Tue 21 late.
    auto reply = clock(events, "reply", "2024-05-21");
    CHECK(reply.state == ClockState::breached);
    CHECK(reply.working_days_late == 3);
    CHECK(clock_summary(reply) == "3 late");
    // Over the spring bank holiday: on Tue 28 May, 17 20 21 22 23 24 28 = 7.
    CHECK(clock(events, "reply", "2024-05-28").working_days_late == 7);
    // A weekend day after the due date is late by the working days since.
    CHECK(clock(events, "reply", "2024-05-18").working_days_late == 1);

    events.push_back(step("reply", "2024-05-21"));
    reply = clock(events, "reply", "2024-06-30");
    CHECK(reply.state == ClockState::breached);
    CHECK(reply.stopped_on == d("2024-05-21"));
    CHECK(reply.working_days_late == 3); // at the stop, not today
    CHECK(clock_summary(reply) == "met 3 late");
    CHECK_FALSE(reply.is_open());
    CHECK(explains(reply, "stopped on Tue 2024-05-21 (reply): late by 3 working days"));

    // On the due date itself is in time.
    std::vector<reg::Event> on_time{logged({"2024-05-01"}), step("reply", "2024-05-16")};
    reply = clock(on_time, "reply", "2024-06-30");
    CHECK(reply.state == ClockState::met);
    CHECK(clock_summary(reply) == "met");
    CHECK(explains(reply, "stopped on Thu 2024-05-16 (reply): met"));
}

TEST_CASE("windows: stopping before the window opens is met, but early") {
    // Received Wed 1 May: window opens after 5 working days (Thu 9 May),
    // closes after 10 (Thu 16).
    auto meeting = clock({logged({"2024-05-01"}), step("meet", "2024-05-08")}, "meeting", "2024-05-08");
    CHECK(meeting.window_opens == d("2024-05-09"));
    CHECK(meeting.state == ClockState::met);
    CHECK(meeting.early);
    CHECK(clock_summary(meeting) == "met (early)");
    CHECK(explains(meeting, "stopped on Wed 2024-05-08 (meet): met, but before the window opened"));

    meeting = clock({logged({"2024-05-01"}), step("meet", "2024-05-09")}, "meeting", "2024-05-09");
    CHECK(meeting.state == ClockState::met);
    CHECK_FALSE(meeting.early);
}

TEST_CASE("a due date from an event: an indicative timetable") {
    // Milestone due Fri 28 June 2024, at risk 5 working days before: Fri 21.
    std::vector<reg::Event> events{logged({"2024-05-01"}), step("plan", "2024-05-02", {{"date", "2024-06-28"}})};
    auto milestone = clock(events, "milestone", "2024-06-21");
    CHECK(milestone.start == d("2024-05-02"));
    CHECK(milestone.due == d("2024-06-28"));
    CHECK(milestone.warning == d("2024-06-21"));
    CHECK(milestone.at_risk);
    CHECK(milestone.working_days_left == 5);
    CHECK(explains(milestone, "due on the agreed date Fri 2024-06-28"));

    // Revised: the latest date stands.
    events.push_back(step("plan", "2024-06-03", {{"date", "2024-07-31"}}));
    milestone = clock(events, "milestone", "2024-07-01");
    CHECK(milestone.due == d("2024-07-31"));
    CHECK_FALSE(milestone.at_risk);
    // Missed: Thu 1 and Fri 2 August late.
    CHECK(clock(events, "milestone", "2024-08-02").working_days_late == 2);
}

TEST_CASE("closing the case stops every clock still running") {
    // finish moves the case to the final state "done"; the reply clock does
    // not list it, but nothing is due on a closed case.
    std::vector<reg::Event> events{logged({"2024-05-01"}),
                                   step("finish", "2024-05-20", {{"state", "done"}, {"closed", true}})};
    auto reply = clock(events, "reply", "2024-07-01");
    CHECK(reply.stopped_on == d("2024-05-20"));
    CHECK(reply.state == ClockState::breached);
    CHECK(reply.working_days_late == 2); // Fri 17, Mon 20
    CHECK_FALSE(reply.is_open());
    CHECK(explains(reply, "stopped on Mon 2024-05-20 (finish, which closed the case): late by 2 working days"));
    CHECK(clock(events, "meeting", "2024-07-01").stopped_on == d("2024-05-20"));
    CHECK(clock(events, "fortnight", "2024-07-01").stopped_on == d("2024-05-20"));

    // A clock waiting for its gates when the case closes never started.
    std::vector<reg::Event> waiting{logged({"2024-05-01", "phone"}),
                                    step("finish", "2024-05-03", {{"state", "done"}, {"closed", true}})};
    reply = clock(waiting, "reply", "2024-07-01");
    CHECK(reply.state == ClockState::not_started);
    CHECK(reply.stopped_on == d("2024-05-03"));
    CHECK(reply.waiting_for.empty());
    CHECK_FALSE(reply.is_open());
    CHECK(explains(reply, "stopped on Fri 2024-05-03 (finish, which closed the case) before it could start"));
}

TEST_CASE("clocks of a kind: a concern escalated into a complaint") {
    const auto catalog = Catalog::load({});
    const Procedure& nhs = catalog.get("nhs-complaint");
    // | May 2023
    // | Mo Tu We Th Fr Sa Su
    // |  1  2  3  4  5  6  7     1 early May bank holiday
    // |  8  9 10 11 12 13 14     8 coronation of King Charles III
    // | 15 16 17 18 19 20 21
    // | 22 23 24 25 26 27 28
    // | 29 30 31                29 spring bank holiday
    // | June 2023: Thu 1, Fri 2, then Mon 5 ... Fri 9, Mon 12 ... Thu 15
    // A concern on Fri 5 May 2023: resolve by the next working day, Tue 9.
    std::vector<reg::Event> events{logged({"2023-05-05", "email", false, "concern"})};
    events.front().details["state"] = "received";
    auto concern = clock(events, "concern", "2023-05-09", nhs);
    CHECK(concern.due == d("2023-05-09"));
    CHECK(clock(events, "acknowledgement", "2023-05-09", nhs).state == ClockState::not_started);
    CHECK(clock(events, "response", "2023-05-09", nhs).state == ClockState::not_started);

    // Escalated Wed 10 May: the concern clock stops (1 late), the complaint
    // clocks start: acknowledge by Mon 15 (11, 12, 15); respond within 25
    // working days: 11 May (1) ... 26 May (12), [29 May], 30 (13), 31 (14),
    // 1 June (15) ... Thu 15 June (25); the long-stop, 6 months beginning on
    // 10 May, ends 9 November.
    events.push_back(step("escalate", "2023-05-10", {{"state", "received"}, {"kind", "complaint"}, {"reason", "x"}}));
    concern = clock(events, "concern", "2023-05-10", nhs);
    CHECK(concern.state == ClockState::breached);
    CHECK(concern.working_days_late == 1);
    CHECK(clock(events, "acknowledgement", "2023-05-10", nhs).due == d("2023-05-15"));
    CHECK(clock(events, "response", "2023-05-10", nhs).due == d("2023-06-15"));
    CHECK(clock(events, "long-stop", "2023-05-10", nhs).due == d("2023-11-09"));
}

TEST_CASE("checks: the 12-month time limit runs from the later of incident and learning") {
    auto check = [](const Logged& l, std::vector<reg::Event> more = {}) {
        std::vector<reg::Event> events{logged(l)};
        events.insert(events.end(), more.begin(), more.end());
        const auto all = evaluate_checks(lab(), events);
        REQUIRE(all.size() == 1);
        return all.front();
    };
    // 12 months after 29 February 2024 is 28 February 2025.
    auto in_time = check({"2025-02-28", "email", false, "complaint", "2024-02-29"});
    CHECK(in_time.limit == d("2025-02-28"));
    CHECK_FALSE(in_time.applies);
    CHECK(in_time.explanation == "12 months after 2024-02-29 is 2025-02-28; received 2025-02-28: in time");

    auto late = check({"2025-03-01", "email", false, "complaint", "2024-02-29"});
    CHECK(late.applies);
    CHECK_FALSE(late.decided);
    CHECK(late.explanation == "12 months after 2024-02-29 is 2025-02-28; received 2025-03-01: late, needs a decision (decide)");

    // Learned of it later: the later date counts.
    auto learned = check({"2025-03-01", "email", false, "complaint", "2024-02-29", "2024-06-01"});
    CHECK(learned.limit == d("2025-06-01"));
    CHECK_FALSE(learned.applies);

    auto decided = check({"2025-03-01", "email", false, "complaint", "2024-02-29"}, {step("decide", "2025-03-03")});
    CHECK(decided.applies);
    CHECK(decided.decided);
    CHECK(decided.explanation == "12 months after 2024-02-29 is 2025-02-28; received 2025-03-01: late, decision recorded");

    // No incident date: nothing to check.
    auto unknown = check({"2025-03-01"});
    CHECK_FALSE(unknown.applies);
    CHECK_FALSE(unknown.limit);
    CHECK(unknown.explanation.empty());
}

TEST_CASE("the JSON shape of a clock") {
    const auto reply = clock({logged({"2024-03-30"})}, "reply", "2024-04-11");
    const auto doc = clock_json(reply);
    CHECK(doc.dump() ==
          R"({"clock":"reply","title":"reply","status":"running","start":"2024-03-30","due":"2024-04-15",)"
          R"("original_due":"2024-04-15","warning":"2024-04-11","window_opens":null,"stopped_on":null,)"
          R"("working_days_left":2,"working_days_late":0,"at_risk":true,"waiting_for":[],"kind":null,"milestone":null,)"
          R"("early":false,"waiting_since":null,"breach_handled_on":null,"breach_handled_by":null})");
    CHECK(clock_state_id(ClockState::not_started) == "not-started");
    CHECK(clock_state_id(ClockState::breached) == "breached");
}

TEST_CASE("no journal, no clocks") {
    CHECK(evaluate_clocks(lab(), cal(), {}, d("2024-01-01")).empty());
    CHECK(evaluate_checks(lab(), {}).empty());
}
