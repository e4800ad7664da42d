// The case file's commands: plaint note, correspondence, amend, void, link
// and merge. Each write is one transaction and one or more journal events;
// personal content (notes, subject lines, party details) is printed only
// back to the handler who asked, never into an error message.

#include "commands.hpp"
#include "plaint/core/text.hpp"
#include "plaint/casework/case_file.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace plaint::cmd {
namespace {

using output::Format;

void print_event(Context& ctx, const reg::Event& event, const std::string& text) {
    if (ctx.json_asked()) ctx.out() << reg::event_json(event).dump(2) << '\n';
    else ctx.out() << text << '\n';
}

// --- plaint note ---

struct NoteOptions {
    std::string ref;
    std::string text;
    std::string on = "today";
};

// The note written in $VISUAL or $EDITOR (vi by default) in a private
// temporary file; lines starting with '#' are left out.
std::string note_from_editor(const Context& ctx, const std::string& ref) {
    const auto& env = ctx.env();
    std::string editor = "vi";
    for (const char* name : {"VISUAL", "EDITOR"})
        if (auto it = env.find(name); it != env.end() && !it->second.empty()) {
            editor = it->second;
            break;
        }
    std::string dir = "/tmp";
    if (auto it = env.find("TMPDIR"); it != env.end() && !it->second.empty()) dir = it->second;
    std::string path = dir + "/plaint-note-XXXXXX";
    const int fd = ::mkstemp(path.data());
    if (fd < 0) throw UsageError("cannot create a temporary file for the note", "give the note as TEXT, or - to read it from stdin");
    const std::string prompt = fmt::format("\n# The note for {}. Lines starting with '#' are left out;\n"
                                           "# an empty note records nothing.\n", ref);
    [[maybe_unused]] const auto written = ::write(fd, prompt.data(), prompt.size());
    ::close(fd);
    const std::string command = editor + " '" + path + "'";
    const int status = std::system(command.c_str());
    std::ifstream in(path);
    std::string text, line;
    while (std::getline(in, line))
        if (!line.starts_with('#')) text += line + '\n';
    ::unlink(path.c_str());
    if (status != 0) throw UsageError("the editor did not finish cleanly: nothing recorded");
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

// The note from stdin: at most text::max_text bytes of UTF-8.
std::string read_stdin() {
    std::string text;
    char buffer[8192];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
        text::require_size(text, text::max_text, "the note read from stdin");
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    text::require_utf8(text, "the note read from stdin");
    return text;
}

int run_note(const NoteOptions& o, Context& ctx) {
    ctx.json_asked(); // a --format not offered is refused before anything is written
    const Date on = ctx.parse_date(o.on, "--on date");
    std::string text = o.text;
    if (text == "-") text = read_stdin();
    else if (text.empty()) {
        if (isatty(STDIN_FILENO) != 1 || !ctx.out_is_terminal())
            throw UsageError("no note given", "give the note as TEXT, or - to read it from stdin");
        text = note_from_editor(ctx, o.ref);
        text::require_utf8(text, "the note");
        text::require_size(text, text::max_text, "the note");
    }
    auto session = ctx.session(store::Access::read_write);
    const std::string ref = ctx.case_ref(session.reg(), o.ref);
    const auto event = session.reg().add_note(ref, text, on, ctx.stamp());
    const auto id = event.details["personal"][0]["id"].get<std::int64_t>();
    print_event(ctx, event, fmt::format("{}: note {} recorded on {}", ref, id, on.iso()));
    return 0;
}

// --- plaint correspondence ---

struct CorrespondenceOptions {
    std::string ref;
    std::string direction, channel, subject;
    std::string on = "today";
    std::int64_t step = 0;
    std::vector<std::int64_t> attachments;
    bool no_personal = false;
};

void list_correspondence(Context& ctx, const store::Register& reg, const std::string& ref, bool personal) {
    (void)reg.case_or_throw(ref);
    const Format format = ctx.format(Format::table, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv});
    if (format == Format::json || format == Format::ndjson) {
        // Typed as show prints them (schemas/correspondence.schema.json).
        auto doc = nlohmann::ordered_json::array();
        for (const auto& c : reg.correspondence_of(ref)) doc.push_back(casework::correspondence_json(c, personal));
        if (format == Format::json) ctx.out() << doc.dump(2) << '\n';
        else
            for (const auto& item : doc) ctx.out() << item.dump() << '\n';
        return;
    }
    std::vector<std::string> columns{"id", "date", "direction", "channel", "subject", "step", "attachments"};
    if (!personal) columns.erase(columns.begin() + 4);
    output::Records records{columns, {}};
    for (const auto& c : reg.correspondence_of(ref)) {
        std::vector<std::string> ids;
        for (const auto a : c.attachments) ids.push_back(std::to_string(a));
        output::Value step = c.step_seq ? output::Value(*c.step_seq) : output::Value();
        std::vector<output::Value> row{c.id, c.dated.iso(), c.direction, c.channel};
        if (personal) row.emplace_back(c.subject);
        row.push_back(step);
        row.emplace_back(fmt::format("{}", fmt::join(ids, " ")));
        records.add(std::move(row));
    }
    ctx.write(records, format);
}

int run_correspondence(const CorrespondenceOptions& o, Context& ctx) {
    const bool recording = !o.direction.empty() || !o.channel.empty() || !o.subject.empty();
    if (!recording) {
        if (o.step || !o.attachments.empty()) throw UsageError("--step and --attachment describe a new item", "give --direction, --channel and --subject too");
        auto reg = ctx.open_register(store::Access::read_only);
        list_correspondence(ctx, reg, ctx.case_ref(reg, o.ref), !o.no_personal);
        return 0;
    }
    if (o.direction.empty() || o.channel.empty() || o.subject.empty())
        throw UsageError("recording correspondence needs --direction, --channel and --subject");
    store::Register::Correspondence item;
    item.direction = o.direction;
    item.channel = o.channel;
    item.subject = o.subject;
    item.dated = ctx.parse_date(o.on, "--on date");
    if (o.step) item.step_seq = o.step;
    item.attachments = o.attachments;
    ctx.json_asked(); // a --format not offered is refused before anything is written
    auto session = ctx.session(store::Access::read_write);
    item.case_ref = ctx.case_ref(session.reg(), o.ref);
    const auto event = session.reg().record_correspondence(item, ctx.stamp());
    print_event(ctx, event, fmt::format("{}: correspondence {} ({} {}) recorded on {}", item.case_ref, item.id, item.direction,
                                        item.channel, item.dated.iso()));
    return 0;
}

// --- plaint amend ---

struct AmendOptions {
    std::string ref;
    std::map<std::string, std::string> values; // by field, as given
    std::vector<std::string> clear;
    std::string reason;
    std::string party;   // complainant | on-behalf-of | party number
    std::string add_party; // a role
    std::optional<std::string> name, contact;
};

std::int64_t party_id(const store::Register& reg, const std::string& ref, const std::string& which) {
    const auto parties = reg.parties_of(ref);
    if (auto number = text::parse_integer(which, 1)) return *number;
    std::vector<std::int64_t> ids;
    for (const auto& p : parties)
        if (p.role == which) ids.push_back(p.id);
    if (ids.size() == 1) return ids.front();
    if (ids.empty())
        throw NotFoundError(fmt::format("{} has no {}", ref, which), "'plaint show REF' lists the parties with their numbers");
    throw UsageError(fmt::format("{} has {} parties who are {}", ref, ids.size(), which),
                     "name one by its number: 'plaint show REF' lists them");
}

int run_amend(const AmendOptions& o, Context& ctx) {
    ctx.json_asked(); // a --format not offered is refused before anything is written
    const bool party_change = !o.party.empty() || !o.add_party.empty();
    if (party_change && (!o.values.empty() || !o.clear.empty()))
        throw UsageError("a party's details and the case's fields are amended separately", "run plaint amend twice");
    if (!party_change && (o.name || o.contact))
        throw UsageError("--name and --contact are a party's", "say whose with --party ROLE|N, or --add-party ROLE");
    auto session = ctx.session(store::Access::read_write);
    auto& reg = session.reg();
    const std::string ref = ctx.case_ref(reg, o.ref);
    reg::Event event;
    std::string done;
    if (!o.add_party.empty()) {
        if (!o.name) throw UsageError("a new party needs --name");
        event = reg.add_party(ref, reg::Party{0, ref, o.add_party, *o.name, o.contact.value_or("")}, o.reason, ctx.stamp());
        done = fmt::format("{}: {} added", ref, o.add_party);
    } else if (!o.party.empty()) {
        const auto id = party_id(reg, ref, o.party);
        event = reg.amend_party(ref, id, {o.name, o.contact}, o.reason, ctx.stamp());
        done = fmt::format("{}: party {} amended ({})", ref, id,
                           fmt::join(event.details["fields"].get<std::vector<std::string>>(), ", "));
    } else {
        std::map<std::string, std::optional<std::string>> fields;
        for (const auto& [field, value] : o.values) fields[field] = value;
        for (auto field : o.clear) {
            std::replace(field.begin(), field.end(), '-', '_');
            if (fields.count(field)) throw UsageError(fmt::format("--clear {} and a new value for it", field));
            fields[field] = std::nullopt;
        }
        event = casework::amend(session, ref, fields, o.reason, ctx.stamp());
        std::vector<std::string> changed;
        for (const auto& [field, change] : event.details["changes"].items()) {
            const auto& to = change["to"];
            // The summary may be long: its new value is in show.
            changed.push_back(field == "summary" ? field : fmt::format("{} {}", field, to.is_null() ? "cleared" : to.get<std::string>()));
        }
        done = fmt::format("{}: amended {}", ref, fmt::join(changed, ", "));
    }
    print_event(ctx, event, done);
    return 0;
}

// --- plaint void ---

struct VoidOptions {
    std::string ref;
    std::int64_t event = 0;
    std::string reason;
};

int run_void(const VoidOptions& o, Context& ctx) {
    ctx.json_asked(); // a --format not offered is refused before anything is written
    auto session = ctx.session(store::Access::read_write);
    const std::string ref = ctx.case_ref(session.reg(), o.ref);
    if (o.event) {
        const auto event = casework::void_step(session, ref, o.event, o.reason, ctx.stamp());
        print_event(ctx, event, fmt::format("{}: event {} ({}) voided", ref, o.event,
                                            event.details["type"].get<std::string>()));
    } else {
        const auto event = session.reg().void_case(ref, o.reason, ctx.stamp());
        print_event(ctx, event, fmt::format("{}: voided (logged in error); it is left out of list, due and reports", ref));
    }
    return 0;
}

// --- plaint link, plaint merge ---

struct LinkOptions {
    std::string ref, other;
    std::string kind;
};

int run_link(const LinkOptions& o, Context& ctx) {
    ctx.json_asked(); // a --format not offered is refused before anything is written
    auto session = ctx.session(store::Access::read_write);
    const std::string ref = ctx.case_ref(session.reg(), o.ref), other = ctx.case_ref(session.reg(), o.other);
    const auto stamp = ctx.stamp();
    session.reg().link_cases(ref, other, o.kind, stamp);
    const auto [here, there] = reg::link_relations(o.kind);
    if (ctx.json_asked()) {
        // The link as each case's `links` shows it (schemas/case.schema.json).
        nlohmann::ordered_json doc{{"reference", ref}, {"relation", here}, {"linked", other}, {"inverse", there},
                                   {"linked_on", stamp.today.iso()}};
        ctx.out() << doc.dump(2) << '\n';
        return 0;
    }
    ctx.out() << fmt::format("{} {} {}\n", ref, here, other);
    return 0;
}

struct MergeOptions {
    std::string duplicate, into;
    std::string reason;
};

int run_merge(const MergeOptions& o, Context& ctx) {
    ctx.json_asked(); // a --format not offered is refused before anything is written
    auto session = ctx.session(store::Access::read_write);
    const std::string duplicate = ctx.case_ref(session.reg(), o.duplicate), into = ctx.case_ref(session.reg(), o.into);
    const auto moved = session.reg().merge_cases(duplicate, into, o.reason, ctx.stamp());
    if (ctx.json_asked()) {
        nlohmann::ordered_json doc{{"duplicate", duplicate}, {"into", into}, {"parties", moved.parties},
                                   {"notes", moved.notes}, {"correspondence", moved.correspondence},
                                   {"attachments", moved.attachments}};
        ctx.out() << doc.dump(2) << '\n';
        return 0;
    }
    ctx.out() << fmt::format("{} merged into {}: {} part{}, {} note{}, {} correspondence, {} attachment{} moved; {} voided\n",
                             duplicate, into, moved.parties, moved.parties == 1 ? "y" : "ies", moved.notes,
                             moved.notes == 1 ? "" : "s", moved.correspondence, moved.attachments,
                             moved.attachments == 1 ? "" : "s", duplicate);
    return 0;
}

} // namespace

void setup_note(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_note);
    command.add_option("REF", o->ref, "Case reference")->required();
    command.add_option("TEXT", o->text, "The note; - reads it from stdin; none opens $EDITOR on a terminal");
    command.add_option("--on", o->on, "The day it is about (default today)")->option_text("DATE");
    command.footer("Notes may hold personal data: show prints them (not with --no-personal); reports never do.\n"
                   "Exit status: 0 recorded, 2 bad input or unknown case, 4 register problem.");
}

void setup_correspondence(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_correspondence);
    command.add_option("REF", o->ref, "Case reference")->required();
    command.add_option("--direction", o->direction, "in (received) or out (sent)")->check(CLI::IsMember({"in", "out"}));
    command.add_option("--channel", o->channel, "letter, email, phone, meeting, in-person, web, text or portal")->option_text("CHANNEL");
    command.add_option("--subject", o->subject, "The subject line or a one-line description")->option_text("TEXT");
    command.add_option("--on", o->on, "The day it was sent or received (default today)")->option_text("DATE");
    command.add_option("--step", o->step, "The step it evidences (an acknowledgement, a response): its event number")
        ->option_text("SEQ")->check(CLI::PositiveNumber);
    command.add_option("--attachment", o->attachments, "An attachment of the case that came or went with it (repeatable)")
        ->option_text("ID");
    command.add_flag("--no-personal", o->no_personal, "Listing: leave out the subject lines");
    command.footer("Without --direction, --channel and --subject, lists the case's correspondence.\n"
                   "Exit status: 0 done, 2 bad input or unknown case, 4 register problem.");
}

void setup_amend(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_amend);
    command.add_option("REF", o->ref, "Case reference")->required();
    for (const auto& [flag, field, help] :
         {std::tuple{"--summary", "summary", "The summary"}, {"--received", "received", "The date of receipt"},
          {"--channel", "channel", "How it arrived"}, {"--provider", "provider", "The provider"},
          {"--service", "service", "The service"}, {"--subject", "subject", "The subject"},
          {"--incident-date", "incident_date", "The date of the incident"}}) {
        const std::string key = field;
        command.add_option_function<std::string>(flag, [o, key](const std::string& v) { o->values[key] = v; }, help)
            ->option_text(key == "received" || key == "incident_date" ? "DATE" : "TEXT");
    }
    command.add_option("--clear", o->clear, "Clear a field (channel, provider, service, subject, incident-date)")
        ->option_text("FIELD");
    command.add_option("--reason", o->reason, "Why: kept in the journal with the old and new values")->required();
    command.add_option("--party", o->party, "Rectify a party's details: complainant, on-behalf-of or its number")
        ->option_text("WHO");
    command.add_option("--add-party", o->add_party, "Add a party: complainant or on-behalf-of")->option_text("ROLE");
    command.add_option("--name", o->name, "The party's name")->option_text("NAME");
    command.add_option("--contact", o->contact, "The party's contact details")->option_text("TEXT");
    command.footer("A correction is a new journal event with the old and new values; clocks and reports follow it.\n"
                   "A changed date of receipt is never silent: show, explain and report ko41 --check name it.\n"
                   "Exit status: 0 amended, 2 bad input or unknown case, 4 register problem,\n"
                   "5 refused (a closed case's date of receipt, a date after a step already recorded).");
}

void setup_void(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_void);
    command.add_option("REF", o->ref, "Case reference")->required();
    command.add_option("--event", o->event, "Void this step (recorded in error): its event number")
        ->option_text("SEQ")->check(CLI::PositiveNumber);
    command.add_option("--reason", o->reason, "Why: kept in the journal")->required();
    command.footer("With --event, the case and its clocks are worked out as if the step had not happened;\n"
                   "without, the whole case was logged in error: it leaves list, due and every report.\n"
                   "The journal keeps both. Exit status: 0 voided, 2 bad input, unknown case or an event of\n"
                   "another case, 4 register problem, 5 refused (voided already; later steps depend on it).");
}

void setup_link(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_link);
    command.add_option("REF", o->ref, "Case reference")->required();
    command.add_option("OTHER", o->other, "The other case")->required();
    command.add_option("--as", o->kind, "duplicate (REF duplicates OTHER), related, joint or follow-up (REF follows up OTHER)")
        ->required()->check(CLI::IsMember({"duplicate", "related", "joint", "follow-up"}));
    command.footer("The link is recorded on both cases and shown by show on both.\n"
                   "Exit status: 0 linked, 2 bad input or unknown case, 4 register problem, 5 linked already.");
}

void setup_merge(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_merge);
    command.add_option("DUPLICATE", o->duplicate, "The case logged twice")->required();
    command.add_option("INTO", o->into, "The case that stands")->required();
    command.add_option("--reason", o->reason, "Why: kept in the journal")->required();
    command.footer("Moves the duplicate's parties, notes and correspondence onto INTO, links the two and\n"
                   "voids the duplicate, in one transaction.\n"
                   "Exit status: 0 merged, 2 bad input or unknown case, 4 register problem, 5 either case voided.");
}

} // namespace plaint::cmd
