// Prepared statements kept for the life of a Register's connection
// (register_impl.hpp, cached_statement).

#include "plaint/store/register_impl.hpp"

#include <map>
#include <memory>
#include <mutex>

namespace plaint::store::detail {
namespace {

using Statements = std::map<std::string, std::unique_ptr<SQLite::Statement>, std::less<>>;

std::mutex registry_mutex;
std::map<const SQLite::Database*, Statements>& registry() {
    static std::map<const SQLite::Database*, Statements> by_connection;
    return by_connection;
}

} // namespace

SQLite::Statement& cached_statement(SQLite::Database& db, const std::string& sql) {
    std::lock_guard lock(registry_mutex);
    auto& statements = registry()[&db];
    auto found = statements.find(sql);
    if (found == statements.end()) {
        found = statements.emplace(sql, std::make_unique<SQLite::Statement>(db, sql)).first;
    } else {
        found->second->reset();
        found->second->clearBindings();
    }
    return *found->second;
}

void release_statements(SQLite::Database& db) {
    std::lock_guard lock(registry_mutex);
    registry().erase(&db);
}

} // namespace plaint::store::detail
