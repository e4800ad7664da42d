// plaint show REF: the case, its parties (unless --no-personal) and its
// timeline of journal events.

#include "commands.hpp"
#include "plaint/casework/attachments.hpp"
#include "plaint/casework/case_file.hpp"
#include "plaint/core/size.hpp"
#include "plaint/core/text.hpp"
#include "plaint/casework/casework.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <sys/ioctl.h>
#include <unistd.h>

namespace plaint::cmd {
namespace {

using output::Format;

struct ShowOptions {
    std::string ref;
    bool no_personal = false;
};

using text::escaped;

std::string or_dash(const std::optional<std::string>& value) { return value ? escaped(*value) : "-"; }

// Every string inside `j`, escaped for the terminal (text::escaped).
void escape_strings(nlohmann::json& j) {
    if (j.is_string()) j = escaped(j.get<std::string>());
    else if (j.is_structured())
        for (auto& item : j) escape_strings(item);
}

// The case as the text view shows it: what users typed (summary, owner,
// actors, the steps' fields) with control characters escaped, so that a
// value cannot forge a timeline line or drive the terminal. JSON output
// uses the view as it is.
casework::CaseView shown(casework::CaseView view) {
    auto& c = view.record;
    c.summary = escaped(c.summary);
    for (auto* field : {&c.channel, &c.subject, &c.service, &c.provider, &c.owner, &c.age_band, &c.complainant_status})
        if (*field) **field = escaped(**field);
    for (auto& l : c.lessons) l.text = escaped(l.text);
    for (auto& a : c.actions) {
        a.text = escaped(a.text);
        if (a.owner) *a.owner = escaped(*a.owner);
    }
    for (auto& k : c.contributions) k.requested_of = escaped(k.requested_of);
    for (auto& e : view.events) {
        e.actor = escaped(e.actor);
        escape_strings(e.details);
    }
    return view;
}

std::string event_summary(const reg::Event& e) {
    std::vector<std::string> parts;
    for (const auto& [key, value] : e.details.items()) {
        if (key == "parties" || key == "personal" || value.is_null() || key == "year" || key == "number") continue;
        parts.push_back(fmt::format("{}={}", key, value.is_string() ? value.get<std::string>() : value.dump()));
    }
    return fmt::format("{}", fmt::join(parts, " "));
}

std::string date_or_dash(const std::optional<Date>& d) { return d ? d->iso() : "-"; }

// The columns to wrap text to: the terminal's on a terminal, else none (0).
std::size_t wrap_width(const Context& ctx) {
    if (!ctx.out_is_terminal()) return 0;
    if (auto it = ctx.env().find("COLUMNS"); it != ctx.env().end()) {
        if (const auto n = text::parse_integer(it->second, 21, 10'000)) return static_cast<std::size_t>(*n);
    }
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20) return size.ws_col;
    return 80;
}

// `text` after a label `indent` columns wide, wrapped at word boundaries to
// `width` columns (0: not wrapped); continuation lines indented.
std::string wrapped(const std::string& text, std::size_t indent, std::size_t width) {
    if (width == 0 || width <= indent + 20 || indent + output::display_width(text) <= width) return text;
    std::string out, line;
    std::istringstream words(text);
    for (std::string word; words >> word;) {
        if (!line.empty() && indent + output::display_width(line) + 1 + output::display_width(word) > width) {
            out += line + "\n" + std::string(indent, ' ');
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    return out + line;
}

void show_clocks(Context& ctx, const casework::CaseView& view) {
    output::Records records{{"clock", "status", "start", "due", "at risk from", "days"}, {}};
    std::vector<const char*> colours; // per row: red for an unhandled breach, yellow at risk
    for (const auto& c : view.clocks) {
        if (c.state == procedure::ClockState::not_started) continue;
        colours.push_back(!ctx.color() ? "" : c.breach_unhandled() ? "\033[31m" : c.is_open() && c.at_risk ? "\033[33m" : "");
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
    std::size_t row = 0;
    for (std::string line; std::getline(lines, line); ++row) {
        const char* colour = row > 0 && row - 1 < colours.size() ? colours[row - 1] : "";
        ctx.out() << "  " << colour << line << (*colour ? "\033[0m" : "") << '\n';
    }
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

// What the case file holds besides the record: links, the risk grade,
// contribution requests, attachments; and with personal data, notes.
void show_case_file(std::ostream& out, const reg::CaseRecord& c, const store::Register& reg, bool personal,
                    std::size_t width, Date as_of) {
    if (c.risk)
        out << fmt::format("  Risk:       {} (consequence {} x likelihood {} = {}; matrix {}, graded {})\n", c.risk->level,
                           c.risk->consequence, c.risk->likelihood, c.risk->score, c.risk->matrix, c.risk->graded_on.iso());
    if (!c.links.empty()) out << "Links:\n";
    for (const auto& l : c.links) out << fmt::format("  {:<15} {}  since {}\n", l.relation, l.other, l.linked_on.iso());
    if (!c.contributions.empty()) out << "Contributions:\n";
    for (const auto& k : c.contributions)
        out << fmt::format("  {}. from {}, asked {}, due {}, {}\n", k.number, k.requested_of, k.requested_on.iso(),
                           k.due.iso(), k.received_on ? "received " + k.received_on->iso() : "awaited");
    auto attachments = reg.attachments_of(c.ref);
    std::erase_if(attachments, [&](const store::Register::Attachment& a) { return a.attached_on > as_of; });
    if (!attachments.empty()) out << "Attachments:\n";
    for (const auto& a : attachments)
        out << fmt::format("  {}. {}  {:>9}  {}  {}{}\n", a.id, a.attached_on.iso(), format_size(a.size), a.media_type,
                           a.sha256.substr(0, 12), personal ? "  " + escaped(a.name) : "");
    if (!personal) return;
    auto notes = reg.notes_of(c.ref);
    std::erase_if(notes, [&](const store::Register::Note& n) { return n.noted_on > as_of; });
    if (!notes.empty()) out << "Notes:\n";
    for (const auto& n : notes) {
        const std::string head = fmt::format("  {}. {} {}: ", n.id, n.noted_on.iso(), escaped(n.author));
        std::string text = n.text;
        std::replace(text.begin(), text.end(), '\n', ' ');
        out << head << wrapped(escaped(text), output::display_width(head), width) << '\n';
    }
}

// A timeline line's particulars: the step's fields, or for a case-file
// record what it was (personal content only when `personal`).
std::string timeline_extra(const reg::Event& e, const std::map<std::int64_t, std::string>& subjects, bool personal) {
    if (e.type == "logged") return {};
    if (e.type == reg::note_event) return fmt::format("note {}", e.details["personal"][0].value("id", std::int64_t{0}));
    if (e.type == reg::correspondence_event) {
        const auto id = e.details["personal"][0].value("id", std::int64_t{0});
        std::string text = fmt::format("{} {} (correspondence {})", e.details.value("direction", ""),
                                       e.details.value("channel", ""), id);
        if (auto it = subjects.find(id); personal && it != subjects.end()) text += ": " + it->second;
        if (e.details.contains("step")) text += fmt::format(", evidences event {}", e.details["step"].get<std::int64_t>());
        return text;
    }
    if (e.type == reg::attached_event)
        return fmt::format("attachment {}: {}, {}, sha256 {}", e.details["personal"][0].value("id", std::int64_t{0}),
                           e.details.value("media_type", ""), format_size(e.details.value("size", std::int64_t{0})),
                           e.details.value("sha256", "").substr(0, 12));
    if (e.type == reg::voided_event)
        return e.details.contains("event")
                   ? fmt::format("voids event {} ({}): {}", e.details["event"].get<std::int64_t>(),
                                 e.details.value("type", ""), e.details.value("reason", ""))
                   : fmt::format("the case was logged in error: {}", e.details.value("reason", ""));
    if (e.type == reg::amended_event) {
        std::vector<std::string> parts;
        for (const auto& [field, change] : e.details["changes"].items()) {
            auto text = [](const nlohmann::json& v) { return v.is_null() ? std::string("-") : v.get<std::string>(); };
            parts.push_back(field == "summary" ? "summary" : fmt::format("{} {} -> {}", field, text(change["from"]), text(change["to"])));
        }
        return fmt::format("{}: {}", fmt::join(parts, ", "), e.details.value("reason", ""));
    }
    return event_summary(e);
}

void show_text(Context& ctx, const casework::CaseView& view, const store::Register& reg,
               const casework::PartiesAsOf& parties_then, bool personal) {
    const auto& parties = parties_then.parties;
    auto& out = ctx.out();
    const auto& c = view.record;
    const auto& events = view.events;
    const std::size_t width = wrap_width(ctx);
    out << fmt::format("{}  {}  {}{}\n", c.ref, c.kind, state_line(view), c.is_open() ? "" : " (closed " + c.closed_on->iso() + ")");
    if (view.as_of_past) out << fmt::format("  As of:      {} (what happened later is left out)\n", ctx.today().iso());
    if (c.voided_on) {
        std::string why;
        for (const auto& e : events)
            if (e.type == reg::voided_event && !e.details.contains("event")) why = e.details.value("reason", "");
        out << fmt::format("  VOIDED:     {}: logged in error ({}); left out of list, due and reports\n",
                           c.voided_on->iso(), why);
    }
    out << fmt::format("  Procedure:  {}\n", c.procedure);
    out << fmt::format("  Received:   {} {}{}\n", weekday_short(c.received.weekday()), c.received.iso(),
                       c.channel ? " by " + *c.channel : "");
    for (const auto& change : casework::receipt_changes(events))
        out << fmt::format("              AMENDED from {} on {} by {} (event {}): {}\n", change.from.iso(), change.on.iso(),
                           escaped(change.actor), change.seq, escaped(change.reason));
    out << fmt::format("  Incident:   {}\n", c.incident_date ? c.incident_date->iso() : "-");
    out << fmt::format("  Summary:    {}\n", c.summary.empty() ? "-" : wrapped(c.summary, 14, width));
    out << fmt::format("  Subject:    {}\n  Service:    {}\n  Provider:   {}\n  Owner:      {}\n", or_dash(c.subject),
                       or_dash(c.service), or_dash(c.provider), or_dash(c.owner));
    show_classification(out, c);
    if (personal) {
        out << "Parties:\n";
        if (parties.empty()) out << "  (none recorded)\n";
        for (const auto& p : parties)
            out << fmt::format("  {:<13} {}{}\n", p.role, escaped(p.name),
                               p.contact.empty() ? "" : "  <" + escaped(p.contact) + ">");
        // Details rectified since (plaint amend --party), oldest first.
        for (const auto& h : parties_then.earlier)
            out << fmt::format("  (party {} was {}{} until event {})\n", h.party_id, escaped(h.name),
                               h.contact.empty() ? "" : " <" + escaped(h.contact) + ">", h.replaced_by_seq);
    }
    show_case_file(out, c, reg, personal, width, ctx.today());
    std::map<std::int64_t, std::string> subjects;
    if (personal)
        for (const auto& item : reg.correspondence_of(c.ref)) subjects[item.id] = escaped(item.subject);
    std::map<std::int64_t, std::int64_t> voided_by;
    for (const auto& e : events)
        if (e.type == reg::voided_event && e.details.contains("event")) voided_by[e.details["event"].get<std::int64_t>()] = e.seq;
    // In the order things happened; a step recorded late shows where it
    // belongs, its recorded_at saying when it was written down.
    std::vector<reg::Event> sorted;
    const auto& timeline = procedure::in_date_order(events, sorted);
    std::size_t type_width = 12, actor_width = 0;
    for (const auto& e : timeline) {
        type_width = std::max(type_width, e.type.size());
        actor_width = std::max(actor_width, output::display_width(e.actor));
    }
    out << "Timeline:\n";
    for (const auto& e : timeline) {
        std::string line = fmt::format("  {}  {:<{}} by {:<{}} at {}", e.effective_date.iso(), e.type, type_width, e.actor,
                                       actor_width, e.recorded_at);
        std::string extra = timeline_extra(e, subjects, personal);
        if (auto it = voided_by.find(e.seq); it != voided_by.end())
            extra = fmt::format("VOIDED by event {}{}", it->second, extra.empty() ? "" : "; " + extra);
        out << line << (extra.empty() ? "" : "  " + extra) << '\n';
    }
}

int run_show(const ShowOptions& o, Context& ctx) {
    const Format format = ctx.format(Format::table, {Format::table, Format::json});
    auto session = ctx.session(store::Access::read_only);
    auto& reg = session.reg();
    const std::string ref = ctx.case_ref(reg, o.ref);
    const auto view = casework::view_case(reg, session.definitions(), session.calendar(), ref, ctx.today());
    const auto& c = view.record;
    const auto& events = view.events;
    // The parties as they stood that day: with --today in the past, without
    // those added or merged in later and with the details they had then.
    casework::PartiesAsOf parties;
    if (!o.no_personal)
        parties = view.as_of_past ? casework::parties_as_of(reg, ref, reg.events_of(ref), ctx.today())
                                  : casework::PartiesAsOf{reg.parties_of(ref), reg.party_history_of(ref)};
    if (format == Format::table) {
        show_text(ctx, shown(view), reg, parties, !o.no_personal);
        show_clocks(ctx, view);
        return 0;
    }
    auto doc = reg::case_json(c);
    if (!o.no_personal) {
        doc["parties"] = nlohmann::ordered_json::array();
        for (const auto& p : parties.parties) doc["parties"].push_back(reg::party_json(p));
    }
    if (!o.no_personal) {
        doc["notes"] = nlohmann::ordered_json::array();
        for (const auto& n : reg.notes_of(ref))
            if (n.noted_on <= ctx.today()) doc["notes"].push_back({{"id", n.id}, {"noted_on", n.noted_on.iso()}, {"author", n.author}, {"text", n.text}});
        doc["correspondence"] = nlohmann::ordered_json::array();
        for (const auto& k : reg.correspondence_of(ref))
            if (k.dated <= ctx.today()) doc["correspondence"].push_back(casework::correspondence_json(k, true));
    }
    doc["attachments"] = nlohmann::ordered_json::array();
    for (const auto& a : reg.attachments_of(ref))
        if (a.attached_on <= ctx.today()) doc["attachments"].push_back(casework::attachment_json(a, !o.no_personal));
    doc["receipt_changes"] = casework::receipt_changes_json(events);
    doc["as_of"] = view.as_of_past ? nlohmann::ordered_json(ctx.today().iso()) : nlohmann::ordered_json();
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
