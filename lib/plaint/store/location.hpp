#pragma once
// Where a register is kept, as a user names it (--register, PLAINT_REGISTER,
// `register` in the configuration, init's FILE): `PATH` or `sqlite:PATH` for
// a register file; a libpq URI, `postgresql://...` or `postgres://...`, for a
// PostgreSQL database. A password is never part of a location: it would show
// in the process list, the shell's history and the configuration; libpq
// finds it in PGPASSFILE, ~/.pgpass, PGPASSWORD or a service file.

#include <string>

namespace plaint::store {

struct Location {
    enum class Backend { sqlite, postgresql };
    Backend backend = Backend::sqlite;
    std::string target; // the file's path, or the libpq URI

    // Throws UsageError for an empty location, an empty sqlite: path, or a
    // URI with a password in it (user:password@ or password=).
    static Location parse(const std::string& text);
    // For messages: the path, or the URI.
    const std::string& shown() const { return target; }
};

} // namespace plaint::store
