#pragma once
// The schema migrations compiled in from schemas/NNN_name.sql: migration i
// (0-based) takes a register from user_version i to i + 1.

#include <span>

namespace plaint::store {

struct Migration {
    const char* name; // file name, e.g. "001_register.sql"
    const char* sql;
};

std::span<const Migration> migrations();

inline int latest_schema_version() { return static_cast<int>(migrations().size()); }

} // namespace plaint::store
