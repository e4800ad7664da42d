// plaint/procedure/verbs: the fixed table of step verbs (`plaint ack`,
// `plaint meet` ...). Every verb a built-in procedure names is in the table;
// every option of a verb fills a field that some event recorded by that verb
// has (or, for a switch without a field, selects an event by its
// verb_option); find_verb finds by exact name.

#include "plaint/procedure/catalog.hpp"
#include "plaint/procedure/verbs.hpp"
#include "support/builtins.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

using namespace plaint::procedure;
using plaint::test::builtin_catalog;

TEST_CASE("every verb named by a built-in procedure is in the verb table", "[verbs]") {
    const auto procedures = builtin_catalog().all();
    REQUIRE(procedures.size() >= 4);
    int named = 0;
    for (const auto& p : procedures) {
        for (const auto& e : p.events) {
            for (const auto& v : e.verbs) {
                INFO(p.id << " event " << e.id << " verb " << v);
                CHECK(find_verb(v) != nullptr);
                ++named;
            }
        }
    }
    CHECK(named > 0);
}

TEST_CASE("the built-in procedures name the verbs the design gives them", "[verbs]") {
    const auto& nhs = builtin_catalog().get("nhs-complaint");
    auto ids = [](const std::vector<const EventDef*>& events) {
        std::vector<std::string> out;
        for (const auto* e : events) out.push_back(e->id);
        return out;
    };
    CHECK(ids(nhs.events_for_verb("ack")) == std::vector<std::string>{"acknowledge"});
    CHECK(ids(nhs.events_for_verb("consent")) == std::vector<std::string>{"consent-received", "summary-approved"});
    CHECK(ids(nhs.events_for_verb("respond")) == std::vector<std::string>{"respond", "further-response"});
    CHECK(ids(nhs.events_for_verb("withdraw")) == std::vector<std::string>{"withdraw", "withdraw-continuing"});
    CHECK(ids(nhs.events_for_verb("close")) == std::vector<std::string>{"resolve-concern", "close"});
    CHECK(ids(nhs.events_for_verb("extend")) == std::vector<std::string>{"agree-response-date"});
    CHECK(ids(nhs.events_for_verb("determine")) == std::vector<std::string>{"determine-response-period"});
    CHECK(ids(nhs.events_for_verb("delay-letter")) == std::vector<std::string>{"delay-letter"});
    CHECK(nhs.event("summary-approved")->verb_option == "summary-approved");
    CHECK(nhs.event("respond")->has_meaning("response"));
    CHECK(nhs.event("further-response")->has_meaning("response"));
    CHECK(nhs.event("ombudsman-referral")->has_meaning("ombudsman-referral"));
    CHECK(nhs.event("ombudsman-referral")->once);
    CHECK(nhs.event("hold")->sets == "on-hold");
    CHECK(nhs.event("resume")->clears == "on-hold");

    const auto& choice = builtin_catalog().get("choice-qualification");
    CHECK(ids(choice.events_for_verb("assign")) == std::vector<std::string>{"sufficient-information", "assign"});
    CHECK(ids(choice.events_for_verb("consent")) == std::vector<std::string>{"icb-consent"});
    CHECK(ids(choice.events_for_verb("close")) == std::vector<std::string>{"resolve", "close"});
    CHECK(ids(choice.events_for_verb("defer")) == std::vector<std::string>{"defer-panel"});
}

TEST_CASE("every option of a verb fills a field of an event recorded by it", "[verbs]") {
    const auto procedures = builtin_catalog().all();
    for (const auto& verb : step_verbs()) {
        for (const auto& option : verb.options) {
            INFO("plaint " << verb.name << " " << option.flag);
            CHECK(option.flag.substr(0, 2) == "--");
            bool found = false;
            for (const auto& p : procedures) {
                for (const auto& e : p.events) {
                    if (std::find(e.verbs.begin(), e.verbs.end(), std::string(verb.name)) == e.verbs.end()) continue;
                    if (option.field.empty()) {
                        // A switch with no field selects the event whose verb_option it names.
                        if (option.is_switch && e.verb_option == option.flag.substr(2)) found = true;
                    } else if (e.field(std::string(option.field))) {
                        found = true;
                    }
                }
            }
            CHECK(found);
        }
    }
}

TEST_CASE("a verb's options are distinct, and switches without a field are switches", "[verbs]") {
    std::set<std::string_view> names;
    for (const auto& verb : step_verbs()) {
        INFO("plaint " << verb.name);
        CHECK(names.insert(verb.name).second);
        CHECK_FALSE(verb.summary.empty());
        std::set<std::string_view> flags, fields;
        for (const auto& option : verb.options) {
            CHECK(flags.insert(option.flag).second);
            if (!option.field.empty()) CHECK(fields.insert(option.field).second);
            if (option.field.empty()) CHECK(option.is_switch);
            CHECK_FALSE(option.help.empty());
        }
    }
}

TEST_CASE("find_verb finds a verb by its exact name", "[verbs]") {
    const Verb* ack = find_verb("ack");
    REQUIRE(ack != nullptr);
    CHECK(ack->name == "ack");
    CHECK(std::any_of(ack->options.begin(), ack->options.end(),
                      [](const VerbOption& o) { return o.flag == "--method" && o.field == "method" && !o.is_switch; }));
    CHECK(std::any_of(ack->options.begin(), ack->options.end(), [](const VerbOption& o) {
        return o.flag == "--offered-discussion" && o.field == "offered_discussion" && o.is_switch;
    }));
    const Verb* consent = find_verb("consent");
    REQUIRE(consent != nullptr);
    CHECK(std::any_of(consent->options.begin(), consent->options.end(), [](const VerbOption& o) {
        return o.flag == "--summary-approved" && o.field.empty() && o.is_switch;
    }));
    REQUIRE(find_verb("delay-letter") != nullptr);
    CHECK(find_verb("delay-letter")->name == "delay-letter");

    CHECK(find_verb("") == nullptr);
    CHECK(find_verb("acknowledge") == nullptr); // an event id, not a verb
    CHECK(find_verb("Ack") == nullptr);
    CHECK(find_verb("ack ") == nullptr);
    CHECK(find_verb("escalate") == nullptr); // its own command, not a step verb

    const std::string names = verb_names();
    CHECK(names.rfind("ack, consent, ", 0) == 0);
    for (const auto& verb : step_verbs()) CHECK(names.find(std::string(verb.name)) != std::string::npos);
}
