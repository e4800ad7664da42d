// plaint letter REF TEMPLATE: an acknowledgement, delay or response letter
// filled in from the case (its clocks as of --on), its parties and the
// organisation, as text, Markdown or printable HTML; --record records it as
// correspondence sent. The letter holds personal data: it goes only to
// standard output or a new file readable by its owner, and no message
// carries a value from it.

#include "commands.hpp"
#include "plaint/letters/letters.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <set>
#include <unistd.h>
#include <utility>

namespace plaint::cmd {
namespace {

struct LetterOptions {
    std::string ref;
    std::string name;
    std::string output;
    std::string on = "today";
    std::string channel = "letter";
    bool record = false;
    bool list = false;
    bool fields = false;
};

// Sends the letter to the case's correspondence log. The register's
// correspondence log is not on this branch yet: until it is merged this
// refuses, before anything is written.
reg::Event record_sent(store::Register& reg, store::Register::Correspondence& item, const store::Stamp& stamp) {
    return reg.record_correspondence(item, stamp);
}

std::vector<std::string> clock_kinds(Context& ctx) {
    std::set<std::string> kinds;
    for (const auto& p : ctx.procedures().all())
        for (const auto& c : p.clocks) kinds.insert(c.kind);
    return {kinds.begin(), kinds.end()};
}

letters::Template load_template(const letters::TemplateSource& source, const std::set<std::string>& known) {
    return letters::parse_template(source.name, source.origin, source.text, known);
}

int list_templates(Context& ctx) {
    const auto known = letters::known_fields(clock_kinds(ctx));
    output::Records records{{"template", "source", "description"}, {}};
    for (const auto& source : letters::template_sources(ctx.settings().letters.templates))
        records.add({source.name, source.origin, load_template(source, known).description});
    ctx.write(records, ctx.format(output::Format::table, {output::Format::table, output::Format::json,
                                                          output::Format::csv, output::Format::tsv}));
    return 0;
}

int list_fields(Context& ctx) {
    output::Records records{{"field", "value"}, {}};
    for (const auto& [name, what] : letters::field_descriptions(clock_kinds(ctx))) records.add({name, what});
    ctx.write(records, ctx.format(output::Format::table, {output::Format::table, output::Format::json,
                                                          output::Format::csv, output::Format::tsv}));
    return 0;
}

// --format, else the --output file's extension, else text; both must agree.
letters::Format letter_format(const LetterOptions& o, const Context& ctx) {
    std::optional<letters::Format> by_file;
    if (!o.output.empty()) {
        by_file = letters::format_of_file(o.output);
        if (!by_file) throw UsageError(fmt::format("cannot tell the format of {} from its extension", o.output),
                                       "name it .txt, .md or .html");
    }
    if (!ctx.format_given()) return by_file.value_or(letters::Format::text);
    const auto given = letters::parse_format(ctx.format_name());
    if (!given) throw UsageError(fmt::format("plaint letter cannot write '{}'", ctx.format_name()),
                                 "formats are text, markdown, html");
    if (by_file && *by_file != *given)
        throw UsageError(fmt::format("--format {} does not match {}", ctx.format_name(), o.output),
                         "leave out --format: the extension decides");
    return *given;
}

// A new file, readable and writable by its owner only; never an existing one.
class NewFile {
public:
    explicit NewFile(const std::string& path) : path_(path) {
        fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd_ < 0 && errno == EEXIST)
            throw UsageError(fmt::format("{} exists", path), "plaint letter never overwrites a file: name another");
        if (fd_ < 0) throw DataError(fmt::format("cannot create {}: {}", path, std::strerror(errno)));
    }
    ~NewFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!kept_) ::unlink(path_.c_str());
    }
    NewFile(const NewFile&) = delete;
    NewFile& operator=(const NewFile&) = delete;
    void write_and_keep(const std::string& text) {
        for (std::size_t done = 0; done < text.size();) {
            const auto n = ::write(fd_, text.data() + done, text.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) throw DataError(fmt::format("cannot write {}: {}", path_, std::strerror(errno)));
            done += static_cast<std::size_t>(n);
        }
        if (::close(std::exchange(fd_, -1)) != 0) throw DataError(fmt::format("cannot write {}", path_));
        kept_ = true;
    }

private:
    std::string path_;
    int fd_ = -1;
    bool kept_ = false;
};

const letters::Ombudsman* ombudsman_for(const std::vector<letters::Ombudsman>& all, const std::string& procedure) {
    for (const auto& o : all)
        if (std::find(o.procedures.begin(), o.procedures.end(), procedure) != o.procedures.end()) return &o;
    return nullptr;
}

std::string owner_name(const Context& ctx, const reg::CaseRecord& c) {
    if (!c.owner) return {};
    const auto it = ctx.settings().people.find(*c.owner);
    return it == ctx.settings().people.end() ? std::string() : it->second.name;
}

int run_letter(const LetterOptions& o, Context& ctx) {
    if (o.list) return list_templates(ctx);
    if (o.fields) return list_fields(ctx);
    if (o.ref.empty() || o.name.empty()) throw UsageError("give a case and a template: plaint letter REF TEMPLATE",
                                                          "'plaint letter --list' lists the templates");
    if (o.channel != "letter" && o.channel != "email") throw UsageError("--channel is letter or email");
    const auto format = letter_format(o, ctx);
    const Date on = ctx.parse_date(o.on, "--on date");
    if (!o.output.empty() && std::filesystem::exists(o.output))
        throw UsageError(fmt::format("{} exists", o.output), "plaint letter never overwrites a file: name another");
    const auto& directory = ctx.settings().letters.templates;
    const auto letter = load_template(letters::find_template(o.name, directory), letters::known_fields(clock_kinds(ctx)));
    auto session = ctx.session(o.record ? store::Access::read_write : store::Access::read_only);
    auto& reg = session.reg();
    const std::string ref = ctx.case_ref(reg, o.ref);
    const auto view = casework::view_case(reg, session.definitions(), session.calendar(), ref, on);
    if (view.record.is_voided())
        throw RefusedError(fmt::format("{} was voided on {}: it was logged in error", ref, view.record.voided_on->iso()));
    const auto parties = reg.parties_of(ref);
    const auto all_ombudsmen = letters::ombudsmen(directory);
    const letters::LetterInput input{view, parties, reg.info().organisation, owner_name(ctx, view.record), on,
                                     ombudsman_for(all_ombudsmen, view.record.procedure)};
    const std::string text = letters::render(letter, letters::letter_values(input), format,
                                             fmt::format("{} {}", ref, o.name));
    std::optional<NewFile> file;
    if (!o.output.empty()) file.emplace(o.output);
    if (o.record) {
        store::Register::Correspondence item{0, ref, "out", o.channel, on, fmt::format("{} letter", o.name),
                                             std::nullopt, {}};
        record_sent(reg, item, ctx.stamp());
    }
    if (file) file->write_and_keep(text);
    else ctx.out() << text;
    if (file && o.record) ctx.out() << fmt::format("{}: {} letter written to {} and recorded as sent on {}\n", ref,
                                                   o.name, o.output, on.iso());
    else if (file) ctx.out() << fmt::format("{}: {} letter written to {}\n", ref, o.name, o.output);
    return 0;
}

} // namespace

void setup_letter(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_letter);
    command.add_option("REF", o->ref, "Case reference");
    command.add_option("TEMPLATE", o->name, "acknowledgement, delay, response or the organisation's own");
    command.add_option("--output", o->output, "Write to FILE (new, mode 0600); .txt, .md or .html sets the format")
        ->option_text("FILE");
    command.add_option("--on", o->on, "The letter's date, and the day its dates are worked out for (default today)")
        ->option_text("DATE");
    command.add_flag("--record", o->record, "Record the letter as correspondence sent on the case");
    command.add_option("--channel", o->channel, "With --record: letter (default) or email")->option_text("HOW");
    command.add_flag("--list", o->list, "List the templates (checking each) and exit");
    command.add_flag("--fields", o->fields, "List the fields a template may use and exit");
    command.footer("--format text (default), markdown or html. The letter holds personal data: keep it safe.");
}

} // namespace plaint::cmd
