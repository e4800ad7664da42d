// Opening, creating and upgrading register files.

#include "plaint/store/register.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/sha256.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/migrations.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace plaint::store {
namespace {

namespace fs = std::filesystem;

// Writers wait this long for each other before giving up.
constexpr int busy_timeout_ms = 60'000;

void check_is_register_file(const fs::path& path) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status))
        throw StoreError(fmt::format("no register at {}", path.string()),
                         fmt::format("create one with 'plaint init {}'", path.string()));
    if (fs::is_directory(status))
        throw StoreError(fmt::format("{} is a directory, not a register file", path.string()));
    std::ifstream in(path, std::ios::binary);
    if (!in) throw StoreError(fmt::format("cannot read {}", path.string()), "check its permissions");
    char header[16] = {};
    in.read(header, sizeof header);
    if (in.gcount() != 16 || std::string_view(header, 16) != std::string_view("SQLite format 3\0", 16))
        throw StoreError(fmt::format("{} is not a plaint register (not an SQLite database)", path.string()));
}

} // namespace

int detail::open_flags(int flags) {
    // Once, before SQLite starts: no memory statistics (they take a global
    // mutex on every allocation). Each connection is used by one thread only.
    static const bool tuned = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    (void)tuned;
    return flags | SQLITE_OPEN_NOMUTEX;
}

namespace {

void configure(SQLite::Database& db) {
    db.setBusyTimeout(busy_timeout_ms);
    db.exec("PRAGMA foreign_keys = ON");
    // FULL: a reference printed after commit survives power loss, not just a kill.
    db.exec("PRAGMA synchronous = FULL");
}

int schema_version(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

void migrate(SQLite::Database& db, int from) {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Re-read inside the write lock: another process may have upgraded it.
    const int current = schema_version(db);
    const auto all = migrations();
    for (int v = std::max(from, current); v < static_cast<int>(all.size()); ++v) detail::run_migration(db, all[v].sql);
    db.exec(fmt::format("PRAGMA user_version = {}", all.size()));
    tx.commit();
}

void check_version(SQLite::Database& db, const fs::path& path, bool writable) {
    const int version = schema_version(db);
    const int latest = latest_schema_version();
    if (version > latest)
        throw StoreError(fmt::format("{} was written by a newer plaint (register schema version {}; this plaint "
                                     "knows versions up to {})", path.string(), version, latest),
                         "upgrade plaint to use this register");
    // Other programs set user_version too: never migrate their databases.
    if (!db.tableExists("register"))
        throw StoreError(fmt::format("{} is an SQLite database but not a plaint register", path.string()));
    if (version < latest) {
        if (!writable)
            throw StoreError(fmt::format("{} needs upgrading from schema version {} to {} but is read-only",
                                         path.string(), version, latest));
        migrate(db, version);
    }
}

// Writable by this process and not made read-only by its owner: a file
// with no write permission stays read-only even for root.
bool is_writable(const fs::path& path) {
    struct stat st{};
    return ::access(path.c_str(), W_OK) == 0 && ::stat(path.c_str(), &st) == 0 && (st.st_mode & 0222) != 0;
}

std::vector<std::string> permission_warnings(const fs::path& path) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0 || (st.st_mode & 077) == 0) return {};
    return {fmt::format("{} is readable by others (mode {:04o}); it holds personal data: chmod 600 {}",
                        path.string(), st.st_mode & 07777, path.string())};
}

void remove_register_files(const fs::path& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path.string() + suffix, ec);
}

// Creates an empty file with mode 0600, failing if it exists. An old
// register's -wal or -journal file beside it would be replayed into the new
// file by SQLite (and removed if creating then failed): refuse that too.
void create_private_file(const fs::path& path) {
    std::error_code ec;
    if (fs::exists(path, ec))
        throw StoreError(fmt::format("{} already exists", path.string()),
                         "choose another file name, or remove the old file first");
    for (const char* suffix : {"-wal", "-journal"}) {
        const fs::path leftover = path.string() + suffix;
        if (fs::exists(leftover, ec))
            throw StoreError(fmt::format("{} already exists (left by an earlier register)", leftover.string()),
                             "it may hold that register's newest changes: keep it with that register, or "
                             "choose another file name");
    }
    const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        throw StoreError(fmt::format("cannot create {}: {}", path.string(), std::strerror(errno)));
    ::close(fd);
}

void insert_register_row(SQLite::Database& db, const RegisterInfo& info, const Stamp& stamp) {
    const std::string salt = random_hex(16);
    SQLite::Statement insert(db,
                             "INSERT INTO register (id, organisation, default_procedure, calendar, reference_prefix,"
                             " created_at, salt, journal_head_seq, journal_head_hash) VALUES (1, ?, ?, ?, ?, ?, ?, 0, ?)");
    insert.bind(1, info.organisation);
    insert.bind(2, info.default_procedure);
    insert.bind(3, info.calendar);
    insert.bind(4, info.reference_prefix);
    insert.bind(5, stamp.now);
    insert.bind(6, salt);
    insert.bind(7, genesis_hash({salt, info.organisation, info.reference_prefix, info.default_procedure, stamp.now}));
    insert.exec();
}

} // namespace

Register::Register(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Register::Register(Register&&) noexcept = default;
Register& Register::operator=(Register&&) noexcept = default;
Register::~Register() = default;

const fs::path& Register::path() const { return impl_->path; }
const std::vector<std::string>& Register::warnings() const { return impl_->warnings; }
SQLite::Database& Register::database() { return impl_->db; }

Register Register::create(const fs::path& path, const RegisterInfo& info, const Stamp& stamp,
                          const std::vector<CalendarDay>& days) {
    create_private_file(path);
    try {
        std::unique_ptr<Impl> impl;
        detail::translate_sqlite("creating the register", [&] {
            impl = std::make_unique<Impl>(path, SQLite::OPEN_READWRITE);
            impl->db.exec("PRAGMA journal_mode = WAL");
            configure(impl->db);
            SQLite::Transaction tx(impl->db, SQLite::TransactionBehavior::IMMEDIATE);
            for (const auto& m : migrations()) detail::run_migration(impl->db, m.sql);
            impl->db.exec(fmt::format("PRAGMA user_version = {}", latest_schema_version()));
            insert_register_row(impl->db, info, stamp);
            detail::record_calendar_days(impl->db, days, "configuration", stamp);
            tx.commit();
        });
        return Register(std::move(impl));
    } catch (...) {
        remove_register_files(path);
        throw;
    }
}

Register Register::open(const fs::path& path, Access access) {
    check_is_register_file(path);
    const bool writable = is_writable(path);
    if (access == Access::read_write && !writable)
        throw StoreError(fmt::format("{} is read-only", path.string()),
                         "check the file's permissions and owner");
    std::unique_ptr<Impl> impl;
    detail::translate_sqlite("opening the register", [&] {
        impl = std::make_unique<Impl>(path, writable ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY);
        configure(impl->db);
        check_version(impl->db, path, writable);
    });
    impl->warnings = permission_warnings(path);
    return Register(std::move(impl));
}

Register Register::open_verifiable(const fs::path& path, std::string& note) {
    check_is_register_file(path);
    int version = 0;
    detail::translate_sqlite("opening the register", [&] {
        SQLite::Database probe(path.string(), detail::open_flags(SQLite::OPEN_READONLY));
        probe.setBusyTimeout(busy_timeout_ms);
        version = schema_version(probe);
    });
    if (version >= latest_schema_version()) return open(path, Access::read_only);
    const fs::path dir = [] {
        const char* tmp = std::getenv("TMPDIR");
        return fs::path(tmp && *tmp ? tmp : "/tmp");
    }();
    std::string name = (dir / "plaint-verify-XXXXXX").string();
    const int fd = ::mkstemp(name.data()); // 0600: the copy holds personal data
    if (fd < 0)
        throw StoreError(fmt::format("cannot make a temporary copy of {} to check it: {}", path.string(),
                                     std::strerror(errno)), "set TMPDIR to a directory with room for the register");
    ::close(fd);
    std::unique_ptr<Impl> impl;
    try {
        detail::translate_sqlite("copying the register to check it", [&] {
            SQLite::Database source(path.string(), detail::open_flags(SQLite::OPEN_READONLY));
            source.setBusyTimeout(busy_timeout_ms);
            impl = std::make_unique<Impl>(name, SQLite::OPEN_READWRITE);
            impl->temporary = name;
            SQLite::Backup backup(impl->db, source);
            backup.executeStep(-1);
        });
        impl->db.exec("PRAGMA journal_mode = DELETE");
        configure(impl->db);
        impl->db.exec("PRAGMA synchronous = OFF"); // a scratch copy
        check_version(impl->db, path, true);
    } catch (...) {
        if (!impl) fs::remove(name);
        throw;
    }
    impl->path = path;
    note = fmt::format("{} has register schema version {}: a private copy was upgraded to version {} and checked; "
                       "the file itself was not changed", path.string(), version, latest_schema_version());
    return Register(std::move(impl));
}

RegisterInfo Register::info() const {
    RegisterInfo info;
    detail::translate_sqlite("reading the register", [&] {
        SQLite::Statement q(impl_->db,
                            "SELECT organisation, default_procedure, calendar, reference_prefix, created_at,"
                            " journal_head_seq, journal_head_hash FROM register WHERE id = 1");
        if (!q.executeStep()) throw StoreError(fmt::format("{} has no register row", impl_->path.string()));
        info = {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                q.getColumn(3).getString(), q.getColumn(4).getString(), schema_version(impl_->db),
                q.getColumn(5).getInt64(), q.getColumn(6).getString()};
    });
    return info;
}

namespace detail {

void translate_sqlite(const std::string& doing, const std::function<void()>& body) {
    try {
        body();
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode() & 0xFF;
        const std::string what = fmt::format("{}: ", doing);
        switch (code) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw StoreError(what + "the register is busy", fmt::format(
                "another process held it for more than {} s; try again", busy_timeout_ms / 1000));
        case SQLITE_FULL:
            throw StoreError(what + "the disk is full; nothing was recorded", "free some space and try again");
        case SQLITE_READONLY:
            throw StoreError(what + "the register is read-only", "check the permissions of the file and its directory");
        case SQLITE_NOTADB:
            throw StoreError(what + "the file is not an SQLite database");
        case SQLITE_CORRUPT:
            throw StoreError(what + "the register file is damaged",
                             "restore it from a backup ('plaint backup' makes them)");
        case SQLITE_CANTOPEN:
        case SQLITE_IOERR:
        case SQLITE_PERM:
            throw StoreError(what + fmt::format("cannot read or write the file ({})", e.getErrorStr()),
                             "check the file, its directory and the disk");
        default:
            throw StoreError(what + e.what());
        }
    }
}

} // namespace detail
} // namespace plaint::store
