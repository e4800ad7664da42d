// plaint/casework/next_steps: what a case needs next, per open clock, and
// what else it may take now, worked out from a hand-built procedure and
// journal: acknowledge first; a step blocked by a gate is "awaiting" it;
// resume when paused; the breach handler (a delay letter) for a breach not
// yet dealt with; the shortest way to a state where the clock can be met;
// "also" leaves out steps done once, gates already cleared or not needed,
// decisions not needed and blocked steps.
//
// | May 2024                   | June 2024
// | Mo Tu We Th Fr Sa Su       | Mo Tu We Th Fr Sa Su
// |        1  2  3  4  5       |                 1  2
// |  6  7  8  9 10 11 12       |  3  4  5  6  7  8  9
// | 13 14 15 16 17 18 19       | 10 11 12 13 14 15 16
// | 20 21 22 23 24 25 26       | 17 18 19 20 21 22 23
// | 27 28 29 30 31             | 24 25 26 27 28 29 30
// Mon 6 May early May bank holiday, Mon 27 May spring bank holiday.
//
// Received Wed 1 May 2024: reply (ack) within 3 working days, 2, 3, [6], Tue 7
// May; answer within 10: 2, 3, 7-10, 13-16 May (10): Thu 16 May; long-stop
// within 20: 17, 20-24, [27], 28-31 May (20): Fri 31 May, at risk 5 working
// days before: 30, 29, 28, 24, Thu 23 May.

#include "plaint/calendar/calendar.hpp"
#include "plaint/casework/next_steps.hpp"
#include "plaint/procedure/clocks.hpp"
#include "plaint/procedure/machine.hpp"
#include "plaint/procedure/parse.hpp"
#include "support/builtins.hpp"
#include "support/dates.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

using namespace plaint::procedure;
using plaint::casework::Advice;
using plaint::casework::advise;
using plaint::casework::describe;
using plaint::casework::next_steps_of;
using plaint::casework::NextSteps;
using plaint::test::d;
using plaint::test::england_calendar;
namespace reg = plaint::reg;

namespace {

// "triage" comes before "ack" in the file, but its way to "open" is two
// steps long; "drop" ends the case (a final state is no way forward).
const char* const steps_text = R"(id = "steps"
title = "Steps"
initial = "new"

[states]
new = "New"
sorted = "Sorted"
open = "Open"
answered = "Answered"
done = { title = "Done", final = true }
gone = { title = "Gone", final = true }

[events.drop]
from = ["new", "sorted", "open"]
to = "gone"

[events.triage]
from = ["new"]
to = "sorted"

[events.sort-out]
from = ["sorted"]
to = "open"

[events.ack]
from = ["new"]
to = "open"

[events.consent]
from = ["*"]

[events.apology]
once = true
from = ["new", "open", "answered"]

[events.hold]
sets = "on-hold"
from = ["new", "open"]
fields.reason = { required = true }

[events.resume]
clears = "on-hold"
from = ["new", "open"]

[events.letter]
from = ["new", "open"]

[events.decide]
from = ["new", "open"]

[events.answer]
from = ["open"]
to = "answered"
requires_gates = ["consent"]

[events.finish]
from = ["answered"]
to = "done"

[gates.consent]
title = "consent of the person it is about"
required_if = { has_party = "on-behalf-of" }
cleared_by = "consent"

[clocks.reply]
start_on = ["logged"]
target = "3 working days"
stop = ["ack", "drop"]

[clocks.answer]
start_on = ["logged"]
gates = ["consent"]
target = "10 working days"
pause = ["hold"]
resume = ["resume"]
stop = ["answer", "drop"]

[clocks.long-stop]
start_on = ["logged"]
target = "20 working days"
warn = "5 working days"
stop = ["answer", "drop"]
breach_handled_by = ["letter"]

[checks.time-limit]
title = "12-month time limit"
decided_by = "decide"
)";

const Procedure& steps() {
    static const Procedure p = parse(steps_text, "steps.toml");
    return p;
}

// A case and its journal, advanced step by step as the register would.
struct Case {
    const Procedure& p;
    reg::CaseRecord record;
    std::vector<reg::Event> events;

    explicit Case(const char* received, bool on_behalf = false) : p(steps()) {
        record.ref = "T-2024-0001";
        record.kind = "complaint";
        record.procedure = p.id;
        record.state = p.initial;
        record.received = d(received);
        reg::Event e;
        e.type = "logged";
        e.effective_date = d(received);
        e.details = {{"kind", "complaint"}, {"channel", "email"}, {"state", p.initial}, {"owner", nullptr}};
        auto parties = nlohmann::json::array({{{"role", "complainant"}}});
        if (on_behalf) parties.push_back({{"role", "on-behalf-of"}});
        e.details["parties"] = parties;
        events.push_back(e);
    }

    void record_step(const char* event, const char* on, std::map<std::string, std::string> fields = {}) {
        auto details = check_step(p, england_calendar(), record, events, {event, d(on), std::move(fields)}, d(on));
        reg::Event e;
        e.type = event;
        e.effective_date = d(on);
        e.details = details;
        events.push_back(e);
        record.state = details["state"].get<std::string>();
    }

    std::vector<ClockStatus> clocks(const char* today) const {
        return evaluate_clocks(p, england_calendar(), events, d(today));
    }

    ClockStatus clock(const char* id, const char* today) const {
        for (const auto& s : clocks(today))
            if (s.clock->id == id) return s;
        FAIL("no clock " << id);
        return {};
    }

    Advice advice(const char* clock_id, const char* today) const {
        return advise(p, record, events, clock(clock_id, today));
    }

    NextSteps next(const char* today) const { return next_steps_of(p, record, events, clocks(today)); }
};

std::vector<std::string> needed(const NextSteps& n) {
    std::vector<std::string> out;
    for (const auto& a : n.needed) out.push_back(a.step);
    return out;
}

std::vector<std::string> also(const NextSteps& n) {
    std::vector<std::string> out;
    for (const auto* e : n.also) out.push_back(e->id);
    return out;
}

bool has(const std::vector<std::string>& list, const char* id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

} // namespace

TEST_CASE("a new case: every clock's next step is the acknowledgement", "[next-steps]") {
    Case c("2024-05-01");
    // The reply clock is met by ack itself; the answer and long-stop clocks
    // are met by answer, which is allowed only once open: the first step of
    // the shortest way there is ack (not triage, defined first but two steps
    // long, and not drop, which ends the case).
    const auto reply = c.advice("reply", "2024-05-01");
    CHECK(reply.step == "ack");
    CHECK_FALSE(reply.blocked);
    CHECK(reply.waiting_for.empty());
    CHECK(c.advice("answer", "2024-05-01").step == "ack");
    CHECK(c.advice("long-stop", "2024-05-01").step == "ack");
    CHECK(describe(steps(), c.advice("answer", "2024-05-01")) == "ack");

    // Each step once, in clock order.
    const auto n = c.next("2024-05-01");
    CHECK(needed(n) == std::vector<std::string>{"ack"});
}

TEST_CASE("the shortest way forward, from a state with a longer way", "[next-steps]") {
    Case c("2024-05-01");
    c.record_step("triage", "2024-05-01");
    // From sorted the only way on to open is sort-out.
    CHECK(c.advice("answer", "2024-05-02").step == "sort-out");
    c.record_step("sort-out", "2024-05-02");
    CHECK(c.advice("answer", "2024-05-02").step == "answer");
    // Once answered nothing more is needed for the clocks that answer stopped.
    c.record_step("answer", "2024-05-03");
    const auto n = c.next("2024-05-03");
    CHECK(needed(n).empty());
    CHECK(also(n) == std::vector<std::string>{"apology", "finish"});
}

TEST_CASE("a clock waiting for a gate is awaiting the step that clears it", "[next-steps]") {
    Case c("2024-05-01", /*on_behalf=*/true);
    const auto answer = c.clock("answer", "2024-05-01");
    CHECK(answer.state == ClockState::waiting);
    const auto a = c.advice("answer", "2024-05-01");
    CHECK(a.step == "consent");
    CHECK(a.blocked);
    CHECK(a.waiting_for == std::vector<std::string>{"consent"});
    CHECK(describe(steps(), a) == "awaiting consent of the person it is about");

    // Open, the long-stop's next step (answer) is allowed by state but blocked
    // by the gate: shown as awaiting, not as answer.
    c.record_step("ack", "2024-05-02");
    const auto l = c.advice("long-stop", "2024-05-02");
    CHECK(l.blocked);
    CHECK(l.step == "consent");
    CHECK(l.waiting_for == std::vector<std::string>{"consent"});
    const auto n = c.next("2024-05-02");
    REQUIRE(n.needed.size() == 1);
    CHECK(n.needed[0].blocked);
    // Blocked steps are not offered as also allowed.
    CHECK_FALSE(has(also(n), "answer"));

    // Consent in: nothing awaited, the answer is the next step.
    c.record_step("consent", "2024-05-03");
    const auto after = c.advice("answer", "2024-05-03");
    CHECK(after.step == "answer");
    CHECK_FALSE(after.blocked);
    CHECK(after.waiting_for.empty());
    const auto m = c.next("2024-05-03");
    CHECK(needed(m) == std::vector<std::string>{"answer"});
    // The gate is cleared: consent is not offered again.
    CHECK_FALSE(has(also(m), "consent"));
}

TEST_CASE("a paused clock needs the resume, and hold is not offered while held", "[next-steps]") {
    Case c("2024-05-01");
    c.record_step("ack", "2024-05-02");
    c.record_step("hold", "2024-05-03", {{"reason", "police"}});
    CHECK(c.clock("answer", "2024-05-07").state == ClockState::paused);
    CHECK(c.advice("answer", "2024-05-07").step == "resume");
    const auto n = c.next("2024-05-07");
    // The answer clock needs resume; the long-stop (which does not pause) answer.
    CHECK(needed(n) == std::vector<std::string>{"resume", "answer"});
    CHECK_FALSE(has(also(n), "hold"));
    CHECK_FALSE(has(also(n), "resume"));

    c.record_step("resume", "2024-05-08");
    const auto m = c.next("2024-05-08");
    CHECK(needed(m) == std::vector<std::string>{"answer"});
    CHECK(has(also(m), "hold"));
    CHECK_FALSE(has(also(m), "resume"));
}

TEST_CASE("a breach not dealt with needs its handler; once dealt with, the way forward", "[next-steps]") {
    Case c("2024-05-01");
    c.record_step("ack", "2024-05-02");
    // Mon 3 June: the long-stop (Fri 31 May) is breached, 1 working day late.
    const auto l = c.clock("long-stop", "2024-06-03");
    REQUIRE(l.state == ClockState::breached);
    CHECK(l.due == d("2024-05-31"));
    CHECK(l.warning == d("2024-05-23"));
    CHECK(l.breach_unhandled());
    CHECK(c.advice("long-stop", "2024-06-03").step == "letter");
    // The answer clock, breached too but with no handler, needs the answer.
    CHECK(c.advice("answer", "2024-06-03").step == "answer");
    CHECK(needed(c.next("2024-06-03")) == std::vector<std::string>{"answer", "letter"});

    // The letter on Mon 3 June deals with it: still breached, no longer the step.
    c.record_step("letter", "2024-06-03");
    const auto handled = c.clock("long-stop", "2024-06-03");
    CHECK(handled.state == ClockState::breached);
    CHECK(handled.breach_handled_on == d("2024-06-03"));
    CHECK_FALSE(handled.breach_unhandled());
    CHECK(c.advice("long-stop", "2024-06-03").step == "answer");
    CHECK(needed(c.next("2024-06-03")) == std::vector<std::string>{"answer"});
}

TEST_CASE("a letter sent before the clock was at risk does not deal with its breach", "[next-steps]") {
    Case c("2024-05-01");
    c.record_step("ack", "2024-05-02");
    c.record_step("letter", "2024-05-10"); // before the warning of Thu 23 May
    const auto l = c.clock("long-stop", "2024-06-03");
    CHECK(l.state == ClockState::breached);
    CHECK_FALSE(l.breach_handled_on);
    CHECK(c.advice("long-stop", "2024-06-03").step == "letter");
}

TEST_CASE("also allowed leaves out steps done once, gates cleared or not needed, and decisions not needed",
          "[next-steps]") {
    Case c("2024-05-01");
    auto n = c.next("2024-05-01");
    // New, no consent needed (not on anyone's behalf), no time limit to decide
    // (no incident date): ack is needed; consent and decide are not offered.
    CHECK(needed(n) == std::vector<std::string>{"ack"});
    CHECK(also(n) == std::vector<std::string>{"drop", "triage", "apology", "hold", "letter"});

    c.record_step("apology", "2024-05-01");
    n = c.next("2024-05-01");
    CHECK_FALSE(has(also(n), "apology")); // recorded once already
    CHECK(also(n) == std::vector<std::string>{"drop", "triage", "hold", "letter"});

    // On someone's behalf, consent is offered until it is in (as the awaited
    // step of the answer clock once open, and not twice).
    Case b("2024-05-01", /*on_behalf=*/true);
    b.record_step("ack", "2024-05-02");
    auto m = b.next("2024-05-02");
    CHECK(needed(m) == std::vector<std::string>{"consent"});
    CHECK_FALSE(has(also(m), "consent"));
    b.record_step("consent", "2024-05-03");
    m = b.next("2024-05-03");
    CHECK_FALSE(has(also(m), "consent"));
    CHECK_FALSE(has(also(m), "decide"));
}
