// The step verbs (ack, consent, assign, meet, timetable ...: the table is
// procedure::step_verbs) and `record`, the generic form. The case's
// procedure file says which of its events each verb records (`verb =
// "ack"`); when several share a verb, the first the case allows now and that
// takes the fields given is chosen. Options fill the event's fields, and
// any field may also be given as key=value. `plaint assign --from A --to B`
// reassigns every open case of A in one transaction.

#include "plaint/core/text.hpp"
#include "commands.hpp"
#include "plaint/casework/casework.hpp"
#include "plaint/core/suggest.hpp"
#include "plaint/procedure/verbs.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace plaint::cmd {
namespace {

using output::Format;

struct StepOptions {
    std::string ref;
    std::string on = "today";
    std::map<std::string, std::string> fields; // field -> value, from the verb's options
    std::vector<std::string> assignments;      // key=value
    std::string event;                         // record: the event; escalate: --to
    std::string selector;                      // a switch naming an event's verb_option
    const procedure::Verb* verb = nullptr;
    bool escalate = false;
    std::string from;     // assign: every open case of this owner
    bool dry_run = false; // assign --from: show, write nothing
};

void print_result(Context& ctx, const reg::Event& e, const reg::CaseRecord& after) {
    if (ctx.json_asked()) {
        ctx.out() << reg::event_json(e).dump(2) << '\n';
        return;
    }
    ctx.out() << fmt::format("{}: {} on {}; now {}\n", e.case_ref, e.type, e.effective_date.iso(), after.state);
}

bool takes_fields(const procedure::EventDef& e, const std::map<std::string, std::string>& fields) {
    return std::all_of(fields.begin(), fields.end(), [&](const auto& f) { return e.field(f.first) != nullptr; });
}

// The event a verb means for this case: among the procedure's events of that
// verb (and switch), the first allowed now that takes the fields given; else
// the first that takes them, so that the refusal explains why not.
std::string choose_event(const procedure::Procedure& p, const reg::CaseRecord& c, const StepOptions& o,
                         const std::map<std::string, std::string>& fields) {
    std::vector<const procedure::EventDef*> candidates;
    for (const auto* e : p.events_for_verb(std::string(o.verb->name)))
        if (e->verb_option == o.selector) candidates.push_back(e);
    const auto allowed = casework::next_steps(p, c);
    const auto now = [&](const procedure::EventDef* e) { return std::find(allowed.begin(), allowed.end(), e) != allowed.end(); };
    for (const bool need_now : {true, false})
        for (const auto* e : candidates)
            if (takes_fields(*e, fields) && (!need_now || now(e))) return e->id;
    if (!candidates.empty()) return candidates.front()->id;
    const std::string what = o.selector.empty() ? std::string(o.verb->name) : fmt::format("{} --{}", o.verb->name, o.selector);
    throw RefusedError(fmt::format("procedure {} has no step for 'plaint {}'", p.id, what),
                       fmt::format("allowed now ({}): {}; or use 'plaint record'", c.state,
                                   procedure::allowed_steps(p, c.state, c.kind)));
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
            throw UsageError(fmt::format("expected key=value, not {}", text::quoted(item)));
        if (!fields.emplace(item.substr(0, eq), item.substr(eq + 1)).second)
            throw UsageError(fmt::format("{} is given twice", item.substr(0, eq)), "give each field once");
    }
    return fields;
}

int run_bulk_assign(const StepOptions& o, Context& ctx);

int run_step(const StepOptions& o, Context& ctx) {
    if (!o.from.empty()) return run_bulk_assign(o, ctx);
    if (o.dry_run) throw UsageError("--dry-run goes with --from", "plaint assign --from NAME --to NAME --dry-run");
    if (o.ref.empty()) throw UsageError("give the case: plaint " + std::string(o.verb ? o.verb->name : "record") + " REF",
                                        o.verb && o.verb->name == "assign" ? "or --from NAME to reassign every open case of NAME" : "");
    procedure::StepRequest request;
    request.on = ctx.parse_date(o.on, "--on date");
    request.fields = parse_assignments(o.assignments);
    for (const auto& [field, value] : o.fields) {
        if (request.fields.count(field))
            throw UsageError(fmt::format("{} is given twice", field), "give each field once");
        request.fields[field] = value;
    }
    ctx.json_asked(); // a --format not offered is refused before anything is written
    auto session = ctx.session(store::Access::read_write);
    auto& reg = session.reg();
    const auto ref = ctx.case_ref(reg, o.ref);
    const auto c = reg.case_or_throw(ref);
    const auto& p = session.definitions().of(c);
    if (o.escalate) request.event = choose_escalation(p, c, o.event);
    else if (o.verb) request.event = choose_event(p, c, o, request.fields);
    else request.event = o.event;
    const auto event = casework::record_step(reg, session.definitions(), session.calendar(), ref, request, ctx.stamp());
    print_result(ctx, event, reg.case_or_throw(ref));
    return 0;
}

// The open cases of o.from, each with the step `plaint assign REF` would
// record; refuses an owner with no open case, naming the nearest ones.
std::vector<store::Register::StepToAppend> reassignments(const StepOptions& o, casework::Session& session,
                                                         const procedure::StepRequest& request, const store::Stamp& stamp) {
    auto& reg = session.reg();
    std::vector<std::string> owners;
    for (const auto& t : reg.open_case_owners()) owners.push_back(t.key);
    if (std::find(owners.begin(), owners.end(), o.from) == owners.end()) {
        const auto near = nearest_names(o.from, owners);
        throw UsageError(fmt::format("no open case is owned by {}", text::quoted(o.from)),
                         !near.empty() ? fmt::format("did you mean {}?", fmt::join(near, " or "))
                         : owners.empty() ? std::string("no open case has an owner")
                                          : fmt::format("the owners of open cases are {}", fmt::join(owners, ", ")));
    }
    std::vector<store::Register::StepToAppend> steps;
    reg.for_each_open_case(o.from, [&](const store::Register::OpenCase& open) {
        const auto c = reg.case_or_throw(open.ref);
        auto step_request = request;
        step_request.event = choose_event(session.definitions().of(c), c, o, request.fields);
        // A refusal names the case, and says the others were left alone.
        auto check = [&session, step_request, today = stamp.today](const reg::CaseRecord& record, const std::vector<reg::Event>& events) {
            const auto& p = session.definitions().of(record);
            try {
                return procedure::check_step(p, session.calendar(), record, events, step_request, today);
            } catch (const RefusedError& e) {
                throw RefusedError(fmt::format("{}: {}", record.ref, e.what()), e.hint() + "; no case was reassigned");
            } catch (const UsageError& e) {
                throw UsageError(fmt::format("{}: {}", record.ref, e.what()), e.hint() + "; no case was reassigned");
            }
        };
        steps.push_back({open.ref, step_request.event, request.on, check});
    });
    return steps;
}

int run_bulk_assign(const StepOptions& o, Context& ctx) {
    if (!o.ref.empty()) throw UsageError("give a case or --from, not both");
    procedure::StepRequest request;
    request.on = ctx.parse_date(o.on, "--on date");
    request.fields = parse_assignments(o.assignments);
    for (const auto& [field, value] : o.fields) request.fields[field] = value;
    const auto to = request.fields.find("owner");
    if (to == request.fields.end()) throw UsageError("say who takes the cases: --to NAME");
    if (to->second == o.from) throw UsageError(fmt::format("--from and --to are both '{}'", o.from));
    ctx.json_asked(); // a --format not offered is refused before anything is written
    auto session = ctx.session(o.dry_run ? store::Access::read_only : store::Access::read_write);
    auto& reg = session.reg();
    const auto stamp = ctx.stamp();
    const auto steps = reassignments(o, session, request, stamp);
    if (o.dry_run) {
        // Each step checked as it would be recorded; nothing is written.
        for (const auto& step : steps) {
            const auto c = reg.case_or_throw(step.ref);
            const auto events = reg.events_of(step.ref);
            const auto details = step.check(c, reg::has_corrections(events) ? reg::corrected(events) : events);
            ctx.out() << fmt::format("{}: would record {} ({} -> {}); then {}\n", step.ref, step.type, o.from, to->second,
                                     details.value("state", c.state));
        }
        ctx.out() << fmt::format("{} open case{} of {} would go to {} (dry run: nothing written)\n", steps.size(),
                                 steps.size() == 1 ? "" : "s", o.from, to->second);
        return 0;
    }
    const auto events = reg.append_steps(steps, stamp);
    if (ctx.json_asked()) {
        auto all = nlohmann::ordered_json::array();
        for (const auto& e : events) all.push_back(reg::event_json(e));
        ctx.out() << all.dump(2) << '\n';
        return 0;
    }
    for (const auto& e : events) print_result(ctx, e, reg.case_or_throw(e.case_ref));
    ctx.out() << fmt::format("{} open case{} of {} reassigned to {}\n", events.size(), events.size() == 1 ? "" : "s",
                             o.from, to->second);
    return 0;
}

void common_options(CLI::App& command, StepOptions& o, bool ref_required = true) {
    auto* ref = command.add_option("REF", o.ref, "Case reference");
    if (ref_required) ref->required();
    command.add_option("--on", o.on, "The day it happened (default today)")->option_text("DATE");
}

} // namespace

void setup_step_verb(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_step);
    o->verb = procedure::find_verb(command.get_name());
    const bool assign = o->verb->name == "assign";
    common_options(command, *o, !assign);
    if (assign) {
        command.add_option("--from", o->from, "Reassign every open case of this owner (with --to)")->option_text("NAME");
        command.add_flag("--dry-run", o->dry_run, "With --from: show what would change, write nothing");
        // --to, as people type it: the same field as --owner.
        command.add_option_function<std::string>("--to", [o](const std::string& v) {
            if (!o->fields.emplace("owner", v).second)
                throw CLI::ValidationError("owner is given twice", "give --owner or --to, once");
        }, "The handler (the same as --owner)");
    }
    for (const auto& option : o->verb->options) {
        const std::string field(option.field), flag(option.flag), help(option.help);
        if (option.is_switch && field.empty())
            command.add_flag_callback(flag, [o, name = flag.substr(2)] { o->selector = name; }, help);
        else if (option.is_switch)
            command.add_flag_callback(flag, [o, field] { o->fields[field] = "yes"; }, help);
        else
            command.add_option_function<std::string>(flag, [o, field](const std::string& v) {
                if (!o->fields.emplace(field, v).second)
                    throw CLI::ValidationError(fmt::format("{} is given twice", field), "give each field once");
            }, help);
    }
    command.add_option("FIELDS", o->assignments, "Other fields of the step as key=value");
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
