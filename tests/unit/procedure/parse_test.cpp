// plaint/procedure/parse and validate: durations, and one deliberately broken
// procedure per error, each with the exact "origin:line: what" message a
// person writing their own procedure file would see.

#include "plaint/core/error.hpp"
#include "plaint/procedure/catalog.hpp"
#include "plaint/procedure/parse.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace plaint::procedure;
using plaint::DataError;

namespace {

// The message of the DataError that parsing `text` as "t.toml" throws.
std::string error_of(const std::string& text) {
    try {
        parse(text, "t.toml");
    } catch (const DataError& e) {
        return e.what();
    }
    FAIL("expected a DataError, but the procedure parsed");
    return {};
}

std::string duration_error(const std::string& text) {
    try {
        parse_duration(text, "clock \"x\".target");
    } catch (const DataError& e) {
        return e.what();
    }
    FAIL("expected a DataError for \"" << text << "\"");
    return {};
}

// The smallest valid procedure; the broken ones below are variations of it.
//  1 id = "mini"
//  5 [states]          6 open          7 done (final)
//  9 [events.finish]   open -> done
// 13 [clocks.reply]    5 working days from logged, stopped by finish
const char* const mini = R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.finish]
from = ["open"]
to = "done"

[clocks.reply]
start_on = ["logged"]
target = "5 working days"
stop = ["finish"]
)";

} // namespace

TEST_CASE("durations: working days, calendar days and months") {
    auto d = parse_duration("25 working days", "");
    CHECK(d.unit == Duration::Unit::working_days);
    CHECK(d.amount == 25);
    CHECK_FALSE(d.beginning_on);
    CHECK(d.describe() == "25 working days");

    d = parse_duration("1 working day", "");
    CHECK(d.amount == 1);
    CHECK(d.describe() == "1 working day");

    d = parse_duration("28 calendar days", "");
    CHECK(d.unit == Duration::Unit::calendar_days);
    CHECK(d.describe() == "28 calendar days");
    CHECK(parse_duration("1 calendar day", "").describe() == "1 calendar day");

    d = parse_duration("6 months", "");
    CHECK(d.unit == Duration::Unit::months);
    CHECK_FALSE(d.beginning_on);
    CHECK(d.describe() == "6 months after");

    d = parse_duration("6 months beginning on", "");
    CHECK(d.beginning_on);
    CHECK(d.describe() == "6 months beginning on");
    CHECK(parse_duration("1 month", "").describe() == "1 month after");

    // Surrounding and inner spaces are forgiven; zero is a duration (same day).
    CHECK(parse_duration("  3   working days ", "").amount == 3);
    CHECK(parse_duration("0 working days", "").amount == 0);
    CHECK(parse_duration("9999 calendar days", "").amount == 9999);
}

TEST_CASE("durations: what is not one says how to write one") {
    const std::string how = "(say \"3 working days\", \"28 calendar days\", \"6 months\" or \"6 months beginning on\")";
    CHECK(duration_error("25 work days") == "clock \"x\".target: \"25 work days\" is not a duration " + how);
    CHECK(duration_error("twenty working days") == "clock \"x\".target: \"twenty working days\" is not a duration " + how);
    CHECK(duration_error("-3 working days") == "clock \"x\".target: \"-3 working days\" is not a duration " + how);
    CHECK(duration_error("3") == "clock \"x\".target: \"3\" is not a duration " + how);
    CHECK(duration_error("") == "clock \"x\".target: \"\" is not a duration " + how);
    CHECK(duration_error("10000 working days") == "clock \"x\".target: \"10000 working days\" is not a duration " + how);
    CHECK(duration_error("3 weeks") == "clock \"x\".target: \"3 weeks\" is not a duration " + how);
    CHECK(duration_error("5 working days beginning on") == "clock \"x\".target: \"beginning on\" applies to months only");
    // Without a place, the message starts with the text itself.
    try {
        parse_duration("soon", "");
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()) == "\"soon\" is not a duration " + how);
    }
}

TEST_CASE("the smallest procedure parses, with its identity") {
    const Procedure p = parse(mini, "t.toml");
    CHECK(p.id == "mini");
    CHECK(p.initial == "open");
    REQUIRE(p.states.size() == 2);
    CHECK(p.states[0].id == "open");
    CHECK(p.states[0].line == 6);
    CHECK(p.states[1].final);
    REQUIRE(p.events.size() == 1);
    CHECK(p.events[0].title == "finish"); // the id when no title is given
    REQUIRE(p.clocks.size() == 1);
    CHECK(p.clocks[0].target->describe() == "5 working days");
    CHECK(p.source == "t.toml");
    CHECK(p.text == mini);
    CHECK(p.hash.size() == 64);
    // The same text always has the same hash; any edit changes it.
    CHECK(parse(mini, "elsewhere.toml").hash == p.hash);
    CHECK(parse(std::string(mini) + "# a comment\n", "t.toml").hash != p.hash);
}

TEST_CASE("the built-in procedures parse and validate") {
    const auto catalog = Catalog::load({});
    REQUIRE(catalog.all().size() == 4);
    for (const char* id : {"nhs-complaint", "choice-qualification", "integrated-care-licence", "two-stage"}) {
        const Procedure* p = catalog.find(id);
        REQUIRE(p != nullptr);
        CHECK(p->source == std::string("builtin:") + id + ".toml");
    }
    try {
        catalog.get("nhs");
        FAIL("no error");
    } catch (const plaint::UsageError& e) {
        CHECK(std::string(e.what()) == "unknown procedure 'nhs'");
        CHECK(e.hint() == "procedures are choice-qualification, integrated-care-licence, nhs-complaint, two-stage");
    }
}

TEST_CASE("a TOML syntax error is origin:line:column") {
    CHECK(error_of("id = \"mini\"\ntitle = \"Mini\ninitial = \"open\"\n") ==
          "t.toml:2:14: Error while parsing string: unescaped control characters other than TAB (U+0009) are "
          "explicitly prohibited");
    CHECK(error_of("id = \"mini\"\n[states\n") ==
          "t.toml:2:8: Error while parsing table header: expected ']', saw '\\n'");
    CHECK(error_of("id = \"a\"\nid = \"b\"\n") ==
          "t.toml:2:6: Error while parsing key-value pair: cannot redefine existing string 'id'");
}

TEST_CASE("unknown keys are errors with their line, not ignored") {
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"
colour = "red"
)") == "t.toml:4: unknown key \"colour\" in the procedure");

    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.finish]
form = ["open"]
to = "done"
)") == "t.toml:10: unknown key \"form\" in event \"finish\"");

    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true, colour = "red" }
)") == "t.toml:7: unknown key \"colour\" in state \"done\"");

    CHECK(error_of(std::string(mini) + "warning = \"2 working days\"\n") ==
          "t.toml:17: unknown key \"warning\" in clock \"reply\"");
    CHECK(error_of(std::string(mini) + "extension = { event = \"finish\", limit = \"5 working days\" }\n") ==
          "t.toml:17: unknown key \"limit\" in clock \"reply\".extension");
}

TEST_CASE("required parts of a procedure") {
    CHECK(error_of(R"(id = "mini"
title = "Mini"

[states]
open = "Open"
)") == "t.toml:1: the procedure needs \"initial\"");
    CHECK(error_of("title = \"Mini\"\ninitial = \"open\"\n") == "t.toml:1: the procedure needs \"id\"");
    CHECK(error_of("id = \"mini\"\ninitial = \"open\"\n") == "t.toml:1: the procedure needs \"title\"");
    CHECK(error_of("id = \"Mini Procedure\"\ntitle = \"Mini\"\ninitial = \"open\"\n") ==
          "t.toml:1: procedure id \"Mini Procedure\" must be lower-case letters, digits and hyphens");
    CHECK(error_of("id = \"mini\"\ntitle = \"Mini\"\ninitial = \"open\"\n") == "t.toml:1: a procedure needs [states]");
    CHECK(error_of("id = \"mini\"\ntitle = \"Mini\"\ninitial = \"open\"\n[states]\nopen = \"Open\"\n") ==
          "t.toml:1: a procedure needs [events]");
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "start"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.finish]
from = ["open"]
to = "done"
)") == "t.toml: the initial state \"start\" is not defined in [states]");
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = "Done"

[events.finish]
from = ["open"]
to = "done"
)") == "t.toml: no state is final: mark at least one with final = true");
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.finish]
to = "done"
)") == "t.toml:9: event \"finish\" needs \"from\": the states it is allowed in");
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.logged]
from = ["open"]
to = "done"
)") == "t.toml:9: \"logged\" is recorded by 'plaint log' and cannot be defined");
}

TEST_CASE("unknown states in from and to") {
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.finish]
from = ["opne"]
to = "done"
)") == "t.toml:9: event \"finish\": unknown state \"opne\" in from");
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.finish]
from = ["open"]
to = "finished"
)") == "t.toml:9: event \"finish\": unknown state \"finished\" in to");
}

TEST_CASE("the state graph: reachable, a way out, nothing leaves a final state") {
    // limbo (line 8) has a way out, but nothing leads in.
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }
limbo = "Limbo"

[events.finish]
from = ["open", "limbo"]
to = "done"
)") == "t.toml:8: state \"limbo\" is not reachable from \"open\"");

    // stuck (line 8) can be reached and never left.
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }
stuck = "Stuck"

[events.finish]
from = ["open"]
to = "done"

[events.park]
from = ["open"]
to = "stuck"

[events.note]
from = ["stuck"]
)") == "t.toml:8: state \"stuck\" has no way out and is not final");

    // An event that loops back to its own state is no way out either.
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }
stuck = "Stuck"

[events.finish]
from = ["open"]
to = "done"

[events.park]
from = ["open", "stuck"]
to = "stuck"
)") == "t.toml:8: state \"stuck\" has no way out and is not final");

    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.finish]
from = ["open"]
to = "done"

[events.reopen]
from = ["done"]
to = "open"
)") == "t.toml:13: event \"reopen\" leads out of final state \"done\"");

    // "*" means every state that is not final, so it never reopens a case;
    // events that keep the state are allowed in final states.
    CHECK_NOTHROW(parse(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.finish]
from = ["open"]
to = "done"

[events.back]
from = ["*"]
to = "open"

[events.note]
from = ["done"]
)", "t.toml"));
}

TEST_CASE("clocks must name known events and be able to start and stop") {
    const std::string head = R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.finish]
from = ["open"]
to = "done"
fields.note = {}

[clocks.reply]
)";
    // The clock's table starts on line 14.
    CHECK(error_of(head + "start_on = [\"logd\"]\ntarget = \"5 working days\"\nstop = [\"finish\"]\n") ==
          "t.toml:14: clock \"reply\": unknown event \"logd\" in start_on");
    CHECK(error_of(head + "start_on = [\"logged\"]\ntarget = \"5 working days\"\nstop = [\"finsh\"]\n") ==
          "t.toml:14: clock \"reply\": unknown event \"finsh\" in stop");
    CHECK(error_of(head + "start_on = [\"logged\"]\ntarget = \"5 working days\"\nstop = [\"finish\"]\npause = [\"hold\"]\nresume = [\"finish\"]\n") ==
          "t.toml:14: clock \"reply\": unknown event \"hold\" in pause");
    CHECK(error_of(head + "start_on = [\"logged\"]\ntarget = \"5 working days\"\nstop = [\"finish\"]\npause = [\"finish\"]\nresume = [\"resume\"]\n") ==
          "t.toml:14: clock \"reply\": unknown event \"resume\" in resume");
    CHECK(error_of(head + "start_on = []\ntarget = \"5 working days\"\nstop = [\"finish\"]\n") ==
          "t.toml:14: clock \"reply\" can never start: start_on is empty");
    CHECK(error_of(head + "start_on = [\"logged\"]\ntarget = \"5 working days\"\n") ==
          "t.toml:14: clock \"reply\" can never stop: stop is empty");
    CHECK(error_of(head + "start_on = [\"logged\"]\ntarget = \"5 working days\"\nstop = [\"finish\"]\npause = [\"finish\"]\n") ==
          "t.toml:14: clock \"reply\": pause and resume go together");
    CHECK(error_of(head + "start_on = [\"logged\"]\ntarget = \"5 working days\"\nstop = [\"finish\"]\nresume = [\"finish\"]\n") ==
          "t.toml:14: clock \"reply\": pause and resume go together");
    CHECK(error_of(head + "start_on = [\"logged\"]\nstop = [\"finish\"]\n") ==
          "t.toml:14: clock \"reply\" needs a target or due_from");
    CHECK(error_of(head + "start_on = [\"logged\"]\ntarget = \"5 work days\"\nstop = [\"finish\"]\n") ==
          "t.toml:16: clock \"reply\".target: \"5 work days\" is not a duration (say \"3 working days\", \"28 calendar "
          "days\", \"6 months\" or \"6 months beginning on\")");
    CHECK(error_of(head + "start_on = [\"logged\"]\ntarget = \"5 working days\"\nstop = [\"finish\"]\nreceipt = \"monday\"\n") ==
          "t.toml:18: clock \"reply\": receipt must be day-zero or next-working-day");
    CHECK(error_of(head + "start_on = [\"logged\"]\ntarget = 5\nstop = [\"finish\"]\n") ==
          "t.toml:16: clock \"reply\".target must be a string");
}

TEST_CASE("a clock that no reachable state can start") {
    // "*" covers the states that are not final; here the only state is final.
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "done"

[states]
done = { title = "Done", final = true }

[events.ping]
from = ["*"]

[clocks.reply]
start_on = ["ping"]
target = "5 working days"
stop = ["ping"]
)") == "t.toml:11: clock \"reply\" can never start: no reachable state allows ping");
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "done"

[states]
done = { title = "Done", final = true }

[events.ping]
from = ["*"]

[clocks.reply]
start_on = ["logged"]
target = "5 working days"
stop = ["ping"]
)") == "t.toml:11: clock \"reply\" can never stop: no reachable state allows ping");
}

TEST_CASE("due_from must be a date field of an event") {
    const std::string head = R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.plan]
from = ["open"]
fields.date = { type = "date" }
fields.note = {}

[events.finish]
from = ["open"]
to = "done"

[clocks.milestone]
start_on = ["plan"]
stop = ["finish"]
)";
    CHECK_NOTHROW(parse(head + "due_from = \"plan.date\"\n", "t.toml"));
    CHECK(error_of(head + "due_from = \"plan.note\"\n") ==
          "t.toml:18: clock \"milestone\": due_from \"plan.note\" is not a date field of an event");
    CHECK(error_of(head + "due_from = \"plan\"\n") ==
          "t.toml:18: clock \"milestone\": due_from \"plan\" is not a date field of an event");
    CHECK(error_of(head + "due_from = \"meeting.date\"\n") ==
          "t.toml:18: clock \"milestone\": due_from \"meeting.date\" is not a date field of an event");
}

TEST_CASE("an extension names an event with a date field until") {
    const std::string head = R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.extend]
from = ["open"]
fields.until = { type = "text" }

[events.finish]
from = ["open"]
to = "done"

[clocks.reply]
start_on = ["logged"]
target = "5 working days"
stop = ["finish"]
)";
    CHECK(error_of(head + "extension = { event = \"agree\" }\n") == "t.toml:17: clock \"reply\": unknown extension event \"agree\"");
    CHECK(error_of(head + "extension = { event = \"extend\" }\n") ==
          "t.toml:9: event \"extend\" extends clock \"reply\" and needs a date field \"until\"");
    CHECK(error_of(head + "extension = { event = \"finish\" }\n") ==
          "t.toml:13: event \"finish\" extends clock \"reply\" and needs a date field \"until\"");
    CHECK(error_of(head + "extension = { cap = \"5 working days\" }\n") == "t.toml:21: clock \"reply\".extension needs \"event\"");
    CHECK(error_of(head + "extension = { event = \"extend\", cap = \"ten working days\" }\n") ==
          "t.toml:21: clock \"reply\".extension.cap: \"ten working days\" is not a duration (say \"3 working days\", "
          "\"28 calendar days\", \"6 months\" or \"6 months beginning on\")");
}

TEST_CASE("gates, checks, flags and differs_from must resolve") {
    const std::string states = R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

)";
    // Line 9 onwards.
    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"

[clocks.reply]
start_on = ["logged"]
gates = ["consent"]
target = "5 working days"
stop = ["finish"]
)") == "t.toml:13: clock \"reply\": unknown gate \"consent\"");

    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"
requires_gates = ["consent"]
)") == "t.toml:9: event \"finish\": unknown gate \"consent\" in requires_gates");

    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"

[gates.consent]
cleared_by = "consent-received"
)") == "t.toml:13: gate \"consent\": unknown event \"consent-received\" in cleared_by");

    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"

[gates.consent]
title = "consent"
)") == "t.toml:13: gate \"consent\" needs \"cleared_by\": the events that clear it");

    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"
requires_checks = ["time"]
)") == "t.toml:9: event \"finish\": unknown check \"time\"");

    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"

[checks.time-limit]
decided_by = "decide"
)") == "t.toml:13: check \"time-limit\": unknown event \"decide\" in decided_by");

    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"

[checks.time-limit]
months = 0
decided_by = "finish"
)") == "t.toml:14: check \"time-limit\".months must be a whole number of months, 1-120");

    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"
requires_flags = ["finish.note"]
fields.note = {}
)") == "t.toml:9: event \"finish\": requires_flags \"finish.note\" is not an event's flag field");

    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"
requires_flags = ["finish"]
)") == "t.toml:9: event \"finish\": requires_flags \"finish\" is not an event's flag field");

    // logged.owner can be compared, but is never a flag.
    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"
requires_flags = ["logged.owner"]
)") == "t.toml:9: event \"finish\": requires_flags \"logged.owner\" is not an event's flag field");

    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"
fields.owner = { differs_from = ["assign.owner"] }
)") == "t.toml:12: event \"finish\" field \"owner\": differs_from \"assign.owner\" is not an event's field");

    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"
fields.owner = { differs_from = ["logged.complainant"] }
)") == "t.toml:12: event \"finish\" field \"owner\": differs_from \"logged.complainant\" is not an event's field");

    CHECK_NOTHROW(parse(states + R"([events.finish]
from = ["open"]
to = "done"
fields.owner = { differs_from = ["logged.owner", "finish.owner"] }
)", "t.toml"));
}

TEST_CASE("kinds, channels and party roles are the ones plaint log records") {
    const std::string states = R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

)";
    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"
kinds = ["complaints"]
)") == "t.toml:9: event \"finish\": unknown kind \"complaints\" (kinds are concern, complaint, compliment)");
    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"
set_kind = "formal"
)") == "t.toml:9: event \"finish\": unknown kind \"formal\" (kinds are concern, complaint, compliment)");
    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"

[clocks.reply]
start_on = ["logged"]
kinds = ["concerns"]
target = "5 working days"
stop = ["finish"]
)") == "t.toml:13: clock \"reply\": unknown kind \"concerns\" (kinds are concern, complaint, compliment)");
    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"

[gates.summary]
required_if = { channels = ["telephone"] }
cleared_by = "finish"
)") == "t.toml:13: gate \"summary\": unknown channel \"telephone\" (channels are letter, email, phone, in-person, web, mp, advocate)");
    CHECK(error_of(states + R"([events.finish]
from = ["open"]
to = "done"

[gates.consent]
required_if = { has_party = "patient" }
cleared_by = "finish"
)") == "t.toml:13: gate \"consent\": unknown party role \"patient\" (party roles are complainant, on-behalf-of)");
}

TEST_CASE("fields: types and choices") {
    const std::string states = R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.finish]
from = ["open"]
to = "done"
)";
    CHECK(error_of(states + "fields.when = { type = \"datetime\" }\n") ==
          "t.toml:12: event \"finish\" field \"when\": type must be text, date, choice or flag, not \"datetime\"");
    CHECK(error_of(states + "fields.outcome = { type = \"choice\" }\n") ==
          "t.toml:12: event \"finish\" field \"outcome\": a choice field needs choices");
    CHECK(error_of(states + "fields.outcome = { required = \"yes\" }\n") ==
          "t.toml:12: event \"finish\" field \"outcome\".required must be true or false");
    CHECK(error_of(states + "fields.outcome = \"upheld\"\n") == "t.toml:12: event \"finish\" field \"outcome\" must be a table");
    const Procedure p = parse(states + "fields.outcome = { choices = [\"upheld\", \"not-upheld\"] }\n", "t.toml");
    CHECK(p.events[0].field("outcome")->type == Field::Type::choice);
}

TEST_CASE("escalations are unique") {
    CHECK(error_of(R"(id = "mini"
title = "Mini"
initial = "open"

[states]
open = "Open"
done = { title = "Done", final = true }

[events.finish]
from = ["open"]
to = "done"
escalation = "ombudsman"

[events.refer]
from = ["open"]
to = "done"
escalation = "ombudsman"
)") == "t.toml:14: event \"refer\": another event already escalates to \"ombudsman\"");
}
