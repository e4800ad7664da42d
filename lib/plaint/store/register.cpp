// Opening, creating and upgrading register files.

#include "plaint/store/register.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/sha256.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/migrations.hpp"
#include "plaint/store/new_file.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plaint::store {
namespace {

namespace fs = std::filesystem;

} // namespace

int detail::open_flags(int flags) {
    // Once, before SQLite starts: no memory statistics (they take a global
    // mutex on every allocation). Each connection is used by one thread only.
    static const bool tuned = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    (void)tuned;
    return flags | SQLITE_OPEN_NOMUTEX;
}

void detail::reader_closes_quietly(SQLite::Database& db) {
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

namespace {

void configure(SQLite::Database& db) {
    db.setBusyTimeout(detail::busy_timeout_ms);
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

// A register shared by its group (plaint init --group) is meant to be
// readable by the group; any other is warned about.
std::vector<std::string> permission_warnings(const fs::path& path, bool shared) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0 || (st.st_mode & 077) == 0 || shared) return {};
    return {fmt::format("{} is readable by others (mode {:04o}); it holds personal data: chmod 600 {}",
                        path.string(), st.st_mode & 07777, path.string())};
}

// Refuses a name in use, or one with an old register's -wal or -journal
// beside it: SQLite would replay that into the new file.
void check_new_name(const fs::path& path) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(path, ec)))
        throw StoreError(fmt::format("{} already exists", path.string()),
                         "choose another file name, or remove the old file first");
    for (const char* suffix : {"-wal", "-journal"}) {
        const fs::path leftover = path.string() + suffix;
        if (fs::exists(fs::symlink_status(leftover, ec)))
            throw StoreError(fmt::format("{} already exists (left by an earlier register)", leftover.string()),
                             "it may hold that register's newest changes: keep it with that register, or "
                             "choose another file name");
    }
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
const std::optional<std::string>& Register::shared_group() const { return impl_->shared_group; }
void Register::check_documents_of(const fs::path& other) { impl_->documents_of = other; }
SQLite::Database& detail::connection(const Register& reg) { return reg.impl_->db; }

void Register::begin_bulk_load() {
    auto& db = impl_->db;
    detail::translate_sqlite("preparing the register for loading", [&] {
        if (db.execAndGet("SELECT EXISTS (SELECT 1 FROM cases)").getInt() != 0)
            throw RefusedError(fmt::format("{} already holds cases", impl_->path.string()),
                               "bulk loading is only for a register that is nobody's record yet");
        // No fsync per batch, and room in memory for a batch's pages.
        db.exec("PRAGMA synchronous = OFF");
        db.exec("PRAGMA cache_size = -131072");
        // A rollback journal while loading: nearly every page is new, so next
        // to nothing is journalled, where WAL writes every page twice.
        db.exec("PRAGMA journal_mode = TRUNCATE");
        // 16 KiB pages rather than 4: a quarter of the pages to find, split
        // and write, which made a 1,000,000-case load 15% faster
        // (tests/bench/README.md). The register holds no case, so the VACUUM
        // that applies it is instant.
        db.exec("PRAGMA page_size = 16384");
        db.exec("VACUUM");
    });
}

void Register::end_bulk_load() {
    auto& db = impl_->db;
    detail::translate_sqlite("finishing the register's load", [&] {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA cache_size = -2000");
    });
}

namespace {

// The helpers below take the store's Register::Impl as a template
// parameter: the name is private to Register, and its members pass it in.

// SQLite calls this under the write lock just before a transaction commits:
// a non-zero answer turns the commit into a rollback
// (SQLITE_CONSTRAINT_COMMITHOOK, translated by translate_sqlite).
template <typename Impl>
int refuse_commit_if_replaced(void* impl) {
    const auto* self = static_cast<const Impl*>(impl);
    switch (detail::still_the_register(self->db.getHandle(), self->path, self->identity)) {
    case detail::FileCheck::same: return 0;
    case detail::FileCheck::unreadable: detail::note_unreadable_commit(); return 1;
    case detail::FileCheck::replaced: break;
    }
    return 1;
}

// A connection to `path` with its identity recorded: the path must name
// the same file before and after SQLite opened it.
template <typename Impl>
std::unique_ptr<Impl> connect(const fs::path& path, const std::string& name, int flags) {
    const auto before = detail::identity_of(path);
    auto impl = std::make_unique<Impl>(path, name, flags);
    const auto after = detail::identity_of(path);
    if (!before || before != after)
        throw StoreError(fmt::format("{} was replaced while it was being opened", path.string()), "try again");
    impl->identity = *after;
    return impl;
}

// A writer's connection; from then on every commit first checks that the
// path still names the file.
template <typename Impl>
std::unique_ptr<Impl> connect_writer(const fs::path& path, const detail::DatabaseHeader& header) {
    detail::clear_stale_shm(path);
    auto impl = connect<Impl>(path, path.string(), SQLite::OPEN_READWRITE);
    configure(impl->db);
    check_version(impl->db, path, true); // refuses another program's database before anything is written
    // A backup (rollback-journal mode) taken into use as a register.
    if (!header.wal_mode) impl->db.exec("PRAGMA journal_mode = WAL");
    sqlite3_commit_hook(impl->db.getHandle(), refuse_commit_if_replaced<Impl>, impl.get());
    return impl;
}

template <typename Impl>
std::unique_ptr<Impl> connect_reader(const fs::path& path) {
    auto impl = connect<Impl>(path, detail::read_only_uri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
    configure(impl->db);
    return impl;
}

// The new register's schema and register row, in the private file `file`.
void build_register(const fs::path& file, const RegisterInfo& info, const Stamp& stamp,
                    const std::vector<CalendarDay>& days, std::optional<gid_t> group) {
    create_private_file(file); // SQLite would make it 0644
    if (group) detail::give_to_group(file, *group); // before SQLite copies its mode to the -wal
    detail::translate_sqlite("creating the register", [&] {
        SQLite::Database db(file.string(), detail::open_flags(SQLite::OPEN_READWRITE));
        db.exec("PRAGMA journal_mode = WAL");
        configure(db);
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        for (const auto& m : migrations()) detail::run_migration(db, m.sql);
        db.exec(fmt::format("PRAGMA user_version = {}", latest_schema_version()));
        insert_register_row(db, info, stamp);
        detail::record_calendar_days(db, days, "configuration", stamp);
        tx.commit();
    });
    // Closed: the -wal is checkpointed into the file and removed.
}

} // namespace

Register Register::create(const fs::path& path, const RegisterInfo& info, const Stamp& stamp,
                          const std::vector<CalendarDay>& days, std::optional<gid_t> group) {
    check_new_name(path);
    if (group) detail::check_group_directory(path, *group);
    NewFile made(path);
    build_register(made.staged(), info, stamp, days, group);
    made.publish("choose another file name, or remove the old file first");
    return open(path, Access::read_write);
}

Register Register::open(const fs::path& path, Access access) {
    const auto header = detail::read_database_header(path);
    const bool writable = is_writable(path);
    if (access == Access::read_write && !writable)
        throw StoreError(fmt::format("{} is read-only", path.string()),
                         "check the file's permissions and owner");
    detail::check_wal_belongs(path, header);
    std::unique_ptr<Impl> impl;
    detail::translate_sqlite("opening the register", [&] {
        if (access == Access::read_write) {
            impl = connect_writer<Impl>(path, header);
            return;
        }
        impl = connect_reader<Impl>(path);
        if (!writable || schema_version(impl->db) >= latest_schema_version()) {
            check_version(impl->db, path, false);
            return;
        }
        // An older schema: upgraded once by a writer's connection, then read.
        impl.reset();
        connect_writer<Impl>(path, header);
        impl = connect_reader<Impl>(path);
        check_version(impl->db, path, false);
    });
    impl->shared_group = detail::shared_group(path);
    impl->warnings = permission_warnings(path, impl->shared_group.has_value());
    return Register(std::move(impl));
}

Register Register::open_verifiable(const fs::path& path, std::string& note) {
    const auto header = detail::read_database_header(path);
    detail::check_wal_belongs(path, header);
    int version = 0;
    detail::translate_sqlite("opening the register", [&] {
        SQLite::Database probe(detail::read_only_uri(path), detail::open_flags(SQLite::OPEN_READONLY | SQLite::OPEN_URI));
        detail::reader_closes_quietly(probe);
        probe.setBusyTimeout(detail::busy_timeout_ms);
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
            SQLite::Database source(detail::read_only_uri(path),
                                    detail::open_flags(SQLite::OPEN_READONLY | SQLite::OPEN_URI));
            detail::reader_closes_quietly(source);
            source.setBusyTimeout(detail::busy_timeout_ms);
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

namespace {

// What SQLite's "read-only" means, by its extended code: the real cause.
StoreError read_only_error(const std::string& what, int extended) {
    switch (extended) {
    case SQLITE_READONLY_DIRECTORY:
        return StoreError(what + "the register's directory is not writable by this user (SQLite keeps its -wal "
                                 "and -shm beside the register)", "check the directory's permissions");
    case SQLITE_READONLY_RECOVERY:
    case SQLITE_READONLY_CANTINIT:
    case SQLITE_READONLY_CANTLOCK:
        return StoreError(what + "the register's -shm cannot be written by this user",
                          "once no process uses the register, remove its -shm (SQLite makes it again)");
    case SQLITE_READONLY_DBMOVED:
        return StoreError(what + "the register file was moved or replaced while this command had it open; "
                                 "nothing was recorded", "run the command again");
    default:
        return StoreError(what + "the register is read-only", "check the permissions of the file and its directory");
    }
}

} // namespace

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
            throw read_only_error(what, e.getExtendedErrorCode());
        case SQLITE_CONSTRAINT:
            if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_COMMITHOOK && detail::take_unreadable_commit())
                throw StoreError(what + "cannot read or write the file (reading it to check, before the commit, "
                                        "that it is still the register failed); nothing was recorded",
                                 "check the file, its directory and the disk");
            if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_COMMITHOOK)
                throw StoreError(what + "the register file was replaced (moved, or a copy put in its place) while "
                                 "this command had it open; nothing was recorded",
                                 "run the command again; 'plaint restore BACKUP' puts a backup back safely while "
                                 "others use the register");
            throw StoreError(what + e.what());
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
