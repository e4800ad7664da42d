// plaint attach REF FILE..., plaint attachments REF (or --prune) and plaint
// extract REF ID: documents kept with a case, in the documents directory
// beside the register file. A file's name is personal: it is shown to the
// handler on stdout, never in a message.

#include "commands.hpp"
#include "plaint/casework/attachments.hpp"
#include "plaint/core/size.hpp"
#include "plaint/store/documents.hpp"
#include "plaint/store/register_documents.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace plaint::cmd {
namespace {

using output::Format;

struct AttachOptions {
    std::string ref;
    std::vector<std::string> files;
    std::string on = "today";
    std::string type;
    std::int64_t correspondence = 0;
};

int run_attach(const AttachOptions& o, Context& ctx) {
    const Format format = ctx.format(Format::table, {Format::table, Format::json});
    store::Register::AttachOptions options;
    options.on = ctx.parse_date(o.on, "--on date");
    options.max_size = ctx.settings().attachments.max_size;
    if (o.correspondence > 0) options.correspondence_id = o.correspondence;
    std::vector<store::Register::AttachmentSource> sources;
    for (const auto& file : o.files) sources.push_back({file, "", o.type});
    auto session = ctx.session(store::Access::read_write);
    const auto attached = session.reg().attach(ctx.case_ref(session.reg(), o.ref), sources, options, ctx.stamp());
    if (format == Format::json) {
        auto doc = nlohmann::ordered_json::array();
        for (const auto& a : attached) doc.push_back(casework::attachment_json(a, true));
        ctx.out() << doc.dump(2) << '\n';
        return 0;
    }
    for (const auto& a : attached) ctx.out() << a.id << '\n';
    return 0;
}

struct ListOptions {
    std::string ref;
    bool no_personal = false;
    bool prune = false;
};

int run_prune(Context& ctx) {
    ctx.format(Format::table, {Format::table});
    auto session = ctx.session(store::Access::read_write);
    const auto pruned = store::prune_documents(session.reg());
    const std::string dir = store::documents_directory(session.reg().path()).string();
    ctx.out() << fmt::format("removed {} unused document(s) and {} temporary file(s) from {} ({})\n", pruned.documents,
                             pruned.temporaries, dir, format_size(pruned.bytes));
    if (pruned.in_use) ctx.out() << fmt::format("left {} file(s) held by an attach still running\n", pruned.in_use);
    if (pruned.others) ctx.out() << fmt::format("left {} file(s) that plaint did not write\n", pruned.others);
    return 0;
}

int run_attachments(const ListOptions& o, Context& ctx) {
    if (o.prune && !o.ref.empty())
        throw UsageError("--prune works on the whole documents directory: give no REF");
    if (o.prune) return run_prune(ctx);
    if (o.ref.empty()) throw UsageError("REF is required", "see 'plaint attachments --help'");
    const Format format =
        ctx.format(Format::tsv, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv});
    auto reg = ctx.open_register(store::Access::read_only);
    const auto attachments = reg.attachments_of(ctx.case_ref(reg, o.ref));
    if (format == Format::json || format == Format::ndjson) {
        auto doc = nlohmann::ordered_json::array();
        for (const auto& a : attachments) doc.push_back(casework::attachment_json(a, !o.no_personal));
        if (format == Format::json) ctx.out() << doc.dump(2) << '\n';
        else
            for (const auto& item : doc) ctx.out() << item.dump() << '\n';
        return 0;
    }
    ctx.write(casework::attachment_records(attachments, !o.no_personal, format == Format::table), format);
    return 0;
}

struct ExtractOptions {
    std::string ref;
    std::int64_t id = 0;
    std::string output;
    bool force = false;
};

[[noreturn]] void write_failed(const char* doing) {
    throw DataError(fmt::format("cannot {} the output file: {}", doing, std::strerror(errno)),
                    "check the directory and the disk");
}

// Writes the attachment to a new file, mode 0600: without --force, `path`
// itself, created only if it does not exist; with it, a temporary file
// beside it renamed over it at the end. Either way nothing is left behind
// when the content fails its check.
void extract_to_file(store::Register& reg, const store::Register::Attachment& a, const ExtractOptions& o) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(o.output, ec)) throw UsageError("the output file is a directory");
    std::string written = o.output;
    if (o.force) written = (fs::path(o.output).parent_path() / ".plaint-extract-XXXXXX").string();
    // Read and write: the content is hashed from the copy as it is made.
    const int fd = o.force ? ::mkstemp(written.data()) : ::open(written.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EEXIST)
        throw UsageError("the output file exists; nothing was written", "give --force to replace it");
    if (fd < 0) write_failed("create");
    try {
        store::extract_attachment(reg, a, fd);
        if (::fsync(fd) != 0) write_failed("write");
        if (::close(fd) != 0) write_failed("write");
    } catch (...) {
        ::close(fd);
        ::unlink(written.c_str());
        throw;
    }
    if (o.force && std::rename(written.c_str(), o.output.c_str()) != 0) {
        ::unlink(written.c_str());
        write_failed("replace");
    }
}

int run_extract(const ExtractOptions& o, Context& ctx) {
    auto reg = ctx.open_register(store::Access::read_only);
    const auto a = reg.attachment_of(ctx.case_ref(reg, o.ref), o.id);
    if (!o.output.empty() && o.output != "-") {
        extract_to_file(reg, a, o);
        return 0;
    }
    if (ctx.out_is_terminal())
        throw UsageError("not writing an attachment to a terminal", "give -o FILE, or redirect the output");
    auto& out = ctx.out();
    reg.read_attachment(a, [&](std::string_view bytes) {
        if (!out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()))) write_failed("write");
    });
    if (!out.flush()) write_failed("write");
    return 0;
}

} // namespace

void setup_attach(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_attach);
    command.add_option("REF", o->ref, "Case reference")->required();
    command.add_option("FILE", o->files, "The files to attach (all of them, or none)")->required();
    command.add_option("--on", o->on, "The day they were attached (default today)")->option_text("DATE");
    command.add_option("--type", o->type, "Their media type (default: from each name's extension)")
        ->option_text("MEDIA-TYPE");
    command.add_option("--correspondence", o->correspondence, "The letter or email they came with")
        ->option_text("ID")
        ->check(CLI::PositiveNumber);
    command.footer("Prints the new attachment ids, one a line. Each file is stored once per SHA-256 in the "
                   "documents directory beside the register (REGISTER-documents/, mode 0700, files 0400). The size "
                   "limit is attachments.max_size in the configuration (default 64 MiB).");
}

void setup_attachments(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_attachments);
    command.add_option("REF", o->ref, "Case reference (required unless --prune)");
    command.add_flag("--no-personal", o->no_personal, "Leave out the original file names");
    command.add_flag("--prune", o->prune,
                     "Remove the documents no attachment uses and the temporary files of stopped attaches");
    command.footer("The documents are files in the directory beside the register (REGISTER-documents/); "
                   "'plaint verify' notes those --prune would remove.");
}

void setup_extract(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_extract);
    command.add_option("REF", o->ref, "Case reference")->required();
    command.add_option("ID", o->id, "The attachment's id ('plaint attachments REF' lists them)")
        ->required()
        ->check(CLI::PositiveNumber);
    command.add_option("-o,--output", o->output, "Write it to FILE (created 0600; default stdout)")
        ->option_text("FILE");
    command.add_flag("--force", o->force, "Replace FILE if it exists");
    command.footer("Exit status 4 when the content is missing or does not match its SHA-256 (nothing is left "
                   "at FILE).");
}

} // namespace plaint::cmd
