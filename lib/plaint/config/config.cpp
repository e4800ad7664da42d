#include "plaint/config/config.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/text.hpp"
#include "plaint/core/size.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <fstream>
#include <set>
#include <sstream>

namespace plaint::config {
namespace {

namespace fs = std::filesystem;

std::string where(const std::string& origin, const toml::source_region& at) {
    return fmt::format("{}:{}:{}", origin, at.begin.line, at.begin.column);
}

[[noreturn]] void fail(const std::string& origin, const toml::node& node, const std::string& why) {
    throw DataError(fmt::format("{}: {}", where(origin, node.source()), why));
}

std::string string_value(const toml::node& node, const std::string& key, const std::string& origin) {
    if (auto s = node.value<std::string>()) return *s;
    fail(origin, node, fmt::format("{} must be a string", key));
}

std::string one_of(const toml::node& node, const std::string& key, const std::string& origin,
                   std::initializer_list<const char*> allowed) {
    std::string value = string_value(node, key, origin);
    for (const char* a : allowed)
        if (value == a) return value;
    fail(origin, node, fmt::format("{} must be one of {}, not '{}'", key, fmt::join(allowed, ", "), value));
}

Date date_value(const toml::node& node, const std::string& key, const std::string& origin) {
    if (auto d = node.value<toml::date>()) {
        const auto text = fmt::format("{:04}-{:02}-{:02}", d->year, d->month, d->day);
        if (auto parsed = parse_iso_date(text)) return *parsed;
    }
    if (auto s = node.value<std::string>())
        if (auto parsed = parse_iso_date(*s)) return *parsed;
    fail(origin, node, fmt::format("{} must be a date such as 2026-12-29", key));
}

// A list entry is a bare date or a table {date = ..., name = "..."}.
calendar::Holiday day_entry(const toml::node& node, const std::string& key, const std::string& origin,
                            calendar::DayOffKind kind, const char* default_name) {
    calendar::Holiday day{Date(), default_name, false, kind, origin};
    if (auto table = node.as_table()) {
        for (const auto& [k, v] : *table)
            if (k != "date" && k != "name")
                fail(origin, v, fmt::format("unknown key '{}' in {} (expected date, name)", k.str(), key));
        if (!table->contains("date")) fail(origin, node, fmt::format("{} entry needs a date", key));
        day.date = date_value(*table->get("date"), key, origin);
        if (auto* name = table->get("name")) day.name = string_value(*name, key + ".name", origin);
        return day;
    }
    day.date = date_value(node, key, origin);
    return day;
}

// A single value's origin is the last source that set it; a list's names
// every source that added to it, in order.
void note_origin(Settings& s, const std::string& key, const std::string& place, bool list) {
    std::string& origin = s.origin[key];
    origin = list && !origin.empty() && origin != "default" && origin != place ? origin + "; " + place : place;
}

const toml::array& array_value(const toml::node& node, const std::string& key, const std::string& origin) {
    if (auto* a = node.as_array()) return *a;
    fail(origin, node, fmt::format("{} must be an array", key));
}

void apply_calendar(Settings& s, const toml::table& table, const std::string& origin) {
    for (const auto& [k, node] : table) {
        const std::string key = "calendar." + std::string(k.str());
        if (k == "division") {
            s.division = string_value(node, key, origin);
            if (!calendar::parse_division(s.division))
                fail(origin, node, fmt::format("unknown calendar '{}' (england-and-wales, scotland, "
                                               "northern-ireland, united-kingdom)", s.division));
        } else if (k == "receipt") {
            s.receipt = one_of(node, key, origin, {"day-zero", "next-working-day"});
        } else if (k == "closures") {
            for (const auto& item : array_value(node, key, origin))
                s.closures.push_back(day_entry(item, key, origin, calendar::DayOffKind::closure, "Closure day"));
        } else if (k == "holidays") {
            for (const auto& item : array_value(node, key, origin))
                s.holidays.push_back(day_entry(item, key, origin, calendar::DayOffKind::bank_holiday, "Bank holiday"));
        } else if (k == "not_holidays") {
            for (const auto& item : array_value(node, key, origin))
                s.cancelled.push_back(date_value(item, key, origin));
        } else {
            fail(origin, node, fmt::format("unknown setting '{}'", key));
        }
        note_origin(s, key, where(origin, node.source()), k != "division" && k != "receipt");
    }
}

// The file `calendar import` writes: [[holiday]] division/date/name/substitute,
// and [[cancelled]] division/date. Only entries for the active division apply.
void apply_imports(Settings& s, const toml::table& table, const std::string& origin) {
    for (const auto& [k, node] : table) {
        if (k != "holiday" && k != "cancelled") fail(origin, node, fmt::format("unknown key '{}'", k.str()));
        const std::string key = std::string(k.str());
        for (const auto& item : array_value(node, key, origin)) {
            const auto* entry = item.as_table();
            if (!entry || !entry->contains("division") || !entry->contains("date"))
                fail(origin, item, key + " entries need a division and a date");
            const std::string division = string_value(*entry->get("division"), key + ".division", origin);
            if (division != s.division && s.division != "united-kingdom") continue;
            const Date date = date_value(*entry->get("date"), key + ".date", origin);
            if (k == "cancelled") {
                s.cancelled.push_back(date);
                note_origin(s, "calendar.not_holidays", origin, true);
                continue;
            }
            std::string name = "Bank holiday";
            if (auto* n = entry->get("name")) name = string_value(*n, key + ".name", origin);
            const bool substitute = entry->get("substitute") && entry->get("substitute")->value_or(false);
            s.holidays.push_back({date, name, substitute, calendar::DayOffKind::bank_holiday, origin});
            note_origin(s, "calendar.holidays", origin, true);
        }
        s.origin["calendar.imported"] = origin;
    }
}

void apply_due(Settings& s, const toml::table& table, const std::string& origin) {
    for (const auto& [k, node] : table) {
        if (k != "within") fail(origin, node, fmt::format("unknown setting 'due.{}'", k.str()));
        auto v = node.value<int64_t>();
        if (!v || *v < 0 || *v > 260) fail(origin, node, "due.within must be a number of working days, 0-260");
        s.due_within = static_cast<int>(*v);
        s.origin["due.within"] = where(origin, node.source());
    }
}

void apply_people(Settings& s, const toml::table& table, const std::string& origin) {
    for (const auto& [name, node] : table) {
        const std::string key = "people." + std::string(name.str());
        if (!node.is_table()) fail(origin, node, key + " must be a table");
        auto& person = s.people[std::string(name.str())];
        for (const auto& [k, v] : *node.as_table()) {
            const std::string field = key + "." + std::string(k.str());
            if (k == "email") person.email = string_value(v, field, origin);
            else if (k == "team") person.team = string_value(v, field, origin);
            else if (k == "name") person.name = string_value(v, field, origin);
            else fail(origin, v, fmt::format("unknown setting '{}' (email, team, name)", field));
            if (k == "email" && person.email.find_first_of("\r\n<>, ") != std::string::npos)
                fail(origin, v, fmt::format("{} is not a plain email address", field));
        }
        s.origin[key] = where(origin, node.source());
    }
}

void apply_remind(Settings& s, const toml::table& table, const std::string& origin) {
    auto& r = s.remind;
    for (const auto& [k, node] : table) {
        const std::string key = "remind." + std::string(k.str());
        if (k == "from") r.from = string_value(node, key, origin);
        else if (k == "manager") r.manager = string_value(node, key, origin);
        else if (k == "transport") r.transport = one_of(node, key, origin, {"sendmail", "smtp"});
        else if (k == "sendmail") r.sendmail = string_value(node, key, origin);
        else if (k == "smtp_url") r.smtp_url = string_value(node, key, origin);
        else if (k == "smtp_user") r.smtp_user = string_value(node, key, origin);
        else if (k == "smtp_password_env") r.smtp_password_env = string_value(node, key, origin);
        else if (k == "smtp_password_file") r.smtp_password_file = string_value(node, key, origin);
        else if (k == "smtp_password")
            fail(origin, node, "remind.smtp_password is not accepted: use smtp_password_env or smtp_password_file");
        else fail(origin, node, fmt::format("unknown setting '{}'", key));
        s.origin[key] = where(origin, node.source());
    }
}

// [report] categories = "file.toml" or ["a.toml", ...]; ko41_procedures = [...]
void apply_report(Settings& s, const toml::table& table, const std::string& origin) {
    const fs::path base = fs::path(origin).parent_path();
    auto strings = [&](const toml::node& node, const std::string& key) {
        std::vector<std::string> values;
        if (node.is_string()) values.push_back(string_value(node, key, origin));
        else
            for (const auto& item : array_value(node, key, origin)) values.push_back(string_value(item, key, origin));
        return values;
    };
    for (const auto& [k, node] : table) {
        const std::string key = "report." + std::string(k.str());
        if (k == "categories") {
            s.report.categories.clear();
            for (const fs::path file : strings(node, key))
                s.report.categories.push_back((file.is_absolute() ? file : base / file).string());
        } else if (k == "ko41_procedures") {
            s.report.ko41_procedures = strings(node, key);
        } else {
            fail(origin, node, fmt::format("unknown setting '{}' (categories, ko41_procedures)", key));
        }
        s.origin[key] = where(origin, node.source());
    }
}

// [attachments] max_size = "25MB" (or "50 MiB", or a number of bytes).
void apply_attachments(Settings& s, const toml::table& table, const std::string& origin) {
    for (const auto& [k, node] : table) {
        if (k != "max_size") fail(origin, node, fmt::format("unknown setting 'attachments.{}' (max_size)", k.str()));
        std::optional<std::int64_t> bytes;
        if (auto n = node.value<int64_t>()) bytes = *n;
        else if (auto text = node.value<std::string>()) bytes = parse_size(*text);
        if (!bytes || *bytes < 1 || *bytes > (std::int64_t{1} << 40))
            fail(origin, node, "attachments.max_size must be a size such as \"25MB\", \"50 MiB\" or 52428800 (bytes), up to 1 TiB");
        s.attachments.max_size = *bytes;
        s.origin["attachments.max_size"] = where(origin, node.source());
    }
}

// [risk] matrices = "file.toml" or ["a.toml", ...]; matrix = "id"
void apply_risk(Settings& s, const toml::table& table, const std::string& origin) {
    const fs::path base = fs::path(origin).parent_path();
    for (const auto& [k, node] : table) {
        const std::string key = "risk." + std::string(k.str());
        if (k == "matrices") {
            s.risk.matrices.clear();
            std::vector<const toml::node*> items;
            if (node.is_string()) items.push_back(&node);
            else
                for (const auto& item : array_value(node, key, origin)) items.push_back(&item);
            for (const auto* item : items) {
                const fs::path file = string_value(*item, key, origin);
                s.risk.matrices.push_back((file.is_absolute() ? file : base / file).string());
            }
        } else if (k == "matrix") {
            s.risk.matrix = string_value(node, key, origin);
        } else {
            fail(origin, node, fmt::format("unknown setting '{}' (matrices, matrix)", key));
        }
        s.origin[key] = where(origin, node.source());
    }
}

// [letters] templates = "DIR"
void apply_letters(Settings& s, const toml::table& table, const std::string& origin) {
    for (const auto& [k, node] : table) {
        const std::string key = "letters." + std::string(k.str());
        if (k != "templates") fail(origin, node, fmt::format("unknown setting '{}' (templates)", key));
        const fs::path dir = string_value(node, key, origin);
        s.letters.templates = (dir.is_absolute() ? dir : fs::path(origin).parent_path() / dir).string();
        s.origin[key] = where(origin, node.source());
    }
}

bool is_hex_key(const std::string& text) {
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// [seal] key = "FILE"; public_key = "HEX" or ["HEX", ...]
void apply_seal(Settings& s, const toml::table& table, const std::string& origin) {
    for (const auto& [k, node] : table) {
        const std::string key = "seal." + std::string(k.str());
        if (k == "key") {
            const fs::path file = string_value(node, key, origin);
            s.seal.key = (file.is_absolute() ? file : fs::path(origin).parent_path() / file).string();
        } else if (k == "public_key") {
            s.seal.public_keys.clear();
            std::vector<const toml::node*> items;
            if (node.is_string()) items.push_back(&node);
            else
                for (const auto& item : array_value(node, key, origin)) items.push_back(&item);
            for (const auto* item : items) {
                const std::string hex = string_value(*item, key, origin);
                if (!is_hex_key(hex))
                    fail(origin, *item, "seal.public_key must be 64 lower-case hex digits, as plaint seal --new-key prints");
                s.seal.public_keys.push_back(hex);
            }
        } else {
            fail(origin, node, fmt::format("unknown setting '{}' (key, public_key)", key));
        }
        s.origin[key] = where(origin, node.source());
    }
}

void apply_table(Settings& s, const toml::table& root, const std::string& origin) {
    for (const auto& [k, node] : root) {
        if (k == "calendar") {
            if (!node.is_table()) fail(origin, node, "calendar must be a table");
            apply_calendar(s, *node.as_table(), origin);
        } else if (k == "register") {
            s.register_path = string_value(node, "register", origin);
            s.origin["register"] = where(origin, node.source());
        } else if (k == "due" || k == "people" || k == "remind") {
            if (!node.is_table()) fail(origin, node, fmt::format("{} must be a table", k.str()));
            if (k == "due") apply_due(s, *node.as_table(), origin);
            if (k == "people") apply_people(s, *node.as_table(), origin);
            if (k == "remind") apply_remind(s, *node.as_table(), origin);
        } else if (k == "report") {
            if (!node.is_table()) fail(origin, node, "report must be a table");
            apply_report(s, *node.as_table(), origin);
        } else if (k == "attachments") {
            if (!node.is_table()) fail(origin, node, "attachments must be a table");
            apply_attachments(s, *node.as_table(), origin);
        } else if (k == "risk") {
            if (!node.is_table()) fail(origin, node, "risk must be a table");
            apply_risk(s, *node.as_table(), origin);
        } else if (k == "letters") {
            if (!node.is_table()) fail(origin, node, "letters must be a table");
            apply_letters(s, *node.as_table(), origin);
        } else if (k == "seal") {
            if (!node.is_table()) fail(origin, node, "seal must be a table");
            apply_seal(s, *node.as_table(), origin);
        } else if (k == "procedures") {
            // Paths relative to the configuration file that names them.
            const fs::path base = fs::path(origin).parent_path();
            for (const auto& item : array_value(node, "procedures", origin)) {
                const fs::path file = string_value(item, "procedures", origin);
                s.procedure_files.push_back((file.is_absolute() ? file : base / file).string());
            }
            note_origin(s, "procedures", where(origin, node.source()), true);
        } else if (k == "user") {
            s.user = string_value(node, "user", origin);
            s.origin["user"] = where(origin, node.source());
        } else if (k == "color") {
            s.color = one_of(node, "color", origin, {"auto", "always", "never"});
            s.origin["color"] = where(origin, node.source());
        } else {
            fail(origin, node, fmt::format("unknown setting '{}'", k.str()));
        }
    }
}

toml::table parse(const std::string& text, const std::string& origin) {
    try {
        return toml::parse(text, origin);
    } catch (const toml::parse_error& e) {
        throw DataError(fmt::format("{}: {}", where(origin, e.source()), e.description()));
    }
}


void apply_file(Settings& s, const fs::path& path, bool required, bool imports) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        if (required) throw DataError(fmt::format("configuration file {} does not exist", path.string()));
        return;
    }
    if (fs::is_directory(path, ec))
        throw DataError(fmt::format("configuration file {} is a directory", path.string()));
    const auto table = parse(text::read_file(path, text::max_file, "configuration file"), path.string());
    if (imports)
        apply_imports(s, table, path.string());
    else
        apply_table(s, table, path.string());
}

void apply_environment(Settings& s, const Environment& env) {
    auto get = [&](const char* name) -> const std::string* {
        auto it = env.find(name);
        return it == env.end() || it->second.empty() ? nullptr : &it->second;
    };
    if (auto* v = get("PLAINT_CALENDAR")) {
        calendar::division_or_throw(*v);
        s.division = *v;
        s.origin["calendar.division"] = "environment PLAINT_CALENDAR";
    }
    if (auto* v = get("PLAINT_REGISTER")) {
        s.register_path = *v;
        s.origin["register"] = "environment PLAINT_REGISTER";
    }
    if (auto* v = get("PLAINT_USER")) {
        s.user = *v;
        s.origin["user"] = "environment PLAINT_USER";
    }
}

} // namespace

calendar::CalendarSpec Settings::calendar_spec() const {
    return {calendar::division_or_throw(division), holidays, cancelled, closures};
}

fs::path user_config_dir(const Environment& env) {
    auto xdg = env.find("XDG_CONFIG_HOME");
    if (xdg != env.end() && !xdg->second.empty() && fs::path(xdg->second).is_absolute())
        return fs::path(xdg->second) / "plaint";
    auto home = env.find("HOME");
    if (home != env.end() && !home->second.empty()) return fs::path(home->second) / ".config" / "plaint";
    return {};
}

Sources standard_sources(const Environment& env) {
    Sources sources;
    sources.environment = env;
    sources.system_file = "/etc/plaint/config.toml";
    if (auto it = env.find("PLAINT_SYSTEM_CONFIG"); it != env.end()) sources.system_file = it->second;
    if (auto dir = user_config_dir(env); !dir.empty()) {
        sources.user_file = dir / "config.toml";
        sources.imports_file = dir / "imported-holidays.toml";
    }
    return sources;
}

void apply_toml(Settings& settings, const std::string& text, const std::string& origin) {
    apply_table(settings, parse(text, origin), origin);
}

Settings load(const Sources& sources) {
    Settings s;
    for (const char* key : {"calendar.division", "calendar.receipt", "register", "user", "color"})
        s.origin[key] = "default";
    if (sources.system_file) apply_file(s, *sources.system_file, false, false);
    if (sources.user_file) apply_file(s, *sources.user_file, false, false);
    apply_environment(s, sources.environment);
    if (sources.explicit_file) apply_file(s, *sources.explicit_file, true, false);
    if (sources.division_flag) {
        calendar::division_or_throw(*sources.division_flag);
        s.division = *sources.division_flag;
        s.origin["calendar.division"] = "--calendar";
    }
    // Imports are read last because they are filtered by the final division.
    if (sources.imports_file) apply_file(s, *sources.imports_file, false, true);
    return s;
}

} // namespace plaint::config
