// The step verbs (ack, consent, assign, investigate, extend, hold, resume,
// respond, withdraw, decline, close, refer, escalate) and `record`, the
// generic form for organisation-defined procedures. One table maps each verb
// to the procedure events it may mean and its options to event fields; the
// event chosen is the first the case's procedure allows now.

#include "commands.hpp"
#include "plaint/casework/casework.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace plaint::cmd {
namespace {

using output::Format;

struct VerbOption {
    const char* flag;
    const char* field;
    const char* help;
};

struct Verb {
    const char* name;
    std::vector<const char*> events; // candidates, in order of preference
    std::vector<VerbOption> options;
};

const VerbOption note{"--note", "note", "A note for the record (no personal details)"};
const VerbOption reason{"--reason", "reason", "Why"};

const std::vector<Verb>& verbs() {
    static const std::vector<Verb> table = {
        {"ack", {"acknowledge", "acknowledge-stage2"},
         {{"--method", "method", "letter, email, phone or in-person"}, {"--handled-by", "handled_by", "organisation or provider (two-stage)"}, note}},
        {"consent", {"consent-received"}, {note}},
        {"assign", {"assign", "assign-stage2", "sufficient-information"},
         {{"--owner", "owner", "The handler"}, {"--handled-by", "handled_by", "organisation or provider (two-stage)"}}},
        {"investigate", {"investigate", "decide-to-investigate"},
         {{"--investigator", "investigator", "Investigating manager"}, reason}},
        {"extend", {"agree-response-date", "extend-stage1", "extend-stage2"},
         {{"--until", "until", "The agreed date (YYYY-MM-DD)"}, reason}},
        {"hold", {"hold"}, {reason}},
        {"resume", {"resume"}, {note}},
        {"respond", {"respond", "respond-stage2"},
         {{"--outcome", "outcome", "upheld, partially-upheld or not-upheld"}, {"--signed-by", "signed_by", "Who signed it"},
          {"--signposted", "signposted", "yes if the response signposts the Ombudsman"}, note}},
        {"withdraw", {"withdraw"}, {note}},
        {"decline", {"decline", "decline-to-investigate"}, {reason, note}},
        {"close", {"close", "resolve-concern"}, {note}},
        {"refer", {"refer-to-provider"},
         {{"--provider", "provider", "The provider"}, {"--consent", "consent", "yes when the complainant consented"}}},
    };
    return table;
}

struct StepOptions {
    std::string ref;
    std::string on = "today";
    std::map<std::string, std::string> fields; // field -> value, from the verb's options
    std::vector<std::string> assignments;      // record: key=value
    std::string event;                         // record: the event; escalate: --to
    const Verb* verb = nullptr;
    bool escalate = false;
    bool summary_approved = false;
};

void print_result(Context& ctx, const reg::Event& e, const reg::CaseRecord& after) {
    if (ctx.format_given() && ctx.format(Format::table, {Format::table, Format::json}) == Format::json) {
        ctx.out() << reg::event_json(e).dump(2) << '\n';
        return;
    }
    ctx.out() << fmt::format("{}: {} on {}; now {}\n", e.case_ref, e.type, e.effective_date.iso(), after.state);
}

// The event a verb means for this case: the first candidate allowed now, else
// the first the procedure has (so that the refusal explains why not).
std::string choose_event(const procedure::Procedure& p, const reg::CaseRecord& c, const std::vector<const char*>& candidates,
                         const char* verb) {
    const auto allowed = casework::next_steps(p, c);
    for (const char* id : candidates)
        if (std::any_of(allowed.begin(), allowed.end(), [&](const auto* e) { return e->id == id; })) return id;
    for (const char* id : candidates)
        if (p.event(id)) return id;
    throw RefusedError(fmt::format("procedure {} has no step for '{}'", p.id, verb),
                       fmt::format("allowed now ({}): {}; or use 'plaint record'", c.state, procedure::allowed_steps(p, c.state, c.kind)));
}

std::string choose_escalation(const procedure::Procedure& p, const reg::CaseRecord& c, const std::string& to) {
    std::vector<std::string> names, allowed_names;
    const auto allowed = casework::next_steps(p, c);
    for (const auto& e : p.events) {
        if (e.escalation.empty()) continue;
        names.push_back(e.escalation);
        const bool now = std::find(allowed.begin(), allowed.end(), &e) != allowed.end();
        if (now) allowed_names.push_back(e.escalation);
        if (e.escalation == to) return e.id;
    }
    if (!to.empty())
        throw UsageError(fmt::format("procedure {} cannot escalate to '{}'", p.id, to),
                         fmt::format("escalations are {}", fmt::join(names, ", ")));
    if (allowed_names.size() == 1)
        for (const auto& e : p.events)
            if (e.escalation == allowed_names.front()) return e.id;
    if (allowed_names.empty())
        throw RefusedError(fmt::format("{} cannot be escalated while it is {}", c.ref, c.state),
                           fmt::format("allowed now: {}", procedure::allowed_steps(p, c.state, c.kind)));
    throw UsageError(fmt::format("say where to escalate {}: --to {}", c.ref, fmt::join(allowed_names, "|")));
}

std::map<std::string, std::string> parse_assignments(const std::vector<std::string>& items) {
    std::map<std::string, std::string> fields;
    for (const auto& item : items) {
        const auto eq = item.find('=');
        if (eq == std::string::npos || eq == 0)
            throw UsageError(fmt::format("expected key=value, not '{}'", item));
        fields[item.substr(0, eq)] = item.substr(eq + 1);
    }
    return fields;
}

int run_step(const StepOptions& o, Context& ctx) {
    procedure::StepRequest request;
    request.on = ctx.parse_date(o.on, "--on date");
    request.fields = o.verb ? o.fields : parse_assignments(o.assignments);
    auto session = ctx.session(store::Access::read_write);
    auto& reg = session.reg();
    const auto c = reg.case_or_throw(o.ref);
    const auto& p = session.definitions().of(c);
    if (o.escalate) request.event = choose_escalation(p, c, o.event);
    else if (o.summary_approved) request.event = "summary-approved";
    else if (o.verb) request.event = choose_event(p, c, o.verb->events, o.verb->name);
    else request.event = o.event;
    const auto event = casework::record_step(reg, session.definitions(), session.calendar(), o.ref, request, ctx.stamp());
    print_result(ctx, event, reg.case_or_throw(o.ref));
    return 0;
}

void common_options(CLI::App& command, StepOptions& o) {
    command.add_option("REF", o.ref, "Case reference")->required();
    command.add_option("--on", o.on, "The day it happened (default today)")->option_text("DATE");
}

} // namespace

void setup_step_verb(CLI::App& command, Action& action) {
    const auto& table = verbs();
    auto verb = std::find_if(table.begin(), table.end(), [&](const Verb& v) { return command.get_name() == v.name; });
    auto o = bind(command, action, run_step);
    o->verb = &*verb;
    common_options(command, *o);
    for (const auto& option : verb->options)
        command.add_option_function<std::string>(
            option.flag, [o, field = std::string(option.field)](const std::string& v) { o->fields[field] = v; }, option.help);
    if (command.get_name() == "consent")
        command.add_flag("--summary-approved", o->summary_approved,
                         "Record the complainant's approval of the written summary instead");
}

void setup_escalate(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_step);
    o->escalate = true;
    common_options(command, *o);
    command.add_option("--to", o->event, "complaint, stage-2, panel or ombudsman (as the procedure allows)");
    command.add_option_function<std::string>("--reason", [o](const std::string& v) { o->assignments.push_back("reason=" + v); },
                                             "Why (required by most procedures)");
    command.add_option_function<std::string>("--sro", [o](const std::string& v) { o->assignments.push_back("sro=" + v); },
                                             "Senior responsible officer (choice-qualification panel)");
    command.add_option_function<std::string>("--panel-date", [o](const std::string& v) { o->assignments.push_back("panel_date=" + v); },
                                             "Date of the panel meeting (choice-qualification)");
}

void setup_record(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_step);
    common_options(command, *o);
    command.add_option("EVENT", o->event, "The procedure's event (see 'plaint procedures show ID')")->required();
    command.add_option("FIELDS", o->assignments, "Fields as key=value");
}

} // namespace plaint::cmd
