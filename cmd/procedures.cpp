// plaint procedures list|show ID|check FILE: the procedure definitions,
// readable, as JSON, or as a Graphviz dot graph.

#include "commands.hpp"
#include "plaint/procedure/parse.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace plaint::cmd {
namespace {

using output::Format;

struct ListOptions {};

int run_list(const ListOptions&, Context& ctx) {
    output::Records records{{"id", "title", "states", "events", "clocks", "source", "hash"}, {}};
    for (const auto& p : ctx.procedures().all())
        records.add({p.id, p.title, static_cast<std::int64_t>(p.states.size()), static_cast<std::int64_t>(p.events.size()),
                     static_cast<std::int64_t>(p.clocks.size()), p.source, p.hash.substr(0, 12)});
    ctx.write(records, ctx.format(Format::table, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv}));
    return 0;
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// A dot label of two lines: the id, then the title.
std::string two_line_label(const std::string& first, const std::string& second) {
    const std::string a = quoted(first), b = quoted(second);
    return a.substr(0, a.size() - 1) + "\\n" + b.substr(1);
}

void write_dot(std::ostream& out, const procedure::Procedure& p) {
    out << fmt::format("digraph {} {{\n  rankdir=LR;\n  label={};\n  node [shape=box, style=rounded];\n", quoted(p.id),
                       quoted(p.title));
    for (const auto& s : p.states)
        out << fmt::format("  {} [label={}{}];\n", quoted(s.id), two_line_label(s.id, s.title),
                           s.final ? ", peripheries=2" : s.id == p.initial ? ", style=\"rounded,bold\"" : "");
    for (const auto& e : p.events) {
        if (e.to.empty()) continue;
        for (const auto& from : e.from) {
            if (from == "*") {
                for (const auto& s : p.states)
                    if (!s.final && s.id != e.to) out << fmt::format("  {} -> {} [label={}, style=dashed];\n", quoted(s.id), quoted(e.to), quoted(e.id));
                continue;
            }
            out << fmt::format("  {} -> {} [label={}];\n", quoted(from), quoted(e.to), quoted(e.id));
        }
    }
    out << "}\n";
}

std::string field_text(const procedure::Field& f) {
    std::string text = f.name;
    if (f.type == procedure::Field::Type::choice) text += "=" + fmt::format("{}", fmt::join(f.choices, "|"));
    if (f.type == procedure::Field::Type::date) text += "=DATE";
    if (f.type == procedure::Field::Type::flag) text += "=yes|no";
    return f.required ? text : "[" + text + "]";
}

void write_text(std::ostream& out, const procedure::Procedure& p) {
    out << fmt::format("{}: {}\n  source {}, definition {}\n", p.id, p.title, p.source, p.hash.substr(0, 12));
    if (!p.description.empty()) out << '\n' << p.description << '\n';
    out << "\nStates (initial " << p.initial << "):\n";
    for (const auto& s : p.states) out << fmt::format("  {:<22} {}{}\n", s.id, s.title, s.final ? " [final]" : "");
    out << "\nEvents:\n";
    for (const auto& e : p.events) {
        out << fmt::format("  {:<22} {}\n", e.id, e.title);
        out << fmt::format("  {:<22}   from {}{}{}\n", "", fmt::join(e.from, ", "), e.to.empty() ? "" : " -> " + e.to,
                           e.verbs.empty() ? "" : fmt::format("; plaint {}", fmt::join(e.verbs, ", plaint ")));
        std::vector<std::string> fields;
        for (const auto& f : e.fields) fields.push_back(field_text(f));
        if (!fields.empty()) out << fmt::format("  {:<22}   fields {}\n", "", fmt::join(fields, " "));
    }
    out << "\nClocks:\n";
    for (const auto& c : p.clocks) {
        out << fmt::format("  {:<22} {}\n", c.id, c.title);
        std::string rule = c.target ? c.target->describe() : fmt::format("due on {}", fmt::join(c.due_from, " or "));
        if (!c.per.empty()) rule += fmt::format(", one per {}", c.per);
        if (c.not_before) rule = fmt::format("{} (not before {})", rule, c.not_before->describe());
        out << fmt::format("  {:<22}   {} from {}{}; stops on {}\n", "", rule, fmt::join(c.start_on, " or "),
                           c.gates.empty() ? "" : fmt::format(" once {} are in", fmt::join(c.gates, " and ")),
                           fmt::join(c.stop, ", "));
        if (!c.pause.empty()) out << fmt::format("  {:<22}   paused by {}, resumed by {}\n", "", fmt::join(c.pause, ", "), fmt::join(c.resume, ", "));
        if (!c.restart_on.empty() || !c.reset_on.empty())
            out << fmt::format("  {:<22}   {}{}{}\n", "", c.restart_on.empty() ? "" : "restarts on " + fmt::format("{}", fmt::join(c.restart_on, ", ")),
                               !c.restart_on.empty() && !c.reset_on.empty() ? "; " : "",
                               c.reset_on.empty() ? "" : "set back by " + fmt::format("{}", fmt::join(c.reset_on, ", ")));
        for (const auto& x : c.extensions)
            out << fmt::format("  {:<22}   {} by {}{}{}\n", "", x.mode == procedure::Extension::Mode::set ? "set" : "extended",
                               x.event, x.cap ? ", at most " + x.cap->describe() : "",
                               x.before_expiry ? ", agreed before it expires" : "");
        if (!c.breach_handled_by.empty())
            out << fmt::format("  {:<22}   a breach is dealt with by {}\n", "", fmt::join(c.breach_handled_by, ", "));
    }
}

struct ShowOptions {
    std::string id;
};

int run_show(const ShowOptions& o, Context& ctx) {
    const auto& p = ctx.procedures().get(o.id);
    // dot is this command's own format, outside the record formats.
    if (ctx.format_name() == "dot") {
        write_dot(ctx.out(), p);
        return 0;
    }
    if (ctx.format_name() == "json") {
        ctx.out() << nlohmann::ordered_json{{"id", p.id}, {"title", p.title}, {"source", p.source}, {"hash", p.hash},
                                            {"definition", p.text}}.dump(2) << '\n';
        return 0;
    }
    ctx.format(Format::table, {Format::table, Format::json});
    write_text(ctx.out(), p);
    return 0;
}

struct CheckOptions {
    std::vector<std::string> files;
};

int run_check(const CheckOptions& o, Context& ctx) {
    for (const auto& file : o.files) {
        const auto p = procedure::load_file(file);
        ctx.out() << fmt::format("{}: ok: procedure {} ({} states, {} events, {} clocks)\n", file, p.id, p.states.size(),
                                 p.events.size(), p.clocks.size());
    }
    return 0;
}

} // namespace

void setup_procedures(CLI::App& command, Action& action) {
    command.require_subcommand(1);
    bind(*command.add_subcommand("list", "List the procedures new cases can follow"), action, run_list);
    auto* show = command.add_subcommand("show", "Show a procedure's states, events and clocks (--format dot for Graphviz)");
    auto show_options = bind(*show, action, run_show);
    show->add_option("ID", show_options->id, "Procedure id")->required();
    auto* check = command.add_subcommand("check", "Check procedure definition files, reporting the first error as file:line");
    auto check_options = bind(*check, action, run_check);
    check->add_option("FILE", check_options->files, "Procedure TOML files")->required();
}

} // namespace plaint::cmd
