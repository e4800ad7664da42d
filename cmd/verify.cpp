// plaint verify: SQLite's integrity check, the journal's hash chain, the
// projection against the journal and the parties against their digests,
// the attachments' content against its SHA-256; then notes about the
// documents directory (never a failure). Exit status 1 names the first bad
// event.

#include "commands.hpp"
#include "plaint/store/register_documents.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace plaint::cmd {
namespace {

using output::Format;

struct VerifyOptions {};

int run_verify(const VerifyOptions&, Context& ctx) {
    // A session, so that the clocks are worked out again and compared.
    std::string upgraded;
    store::VerifyReport report;
    std::optional<std::vector<std::string>> documents_notes;
    try {
        auto session = ctx.verify_session(upgraded);
        report = session.reg().verify();
        documents_notes = store::document_notes(session.reg());
    } catch (const store::BrokenJournalError& broken) {
        report.problems.push_back({broken.seq(), broken.what()});
        report.advice.push_back(broken.hint());
    }
    if (!upgraded.empty()) report.notes.insert(report.notes.begin(), upgraded);
    if (documents_notes) report.notes.insert(report.notes.end(), documents_notes->begin(), documents_notes->end());
    if (ctx.format(Format::table, {Format::table, Format::json}) == Format::json) {
        nlohmann::ordered_json problems = nlohmann::ordered_json::array();
        for (const auto& p : report.problems)
            problems.push_back({{"event", p.seq ? nlohmann::ordered_json(p.seq) : nlohmann::ordered_json()},
                                {"message", p.message}});
        nlohmann::ordered_json doc{{"ok", report.ok()},       {"events", report.events}, {"cases", report.cases},
                                   {"journal_head", report.head}, {"problems", problems},
                                   {"notes", report.notes},   {"advice", report.advice}};
        ctx.out() << doc.dump(2) << '\n';
    } else if (report.ok()) {
        ctx.out() << fmt::format("ok: {} events, {} cases; journal head {}\n", report.events, report.cases, report.head);
        for (const auto& n : report.notes) ctx.out() << "note: " << n << '\n';
    } else {
        for (const auto& p : report.problems) ctx.out() << "FAILED: " << p.message << '\n';
        for (const auto& n : report.notes) ctx.out() << "note: " << n << '\n';
        for (const auto& a : report.advice) ctx.out() << "what to do: " << a << '\n';
    }
    return report.ok() ? 0 : static_cast<int>(ExitCode::finding);
}

struct RebuildOptions {};

int run_rebuild(const RebuildOptions&, Context& ctx) {
    auto session = ctx.session(store::Access::read_write);
    const auto result = session.reg().rebuild();
    ctx.out() << fmt::format("Rebuilt {} cases from {} events; {} differed from the journal\n", result.cases,
                             result.events, result.changed);
    for (const auto& what : result.repaired) ctx.out() << "  repaired: " << what << '\n';
    return 0;
}

struct BackupOptions {
    std::string destination;
};

int run_backup(const BackupOptions& o, Context& ctx) {
    auto reg = ctx.open_register(store::Access::read_only);
    reg.backup_to(o.destination);
    ctx.out() << fmt::format("Backed up {} to {}\n", reg.path().string(), o.destination);
    return 0;
}

} // namespace

void setup_verify(CLI::App& command, Action& action) { bind(command, action, run_verify); }

void setup_rebuild(CLI::App& command, Action& action) { bind(command, action, run_rebuild); }

void setup_backup(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_backup);
    command.add_option("DEST", o->destination, "The new backup file (never overwritten)")->required();
}

} // namespace plaint::cmd
