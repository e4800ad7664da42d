#include "plaint/calendar/import_store.hpp"

#include "plaint/core/atomic_file.hpp"
#include "plaint/core/error.hpp"
#include "plaint/core/text.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <tuple>
#include <set>

namespace plaint::calendar {
namespace {

namespace fs = std::filesystem;

struct Entry {
    std::string table; // holiday | cancelled
    std::string division;
    Date date;
    std::string name;
    bool substitute = false;
};

std::vector<Entry> read_existing(const fs::path& file) {
    std::vector<Entry> entries;
    std::error_code ec;
    if (!fs::exists(file, ec)) return entries;
    toml::table doc;
    try {
        doc = toml::parse(text::read_file(file, text::max_file, "holiday file"), file.string());
    } catch (const toml::parse_error& e) {
        throw DataError(fmt::format("{}:{}:{}: {}", file.string(), e.source().begin.line,
                                    e.source().begin.column, e.description()));
    }
    for (const char* table : {"holiday", "cancelled"}) {
        const auto* array = doc[table].as_array();
        if (!array) continue;
        for (const auto& node : *array) {
            const auto* t = node.as_table();
            if (!t) continue;
            std::optional<Date> date;
            if (auto d = (*t)["date"].value<toml::date>())
                date = parse_iso_date(fmt::format("{:04}-{:02}-{:02}", d->year, d->month, d->day));
            const auto division = (*t)["division"].value_or(std::string());
            if (!date || division.empty()) continue;
            entries.push_back({table, division, *date, (*t)["name"].value_or(std::string()),
                               (*t)["substitute"].value_or(false)});
        }
    }
    return entries;
}

// A TOML basic string: quotes and backslashes escaped, and every control
// character (TOML allows none but tab unescaped; tab is escaped too), so a
// title with a line break cannot end the string or add a key.
std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') out += {'\\', c};
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\r') out += "\\r";
        else if (byte < 0x20 || byte == 0x7F) out += fmt::format("\\u{:04X}", byte);
        else out += c;
    }
    return out + "\"";
}

void write_atomically(const fs::path& file, const std::string& text) {
    std::error_code ec;
    if (file.has_parent_path()) fs::create_directories(file.parent_path(), ec);
    try {
        write_file_atomically(file, text, {0666, true, Existing::replace});
    } catch (const AtomicFileError& e) {
        throw DataError(e.what());
    }
}

} // namespace

void record_import(const fs::path& file, const Feed& feed, const std::vector<FeedDifference>& differences,
                   bool replace, Date today) {
    std::vector<Entry> entries;
    for (auto& e : read_existing(file)) {
        auto covered = std::find_if(feed.begin(), feed.end(), [&](const auto& item) {
            return division_id(item.first) == e.division && e.date.year() >= item.second.first_year &&
                   e.date.year() <= item.second.last_year;
        });
        if (covered == feed.end()) entries.push_back(std::move(e));
    }
    for (const auto& d : differences) {
        const std::string division(division_id(d.division));
        for (const auto& h : d.missing_from_rules) entries.push_back({"holiday", division, h.date, h.name, h.substitute});
        if (replace)
            for (const auto& h : d.missing_from_feed) entries.push_back({"cancelled", division, h.date, h.name, false});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.division, a.date, a.table) < std::tie(b.division, b.date, b.table);
    });
    std::string text = fmt::format("# Written by `plaint calendar import` on {}. Holidays that GOV.UK's feed\n"
                                   "# adds to plaint's rules ([[holiday]]) or that it lacks ([[cancelled]]).\n",
                                   today.iso());
    for (const auto& e : entries) {
        text += fmt::format("\n[[{}]]\ndivision = {}\ndate = {}\n", e.table, quoted(e.division), e.date.iso());
        if (!e.name.empty()) text += fmt::format("name = {}\n", quoted(e.name));
        if (e.substitute) text += "substitute = true\n";
    }
    write_atomically(file, text);
}

} // namespace plaint::calendar
