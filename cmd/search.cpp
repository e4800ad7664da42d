// plaint search: cases found by the words of their summaries, lessons, notes
// and correspondence subjects (ranked), or by a party's name. Each hit is a
// case, once, with where it matched and a snippet. Notes and correspondence
// subjects are personal: their snippets are shown to the handler (a table,
// JSON, NDJSON), never in CSV or TSV, and with --no-personal they are not
// searched at all. JSON: schemas/search.schema.json.

#include "commands.hpp"
#include "plaint/output/row_writer.hpp"

#include <fmt/format.h>

#include <iostream>

namespace plaint::cmd {
namespace {

using output::Format;

struct SearchOptions {
    std::vector<std::string> words;
    std::string party;
    bool open = false;
    bool closed = false;
    bool no_personal = false;
    bool include_voided = false;
    std::int64_t limit = 20;
    std::int64_t offset = 0;
};

// FTS5 marks the matched words with \x02 ... \x03: shown as [ ... ]; line
// breaks between a case's notes become " / "; other control characters
// (a note may hold anything) become spaces.
std::string printable(const std::string& snippet) {
    std::string text;
    for (char ch : snippet) {
        if (ch == '\x02') text += '[';
        else if (ch == '\x03') text += ']';
        else if (ch == '\n') text += " / ";
        else if (static_cast<unsigned char>(ch) < 0x20 || ch == '\x7f') text += ' ';
        else text += ch;
    }
    return text;
}

bool personal_field(const std::string& field) { return field == "note" || field == "correspondence"; }

// The snippet of the first matched field this output may show.
std::string snippet_of(const store::Register::SearchHit& hit, bool personal) {
    for (const auto& field : hit.matched) {
        const auto it = hit.snippets.find(field);
        if (it != hit.snippets.end() && (personal || !personal_field(field))) return printable(it->second);
    }
    return {};
}

store::Register::SearchQuery query_of(const SearchOptions& o) {
    store::Register::SearchQuery q;
    q.words = o.words;
    if (!o.party.empty()) q.party = o.party;
    q.personal = !o.no_personal;
    q.include_voided = o.include_voided;
    if (o.open) q.status = store::CaseFilter::Status::open;
    if (o.closed) q.status = store::CaseFilter::Status::closed;
    q.limit = o.limit;
    q.offset = o.offset;
    return q;
}

output::Value optional_cell(const std::optional<std::string>& v) { return v ? output::Value(*v) : output::Value(); }

nlohmann::ordered_json hit_json(const store::Register::SearchHit& hit, bool personal) {
    const auto& c = hit.record;
    const std::string snippet = snippet_of(hit, personal);
    return {{"reference", c.ref},
            {"received", c.received.iso()},
            {"kind", c.kind},
            {"procedure", c.procedure},
            {"state", c.state},
            {"owner", c.owner ? nlohmann::ordered_json(*c.owner) : nlohmann::ordered_json()},
            {"closed_on", c.closed_on ? nlohmann::ordered_json(c.closed_on->iso()) : nlohmann::ordered_json()},
            {"matched", hit.matched},
            {"snippet", snippet.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(snippet)}};
}

int run_search(const SearchOptions& o, Context& ctx) {
    const Format format = ctx.format(Format::tsv, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv});
    const auto query = query_of(o);
    auto reg = ctx.open_register(store::Access::read_only);
    const auto page = reg.search(query);
    // The handler's own view shows personal snippets; an export does not.
    const bool personal = !o.no_personal && (format == Format::table || format == Format::json || format == Format::ndjson);
    output::RowWriter writer(ctx.out(), format, {"reference", "received", "state", "owner", "matched", "snippet"},
                             {true, ctx.color()});
    for (const auto& hit : page.hits) {
        if (format == Format::json || format == Format::ndjson) {
            writer.object(hit_json(hit, personal));
            continue;
        }
        const std::string snippet = snippet_of(hit, personal);
        writer.row({hit.record.ref, hit.record.received.iso(), hit.record.state, optional_cell(hit.record.owner),
                    fmt::format("{}", fmt::join(hit.matched, ",")), snippet.empty() ? output::Value() : snippet});
    }
    writer.finish();
    if (page.more && format == Format::table)
        std::cerr << fmt::format("plaint: note: more cases match: --offset {} shows the next {}\n",
                                 o.offset + o.limit, o.limit);
    return 0;
}

} // namespace

void setup_search(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_search);
    command.add_option("WORDS", o->words, "Words to find, all of them (a trailing * makes a prefix)");
    command.add_option("--party", o->party, "Cases whose complainant or on-behalf-of party has this name (or its start)")
        ->option_text("NAME");
    auto* open = command.add_flag("--open", o->open, "Only open cases");
    command.add_flag("--closed", o->closed, "Only closed cases")->excludes(open);
    command.add_flag("--no-personal", o->no_personal, "Search summaries and lessons only (not notes or correspondence)");
    command.add_flag("--include-voided", o->include_voided, "Also cases voided as logged in error");
    command.add_option("--limit", o->limit, "At most N cases (default 20)")->check(CLI::Range(1, 1000))->option_text("N");
    command.add_option("--offset", o->offset, "Skip the first N cases (the next page)")
        ->check(CLI::Range(std::int64_t{0}, std::int64_t{1} << 40))->option_text("N");
}

} // namespace plaint::cmd
