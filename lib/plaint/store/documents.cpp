// The documents directory: files named by their SHA-256, written through a
// temporary file and a rename so that a document's name always holds its
// whole content, and located relative to the directory's descriptor
// (openat, O_NOFOLLOW) so that a symbolic link planted inside cannot send a
// write elsewhere.

#include "plaint/store/documents.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/sha256.hpp"
#include "plaint/store/register_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plaint::store {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t buffer_size = std::size_t{1} << 20;
constexpr std::string_view temp_prefix = ".tmp-";

[[noreturn]] void fail(const std::string& doing, const fs::path& where) {
    throw StoreError(fmt::format("cannot {} in {}: {}", doing, where.string(), std::strerror(errno)),
                     "check the documents directory's permissions and the disk");
}

bool is_hex(std::string_view name, std::size_t length) {
    return name.size() == length &&
           name.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

bool write_all(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

// Reads up to `capacity` bytes; -1 on an error.
ssize_t read_some(int fd, char* buffer, std::size_t capacity) {
    for (;;) {
        const ssize_t n = ::read(fd, buffer, capacity);
        if (n >= 0 || errno != EINTR) return n;
    }
}

// The SHA-256 of what is left to read from `fd`; "" when reading fails.
std::string hash_of(int fd) {
    const auto digest = stream_file(fd, [](std::string_view) {});
    return digest ? digest->sha256 : std::string();
}

// Copies all of `from` to `to`, in the kernel where it can.
bool copy_all(int from, int to) {
    for (;;) {
        const ssize_t n = ::copy_file_range(from, nullptr, to, nullptr, std::size_t{1} << 30, 0);
        if (n == 0) return true;
        if (n > 0) continue;
        if (errno == EINTR) continue;
        if (errno != EXDEV && errno != ENOSYS && errno != EINVAL && errno != EOPNOTSUPP) return false;
        break; // not between these files: through user space
    }
    const auto buffer = std::make_unique_for_overwrite<char[]>(buffer_size);
    while (const ssize_t n = read_some(from, buffer.get(), buffer_size))
        if (n < 0 || !write_all(to, buffer.get(), static_cast<std::size_t>(n))) return false;
    return true;
}

// A name for a temporary file: random, so that attaches running at once do
// not collide (O_EXCL catches the rare one that does). getrandom(2) rather
// than OpenSSL's generator, whose first use loads its provider machinery.
std::string temporary_name() {
    std::uint64_t bits = 0;
    if (::getrandom(&bits, sizeof bits, 0) != static_cast<ssize_t>(sizeof bits))
        bits ^= static_cast<std::uint64_t>(::getpid()) << 32 ^ static_cast<std::uint64_t>(::time(nullptr));
    return fmt::format("{}{:016x}", temp_prefix, bits);
}

FileHandle open_at(int dir, const std::string& name, int flags) {
    return FileHandle(::openat(dir, name.c_str(), flags | O_NOFOLLOW | O_CLOEXEC));
}

} // namespace

namespace detail {

// A temporary file in the directory, held exclusively, removed unless kept.
class TemporaryDocument {
public:
    TemporaryDocument(int dir, const fs::path& where) : dir_(dir) {
        for (int attempt = 0; !fd_; ++attempt) {
            name_ = temporary_name();
            fd_ = open_at(dir, name_, O_RDWR | O_CREAT | O_EXCL); // read too: hashed as copied
            if (!fd_ && (errno != EEXIST || attempt == 3)) fail("create a temporary file", where);
        }
        ::flock(fd_.get(), LOCK_EX); // new: nobody else has it
    }
    TemporaryDocument(const TemporaryDocument&) = delete;
    TemporaryDocument& operator=(const TemporaryDocument&) = delete;
    ~TemporaryDocument() {
        if (!kept_) ::unlinkat(dir_, name_.c_str(), 0);
    }
    int fd() const { return fd_.get(); }
    const std::string& name() const { return name_; }
    // The file is now a document: not removed; its handle, still held.
    FileHandle keep() {
        kept_ = true;
        return std::move(fd_);
    }

private:
    int dir_;
    std::string name_;
    FileHandle fd_;
    bool kept_ = false;
};

} // namespace detail

using detail::TemporaryDocument;

FileHandle& FileHandle::operator=(FileHandle&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

FileHandle::~FileHandle() {
    if (fd_ >= 0) ::close(fd_);
}

std::optional<ContentDigest> stream_file(int fd, const std::function<void(std::string_view)>& sink) {
    const auto buffer = std::make_unique_for_overwrite<char[]>(buffer_size);
    Sha256 hasher;
    ContentDigest digest;
    while (const ssize_t n = read_some(fd, buffer.get(), buffer_size)) {
        if (n < 0) return std::nullopt;
        const std::string_view bytes(buffer.get(), static_cast<std::size_t>(n));
        hasher.update(bytes);
        sink(bytes);
        digest.size += n;
    }
    digest.sha256 = hasher.hex();
    return digest;
}

CopyResult copy_and_hash(int source, int target, const std::function<void(std::int64_t)>& each) {
    static const auto page = static_cast<std::int64_t>(::sysconf(_SC_PAGESIZE));
    Sha256 hasher;
    std::int64_t total = 0;
    for (;;) {
        const ssize_t n = ::copy_file_range(source, nullptr, target, nullptr, buffer_size, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && total == 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP))
            return {CopyResult::Status::unsupported, {}};
        if (n < 0) return {};
        if (n == 0) return {CopyResult::Status::copied, {hasher.hex(), total}};
        each(total + n);
        // Hashed from the copy itself: the SHA-256 of the bytes stored,
        // whatever the source does meanwhile.
        const std::int64_t base = total / page * page;
        const auto length = static_cast<std::size_t>(total + n - base);
        void* mapped = ::mmap(nullptr, length, PROT_READ, MAP_SHARED, target, base);
        if (mapped == MAP_FAILED) return {};
        hasher.update({static_cast<const char*>(mapped) + (total - base), static_cast<std::size_t>(n)});
        ::munmap(mapped, length);
        ::sync_file_range(target, total, n, SYNC_FILE_RANGE_WRITE);
        total += n;
    }
}

fs::path documents_directory(const fs::path& register_path) { return register_path.string() + "-documents"; }

DocumentDirectory documents_beside(const fs::path& register_path, bool create) {
    struct stat st {};
    if (::stat(register_path.c_str(), &st) != 0) st = {};
    return DocumentDirectory(documents_directory(register_path), create, st.st_uid, st.st_gid,
                             detail::shared_group(register_path).has_value());
}

std::string document_name(const std::string& sha256) { return sha256.substr(0, 2) + "/" + sha256; }

DocumentDirectory::DocumentDirectory(fs::path path, bool create, uid_t owner, gid_t group, bool shared)
    : path_(std::move(path)), owner_(owner), group_(group), shared_(shared) {
    const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
    dir_ = FileHandle(::open(path_.c_str(), flags));
    if (!dir_ && errno == ENOENT && create) {
        if (::mkdir(path_.c_str(), 0700) != 0 && errno != EEXIST) fail("create the documents directory", path_.parent_path());
        dir_ = FileHandle(::open(path_.c_str(), flags));
        if (dir_) {
            give_to_owner(dir_.get());
            if (shared_ && ::fchmod(dir_.get(), directory_mode()) != 0) fail("share the documents directory", path_);
            const fs::path parent = path_.has_parent_path() ? path_.parent_path() : fs::path(".");
            const FileHandle up(::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
            if (!up || ::fsync(up.get()) != 0) fail("record the new documents directory", parent);
        }
    }
    if (dir_ || (errno == ENOENT && !create)) return;
    if (errno == ENOTDIR || errno == ELOOP)
        throw StoreError(fmt::format("{} is not a directory", path_.string()),
                         "it must be the register's documents directory (plaint-attach(1))");
    fail("open the documents directory", path_);
}

void DocumentDirectory::give_to_owner(int fd) const {
    if (::geteuid() != 0 || owner_ == 0) return;
    if (::fchown(fd, owner_, group_) != 0) fail("give a new file to the register's owner", path_);
}

FileHandle DocumentDirectory::subdirectory(const std::string& sha256, bool& created) const {
    const std::string name = sha256.substr(0, 2);
    created = ::mkdirat(dir_.get(), name.c_str(), 0700) == 0;
    if (!created && errno != EEXIST) fail("create a subdirectory", path_);
    FileHandle sub = open_at(dir_.get(), name, O_RDONLY | O_DIRECTORY);
    if (!sub) fail("open the subdirectory " + name, path_);
    if (created) give_to_owner(sub.get());
    if (created && shared_ && ::fchmod(sub.get(), directory_mode()) != 0) fail("share the subdirectory " + name, path_);
    return sub;
}

FileHandle DocumentDirectory::matching(int subdir, const std::string& sha256, std::int64_t size) const {
    FileHandle fd = open_at(subdir, sha256, O_RDONLY);
    if (!fd) return fd;
    ::flock(fd.get(), LOCK_SH); // waits while prune removes it
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink == 0 || st.st_size != size ||
        hash_of(fd.get()) != sha256)
        return {};
    return fd;
}

void DocumentDirectory::install(const std::string& temp, const std::string& sha256, int subdir, bool created_subdir) {
    if (::renameat(dir_.get(), temp.c_str(), subdir, sha256.c_str()) != 0) fail("store a document", path_);
    if (::fsync(subdir) != 0 || (created_subdir && ::fsync(dir_.get()) != 0)) fail("record a document", path_);
}

StoredDocument DocumentDirectory::store(const ContentReader& read) {
    TemporaryDocument temp(dir_.get(), path_);
    Sha256 hasher;
    std::int64_t total = 0;
    write_from(read, temp.fd(), hasher, total);
    return finish(temp, hasher.hex(), total);
}

StoredDocument DocumentDirectory::store_file(int source, const std::function<void(std::int64_t)>& check) {
    TemporaryDocument temp(dir_.get(), path_);
    const CopyResult copied = copy_and_hash(source, temp.fd(), check);
    if (copied.status == CopyResult::Status::copied) return finish(temp, copied.digest.sha256, copied.digest.size);
    if (copied.status == CopyResult::Status::failed) fail("write a document", path_);
    // Not a pair of files the kernel copies between: through user space.
    Sha256 hasher;
    std::int64_t total = 0;
    write_from(
        [&](char* buffer, std::size_t capacity) {
            const ssize_t n = read_some(source, buffer, capacity);
            if (n < 0) fail("read a file to attach", path_);
            check(total + n);
            return static_cast<std::size_t>(n);
        },
        temp.fd(), hasher, total);
    return finish(temp, hasher.hex(), total);
}

void DocumentDirectory::write_from(const ContentReader& read, int temp, Sha256& hasher, std::int64_t& total) const {
    const auto buffer = std::make_unique_for_overwrite<char[]>(buffer_size);
    while (const std::size_t n = read(buffer.get(), buffer_size)) {
        hasher.update({buffer.get(), n});
        if (!write_all(temp, buffer.get(), n)) fail("write a document", path_);
        // Start writing it to the disk now, so that the fdatasync at the
        // end waits for the last chunks only.
        ::sync_file_range(temp, total, static_cast<off_t>(n), SYNC_FILE_RANGE_WRITE);
        total += static_cast<std::int64_t>(n);
    }
}

StoredDocument DocumentDirectory::finish(TemporaryDocument& temp, std::string sha256, std::int64_t size) {
    if (::fdatasync(temp.fd()) != 0 || ::fchmod(temp.fd(), document_mode()) != 0) fail("write a document", path_);
    give_to_owner(temp.fd());
    StoredDocument document{std::move(sha256), size, false, {}};
    bool created_subdir = false;
    const FileHandle sub = subdirectory(document.sha256, created_subdir);
    if ((document.held = matching(sub.get(), document.sha256, size))) return document;
    install(temp.name(), document.sha256, sub.get(), created_subdir);
    document.created = true;
    document.held = temp.keep();
    ::flock(document.held.get(), LOCK_SH); // others attaching the same content need not wait
    return document;
}

void DocumentDirectory::discard(const StoredDocument& document) {
    if (!document.created) return;
    const FileHandle sub = open_at(dir_.get(), document.sha256.substr(0, 2), O_RDONLY | O_DIRECTORY);
    struct stat held {}, named {};
    // Another attach may have put its own copy in its place meanwhile.
    if (!sub || ::fstat(document.held.get(), &held) != 0 ||
        ::fstatat(sub.get(), document.sha256.c_str(), &named, AT_SYMLINK_NOFOLLOW) != 0 ||
        held.st_ino != named.st_ino || held.st_dev != named.st_dev)
        return;
    ::unlinkat(sub.get(), document.sha256.c_str(), 0);
    ::fsync(sub.get());
}

FileHandle DocumentDirectory::open_document(const std::string& sha256) const {
    if (!dir_ || sha256.size() < 2) {
        errno = ENOENT;
        return {};
    }
    const FileHandle sub = open_at(dir_.get(), sha256.substr(0, 2), O_RDONLY | O_DIRECTORY);
    if (!sub) return {};
    return open_at(sub.get(), sha256, O_RDONLY);
}

bool DocumentDirectory::has(const std::string& sha256, std::int64_t size) const {
    const FileHandle fd = open_document(sha256);
    struct stat st {};
    return fd && ::fstat(fd.get(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size == size;
}

std::vector<DirectoryEntry> DocumentDirectory::entries() const {
    std::vector<DirectoryEntry> found;
    if (!dir_) return found;
    auto list = [&](int fd, const std::function<void(int, const std::string&, const struct stat&)>& each) {
        DIR* d = ::fdopendir(::dup(fd));
        if (!d) fail("list the documents directory", path_);
        ::rewinddir(d);
        while (const dirent* e = ::readdir(d)) {
            const std::string name = e->d_name;
            struct stat st {};
            if (name == "." || name == ".." || ::fstatat(fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
            each(fd, name, st);
        }
        ::closedir(d);
    };
    list(dir_.get(), [&](int, const std::string& name, const struct stat& st) {
        if (name.starts_with(temp_prefix) && S_ISREG(st.st_mode)) {
            found.push_back({DirectoryEntry::Kind::temporary, name, st.st_size});
            return;
        }
        if (!is_hex(name, 2) || !S_ISDIR(st.st_mode)) {
            found.push_back({DirectoryEntry::Kind::other, {}, st.st_size});
            return;
        }
        const FileHandle sub = open_at(dir_.get(), name, O_RDONLY | O_DIRECTORY);
        if (!sub) fail("list the subdirectory " + name, path_);
        list(sub.get(), [&](int, const std::string& file, const struct stat& inner) {
            const bool document = is_hex(file, 64) && file.starts_with(name) && S_ISREG(inner.st_mode);
            found.push_back({document ? DirectoryEntry::Kind::document : DirectoryEntry::Kind::other,
                             document ? name + "/" + file : std::string(), inner.st_size});
        });
    });
    return found;
}

bool DocumentDirectory::remove(const DirectoryEntry& entry) {
    if (entry.kind == DirectoryEntry::Kind::other || entry.name.empty()) return false;
    const auto slash = entry.name.find('/');
    FileHandle parent;
    if (slash != std::string::npos) parent = open_at(dir_.get(), entry.name.substr(0, slash), O_RDONLY | O_DIRECTORY);
    const int at = slash == std::string::npos ? dir_.get() : parent.get();
    const std::string file = slash == std::string::npos ? entry.name : entry.name.substr(slash + 1);
    const FileHandle fd = open_at(at, file, O_RDONLY | O_NONBLOCK);
    if (!fd || ::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) return false; // gone, or a running attach holds it
    if (::unlinkat(at, file.c_str(), 0) != 0) fail("remove " + entry.name, path_);
    if (::fsync(at) != 0) fail("record the removal of " + entry.name, path_);
    return true;
}

bool DocumentDirectory::in_use(const DirectoryEntry& entry) const {
    const FileHandle fd = open_at(dir_.get(), entry.name, O_RDONLY | O_NONBLOCK);
    return fd && ::flock(fd.get(), LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
}

mode_t DocumentDirectory::mode() const {
    struct stat st {};
    return dir_ && ::fstat(dir_.get(), &st) == 0 ? st.st_mode & 07777 : 0;
}

bool DocumentDirectory::copy_in(const DocumentDirectory& from, const std::string& sha256) {
    const FileHandle source = from.open_document(sha256);
    struct stat st {};
    if (!source || ::fstat(source.get(), &st) != 0 || !S_ISREG(st.st_mode))
        throw StoreError(fmt::format("the document {} is missing from {}", document_name(sha256), from.path().string()),
                         "run 'plaint verify' on the register it belongs to");
    bool created_subdir = false;
    const FileHandle sub = subdirectory(sha256, created_subdir);
    if (matching(sub.get(), sha256, st.st_size)) return false;
    TemporaryDocument temp(dir_.get(), path_);
    if (!copy_all(source.get(), temp.fd()) || ::fdatasync(temp.fd()) != 0 || ::fchmod(temp.fd(), document_mode()) != 0)
        fail("copy the document " + document_name(sha256), path_);
    give_to_owner(temp.fd());
    install(temp.name(), sha256, sub.get(), created_subdir);
    temp.keep();
    return true;
}

} // namespace plaint::store
