#pragma once
// What every subcommand receives: "today" (taken once), the settings with
// their origins, the output stream and how to format for it. Built by app.cpp
// after parsing; commands never read the clock or the environment themselves.

#include "plaint/calendar/calendar.hpp"
#include "plaint/casework/casework.hpp"
#include "plaint/procedure/catalog.hpp"
#include "plaint/config/config.hpp"
#include "plaint/core/date.hpp"
#include "plaint/output/records.hpp"
#include "plaint/store/register.hpp"

#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <optional>
#include <string>

namespace plaint::cmd {

struct GlobalOptions {
    std::string today;        // --today / PLAINT_TODAY
    std::string format;       // --format
    std::string calendar;     // --calendar
    std::string config_file;  // --config
    std::string register_file; // --register
    std::string actor;        // --as
};

// Facts about the invocation taken once, before any command runs.
struct Invocation {
    Date today;
    std::string now;   // UTC timestamp, PLAINT_NOW or the clock
    bool now_pinned = false; // `now` is PLAINT_NOW (a testing hook), not the clock
    std::string actor; // --as, PLAINT_USER or configuration; "" for the login name
};

class Context {
public:
    Context(Invocation invocation, config::Settings settings, config::Environment env, std::string format,
            std::ostream& out, bool out_is_terminal);

    Date today() const { return invocation_.today; }
    // Who and when, for the journal.
    // The actor is --as, PLAINT_USER or configuration, else the login name,
    // looked up only when a command writes.
    store::Stamp stamp() const;
    // The register named by --register, PLAINT_REGISTER or configuration;
    // its warnings are printed to stderr. A command that reads or writes
    // cases cannot change the register's calendar: --calendar is refused
    // (UsageError) once the register is open.
    store::Register open_register(store::Access access) const;
    // The register's file: --register, PLAINT_REGISTER or configuration,
    // a location (plaint/store/location.hpp) of a file, PATH or sqlite:PATH.
    std::string register_path() const;
    // The file a location names (init's and demo's FILE); StoreError for a
    // PostgreSQL location, UsageError for one with a password.
    std::string register_file(const std::string& location) const;
    const config::Settings& settings() const { return settings_; }
    const config::Environment& env() const { return env_; }
    std::ostream& out() const { return out_; }
    bool out_is_terminal() const { return out_is_terminal_; }
    bool color() const; // colour on a terminal unless NO_COLOR or color = never

    // The calendar of the pure `calendar` subcommands, built on first use: the
    // register's when one is given (--register, PLAINT_REGISTER, configuration),
    // else the configured one. --calendar NAME gives the configured calendar of
    // NAME for this run, announced on stderr when it stands in for a register's.
    const calendar::Calendar& calendar();
    // The calendar of an open register's dates: the register's own. A
    // configured division that differs is ignored with one warning.
    const calendar::Calendar& calendar_for(const store::Register& reg);
    // The register opened for casework, with its calendar and procedures.
    // Like open_register, refuses --calendar.
    casework::Session session(store::Access access);
    // For verify: a read-only session that never upgrades the register (an
    // older one is checked through an upgraded private copy; `note` says so).
    casework::Session verify_session(std::string& note);
    // The register given, if its file exists, opened read-only and not
    // refusing --calendar: for commands that only show its calendar.
    std::optional<store::Register> given_register() const;
    // Warns when the register's stored clocks were computed under another
    // calendar (an older register): readers report it and never rewrite them.
    void warn_if_clocks_stale(const store::Register& reg) const;
    // Built-in procedures and the organisation's own (configuration).
    const procedure::Catalog& procedures();
    // The procedures the KO41 return covers: [report] ko41_procedures, else
    // those whose procedure file says ko41 = true.
    std::vector<std::string> ko41_procedures();
    calendar::Receipt receipt() const;
    // The reference a REF argument means (casework::resolve_ref: any case,
    // 0042 this year's, 2025-0042): every command taking a REF goes through it.
    std::string case_ref(const store::Register& reg, const std::string& given) const;

    // The --format asked for, checked against what the command offers; else
    // table on a terminal and `fallback` otherwise.
    output::Format format(output::Format fallback, std::initializer_list<output::Format> allowed) const;
    bool format_given() const { return !format_.empty(); }
    // For a command that prints what it recorded as text, or as JSON with
    // --format json: whether JSON was asked for. Any other --format is refused
    // (UsageError). Writers ask before they open the register, so that a
    // --format they do not offer changes nothing.
    bool json_asked() const {
        return format_given() && format(output::Format::table, {output::Format::table, output::Format::json}) ==
                                     output::Format::json;
    }
    const std::string& format_name() const { return format_; } // as given, "" when not
    void write(const output::Records& records, output::Format format) const;

    Date parse_date(const std::string& text, std::string_view what) const {
        return parse_user_date(text, invocation_.today, what);
    }

    // On a register shared by `group` (plaint init --group): changes are
    // recorded as the login name of the account running plaint (its user ID,
    // not LOGNAME); an actor given otherwise (--as, PLAINT_USER,
    // configuration) that differs is refused (UsageError). open_register
    // calls it for writers; init --group for the register it makes.
    void record_as_account(const std::string& group) const;

private:
    bool calendar_flag_given() const;
    void refuse_calendar_flag(const store::Register& reg) const;
    void refuse_earlier_now(const store::Register& reg) const;
    void warn_ignored_division(const std::string& register_division) const;

    mutable Invocation invocation_; // the actor is filled in by stamp()
    config::Settings settings_;
    config::Environment env_;
    std::string format_;
    std::ostream& out_;
    bool out_is_terminal_;
    std::optional<calendar::Calendar> calendar_;
    mutable bool warned_division_ = false;
    std::optional<procedure::Catalog> procedures_;
};

// A subcommand's run function, chosen while parsing.
using Action = std::function<int(Context&)>;

} // namespace plaint::cmd
