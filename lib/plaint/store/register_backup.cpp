// Backups and restores of the register file through SQLite's online backup
// API: a backup is a consistent snapshot made while others write; a restore
// replaces the register's pages in one transaction under its write lock, so
// no -wal of the replaced register can mix into the restored one.

#include "plaint/core/error.hpp"
#include "plaint/store/documents.hpp"
#include "plaint/store/new_file.hpp"
#include "plaint/store/register_impl.hpp"
#include "plaint/store/restore.hpp"

#include <SQLiteCpp/Backup.h>
#include <fmt/format.h>
#include <sqlite3.h>

namespace plaint::store {
namespace {

namespace fs = std::filesystem;

// Copies the database `source` into the new file `file` (mode 0600).
void copy_database(SQLite::Database& source, const fs::path& file) {
    create_private_file(file);
    SQLite::Database copy(file.string(), SQLite::OPEN_READWRITE);
    SQLite::Backup backup(copy, source);
    backup.executeStep(-1); // all pages in one step: a consistent snapshot
    // Rollback-journal mode (file format 1): SQLite then tells from the
    // header alone that a -wal the copy is ever put beside is not its own.
    copy.exec("PRAGMA journal_mode = DELETE");
}

// The page size of the database at `path`, for the copy that replaces it:
// SQLite's backup into a database in WAL mode cannot change it.
void match_page_size(const fs::path& copy, std::uint32_t page_size) {
    SQLite::Database db(copy.string(), SQLite::OPEN_READWRITE);
    if (static_cast<std::uint32_t>(db.execAndGet("PRAGMA page_size").getInt()) == page_size) return;
    db.exec(fmt::format("PRAGMA page_size = {}", page_size));
    db.exec("VACUUM");
}

// A copy of `backup` in `staging`, upgraded to this plaint's schema and
// checked by `verify`; DataError when it does not verify.
void stage_backup(const fs::path& copy, const fs::path& backup, std::optional<std::uint32_t> page_size,
                  const std::function<VerifyReport(Register&)>& verify, VerifyReport& report) {
    detail::translate_sqlite("copying the backup", [&] {
        SQLite::Database source(detail::read_only_uri(backup), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        detail::reader_closes_quietly(source);
        copy_database(source, copy);
        if (page_size) match_page_size(copy, *page_size);
    });
    auto staged = Register::open(copy, Access::read_write);
    // Its documents are still beside the backup: copied in once it verifies.
    staged.check_documents_of(backup);
    report = verify(staged);
    if (!report.ok())
        throw DataError(fmt::format("{} does not verify: {}; nothing was changed", backup.string(),
                                    report.problems.front().message),
                        fmt::format("'plaint --register {} verify' lists every problem", backup.string()));
}

// SQLite's result `rc` as the exception translate_sqlite turns into words.
void check(sqlite3* db, int rc) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE) throw SQLite::Exception(db, rc);
}

} // namespace

void Register::backup_to(const fs::path& destination) const {
    const std::string never = "backups never overwrite: choose a new file name";
    std::error_code ec;
    if (fs::exists(fs::symlink_status(destination, ec)))
        throw StoreError(fmt::format("{} already exists", destination.string()), never);
    NewFile made(destination);
    detail::translate_sqlite("backing up the register", [&] { copy_database(impl_->db, made.staged()); });
    // The documents the copy names, beside it, before the copy appears: a
    // register never names a document that is not there.
    detail::translate_sqlite("backing up the documents", [&] {
        // A backup is private to the account that makes it, whoever shares the register.
        detail::copy_documents(made.staged(), documents_directory(impl_->path), documents_directory(destination), false);
    });
    made.publish(never);
}

Restored restore_register(const fs::path& path, const fs::path& backup, const fs::path& keep_as,
                          const std::function<VerifyReport(Register&)>& verify) {
    const auto backup_id = detail::identity_of(backup);
    if (!backup_id) throw DataError(fmt::format("no backup at {}", backup.string()));
    if (backup_id == detail::identity_of(path))
        throw UsageError(fmt::format("{} is the register itself", backup.string()), "name a backup of it");
    try {
        (void)detail::read_database_header(backup);
    } catch (const StoreError& e) {
        throw DataError(e.what());
    }
    std::error_code ec;
    const bool replacing = fs::exists(path, ec);
    const auto page_size = replacing ? std::optional(detail::read_database_header(path).page_size) : std::nullopt;
    Restored result;
    NewFile copy(path);
    stage_backup(copy.staged(), backup, page_size, verify, result.backup);
    // The backup's documents beside the register, once the backup has
    // verified and before it takes the register's place.
    detail::copy_documents(backup, documents_directory(backup), documents_directory(path),
                           replacing && detail::shared_group(path).has_value());
    if (!replacing) {
        // A -wal of the register that was there would be applied over the backup.
        const fs::path leftover = path.string() + "-wal";
        if (fs::file_size(leftover, ec) > 0 && !ec)
            throw StoreError(fmt::format("{} already exists (left by an earlier register)", leftover.string()),
                             "it holds that register's newest changes: move it aside first");
        copy.publish("try again");
        return result;
    }
    // Both connections opened first: opening one reads the file's header,
    // and closing that descriptor would drop the locks the other holds.
    std::optional<Register> as_was(Register::open(path, Access::read_only));
    const auto opened = detail::identity_of(path);
    auto live = Register::open(path, Access::read_write);
    if (!opened || opened != detail::identity_of(path))
        throw StoreError(fmt::format("{} was replaced while it was being opened", path.string()), "try again");
    detail::translate_sqlite("restoring the register", [&] {
        SQLite::Database source(copy.staged().string(), SQLite::OPEN_READONLY);
        sqlite3* dest = detail::connection(live).getHandle();
        sqlite3_backup* restore = sqlite3_backup_init(dest, "main", source.getHandle(), "main");
        if (!restore) throw SQLite::Exception(dest, sqlite3_errcode(dest));
        // A step of no pages takes the register's write lock and keeps it
        // to the end: from here no other process can commit.
        int rc = sqlite3_backup_step(restore, 0);
        try {
            check(dest, rc);
            // The register as it was, for an undo, before anything changes.
            const auto before = as_was->info();
            result.replaced_events = before.journal_events;
            result.replaced_head = before.journal_head;
            as_was->backup_to(keep_as);
            const auto check_file = detail::still_the_register(dest, path, *opened);
            if (check_file == detail::FileCheck::unreadable)
                throw StoreError("restoring the register: cannot read the register file to check that it is still "
                                 "the register; nothing was changed", "check the file, its directory and the disk");
            if (check_file == detail::FileCheck::replaced)
                throw StoreError("restoring the register: the register file was replaced while it was being "
                                 "restored; nothing was changed", "run 'plaint restore' again");
            rc = sqlite3_backup_step(restore, -1);
            check(dest, rc);
        } catch (...) {
            sqlite3_backup_finish(restore); // rolls back what was not committed
            throw;
        }
        check(dest, sqlite3_backup_finish(restore));
    });
    as_was.reset(); // the writer's connection closes last: the -wal is checkpointed and removed
    result.kept_as = keep_as.string();
    return result;
}

} // namespace plaint::store
