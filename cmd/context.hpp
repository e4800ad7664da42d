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
    // its warnings are printed to stderr.
    store::Register open_register(store::Access access) const;
    std::string register_path() const;
    const config::Settings& settings() const { return settings_; }
    const config::Environment& env() const { return env_; }
    std::ostream& out() const { return out_; }
    bool out_is_terminal() const { return out_is_terminal_; }
    bool color() const; // colour on a terminal unless NO_COLOR or color = never

    // The calendar of the configured division, built on first use.
    const calendar::Calendar& calendar();
    // The calendar for a register's deadlines: the register's division unless
    // --calendar, PLAINT_CALENDAR or a configuration file chose another.
    const calendar::Calendar& calendar_for(const store::Register& reg);
    // The register opened for casework, with its calendar and procedures.
    casework::Session session(store::Access access);
    // Built-in procedures and the organisation's own (configuration).
    const procedure::Catalog& procedures();
    calendar::Receipt receipt() const;

    // The --format asked for, checked against what the command offers; else
    // table on a terminal and `fallback` otherwise.
    output::Format format(output::Format fallback, std::initializer_list<output::Format> allowed) const;
    bool format_given() const { return !format_.empty(); }
    const std::string& format_name() const { return format_; } // as given, "" when not
    void write(const output::Records& records, output::Format format) const;

    Date parse_date(const std::string& text, std::string_view what) const {
        return parse_user_date(text, invocation_.today, what);
    }

private:
    mutable Invocation invocation_; // the actor is filled in by stamp()
    config::Settings settings_;
    config::Environment env_;
    std::string format_;
    std::ostream& out_;
    bool out_is_terminal_;
    std::optional<calendar::Calendar> calendar_;
    std::optional<procedure::Catalog> procedures_;
};

// A subcommand's run function, chosen while parsing.
using Action = std::function<int(Context&)>;

} // namespace plaint::cmd
