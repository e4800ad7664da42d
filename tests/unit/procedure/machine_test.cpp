// plaint/procedure/machine: whether a step is allowed now, whether its
// fields are right, and what it records. Refusals are RefusedError (exit 5)
// and bad fields UsageError (exit 2), with the exact words a handler sees.
//
// | May 2024
// | Mo Tu We Th Fr Sa Su
// |        1  2  3  4  5
// |  6  7  8  9 10 11 12     6 early May bank holiday
// | 13 14 15 16 17 18 19
// | 20 21 22 23 24 25 26
// | 27 28 29 30 31          27 spring bank holiday

#include "plaint/calendar/calendar.hpp"
#include "plaint/core/error.hpp"
#include "plaint/procedure/catalog.hpp"
#include "plaint/procedure/machine.hpp"
#include "plaint/procedure/parse.hpp"
#include "support/dates.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace plaint::procedure;
using plaint::Date;
using plaint::RefusedError;
using plaint::UsageError;
using plaint::test::d;
namespace reg = plaint::reg;
namespace calendar = plaint::calendar;

namespace {

const char* const desk_text = R"(id = "desk"
title = "Desk"
initial = "new"

[states]
new = "New"
open = "Open"
done = { title = "Done", final = true }

[events.ack]
from = ["new"]
to = "open"
kinds = ["complaint"]
fields.method = { required = true, choices = ["letter", "email"] }
fields.offered = { type = "flag" }
fields.note = {}

[events.upgrade]
from = ["new"]
kinds = ["concern"]
set_kind = "complaint"

[events.consent]
from = ["*"]

[events.checklist]
from = ["open"]
fields.evidence = { type = "flag" }
fields.timeline = { type = "flag" }

[events.decide]
from = ["new", "open"]

[events.investigate]
from = ["open"]
requires_checks = ["time-limit"]
requires_gates = ["consent"]
requires_flags = ["checklist.evidence", "checklist.timeline"]

[events.assign]
from = ["*"]
fields.owner = { required = true }

[events.second]
from = ["open"]
fields.owner = { required = true, differs_from = ["logged.owner", "assign.owner"] }

[events.extend]
from = ["open"]
fields.until = { type = "date", required = true }

[events.finish]
from = ["open"]
to = "done"
fields.when = { type = "date" }

[events.note]
from = ["done"]

[gates.consent]
title = "consent of the person it is about"
required_if = { has_party = "on-behalf-of" }
cleared_by = "consent"

[clocks.reply]
start_on = ["logged"]
target = "10 working days"
stop = ["finish"]
extension = { event = "extend", cap = "5 working days", before_expiry = true }

[checks.time-limit]
title = "12-month time limit"
decided_by = "decide"
)";

const Procedure& desk() {
    static const Procedure p = parse(desk_text, "desk.toml");
    return p;
}

// Three states in a row, for steps recorded out of order.
const Procedure& quick() {
    static const Procedure p = parse(R"(id = "quick"
title = "Quick"
initial = "new"
[states]
new = "New"
started = "Started"
finished = { title = "Finished", final = true }
[events.start]
from = ["new"]
to = "started"
[events.note]
from = ["started"]
[events.finish]
from = ["started"]
to = "finished"
)", "quick.toml");
    return p;
}

const Catalog& catalog() {
    static const Catalog c = Catalog::load({});
    return c;
}

const calendar::Calendar& cal() {
    static const calendar::Calendar c = calendar::Calendar::build({});
    return c;
}

// A case and its journal, advanced step by step as the register would.
struct Case {
    const Procedure& p;
    reg::CaseRecord record;
    std::vector<reg::Event> events;

    Case(const Procedure& procedure, const char* received, const char* kind = "complaint", bool on_behalf = false,
         const char* incident = nullptr, const char* owner = nullptr, const char* channel = "email")
        : p(procedure) {
        record.ref = "T-2024-0001";
        record.kind = kind;
        record.procedure = p.id;
        record.state = p.initial;
        record.received = d(received);
        reg::Event e;
        e.type = "logged";
        e.effective_date = d(received);
        e.details = {{"kind", kind}, {"channel", channel}, {"state", p.initial}, {"owner", nullptr}};
        auto parties = nlohmann::json::array({{{"role", "complainant"}}});
        if (on_behalf) parties.push_back({{"role", "on-behalf-of"}});
        e.details["parties"] = parties;
        if (incident) e.details["incident_date"] = incident;
        if (owner) e.details["owner"] = owner;
        events.push_back(e);
    }

    nlohmann::json check(const char* event, const char* on, std::map<std::string, std::string> fields = {},
                         const char* today = nullptr) const {
        return check_step(p, cal(), record, events, {event, d(on), std::move(fields)}, d(today ? today : on));
    }

    // Checks and applies the step.
    nlohmann::json record_step(const char* event, const char* on, std::map<std::string, std::string> fields = {}) {
        auto details = check(event, on, std::move(fields));
        reg::Event e;
        e.type = event;
        e.effective_date = d(on);
        e.details = details;
        events.push_back(e);
        record.state = details["state"].get<std::string>();
        if (details.contains("kind")) record.kind = details["kind"].get<std::string>();
        return details;
    }
};

template <typename E, typename Body>
E error_from(Body&& body) {
    try {
        body();
    } catch (const E& e) {
        return e;
    }
    FAIL("expected an error, but none was thrown");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("steps the procedure does not have, or does not allow now") {
    Case c(desk(), "2024-05-01");
    auto e = error_from<RefusedError>([&] { c.check("acknowledge", "2024-05-01"); });
    CHECK(std::string(e.what()) == "procedure desk has no step 'acknowledge'");
    CHECK(e.hint() == "allowed now (new): ack, consent, decide, assign");

    e = error_from<RefusedError>([&] { c.check("investigate", "2024-05-01"); });
    CHECK(std::string(e.what()) == "investigate is not allowed while the case is new");
    CHECK(e.hint() == "allowed now: ack, consent, decide, assign");

    e = error_from<RefusedError>([&] { c.check("upgrade", "2024-05-01"); });
    CHECK(std::string(e.what()) == "upgrade applies to a concern, and this case is a complaint");

    Case concern(desk(), "2024-05-01", "concern");
    e = error_from<RefusedError>([&] { concern.check("ack", "2024-05-01", {{"method", "letter"}}); });
    CHECK(std::string(e.what()) == "ack applies to a complaint, and this case is a concern");
    CHECK(e.hint() == "allowed now: upgrade, consent, decide, assign");
}

TEST_CASE("what a step records: its fields typed, the state, the kind, closure") {
    Case c(desk(), "2024-05-01", "concern");
    auto details = c.record_step("upgrade", "2024-05-01");
    CHECK(details == nlohmann::json{{"state", "new"}, {"kind", "complaint"}});
    CHECK(c.record.kind == "complaint");

    details = c.record_step("ack", "2024-05-02", {{"method", "letter"}, {"offered", "yes"}, {"note", "by post"}});
    CHECK(details == nlohmann::json{{"method", "letter"}, {"offered", true}, {"note", "by post"}, {"state", "open"}});
    CHECK(c.check("checklist", "2024-05-02", {{"evidence", "no"}, {"timeline", "true"}}) ==
          nlohmann::json{{"evidence", false}, {"timeline", true}, {"state", "open"}});

    // Dates are stored as ISO text; words are read relative to today.
    CHECK(c.check("finish", "2024-05-03", {{"when", "yesterday"}})["when"] == "2024-05-02");
    details = c.record_step("finish", "2024-05-03", {{"when", "2024-05-03"}});
    CHECK(details == nlohmann::json{{"when", "2024-05-03"}, {"state", "done"}, {"closed", true}});

    // In a final state only what the procedure allows there, and no closure twice.
    CHECK(c.record_step("note", "2024-05-04") == nlohmann::json{{"state", "done"}});
    const auto e = error_from<RefusedError>([&] { c.check("assign", "2024-05-04", {{"owner", "ann"}}); });
    CHECK(std::string(e.what()) == "assign is not allowed while the case is done");
    CHECK(e.hint() == "allowed now: note");
    CHECK(allowed_steps(desk(), "done", "complaint") == "note");
}

TEST_CASE("steps are dated on or before today, after receipt and in order") {
    Case c(desk(), "2024-05-01");
    auto e = error_from<UsageError>([&] { c.check("ack", "2024-05-03", {{"method", "letter"}}, "2024-05-02"); });
    CHECK(std::string(e.what()) == "2024-05-03 is in the future: steps are recorded on or after the day they happen");
    e = error_from<UsageError>([&] { c.check("ack", "2024-04-30", {{"method", "letter"}}); });
    CHECK(std::string(e.what()) == "2024-04-30 is before the case was received (2024-05-01)");
    c.record_step("ack", "2024-05-03", {{"method", "letter"}});
    // A step recorded late keeps its true date when the history, in date
    // order, is still valid: consent on Thu 2 May, before the ack of Fri 3.
    CHECK(c.check("consent", "2024-05-02", {}, "2024-05-10")["state"] == "new");
    CHECK_NOTHROW(c.check("consent", "2024-05-03", {}, "2024-05-10"));
    // The checklist is allowed only once the case is open (the ack of 3 May).
    const auto refused = error_from<RefusedError>([&] {
        c.check("checklist", "2024-05-02", {{"evidence", "yes"}}, "2024-05-10");
    });
    CHECK(std::string(refused.what()) == "checklist on 2024-05-02: checklist is not allowed while the case is new then");
    CHECK(refused.hint() == "allowed then: ack, consent, decide, assign");
}

TEST_CASE("a step recorded late must leave every later step valid") {
    // A state-changing step inserted before the checklist would leave it
    // where it is not allowed: refused, naming the step it breaks.
    Case q(quick(), "2024-05-01");
    q.record_step("start", "2024-05-03");
    q.events.back().seq = 2;
    q.record_step("note", "2024-05-09");
    q.events.back().seq = 3;
    const auto e = error_from<RefusedError>([&] { q.check("finish", "2024-05-07", {}, "2024-05-10"); });
    CHECK(std::string(e.what()) == "finish on 2024-05-07 would come before note on 2024-05-09 (event 3), and then "
                                   "note is not allowed while the case is finished");
    CHECK(e.hint() == "steps recorded late must leave the history valid in date order");
    // Recorded in order, the same step is fine.
    CHECK(q.check("finish", "2024-05-09", {}, "2024-05-10")["closed"] == true);
}

TEST_CASE("fields: unknown, missing, and values of the wrong type") {
    Case c(desk(), "2024-05-01");
    auto e = error_from<UsageError>([&] { c.check("ack", "2024-05-01", {{"method", "letter"}, {"colour", "red"}}); });
    CHECK(std::string(e.what()) == "ack takes no field 'colour'");
    CHECK(e.hint() == "its fields are method, offered, note");
    e = error_from<UsageError>([&] { c.check("consent", "2024-05-01", {{"note", "x"}}); });
    CHECK(std::string(e.what()) == "consent takes no field 'note'");
    CHECK(e.hint() == "it takes no fields");
    e = error_from<UsageError>([&] { c.check("ack", "2024-05-01"); });
    CHECK(std::string(e.what()) == "ack needs method");
    CHECK(e.hint() == "method is one of letter, email");
    e = error_from<UsageError>([&] { c.check("ack", "2024-05-01", {{"method", "fax"}}); });
    CHECK(std::string(e.what()) == "method must be one of letter, email, not 'fax'");
    e = error_from<UsageError>([&] { c.check("ack", "2024-05-01", {{"method", "email"}, {"offered", "maybe"}}); });
    CHECK(std::string(e.what()) == "offered must be yes or no, not 'maybe'");
    c.record_step("ack", "2024-05-01", {{"method", "email"}});
    CHECK_THROWS_AS(c.check("finish", "2024-05-01", {{"when", "2024-02-30"}}), UsageError);

    // A required field with a title names both.
    Case nhs(catalog().get("nhs-complaint"), "2024-05-01");
    e = error_from<UsageError>([&] { nhs.check("time-limit-decision", "2024-05-01", {{"decision", "investigate"}}); });
    CHECK(std::string(e.what()) == "time-limit-decision needs good_reason (the complainant had good reason for the delay)");
}

TEST_CASE("differs_from: a different handler") {
    Case c(desk(), "2024-05-01", "complaint", false, nullptr, "ann");
    c.record_step("ack", "2024-05-01", {{"method", "email"}});
    auto e = error_from<RefusedError>([&] { c.check("second", "2024-05-02", {{"owner", "ann"}}); });
    CHECK(std::string(e.what()) == "second: owner must differ from the owner recorded by logged");
    c.record_step("assign", "2024-05-02", {{"owner", "bob"}});
    e = error_from<RefusedError>([&] { c.check("second", "2024-05-02", {{"owner", "bob"}}); });
    CHECK(std::string(e.what()) == "second: owner must differ from the owner recorded by assign");
    CHECK(c.check("second", "2024-05-02", {{"owner", "cat"}})["owner"] == "cat");

    // No owner logged: only the assigned one counts.
    Case unowned(desk(), "2024-05-01");
    unowned.record_step("ack", "2024-05-01", {{"method", "email"}});
    CHECK_NOTHROW(unowned.check("second", "2024-05-01", {{"owner", "ann"}}));
}

TEST_CASE("requires_flags, requires_gates and requires_checks") {
    // Flags: all must be yes, the latest recording of each counting.
    Case c(desk(), "2024-05-01");
    c.record_step("ack", "2024-05-01", {{"method", "email"}});
    auto e = error_from<RefusedError>([&] { c.check("investigate", "2024-05-01"); });
    CHECK(std::string(e.what()) == "investigate needs these recorded first: evidence, timeline");
    c.record_step("checklist", "2024-05-02", {{"evidence", "yes"}});
    e = error_from<RefusedError>([&] { c.check("investigate", "2024-05-02"); });
    CHECK(std::string(e.what()) == "investigate needs these recorded first: timeline");
    c.record_step("checklist", "2024-05-03", {{"timeline", "yes"}, {"evidence", "no"}});
    e = error_from<RefusedError>([&] { c.check("investigate", "2024-05-03"); });
    CHECK(std::string(e.what()) == "investigate needs these recorded first: evidence");
    c.record_step("checklist", "2024-05-03", {{"evidence", "yes"}});
    CHECK(c.check("investigate", "2024-05-03") == nlohmann::json{{"state", "open"}});

    // Gates: only when the case needs them.
    Case behalf(desk(), "2024-05-01", "complaint", true);
    behalf.record_step("ack", "2024-05-01", {{"method", "email"}});
    behalf.record_step("checklist", "2024-05-01", {{"evidence", "yes"}, {"timeline", "yes"}});
    e = error_from<RefusedError>([&] { behalf.check("investigate", "2024-05-02"); });
    CHECK(std::string(e.what()) == "investigate needs these recorded first: consent");
    CHECK(e.hint() == "waiting for consent of the person it is about");
    behalf.record_step("consent", "2024-05-02");
    CHECK_NOTHROW(behalf.check("investigate", "2024-05-02"));

    // Checks: a complaint made after the 12-month limit needs the decision.
    Case late(desk(), "2024-05-01", "complaint", false, "2023-04-30");
    late.record_step("ack", "2024-05-01", {{"method", "email"}});
    late.record_step("checklist", "2024-05-01", {{"evidence", "yes"}, {"timeline", "yes"}});
    e = error_from<RefusedError>([&] { late.check("investigate", "2024-05-02"); });
    CHECK(std::string(e.what()) ==
          "12-month time limit: 12 months after 2023-04-30 is 2024-04-30; received 2024-05-01: late, needs a decision (decide)");
    CHECK(e.hint() == "record the decision first: plaint record REF decide ...");
    late.record_step("decide", "2024-05-02");
    CHECK_NOTHROW(late.check("investigate", "2024-05-02"));

    // Received on the anniversary itself is in time.
    Case in_time(desk(), "2024-04-30", "complaint", false, "2023-04-30");
    in_time.record_step("ack", "2024-04-30", {{"method", "email"}});
    in_time.record_step("checklist", "2024-04-30", {{"evidence", "yes"}, {"timeline", "yes"}});
    CHECK_NOTHROW(in_time.check("investigate", "2024-04-30"));
}

TEST_CASE("extensions: later than the due date, within the cap, before expiry") {
    // Received Wed 1 May 2024: reply due Thu 16 May (Mon 6 a holiday). The
    // cap is 5 working days after it: Fri 17, Mon 20 ... Thu 23.
    Case c(desk(), "2024-05-01");
    c.record_step("ack", "2024-05-02", {{"method", "email"}});
    auto e = error_from<RefusedError>([&] { c.check("extend", "2024-05-10", {{"until", "2024-05-16"}}); });
    CHECK(std::string(e.what()) == "extend to 2024-05-16 moves no deadline: 2024-05-16 is not later than the reply "
                                   "clock's due date 2024-05-16");
    e = error_from<RefusedError>([&] { c.check("extend", "2024-05-10", {{"until", "2024-05-24"}}); });
    CHECK(std::string(e.what()) == "2024-05-24 is beyond the reply extension cap: the latest is 2024-05-23 (5 working "
                                   "days after the original due date 2024-05-16)");
    // Agreed on the due date itself: still before it expired.
    CHECK(c.check("extend", "2024-05-16", {{"until", "2024-05-23"}})["until"] == "2024-05-23");
    e = error_from<RefusedError>([&] { c.check("extend", "2024-05-17", {{"until", "2024-05-23"}}); });
    CHECK(std::string(e.what()) == "extend to 2024-05-23 moves no deadline: the reply clock expired on 2024-05-16: a "
                                   "longer period must be agreed before then");

    // A second extension is measured against the first, and the cap against
    // the original date.
    c.record_step("extend", "2024-05-10", {{"until", "2024-05-20"}});
    e = error_from<RefusedError>([&] { c.check("extend", "2024-05-14", {{"until", "2024-05-17"}}); });
    CHECK(std::string(e.what()) == "extend to 2024-05-17 moves no deadline: 2024-05-17 is not later than the reply "
                                   "clock's due date 2024-05-20");
    CHECK_NOTHROW(c.check("extend", "2024-05-20", {{"until", "2024-05-23"}}));
    e = error_from<RefusedError>([&] { c.check("extend", "2024-05-21", {{"until", "2024-05-23"}}); });
    CHECK(std::string(e.what()) == "extend to 2024-05-23 moves no deadline: the reply clock expired on 2024-05-20: a "
                                   "longer period must be agreed before then");
}

TEST_CASE("the NHS complaint: investigation and response wait for consent and the approved summary") {
    // Seed 004 s.10.5.1 II-III. A verbal complaint on someone's behalf.
    const Procedure& nhs = catalog().get("nhs-complaint");
    Case c(nhs, "2024-05-01", "complaint", true, nullptr, nullptr, "phone");
    c.record_step("acknowledge", "2024-05-02", {{"method", "phone"}});
    auto e = error_from<RefusedError>([&] { c.check("investigate", "2024-05-02"); });
    CHECK(std::string(e.what()) == "investigate needs these recorded first: consent-received, summary-approved");
    CHECK(e.hint() == "waiting for consent of the person the complaint is made for; the complainant's approval of the "
                      "written summary");
    e = error_from<RefusedError>([&] { c.check("respond", "2024-05-02", {{"outcome", "upheld"}}); });
    CHECK(std::string(e.what()) == "respond needs these recorded first: consent-received, summary-approved");
    // A response date agreed at acknowledgement, while the clock waits for
    // consent and the summary (reg 13(7)), is recorded: it then governs.
    CHECK(c.check("agree-response-date", "2024-05-02", {{"until", "2024-07-01"}})["until"] == "2024-07-01");
    c.record_step("consent-received", "2024-05-03");
    e = error_from<RefusedError>([&] { c.check("investigate", "2024-05-03"); });
    CHECK(std::string(e.what()) == "investigate needs these recorded first: summary-approved");
    c.record_step("summary-approved", "2024-05-07");
    CHECK(c.check("investigate", "2024-05-07")["state"] == "investigating");

    // An MP acting for a constituent needs no consent; a letter no summary.
    Case mp(nhs, "2024-05-01", "complaint", true, nullptr, nullptr, "mp");
    mp.record_step("acknowledge", "2024-05-02", {{"method", "letter"}});
    CHECK_NOTHROW(mp.check("investigate", "2024-05-02"));
}

TEST_CASE("two-stage: stage 2 is handled by someone other than the stage 1 handler") {
    const Procedure& two = catalog().get("two-stage");
    Case c(two, "2024-05-01", "complaint", false, nullptr, "ann");
    c.record_step("acknowledge", "2024-05-02", {{"method", "email"}});
    c.record_step("assign", "2024-05-02", {{"owner", "bob"}});
    c.record_step("respond", "2024-05-10", {{"outcome", "not-upheld"}});
    c.record_step("escalate", "2024-05-13", {{"reason", "unhappy"}});
    for (const char* owner : {"ann", "bob"}) {
        const auto e = error_from<RefusedError>([&] { c.check("assign-stage2", "2024-05-13", {{"owner", owner}}); });
        CHECK_THAT(std::string(e.what()), Catch::StartsWith("assign-stage2: owner must differ from the owner recorded by"));
    }
    CHECK(c.check("assign-stage2", "2024-05-13", {{"owner", "cat"}})["owner"] == "cat");

    // Withdrawn: nothing more can happen.
    c.record_step("withdraw", "2024-05-14");
    CHECK(allowed_steps(two, c.record.state, c.record.kind) == "none: the case is closed");
    const auto e = error_from<RefusedError>([&] { c.check("escalate", "2024-05-14", {{"reason", "x"}}); });
    CHECK(std::string(e.what()) == "escalate is not allowed while the case is withdrawn");
    CHECK(e.hint() == "allowed now: none: the case is closed");
}

TEST_CASE("allowed events follow the state and the kind, in definition order") {
    const Procedure& nhs = catalog().get("nhs-complaint");
    auto ids = [&](const char* state, const char* kind) {
        std::vector<std::string> out;
        for (const auto* e : allowed_events(nhs, state, kind)) out.push_back(e->id);
        return out;
    };
    const auto concern = ids("received", "concern");
    CHECK(std::find(concern.begin(), concern.end(), "escalate") != concern.end());
    CHECK(std::find(concern.begin(), concern.end(), "acknowledge") == concern.end());
    const auto complaint = ids("received", "complaint");
    CHECK(complaint.front() == "acknowledge");
    CHECK(std::find(complaint.begin(), complaint.end(), "escalate") == complaint.end());
    CHECK(ids("closed", "complaint") == std::vector<std::string>{"ombudsman-referral", "ombudsman-outcome", "designate-vexatious"});
    CHECK(ids("withdrawn", "complaint").empty());
}
