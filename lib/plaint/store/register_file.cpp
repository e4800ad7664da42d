// The register as a file: identity, the header, and the -wal and -shm
// beside it. SQLite applies any -wal whose frames check out (salts and
// checksums: https://www.sqlite.org/fileformat2.html#walformat) over the
// file beside it, whatever file that is; nothing in a -wal names its
// database. What can be told from outside is checked here, before SQLite
// opens the file.

#include "plaint/store/register_file.hpp"

#include "plaint/core/error.hpp"
#include "plaint/store/new_file.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace plaint::store::detail {
namespace {

namespace fs = std::filesystem;

std::string beside(const fs::path& path, const char* suffix) { return path.string() + suffix; }

std::uint32_t big_endian(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

// Reads up to `size` bytes at `offset`; how many were read.
std::size_t read_at(int fd, unsigned char* into, std::size_t size, off_t offset) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, into + done, size - done, offset + static_cast<off_t>(done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
    }
    return done;
}

// The WAL checksum over `bytes` (a multiple of 8), continuing from `sum`.
void wal_checksum(const unsigned char* bytes, std::size_t size, bool big, std::array<std::uint32_t, 2>& sum) {
    auto word = [big](const unsigned char* p) {
        return big ? big_endian(p)
                   : (std::uint32_t{p[3]} << 24) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[1]} << 8) | p[0];
    };
    for (std::size_t i = 0; i + 8 <= size; i += 8) {
        sum[0] += word(bytes + i) + sum[1];
        sum[1] += word(bytes + i + 4) + sum[0];
    }
}

struct WalSummary {
    std::uint32_t page_size = 0;
    std::int64_t commits = 0; // committed transactions SQLite would apply
};

// The -wal's header and how many of its transactions are intact: frames
// are read while their salts match the header's and their checksums chain.
std::optional<WalSummary> read_wal(const fs::path& wal) {
    const int fd = ::open(wal.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return std::nullopt;
    std::array<unsigned char, 32> header{};
    std::optional<WalSummary> summary;
    const std::uint32_t magic = read_at(fd, header.data(), header.size(), 0) == header.size() ? big_endian(header.data()) : 0;
    if (magic == 0x377f0682 || magic == 0x377f0683) {
        const bool big = magic & 1;
        std::array<std::uint32_t, 2> sum{};
        wal_checksum(header.data(), 24, big, sum);
        const std::uint32_t page_size = big_endian(header.data() + 8);
        if (sum[0] == big_endian(header.data() + 24) && sum[1] == big_endian(header.data() + 28) &&
            page_size >= 512 && page_size <= 65536 && (page_size & (page_size - 1)) == 0) {
            summary = WalSummary{page_size, 0};
            std::vector<unsigned char> frame(24 + page_size);
            for (off_t at = 32; read_at(fd, frame.data(), frame.size(), at) == frame.size(); at += static_cast<off_t>(frame.size())) {
                if (std::memcmp(frame.data() + 8, header.data() + 16, 8) != 0) break;
                wal_checksum(frame.data(), 8, big, sum);
                wal_checksum(frame.data() + 24, page_size, big, sum);
                if (sum[0] != big_endian(frame.data() + 16) || sum[1] != big_endian(frame.data() + 20)) break;
                if (big_endian(frame.data() + 4) != 0) ++summary->commits;
            }
        }
    }
    ::close(fd);
    return summary;
}

bool writable_by_anyone(const struct stat& st) { return (st.st_mode & 0222) != 0; }

fs::path directory_of(const fs::path& path) { return path.has_parent_path() ? path.parent_path() : fs::path("."); }

// Whether some process has the -shm open: SQLite's unix VFS holds a read
// lock on byte 128 of it (the "DMS" slot) for as long as a connection uses it.
bool shm_in_use(int fd) {
    struct flock probe{};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 128;
    probe.l_len = 1;
    return ::fcntl(fd, F_GETLK, &probe) != 0 || probe.l_type != F_UNLCK;
}

// "file:" and the path with the characters a URI gives meaning to escaped.
std::string file_uri(const fs::path& path) {
    std::string uri = path.is_absolute() ? "file://" : "file:";
    for (char c : path.string()) {
        if (c == '%' || c == '?' || c == '#') uri += fmt::format("%{:02x}", static_cast<unsigned char>(c));
        else uri += c;
    }
    return uri;
}

} // namespace

std::optional<FileIdentity> identity_of(const fs::path& path) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return FileIdentity{st.st_dev, st.st_ino};
}

DatabaseHeader read_database_header(const fs::path& path) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0 && (errno == ENOENT || errno == ENOTDIR))
        throw StoreError(fmt::format("no register at {}", path.string()),
                         fmt::format("create one with 'plaint init {}'", path.string()));
    if (::stat(path.c_str(), &st) != 0)
        throw StoreError(fmt::format("cannot read {}: {}", path.string(), std::strerror(errno)),
                         errno == EACCES ? "check the permissions of its directory (for a register a group shares, "
                                           "ask to be added to the group)"
                                         : "check the file and its directory");
    if (S_ISDIR(st.st_mode)) throw StoreError(fmt::format("{} is a directory, not a register file", path.string()));
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        throw StoreError(fmt::format("cannot read {}: {}", path.string(), std::strerror(errno)),
                         "check its permissions (for a register a group shares, ask to be added to the group)");
    std::array<unsigned char, 100> bytes{};
    const bool whole = S_ISREG(st.st_mode) && read_at(fd, bytes.data(), bytes.size(), 0) == bytes.size();
    ::close(fd);
    if (!whole || std::memcmp(bytes.data(), "SQLite format 3\0", 16) != 0)
        throw StoreError(fmt::format("{} is not a plaint register (not an SQLite database)", path.string()));
    const std::uint32_t size = (std::uint32_t{bytes[16]} << 8) | bytes[17];
    return {bytes[18] == 2 && bytes[19] == 2, size == 1 ? 65536u : size};
}

FileCheck still_the_register(sqlite3* db, const fs::path& path, const FileIdentity& identity) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        return errno == ENOENT || errno == ENOTDIR ? FileCheck::replaced : FileCheck::unreadable;
    if (FileIdentity{st.st_dev, st.st_ino} != identity) return FileCheck::replaced;
    // The header read through SQLite's own descriptor: opening and closing
    // another descriptor of the file would drop this process's POSIX locks
    // on it, SQLite's included.
    sqlite3_file* file = nullptr;
    std::array<unsigned char, 20> bytes{};
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods)
        return FileCheck::unreadable;
    if (file->pMethods->xRead(file, bytes.data(), static_cast<int>(bytes.size()), 0) != SQLITE_OK)
        return FileCheck::unreadable;
    if (std::memcmp(bytes.data(), "SQLite format 3\0", 16) != 0) return FileCheck::replaced;
    // A file in rollback-journal mode with a -wal beside it: a backup copied
    // over a register a connection uses in WAL mode (a connection that left
    // WAL mode itself, as plaint demo does while loading, has no -wal).
    const bool wal_format = bytes[18] == 2 && bytes[19] == 2;
    return wal_format || ::access(beside(path, "-wal").c_str(), F_OK) != 0 ? FileCheck::same : FileCheck::replaced;
}

namespace {
thread_local bool unreadable_commit = false;
} // namespace

void note_unreadable_commit() { unreadable_commit = true; }
bool take_unreadable_commit() { return std::exchange(unreadable_commit, false); }

void check_wal_belongs(const fs::path& path, const DatabaseHeader& header) {
    const fs::path wal = beside(path, "-wal");
    struct stat st{};
    if (::lstat(wal.c_str(), &st) != 0 || st.st_size == 0) return;
    if (!S_ISREG(st.st_mode))
        throw StoreError(fmt::format("{} is not a regular file", wal.string()),
                         "SQLite keeps a register's newest changes there: remove what is in its place");
    // Cheap when the pair looks right: the frames are read only when the
    // database is not in WAL mode, which no register of plaint's is.
    if (header.wal_mode) return;
    const auto summary = read_wal(wal);
    if (!summary || summary->commits == 0) return;
    throw StoreError(
        fmt::format("{} does not belong to {}: the register is not in WAL mode (a backup or copy put in its place?) "
                    "but {} holds {} committed transaction{} of another file, which SQLite would mix into it; "
                    "nothing was opened", wal.string(), path.string(), wal.filename().string(), summary->commits,
                    summary->commits == 1 ? "" : "s"),
        fmt::format("if {} was restored from a backup, move {} and {}-shm aside (they hold the replaced register's "
                    "last changes); 'plaint restore BACKUP' restores safely", path.filename().string(),
                    wal.filename().string(), path.filename().string()));
}

void clear_stale_shm(const fs::path& path) {
    const fs::path shm = beside(path, "-shm");
    // Usable, or not there: the last connection to close a register removes
    // its -shm, so it may vanish between any two of these calls.
    if (::access(shm.c_str(), R_OK | W_OK) == 0 || errno == ENOENT) return;
    const int fd = ::open(shm.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 && errno == ENOENT) return;
    const bool in_use = fd < 0 || shm_in_use(fd);
    if (fd >= 0) ::close(fd);
    if (!in_use && (::unlink(shm.c_str()) == 0 || errno == ENOENT)) return;
    throw StoreError(fmt::format("{} cannot be written by this user and {}", shm.string(),
                                 in_use ? "may be in use by another process" : "cannot be removed"),
                     fmt::format("SQLite's index of the register's -wal: once no process uses the register, "
                                 "remove {} (it is made again)", shm.string()));
}

std::string read_only_uri(const fs::path& path) {
    const fs::path dir = directory_of(path);
    struct stat file{}, directory{}, wal{};
    if (::stat(path.c_str(), &file) != 0 || ::stat(dir.c_str(), &directory) != 0) return file_uri(path) + "?mode=ro";
    const bool wal_changes = ::stat(beside(path, "-wal").c_str(), &wal) == 0 && wal.st_size > 0;
    struct statvfs fs{};
    const bool read_only_fs = ::statvfs(path.c_str(), &fs) == 0 && (fs.f_flag & ST_RDONLY);
    const bool dir_writable = ::access(dir.c_str(), W_OK) == 0;
    // Nobody but root can change the file, or make the -wal a writer needs.
    const bool no_writer = read_only_fs || !writable_by_anyone(file) || (!dir_writable && !writable_by_anyone(directory));
    if (!wal_changes && no_writer) return file_uri(path) + "?mode=ro&immutable=1";
    if (dir_writable) return file_uri(path) + "?mode=ro";
    if (::access(beside(path, "-shm").c_str(), R_OK) == 0 && wal_changes) return file_uri(path) + "?mode=ro";
    if (wal_changes)
        throw StoreError(fmt::format("cannot read {}: {}-wal holds changes not yet in it, and SQLite cannot make "
                                     "the index it needs ({}-shm) in a directory this user cannot write",
                                     path.string(), path.filename().string(), path.filename().string()),
                         "ask the register's owner to run any plaint command on it once, or make its directory writable");
    throw StoreError(fmt::format("cannot read {}: its directory is not writable by this user, so SQLite cannot make "
                                 "{}-shm beside it, and another user may be writing it", path.string(),
                                 path.filename().string()),
                     "for an archived register, take write permission away from the file (chmod a-w); else ask its owner");
}

} // namespace plaint::store::detail

namespace plaint::store {

NewFile::NewFile(const std::filesystem::path& path) : path_(path) {
    try {
        staging_ = std::make_unique<StagingDirectory>(path);
    } catch (const AtomicFileError& e) {
        throw StoreError(e.what());
    }
    staged_ = staging_->path() / path.filename();
}

void NewFile::publish(const std::string& exists_hint) {
    std::error_code ec;
    if (std::filesystem::exists(staged_.string() + "-wal", ec) || std::filesystem::exists(staged_.string() + "-journal", ec))
        throw StoreError(fmt::format("could not finish writing {}", path_.string()), "check the disk");
    try {
        staging_->publish(staged_.filename().string(), Existing::refuse);
    } catch (const AtomicFileExists&) {
        throw StoreError(fmt::format("{} already exists", path_.string()), exists_hint);
    } catch (const AtomicFileError& e) {
        throw StoreError(e.what(), "check the directory and the disk");
    }
}

namespace detail {

namespace {

std::string group_name(gid_t group) {
    if (const struct group* g = ::getgrgid(group)) return g->gr_name;
    return std::to_string(group);
}

bool may_give_to(gid_t group) {
    if (::geteuid() == 0 || ::getegid() == group) return true;
    const int n = ::getgroups(0, nullptr);
    std::vector<gid_t> groups(static_cast<std::size_t>(std::max(n, 0)));
    const int got = n > 0 ? ::getgroups(n, groups.data()) : 0;
    return std::find(groups.begin(), groups.begin() + std::max(got, 0), group) != groups.begin() + std::max(got, 0);
}

} // namespace

std::optional<std::string> shared_group(const fs::path& path) {
    struct stat file{}, dir{};
    if (::stat(path.c_str(), &file) != 0 || (file.st_mode & 0007) != 0 || (file.st_mode & 0060) != 0060) return std::nullopt;
    if (::stat(directory_of(path).c_str(), &dir) != 0 || !(dir.st_mode & S_ISGID) || dir.st_gid != file.st_gid)
        return std::nullopt;
    return group_name(file.st_gid);
}

void check_group_directory(const fs::path& path, gid_t group) {
    const fs::path directory = directory_of(path);
    const std::string name = group_name(group);
    if (!may_give_to(group))
        throw StoreError(fmt::format("cannot make a register for the group {}: you are not a member of it", name),
                         fmt::format("ask an administrator to add you (adduser $USER {}), then log in again", name));
    struct stat dir{};
    if (::stat(directory.c_str(), &dir) != 0)
        throw StoreError(fmt::format("cannot read the directory {}: {}", directory.string(), std::strerror(errno)));
    if (dir.st_gid != group || !(dir.st_mode & S_ISGID) || (dir.st_mode & 0030) != 0030)
        throw StoreError(
            fmt::format("{} is not a directory the group {} shares (group {}, mode {:04o})", directory.string(), name,
                        group_name(dir.st_gid), dir.st_mode & 07777),
            fmt::format("a register for a group lives in a directory of its own that the group owns and may write, with "
                        "the set-group-ID bit so that the files made there are the group's too: as its owner, "
                        "chgrp {} {} && chmod 2770 {} (plaint-init(1), SHARED REGISTERS)",
                        name, directory.string(), directory.string()));
}

void give_to_group(const fs::path& file, gid_t group) {
    if (::chown(file.c_str(), static_cast<uid_t>(-1), group) != 0 || ::chmod(file.c_str(), 0660) != 0)
        throw StoreError(fmt::format("cannot give {} to the group {}: {}", file.string(), group_name(group),
                                     std::strerror(errno)));
}

} // namespace detail

void create_private_file(const std::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) throw StoreError(fmt::format("cannot create {}: {}", file.string(), std::strerror(errno)));
    ::close(fd);
}

} // namespace plaint::store
