#pragma once
// Configuration: TOML files layered in a written order of precedence, lowest
// first (see man/plaint-config.5):
//   1. built-in defaults
//   2. the system file    /etc/plaint/config.toml
//   3. the user file      $XDG_CONFIG_HOME/plaint/config.toml (~/.config/...)
//      and beside it      imported-holidays.toml, written by `calendar import`
//   4. the environment    PLAINT_CALENDAR, PLAINT_REGISTER, PLAINT_USER
//   5. --config FILE
//   6. command-line flags (applied by cmd/, recorded with origin "--flag")
// Every value remembers where it came from, for `plaint config show`.

#include "plaint/calendar/calendar.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace plaint::config {

// The process environment, passed in so that the library never reads it.
using Environment = std::map<std::string, std::string>;

struct Settings {
    std::string division = "england-and-wales";
    std::string receipt = "day-zero";
    std::string register_path;
    std::string user;
    std::string color = "auto"; // auto | always | never
    std::vector<calendar::Holiday> holidays;  // added bank holidays
    std::vector<Date> cancelled;              // rule days that are not holidays
    std::vector<calendar::Holiday> closures;  // organisation closure days
    std::vector<std::string> procedure_files; // the organisation's own procedures
    int due_within = 5;                       // [due] within: working days ahead

    struct Person {
        std::string email;
        std::string team;
        std::string name; // display name in emails
    };
    std::map<std::string, Person> people;     // [people.<owner>]

    struct Remind {
        std::string from;
        std::string manager;                  // optional summary recipient
        std::string transport = "sendmail";  // sendmail | smtp
        std::string sendmail = "/usr/sbin/sendmail -t -i";
        std::string smtp_url;
        std::string smtp_user;
        std::string smtp_password_env;        // name of the variable holding it
        std::string smtp_password_file;
    } remind;

    // [report]: the organisation's KO41 category lists (paths relative to
    // the file naming them) and the procedures the KO41 return covers
    // (empty: those whose procedure file says ko41 = true).
    struct Report {
        std::vector<std::string> categories;
        std::vector<std::string> ko41_procedures;
    } report;

    // [attachments] max_size: the largest file `plaint attach` stores, in
    // bytes ("25MB", "50 MiB", 52428800 in the file; see parse_size).
    struct Attachments {
        std::int64_t max_size = std::int64_t{64} << 20;
    } attachments;
    // [risk]: the organisation's risk matrix files (paths relative to the
    // file naming them) and the matrix version new grades are made against
    // ("": the last organisation file's, else the built-in nhs-5x5-2008).
    struct Risk {
        std::vector<std::string> matrices;
        std::string matrix;
    } risk;
    // [letters] templates: the organisation's letter templates directory
    // (relative to the file naming it); its files replace built-ins of the
    // same name.
    struct Letters {
        std::string templates;
    } letters;

    // [seal]: the private key plaint seal signs with (relative to the file
    // naming it), and the public key(s) verify checks seals against (hex;
    // older keys kept after a change of key).
    struct Seal {
        std::string key;
        std::vector<std::string> public_keys;
    } seal;

    // key ("calendar.division") -> where its value came from
    std::map<std::string, std::string> origin;

    calendar::CalendarSpec calendar_spec() const;
};

struct Sources {
    std::optional<std::filesystem::path> system_file;   // read when it exists
    std::optional<std::filesystem::path> user_file;     // read when it exists
    std::optional<std::filesystem::path> imports_file;  // read when it exists
    std::optional<std::filesystem::path> explicit_file; // --config: must exist
    Environment environment;
    std::optional<std::string> division_flag; // --calendar, applied before imports
};

// The standard places: /etc/plaint, $XDG_CONFIG_HOME/plaint or $HOME/.config/plaint.
Sources standard_sources(const Environment& environment);
std::filesystem::path user_config_dir(const Environment& environment);

// Reads every source in order. Throws DataError as "file:line:column: why".
Settings load(const Sources& sources);

// Applies one TOML document (already read) as a layer named `origin`.
void apply_toml(Settings& settings, const std::string& text, const std::string& origin);

} // namespace plaint::config
