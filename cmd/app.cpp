#include "app.hpp"

#include "commands.hpp"
#include "plaint/core/error.hpp"
#include "plaint/core/text.hpp"
#include "plaint/core/version.hpp"
#include "plaint/output/fd_buffer.hpp"
#include "plaint/procedure/verbs.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <string_view>
#include <iostream>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace plaint::cmd {
namespace {

constexpr Command command_table[] = {
    {"init", "Create a register file", setup_init},
    {"log", "Record a new concern, complaint or compliment", setup_log},
    {"show", "Show a case, its parties and its timeline", setup_show},
    {"list", "List cases, with filters, in table, JSON, NDJSON, CSV or TSV", setup_list},
    {"due", "List what is overdue or due soon: the daily run", setup_due},
    {"report", "Reports: KO41 return, annual, timeliness, providers, trends", setup_report},
    {"sample", "Draw a reproducible random sample of a provider's closed cases for review", setup_sample},
    {"remind", "Email each case owner a digest of what is due", setup_remind},
    {"demo", "Create a demonstration register with realistic cases", setup_demo},
    // the step verbs (procedure::step_verbs) come here
    {"escalate", "Escalate: concern to complaint, to stage 2, to the panel, to the Ombudsman", setup_escalate},
    {"classify", "Record a case's KO41 aspects, age band and complainant status", setup_classify},
    {"learn", "Record a lesson learned from a case", setup_learn},
    {"action", "Add an improvement action to a case, record one done, or list them", setup_action},
    {"record", "Record any step of a case's procedure: EVENT key=value ...", setup_record},
    {"note", "Add a dated note to a case (a call, a meeting, a thought)", setup_note},
    {"correspondence", "Record a letter, email, call or meeting in or out, or list a case's", setup_correspondence},
    {"amend", "Correct a case's fields or a party's details, with a reason", setup_amend},
    {"void", "Void a step recorded in error, or a case logged in error", setup_void},
    {"link", "Link two cases: duplicate, related, joint, follow-up", setup_link},
    {"merge", "Merge a duplicate case into the case that stands", setup_merge},
    {"explain", "Explain how each of a case's due dates was worked out", setup_explain},
    {"procedures", "List, show and check procedure definitions", setup_procedures},
    {"categories", "List the KO41 category lists: age bands, statuses, subjects, services, professions", setup_categories},
    {"verify", "Check the register's integrity and its tamper-evident journal", setup_verify},
    {"seal", "Sign the journal's head with a key kept outside the register; list or export the seals", setup_seal},
    {"rebuild", "Rebuild the case records from the journal", setup_rebuild},
    {"backup", "Copy the register safely while others use it", setup_backup},
    {"restore", "Put a backup back in the register's place, safely while others use it", setup_restore},
    {"calendar", "Working-day arithmetic, bank holidays and closures", setup_calendar},
    {"config", "Show the configuration in force and where each value comes from", setup_config},
    {"attach", "Attach files to a case, stored beside the register", setup_attach},
    {"attachments", "List a case's attachments, or prune unused documents", setup_attachments},
    {"extract", "Write an attachment out, byte for byte, checked against its SHA-256", setup_extract},
    {"search", "Find cases by words in their summaries, notes, correspondence and lessons, or by a party's name", setup_search},
    {"grade", "Grade a case's risk (consequence x likelihood) against a 5x5 matrix, or show it", setup_grade},
    {"contribution", "Ask a service or provider for a statement by a date, record it received, list them", setup_contribution},
    {"letter", "Write an acknowledgement, delay or response letter from a template", setup_letter},
    {"caseload", "Open cases by owner: states and clock status, for managers", setup_caseload},
};

config::Environment read_environment() {
    config::Environment env;
    for (char** entry = environ; entry && *entry; ++entry) {
        std::string_view text(*entry);
        const auto eq = text.find('=');
        if (eq != std::string_view::npos) env.emplace(text.substr(0, eq), text.substr(eq + 1));
    }
    return env;
}

Date system_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

// Exactly YYYY-MM-DDTHH:MM:SSZ naming a real date and time of day.
bool is_utc_timestamp(std::string_view s) {
    if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z') return false;
    const auto field = [&](std::size_t at, std::int64_t max) { return text::parse_integer(s.substr(at, 2), 0, max); };
    return parse_iso_date(s.substr(0, 10)) && field(11, 23) && field(14, 59) && field(17, 59);
}

// "today" for the whole run: --today, else PLAINT_TODAY, else the clock.
Date resolve_today(const GlobalOptions& options, const config::Environment& env) {
    const Date clock = system_today();
    if (!options.today.empty()) return parse_user_date(options.today, clock, "--today");
    if (auto it = env.find("PLAINT_TODAY"); it != env.end() && !it->second.empty())
        return parse_user_date(it->second, clock, "PLAINT_TODAY");
    return clock;
}

// The recorded-at time of this run: the clock, or PLAINT_NOW, a testing
// hook read strictly (YYYY-MM-DDTHH:MM:SSZ, a real instant); a writer
// refuses a PLAINT_NOW earlier than the journal's latest time
// (Context::open_register), so the record's times never go backwards.
std::pair<std::string, bool> utc_now(const config::Environment& env) {
    if (auto it = env.find("PLAINT_NOW"); it != env.end() && !it->second.empty()) {
        if (!is_utc_timestamp(it->second))
            throw UsageError(fmt::format("invalid PLAINT_NOW {}", text::quoted(it->second)),
                             "PLAINT_NOW, a hook for tests, is a UTC time written YYYY-MM-DDTHH:MM:SSZ; unset it "
                             "to use the clock");
        return {it->second, true};
    }
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return {stamp, false};
}

Invocation invocation(const GlobalOptions& options, const config::Settings& settings,
                      const config::Environment& env) {
    std::string actor = options.actor;
    if (actor.empty()) actor = settings.user;
    auto [now, pinned] = utc_now(env);
    return {resolve_today(options, env), std::move(now), pinned, actor};
}

// A value that must be given, not left empty (--today "").
const CLI::Validator not_empty(
    [](std::string& value) { return value.empty() ? std::string("is empty") : std::string(); }, "", "not empty");

void add_global_options(CLI::App& app, GlobalOptions& options) {
    app.add_option("--today", options.today, "Take DATE as today for this run (env PLAINT_TODAY)")
        ->option_text("DATE")
        ->check(not_empty);
    app.add_option("--format", options.format, "Output format: table, json, ndjson, csv, tsv (per command)")
        ->option_text("FORMAT");
    app.add_option("--calendar", options.calendar,
                   "Calendar division: england-and-wales, scotland, northern-ireland, united-kingdom")
        ->option_text("NAME");
    app.add_option("--config", options.config_file, "Read this configuration file after the others")
        ->option_text("FILE");
    app.add_option("--register", options.register_file, "The register file (env PLAINT_REGISTER)")
        ->option_text("FILE");
    app.add_option("--as", options.actor, "Record changes as made by NAME (env PLAINT_USER)")
        ->option_text("NAME");
    app.set_version_flag("--version", fmt::format("plaint {}", version), "Print the version and exit");
}

// Whole numbers are read one strict way (text::parse_integer): CLI11 alone
// would take 0x10 as 16, 010 as 8, an empty value as 0, and -1 as a huge
// unsigned number. Every INT and UINT option of `app` and its subcommands
// gets the check, so a new numeric option is strict without asking.
void make_numbers_strict(CLI::App& app) {
    // Each check hands CLI11 the number rewritten in plain decimal, so that
    // its own reading (strtoll base 0) cannot take 010 as octal.
    const auto strict = [](std::int64_t min, std::string why) {
        return CLI::Validator(
            [min, why](std::string& value) {
                const auto n = text::parse_integer(value, min);
                if (!n) return "'" + value + "' is not " + why;
                value = std::to_string(*n);
                return std::string();
            },
            "", "strict number");
    };
    const CLI::Validator whole = strict(INT64_MIN, "a whole number");
    const CLI::Validator natural = strict(0, "a whole number of 0 or more");
    for (CLI::Option* option : app.get_options()) {
        std::string type = option->get_type_name(); // "INT", or "INT:POSITIVE" with a check
        type = type.substr(0, type.find(':'));
        if (type == "INT") option->check(whole);
        else if (type == "UINT") option->check(natural);
    }
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) make_numbers_strict(*sub);
}

// The command named on the command line: the first argument that is neither
// an option nor the value of a global option that takes one ("" when none).
std::string_view named_command(const CLI::App& app, int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") return i + 1 < argc ? std::string_view(argv[i + 1]) : std::string_view();
        if (!arg.starts_with("-")) return arg;
        const CLI::Option* global = app.get_option_no_throw(std::string(arg));
        if (global && global->get_items_expected_min() > 0) ++i;
    }
    return {};
}

std::string command_path(const CLI::App& app) {
    std::string path;
    for (const CLI::App* sub = &app; sub;) {
        auto chosen = sub->get_subcommands();
        if (chosen.empty()) break;
        sub = chosen.front();
        path += (path.empty() ? "" : " ") + sub->get_name();
    }
    return path;
}

// Messages are escaped as a whole: a value quoted in one (an argument, a
// file name) cannot add a line to stderr or send the terminal a sequence.
void print_error(const std::string& where, const std::string& message, const std::string& hint) {
    std::cerr << "plaint: error: " << text::escaped(where.empty() ? "" : where + ": ") << text::escaped(message)
              << '\n';
    if (!hint.empty()) std::cerr << "plaint: hint: " << text::escaped(hint) << '\n';
}

// The most bytes an option's value may have, beyond the text::max_text that
// any argument may have (README "Limits").
std::size_t argument_limit(std::string_view option) {
    static constexpr std::pair<std::string_view, std::size_t> limits[] = {
        {"--as", text::max_name},      {"--owner", text::max_name},   {"--name", text::max_name},
        {"--from", text::max_name},    {"--summary", text::max_line}, {"--subject", text::max_line},
        {"--reason", text::max_line},  {"--organisation", text::max_line},
    };
    for (const auto& [name, limit] : limits)
        if (name == option) return limit;
    return text::max_text;
}

// Whether `name` is an option of `app` or of any command under it that takes
// a value (so the next argument is its value, not a positional one).
bool takes_value(const CLI::App& app, const std::string& name) {
    if (const CLI::Option* option = app.get_option_no_throw(name)) return option->get_items_expected_min() > 0;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        if (takes_value(*sub, name)) return true;
    return false;
}

// Every argument is checked before CLI11 sees it: well-formed UTF-8 and
// within its size (UsageError naming the option or the argument's place).
void check_arguments(const CLI::App& app, int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        std::string option;
        if (arg.starts_with("--") && arg.find('=') != std::string_view::npos) {
            option = std::string(arg.substr(0, arg.find('=')));
            arg.remove_prefix(option.size() + 1);
        } else if (i > 1 && std::string_view(argv[i - 1]).starts_with("-") && takes_value(app, argv[i - 1])) {
            option = argv[i - 1];
        }
        const std::string what =
            option.empty() || !text::is_utf8(option) ? fmt::format("argument {}", i) : fmt::format("the value of {}", option);
        text::require_utf8(arg, what);
        text::require_size(arg, argument_limit(option), what);
    }
}

// Standard output goes through an FdBuffer, which keeps the reason a write
// failed, and is checked once after the command: a closed pipe ends the run
// quietly (as `plaint list | head -1` should); anything else (no space, the
// file-size limit) is exit 74 with the reason.
output::FdBuffer& stdout_buffer() {
    // Never destroyed: std::cout is flushed once more at exit.
    static auto* buffer = new output::FdBuffer(STDOUT_FILENO);
    return *buffer;
}

int output_status(const std::string& where, int status) {
    std::cout.flush();
    const int error = stdout_buffer().error();
    if (std::cout && error == 0) return status;
    if (error == EPIPE) return 128 + SIGPIPE;
    print_error(where, fmt::format("could not write the output: {}", error ? std::strerror(error) : "write error"),
                "is the disk full, or the file over its size limit (ulimit -f)?");
    return static_cast<int>(ExitCode::output);
}

// The deepest command the parse reached: `plaint`, `plaint calendar` ...
const CLI::App& deepest(const CLI::App& app) {
    const CLI::App* at = &app;
    while (!at->get_subcommands().empty()) at = at->get_subcommands().front();
    return *at;
}

int parse_failure(const CLI::App& app, const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);
    const std::string where = command_path(app);
    std::string message = e.what();
    // CLI11 reports an unknown command as a missing one: name it instead.
    const CLI::App& at = deepest(app);
    auto rest = at.remaining();
    if (rest.empty()) rest = app.remaining(); // passed up by fallthrough
    if (dynamic_cast<const CLI::RequiredError*>(&e) && !rest.empty() && !at.get_subcommands({}).empty())
        message = fmt::format("unknown command '{}'", rest.front());
    print_error(where, message, fmt::format("see 'plaint {}{}--help'", where, where.empty() ? "" : " "));
    return static_cast<int>(ExitCode::usage);
}

} // namespace

// The command table with the step verbs, whose names and summaries are the
// procedure library's (procedure::step_verbs), after `demo`.
std::span<const Command> commands() {
    static const std::vector<Command> all = [] {
        std::vector<Command> list;
        for (const auto& c : command_table) {
            list.push_back(c);
            if (c.name == "demo")
                for (const auto& verb : procedure::step_verbs()) list.push_back({verb.name, verb.summary, setup_step_verb});
        }
        return list;
    }();
    return all;
}

int run(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    // A write past the file-size limit (ulimit -f) fails with EFBIG and is
    // reported, rather than killing plaint after a commit; a closed pipe ends
    // plaint quietly even when the caller left SIGPIPE ignored.
    std::signal(SIGXFSZ, SIG_IGN);
    std::signal(SIGPIPE, SIG_DFL);
    std::cout.rdbuf(&stdout_buffer());
    CLI::App app("plaint keeps a complaints register: deadlines in working days, procedures, reports.",
                 "plaint");
    app.fallthrough();
    app.require_subcommand(1);
    app.footer("Exit status: 0 ok, 1 finding (overdue, tampering), 2 usage, 3 bad file, 4 register, "
               "5 refused by the procedure, 74 output not written, 70 internal error. See plaint(1).");
    GlobalOptions global;
    add_global_options(app, global);
    Action action;
    // Only the named command's options are set up (building every command's
    // options cost a sixth of a `plaint show`); the others are registered by
    // name and summary, which is all `plaint --help` and an unknown command need.
    const std::string_view named = named_command(app, argc, argv);
    for (const auto& command : commands()) {
        CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
        if (command.name == named) {
            command.setup(*sub, action);
            make_numbers_strict(*sub);
        }
    }

    try {
        check_arguments(app, argc, argv);
    } catch (const Error& e) {
        print_error(std::string(text::is_utf8(named) ? named : ""), e.what(), e.hint());
        return static_cast<int>(e.code());
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return parse_failure(app, e);
    }

    const std::string where = command_path(app);
    try {
        auto env = read_environment();
        auto sources = config::standard_sources(env);
        if (!global.config_file.empty()) sources.explicit_file = global.config_file;
        if (!global.calendar.empty()) sources.division_flag = global.calendar;
        auto settings = config::load(sources);
        if (!global.register_file.empty()) {
            settings.register_path = global.register_file;
            settings.origin["register"] = "--register";
        }
        auto facts = invocation(global, settings, env);
        Context ctx(std::move(facts), std::move(settings), std::move(env), global.format,
                    std::cout, isatty(STDOUT_FILENO) == 1);
        const int status = action ? action(ctx) : static_cast<int>(ExitCode::usage);
        return output_status(where, status);
    } catch (const Error& e) {
        std::cout.flush();
        print_error(where, e.what(), e.hint());
        return static_cast<int>(e.code());
    } catch (const std::exception& e) {
        std::cout.flush();
        print_error(where, fmt::format("internal error: {}", e.what()), "please report this as a bug");
        return static_cast<int>(ExitCode::internal);
    }
}

} // namespace plaint::cmd
