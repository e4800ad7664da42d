// plaint verify: SQLite's integrity check, the journal's hash chain, the
// projection against the journal, the parties against their digests, the
// attachments' content against its SHA-256 and the seals (plaint seal)
// against their key and the journal; then notes (the documents directory,
// what was not checked) and advice. Exit status 1 names the first bad event.

#include "commands.hpp"
#include "plaint/store/register_documents.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace plaint::cmd {
namespace {

using output::Format;

struct VerifyOptions {
    std::string seals_file; // --seals FILE: exported seals
};

// The seals of an export (plaint seal --export): one JSON line each.
std::vector<store::Seal> read_exported_seals(const std::string& file) {
    std::ifstream in(file);
    if (!in) throw DataError(fmt::format("cannot read the exported seals {}", file));
    std::vector<store::Seal> seals;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number)
        if (!line.empty()) seals.push_back(store::seal_from_json(line, fmt::format("{}:{}", file, number)));
    return seals;
}

nlohmann::ordered_json seals_json(const store::SealSummary& s) {
    return {{"count", s.count},
            {"key_configured", s.key_configured},
            {"newest", s.newest ? store::seal_json(*s.newest, false) : nlohmann::ordered_json()},
            {"notes", s.notes}};
}

// "seals: 2, the newest seal 2 of event 6 at TIME, key ID (checked against the configured public key)"
void print_seals(std::ostream& out, const store::SealSummary& s) {
    if (s.newest)
        out << fmt::format("seals: {}, the newest seal {} of event {} at {}, key {} ({})\n", s.count, s.newest->number,
                           s.newest->seq, s.newest->sealed_at, store::key_id(s.newest->public_key),
                           s.key_configured ? "checked against the configured public key" : "not checked: none is configured");
    for (const auto& note : s.notes) out << "note: " << note << '\n';
}

int run_verify(const VerifyOptions& o, Context& ctx) {
    const Format format = ctx.format(Format::table, {Format::table, Format::json});
    store::SealTrust trust{ctx.settings().seal.public_keys, {}, o.seals_file};
    if (!o.seals_file.empty()) trust.exported = read_exported_seals(o.seals_file);
    // A session, so that the clocks are worked out again and compared.
    std::string upgraded;
    store::VerifyReport report;
    std::optional<std::vector<std::string>> documents_notes;
    try {
        auto session = ctx.verify_session(upgraded);
        session.reg().set_seal_trust(std::move(trust));
        report = session.reg().verify();
        documents_notes = store::document_notes(session.reg());
    } catch (const store::BrokenJournalError& broken) {
        report.problems.push_back({broken.seq(), broken.what()});
        report.advice.push_back(broken.hint());
    }
    if (!upgraded.empty()) report.notes.insert(report.notes.begin(), upgraded);
    if (documents_notes) report.notes.insert(report.notes.end(), documents_notes->begin(), documents_notes->end());
    if (format == Format::json) {
        nlohmann::ordered_json problems = nlohmann::ordered_json::array();
        for (const auto& p : report.problems)
            problems.push_back({{"event", p.seq ? nlohmann::ordered_json(p.seq) : nlohmann::ordered_json()},
                                {"message", p.message}});
        nlohmann::ordered_json doc{{"ok", report.ok()},       {"events", report.events}, {"cases", report.cases},
                                   {"journal_head", report.head}, {"problems", problems},
                                   {"notes", report.notes},   {"advice", report.advice},
                                   {"seals", seals_json(report.seals)}};
        ctx.out() << doc.dump(2) << '\n';
    } else if (report.ok()) {
        ctx.out() << fmt::format("ok: {} events, {} cases; journal head {}\n", report.events, report.cases, report.head);
        print_seals(ctx.out(), report.seals);
        for (const auto& n : report.notes) ctx.out() << "note: " << n << '\n';
    } else {
        for (const auto& p : report.problems) ctx.out() << "FAILED: " << p.message << '\n';
        print_seals(ctx.out(), report.seals);
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

} // namespace

void setup_verify(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_verify);
    command.add_option("--seals", o->seals_file, "Also check the seals exported to FILE (plaint seal --export), "
                                                 "and the register's seals against them")
        ->option_text("FILE");
}

void setup_rebuild(CLI::App& command, Action& action) { bind(command, action, run_rebuild); }

} // namespace plaint::cmd
