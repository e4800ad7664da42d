// plaint show REF: the case, its parties (unless --no-personal) and its
// timeline of journal events.

#include "commands.hpp"
#include "plaint/casework/casework.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

namespace plaint::cmd {
namespace {

using output::Format;

struct ShowOptions {
    std::string ref;
    bool no_personal = false;
};

std::string or_dash(const std::optional<std::string>& value) { return value ? *value : "-"; }

std::string event_summary(const reg::Event& e) {
    std::vector<std::string> parts;
    for (const auto& [key, value] : e.details.items()) {
        if (key == "parties" || value.is_null() || key == "year" || key == "number") continue;
        parts.push_back(fmt::format("{}={}", key, value.is_string() ? value.get<std::string>() : value.dump()));
    }
    return fmt::format("{}", fmt::join(parts, " "));
}

std::string date_or_dash(const std::optional<Date>& d) { return d ? d->iso() : "-"; }

void show_clocks(Context& ctx, const casework::CaseView& view) {
    output::Records records{{"clock", "status", "start", "due", "at risk from", "days"}, {}};
    for (const auto& c : view.clocks) {
        if (c.state == procedure::ClockState::not_started) continue;
        records.add({c.id(), std::string(procedure::clock_state_id(c.state)), date_or_dash(c.start),
                     c.state == procedure::ClockState::waiting ? "waiting for " + fmt::format("{}", fmt::join(c.waiting_for, ", "))
                                                               : date_or_dash(c.due),
                     date_or_dash(c.warning), procedure::clock_summary(c)});
    }
    ctx.out() << "Clocks:\n";
    if (records.rows.empty()) ctx.out() << "  (none started)\n";
    std::ostringstream table;
    output::write_table(table, records);
    std::istringstream lines(records.rows.empty() ? "" : table.str());
    for (std::string line; std::getline(lines, line);) ctx.out() << "  " << line << '\n';
    for (const auto& k : view.checks)
        if (k.applies) ctx.out() << fmt::format("Check: {}: {}\n", k.check->title, k.explanation);
    std::vector<std::string> next, also;
    for (const auto& a : view.next.needed) next.push_back(casework::describe(*view.procedure, a));
    for (const auto* e : view.next.also) also.push_back(e->id);
    ctx.out() << fmt::format("Next steps: {}\n", next.empty() ? "none" : fmt::format("{}", fmt::join(next, "; ")));
    if (!also.empty()) ctx.out() << fmt::format("Also allowed: {}\n", fmt::join(also, ", "));
}

// "acknowledged, on hold"
std::string state_line(const casework::CaseView& view) {
    std::string text = view.record.state;
    for (auto condition : view.conditions) {
        std::replace(condition.begin(), condition.end(), '-', ' ');
        text += ", " + condition;
    }
    return text;
}

// The KO41 classification, lessons and actions: shown only when recorded.
void show_classification(std::ostream& out, const reg::CaseRecord& c) {
    if (!c.aspects.empty() || c.age_band || c.complainant_status) {
        std::vector<std::string> aspects;
        for (const auto& a : c.aspects)
            aspects.push_back(fmt::format("{}/{}/{}", a.subject, a.service.empty() ? "-" : a.service,
                                          a.profession.empty() ? "-" : a.profession));
        out << fmt::format("  Aspects:    {}\n", aspects.empty() ? "-" : fmt::format("{}", fmt::join(aspects, ", ")));
        out << fmt::format("  Age band:   {}\n  Status:     {}\n  Categories: {}\n", or_dash(c.age_band),
                           or_dash(c.complainant_status), or_dash(c.categories));
    }
    if (!c.lessons.empty()) out << "Lessons:\n";
    for (const auto& l : c.lessons) out << fmt::format("  {}. {}  {}\n", l.number, l.recorded_on.iso(), l.text);
    if (!c.actions.empty()) out << "Actions:\n";
    for (const auto& a : c.actions)
        out << fmt::format("  {}. {}{}{}  {}\n", a.number, a.text, a.owner ? " (" + *a.owner + ")" : "",
                           a.due ? ", due " + a.due->iso() : "", a.done_on ? "done " + a.done_on->iso() : "open");
}

void show_text(Context& ctx, const casework::CaseView& view, const std::vector<reg::Party>& parties, bool personal) {
    auto& out = ctx.out();
    const auto& c = view.record;
    const auto& events = view.events;
    out << fmt::format("{}  {}  {}{}\n", c.ref, c.kind, state_line(view), c.is_open() ? "" : " (closed " + c.closed_on->iso() + ")");
    out << fmt::format("  Procedure:  {}\n", c.procedure);
    out << fmt::format("  Received:   {} {}{}\n", weekday_short(c.received.weekday()), c.received.iso(),
                       c.channel ? " by " + *c.channel : "");
    out << fmt::format("  Incident:   {}\n", c.incident_date ? c.incident_date->iso() : "-");
    out << fmt::format("  Summary:    {}\n", c.summary.empty() ? "-" : c.summary);
    out << fmt::format("  Subject:    {}\n  Service:    {}\n  Provider:   {}\n  Owner:      {}\n", or_dash(c.subject),
                       or_dash(c.service), or_dash(c.provider), or_dash(c.owner));
    show_classification(out, c);
    if (personal) {
        out << "Parties:\n";
        if (parties.empty()) out << "  (none recorded)\n";
        for (const auto& p : parties)
            out << fmt::format("  {:<13} {}{}\n", p.role, p.name, p.contact.empty() ? "" : "  <" + p.contact + ">");
    }
    // In the order things happened; a step recorded late shows where it
    // belongs, its recorded_at saying when it was written down.
    std::vector<reg::Event> sorted;
    const auto& timeline = procedure::in_date_order(events, sorted);
    std::size_t width = 12;
    for (const auto& e : timeline) width = std::max(width, e.type.size());
    out << "Timeline:\n";
    for (const auto& e : timeline) {
        std::string line = fmt::format("  {}  {:<{}} by {} at {}", e.effective_date.iso(), e.type, width, e.actor, e.recorded_at);
        const std::string extra = e.type == "logged" ? std::string() : event_summary(e);
        out << line << (extra.empty() ? "" : "  " + extra) << '\n';
    }
}

int run_show(const ShowOptions& o, Context& ctx) {
    const Format format = ctx.format(Format::table, {Format::table, Format::json});
    auto session = ctx.session(store::Access::read_only);
    auto& reg = session.reg();
    const auto view = casework::view_case(reg, session.definitions(), session.calendar(), ctx.case_ref(reg, o.ref), ctx.today());
    const auto& c = view.record;
    const auto& events = view.events;
    const auto parties = o.no_personal ? std::vector<reg::Party>{} : reg.parties_of(view.record.ref);
    if (format == Format::table) {
        show_text(ctx, view, parties, !o.no_personal);
        show_clocks(ctx, view);
        return 0;
    }
    auto doc = reg::case_json(c);
    if (!o.no_personal) {
        doc["parties"] = nlohmann::ordered_json::array();
        for (const auto& p : parties) doc["parties"].push_back(reg::party_json(p));
    }
    doc["events"] = nlohmann::ordered_json::array();
    for (const auto& e : events) doc["events"].push_back(reg::event_json(e));
    doc["clocks"] = nlohmann::ordered_json::array();
    for (const auto& clock : view.clocks) doc["clocks"].push_back(procedure::clock_json(clock));
    doc["checks"] = nlohmann::ordered_json::array();
    for (const auto& check : view.checks) doc["checks"].push_back(procedure::check_json(check));
    doc["conditions"] = view.conditions;
    doc["next_steps"] = nlohmann::ordered_json::array();
    doc["awaiting"] = nlohmann::ordered_json::array();
    for (const auto& a : view.next.needed) {
        doc["next_steps"].push_back(a.step);
        if (a.blocked)
            for (const auto& w : a.waiting_for) doc["awaiting"].push_back(w);
    }
    doc["also_allowed"] = nlohmann::ordered_json::array();
    for (const auto* e : view.next.also) doc["also_allowed"].push_back(e->id);
    ctx.out() << doc.dump(2) << '\n';
    return 0;
}

} // namespace

void setup_show(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_show);
    command.add_option("REF", o->ref, "Case reference, e.g. C-2026-0001")->required();
    command.add_flag("--no-personal", o->no_personal, "Leave out the parties' names and contact details");
}

} // namespace plaint::cmd
