#pragma once
// Shared by the register's unit tests: sample registers and cases, and SQL
// run on the file from outside plaint, as an analyst (or someone tampering
// with the register) would with the sqlite3 shell.

#include "plaint/core/error.hpp"
#include "plaint/store/register.hpp"
#include "support/dates.hpp"
#include "support/temp_dir.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace plaint::test {

inline store::Stamp stamp_on(const char* today = "2026-11-20", const char* now = "2026-11-20T09:00:00Z",
                             const char* actor = "tester") {
    return {actor, now, d(today)};
}

inline store::RegisterInfo sample_info() {
    store::RegisterInfo info;
    info.organisation = std::string("Test ICB");
    info.reference_prefix = std::string("T"); // (a temporary: GCC 12 -Wrestrict false positive)
    return info;
}

// A complaint by email with one complainant.
inline reg::NewCase sample_case(const std::string& summary = "Waited six weeks for a reply",
                                const char* received = "2026-11-18") {
    reg::NewCase c;
    c.received = d(received);
    c.summary = summary;
    c.channel = "email";
    c.subject = "Access";
    c.parties.push_back({0, {}, "complainant", "Ann Example", "ann@example.org"});
    return c;
}

// A new register at `file` holding `cases` sample cases (T-2026-0001 ...).
inline store::Register register_with(const std::filesystem::path& file, int cases) {
    auto r = store::Register::create(file, sample_info(), stamp_on());
    for (int i = 1; i <= cases; ++i) r.log_case(sample_case("case " + std::to_string(i)), stamp_on());
    return r;
}

// Runs SQL on the file through a connection of its own.
inline void exec_sql(const std::filesystem::path& file, const std::string& sql) {
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    db.exec(sql);
}

inline std::int64_t count_rows(const std::filesystem::path& file, const std::string& table) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM " + table).getInt64();
}

// Every row of a table as text, in `order`: for comparing whole tables.
inline std::string dump_table(const std::filesystem::path& file, const std::string& table, const std::string& order) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT * FROM " + table + " ORDER BY " + order);
    std::string text;
    while (q.executeStep()) {
        for (int i = 0; i < q.getColumnCount(); ++i) {
            const SQLite::Column column = q.getColumn(i);
            if (column.isNull()) {
                text += "NULL";
            } else {
                text += '\'';
                text += column.getString();
                text += '\'';
            }
            text += i + 1 < q.getColumnCount() ? '|' : '\n';
        }
    }
    return text;
}

inline unsigned file_mode(const std::filesystem::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) throw std::runtime_error("cannot stat " + file.string());
    return st.st_mode & 07777;
}

// The error `body` throws; fails the test when it throws none.
template <typename E = Error, typename Body>
E error_from(Body&& body) {
    try {
        body();
    } catch (const E& e) {
        return e;
    }
    FAIL("expected an error, but none was thrown");
    throw std::logic_error("unreachable");
}

} // namespace plaint::test
