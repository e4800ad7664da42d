#pragma once
// The register as a file on disk (register_file.cpp): which file a path
// names, how to open it for reading, and the companions SQLite keeps beside
// it (-wal, -shm) when they cannot be its own. Internal to the store.

#include <sys/types.h>

struct sqlite3;

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace plaint::store::detail {

// Which file a path names (stat(2)).
struct FileIdentity {
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileIdentity&) const = default;
};
std::optional<FileIdentity> identity_of(const std::filesystem::path& path);

// The first 100 bytes of an SQLite database, as far as plaint needs them.
struct DatabaseHeader {
    bool wal_mode = false;       // file format versions 2 (bytes 18, 19)
    std::uint32_t page_size = 0; // bytes 16-17, 1 meaning 65536
};
// Throws StoreError when the file is missing, a directory, unreadable or
// not an SQLite database.
DatabaseHeader read_database_header(const std::filesystem::path& path);

// Whether `path` still names the file `identity` (the file `db` has open)
// and that file is still an SQLite database, in WAL mode where a -wal is
// beside it: `replaced` once it was moved away, replaced by mv, or
// overwritten by a copy of a backup (which is not in WAL mode); `unreadable`
// when the file or its header could not be read to tell (an I/O error).
enum class FileCheck { same, replaced, unreadable };
FileCheck still_the_register(sqlite3* db, const std::filesystem::path& path, const FileIdentity& identity);
// Set (on this thread) when a commit was refused because the check above
// could not read the file, and taken by translate_sqlite to name the cause.
bool take_unreadable_commit();
void note_unreadable_commit();

// Refuses (StoreError) a -wal beside `path` that cannot be the database's
// own: committed transactions in a -wal beside a database that is not in
// WAL mode (a backup put in a register's place), or a -wal of another page
// size. SQLite itself would apply them over the file.
void check_wal_belongs(const std::filesystem::path& path, const DatabaseHeader& header);

// For a writer: a -shm that this process cannot write and that no process
// has open (a reader's, made while the register was read-only) is removed,
// SQLite making a new one from the -wal; one in use is refused (StoreError)
// naming it.
void clear_stale_shm(const std::filesystem::path& path);

// How a reader opens `path`: an SQLite URI with mode=ro, and immutable=1
// where no writer can exist (a read-only file system, or a file or
// directory with no write permission for anyone) and no -wal holds changes.
// Throws StoreError where SQLite could not read it: the directory not
// writable, no -shm, and a writer possible or a -wal to read.
std::string read_only_uri(const std::filesystem::path& path);

// A register a group shares on one machine (plaint init --group): the file
// readable and writable by its group and by nobody else, in a directory of
// that group with the set-group-ID bit, so that the -wal and -shm SQLite
// makes there, and the documents directory, belong to the group too (SQLite
// gives them the file's mode). The group's name (its number when it has
// none), or nullopt for a register private to its owner.
std::optional<std::string> shared_group(const std::filesystem::path& path);
// Refuses (StoreError) to make the register `path` for `group` unless its
// directory is that group's, set-group-ID and writable by the group, and
// unless this process may give files to the group (a member of it, or root).
void check_group_directory(const std::filesystem::path& path, gid_t group);
// Makes the new file `file` the group's, mode 0660.
void give_to_group(const std::filesystem::path& file, gid_t group);

} // namespace plaint::store::detail
