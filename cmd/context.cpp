#include "context.hpp"
#include "plaint/casework/find.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/text.hpp"
#include "plaint/store/location.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <ostream>
#include <pwd.h>
#include <unistd.h>

namespace plaint::cmd {
namespace {

// The name of the account this process runs as (its real user ID), if it has one.
std::optional<std::string> account_name() {
    if (const passwd* pw = getpwuid(getuid())) return pw->pw_name;
    return std::nullopt;
}

std::string login_name(const config::Environment& env) {
    for (const char* name : {"LOGNAME", "USER"})
        if (auto it = env.find(name); it != env.end() && !it->second.empty()) return it->second;
    return account_name().value_or("unknown");
}

// SQLite would wait on a FIFO, or read a device without end: the register is
// a regular file or nothing.
store::Register open_file(const std::string& path, store::Access access) {
    if (auto kind = text::special_file_kind(path))
        throw StoreError(fmt::format("{} is {}, not a register file", text::escaped(path), *kind));
    return store::Register::open(path, access);
}

} // namespace

store::Stamp Context::stamp() const {
    if (invocation_.actor.empty()) invocation_.actor = login_name(env_);
    constexpr const char* what = "the user name (--as, PLAINT_USER, user, LOGNAME)";
    text::require_utf8(invocation_.actor, what);
    text::require_size(invocation_.actor, text::max_name, what);
    return {invocation_.actor, invocation_.now, invocation_.today};
}

// PLAINT_NOW may not take the record back in time: a writer refuses one
// earlier than the journal's latest recorded time.
void Context::refuse_earlier_now(const store::Register& reg) const {
    if (!invocation_.now_pinned) return;
    const std::string latest = reg.latest_recorded_at();
    if (invocation_.now < latest)
        throw UsageError(fmt::format("PLAINT_NOW {} is earlier than the register's latest recorded time {}",
                                     invocation_.now, latest),
                         "PLAINT_NOW is a hook for tests and may not back-date the record; unset it to use the clock");
}

Context::Context(Invocation invocation, config::Settings settings, config::Environment env, std::string format,
                 std::ostream& out, bool out_is_terminal)
    : invocation_(std::move(invocation)), settings_(std::move(settings)), env_(std::move(env)), format_(std::move(format)),
      out_(out), out_is_terminal_(out_is_terminal) {}

bool Context::color() const {
    if (settings_.color == "never") return false;
    if (auto it = env_.find("NO_COLOR"); it != env_.end() && !it->second.empty()) return false;
    if (settings_.color == "always") return true;
    return out_is_terminal_;
}

bool Context::calendar_flag_given() const {
    auto origin = settings_.origin.find("calendar.division");
    return origin != settings_.origin.end() && origin->second == "--calendar";
}

void Context::refuse_calendar_flag(const store::Register& reg) const {
    if (!calendar_flag_given()) return;
    throw UsageError(fmt::format("--calendar {} cannot be used here: the register's own calendar ({}) decides its dates",
                                 settings_.division, reg.info().calendar),
                     "'plaint calendar division NAME' changes the register's calendar; --calendar is for the "
                     "calendar arithmetic commands");
}

void Context::warn_ignored_division(const std::string& register_division) const {
    auto origin = settings_.origin.find("calendar.division");
    if (warned_division_ || origin == settings_.origin.end() || origin->second == "default" ||
        origin->second == "--calendar" || settings_.division == register_division)
        return;
    warned_division_ = true;
    std::cerr << fmt::format("plaint: warning: calendar.division {} from {} is ignored: the register's calendar is {}\n",
                             settings_.division, origin->second, register_division);
}

const calendar::Calendar& Context::calendar() {
    if (calendar_) return *calendar_;
    if (settings_.register_path.empty() || calendar_flag_given()) {
        if (!settings_.register_path.empty())
            std::cerr << fmt::format("plaint: note: --calendar {}: this run uses the configured calendar of {}, "
                                     "not the register's\n", settings_.division, settings_.division);
        calendar_ = calendar::Calendar::build(settings_.calendar_spec());
        return *calendar_;
    }
    return calendar_for(open_file(register_path(), store::Access::read_only));
}

const calendar::Calendar& Context::calendar_for(const store::Register& reg) {
    if (!calendar_) {
        warn_ignored_division(reg.info().calendar);
        calendar_ = casework::register_calendar(reg);
    }
    return *calendar_;
}

casework::Session Context::session(store::Access access) {
    auto reg = open_register(access);
    warn_ignored_division(reg.info().calendar);
    return casework::Session(std::move(reg), [this]() -> const procedure::Catalog& { return procedures(); });
}

casework::Session Context::verify_session(std::string& note) {
    auto reg = store::Register::open_verifiable(register_path(), note);
    for (const auto& warning : reg.warnings()) std::cerr << "plaint: warning: " << warning << '\n';
    refuse_calendar_flag(reg);
    return casework::Session(std::move(reg), [this]() -> const procedure::Catalog& { return procedures(); });
}

std::optional<store::Register> Context::given_register() const {
    std::error_code ec;
    if (settings_.register_path.empty()) return std::nullopt;
    const std::string file = register_path();
    if (!std::filesystem::exists(file, ec)) return std::nullopt;
    return open_file(file, store::Access::read_only);
}

void Context::warn_if_clocks_stale(const store::Register& reg) const {
    if (reg.clocks_stale())
        std::cerr << "plaint: warning: the stored clocks were worked out under another calendar: this run works them "
                     "out again without storing them; the next change to the register, or 'plaint rebuild', stores "
                     "them\n";
}

const procedure::Catalog& Context::procedures() {
    if (!procedures_) {
        std::vector<std::filesystem::path> files(settings_.procedure_files.begin(), settings_.procedure_files.end());
        procedures_ = procedure::Catalog::load(files);
    }
    return *procedures_;
}

std::vector<std::string> Context::ko41_procedures() {
    if (!settings_.report.ko41_procedures.empty()) return settings_.report.ko41_procedures;
    std::vector<std::string> ids;
    for (const auto& p : procedures().all())
        if (p.ko41) ids.push_back(p.id);
    return ids;
}

calendar::Receipt Context::receipt() const { return calendar::receipt_or_throw(settings_.receipt); }

output::Format Context::format(output::Format fallback, std::initializer_list<output::Format> allowed) const {
    if (format_.empty()) return out_is_terminal_ ? output::Format::table : fallback;
    const auto chosen = output::parse_format(format_);
    for (auto f : allowed)
        if (chosen && *chosen == f) return f;
    std::vector<std::string_view> names;
    for (auto f : allowed) names.push_back(output::format_id(f));
    throw UsageError(fmt::format("format {} is not available here", text::quoted(format_)),
                     fmt::format("use --format {}", fmt::join(names, "|")));
}

void Context::write(const output::Records& records, output::Format format) const {
    output::write(out_, records, format, {true, color()});
}

std::string Context::register_path() const {
    if (settings_.register_path.empty())
        throw StoreError("no register given",
                         "use --register FILE, set PLAINT_REGISTER, or set register in the configuration; "
                         "'plaint init FILE' creates one");
    return register_file(settings_.register_path);
}

std::string Context::register_file(const std::string& location) const {
    const auto where = store::Location::parse(location);
    if (where.backend == store::Location::Backend::postgresql)
        throw StoreError(fmt::format("{}: this plaint keeps registers in SQLite files only", where.shown()),
                         "PostgreSQL registers are not in this release; give a file: PATH or sqlite:PATH");
    return where.target;
}

store::Register Context::open_register(store::Access access) const {
    auto reg = open_file(register_path(), access);
    for (const auto& warning : reg.warnings()) std::cerr << "plaint: warning: " << warning << '\n';
    refuse_calendar_flag(reg);
    if (access == store::Access::read_write) {
        refuse_earlier_now(reg);
        if (const auto& group = reg.shared_group()) record_as_account(*group);
    }
    return reg;
}

void Context::record_as_account(const std::string& group) const {
    const std::string account = account_name().value_or(std::to_string(::getuid()));
    if (!invocation_.actor.empty() && invocation_.actor != account)
        throw UsageError(fmt::format("the register is shared by the group {}: changes are recorded as the account "
                                     "that makes them ({}), not as '{}'", group, account, text::escaped(invocation_.actor)),
                         "leave out --as and PLAINT_USER (and user in the configuration) for this register");
    invocation_.actor = account;
}

std::string Context::case_ref(const store::Register& reg, const std::string& given) const {
    return casework::resolve_ref(reg, given, today());
}

} // namespace plaint::cmd
