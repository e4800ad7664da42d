#pragma once
// The documents directory beside a register (reg.db -> reg.db-documents/):
// attachment content as files named by their SHA-256, as git's objects and
// Odoo's filestore keep theirs, so that a large document is written once,
// outside SQLite's pages and write lock. No SQL here: which documents the
// register uses is the store's business (register_attachments.cpp).
//
// Layout: the directory (mode 0700), one subdirectory per first two hex
// digits (0700), each document a file of mode 0400 named by the whole
// lower-case hex digest: reg.db-documents/9f/9f86d08...; files being written
// are ".tmp-<random>" at the top. A running attach holds an flock on each
// file it wrote or reuses until it has committed, so that prune and verify
// leave those alone.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sys/types.h>

#include "plaint/core/sha256.hpp"

namespace plaint::store {

namespace detail {
class TemporaryDocument; // documents.cpp
}

// `register_path` with "-documents" added: "reg.db" -> "reg.db-documents".
std::filesystem::path documents_directory(const std::filesystem::path& register_path);
class DocumentDirectory;
// The documents directory of the register file at `register_path` (see
// DocumentDirectory's constructor), new files given to that file's owner.
DocumentDirectory documents_beside(const std::filesystem::path& register_path, bool create);
// A document's place inside the directory: "9f/9f86d08...".
std::string document_name(const std::string& sha256);

// An open file descriptor, closed with the object.
class FileHandle {
public:
    FileHandle() = default;
    explicit FileHandle(int fd) : fd_(fd) {}
    FileHandle(FileHandle&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    FileHandle& operator=(FileHandle&& other) noexcept;
    FileHandle(const FileHandle&) = delete;
    FileHandle& operator=(const FileHandle&) = delete;
    ~FileHandle();
    int get() const { return fd_; }
    explicit operator bool() const { return fd_ >= 0; }

private:
    int fd_ = -1;
};

// A document this process has just written or found already stored, held
// (flock) until the object is destroyed.
struct StoredDocument {
    std::string sha256;
    std::int64_t size = 0;
    bool created = false; // false: the same content was there already (deduplicated)
    FileHandle held;
};

// What is in the directory besides a given set of documents (verify, prune).
struct DirectoryEntry {
    enum class Kind { document, temporary, other };
    Kind kind = Kind::other;
    std::string name;      // "9f/9f86d08...", ".tmp-..." (others: not named, they may be personal)
    std::int64_t size = 0;
};

// The SHA-256 and size of a file's content, as read.
struct ContentDigest {
    std::string sha256;
    std::int64_t size = 0;
};
// Streams what is left to read from `fd` to `sink`, 1 MiB at a time, hashing
// it on the way; empty (errno set) when reading fails.
std::optional<ContentDigest> stream_file(int fd, const std::function<void(std::string_view)>& sink);

// Copies the rest of `source` to `target` (open for reading too) in the
// kernel (copy_file_range), 1 MiB at a time, each piece hashed from
// `target`'s pages, mapped: the SHA-256 of what `target` received, without a
// copy through this process. `each(total)` is called after each piece (it
// may throw). Each piece's writeback starts at once (sync_file_range), so
// that a final fsync waits for the last pieces only.
struct CopyResult {
    enum class Status { copied, unsupported, failed } status = Status::failed;
    ContentDigest digest; // copied: of all of it
};
// unsupported: the kernel cannot copy between these two files, and nothing
// was copied; failed: errno says why.
CopyResult copy_and_hash(int source, int target, const std::function<void(std::int64_t)>& each);

// Reads up to `capacity` bytes into `buffer`; 0 at the end. May throw (a
// source over its size limit), which removes what was written.
using ContentReader = std::function<std::size_t(char* buffer, std::size_t capacity)>;

class DocumentDirectory {
public:
    // Opens the directory: StoreError when it cannot be opened, or is not a
    // directory (a symbolic link is refused). With `create`, a missing one
    // is made (0700, its parent fsynced); without, a missing one gives an
    // object for which present() is false. New files and directories are
    // given to `owner`/`group` when this process is root and those differ.
    // `shared`: the documents of a register its group shares (plaint init
    // --group): directories 2770 and documents 0440 instead of 0700 and 0400,
    // whatever the umask.
    DocumentDirectory(std::filesystem::path path, bool create, uid_t owner, gid_t group, bool shared = false);

    const std::filesystem::path& path() const { return path_; }
    bool present() const { return static_cast<bool>(dir_); }
    bool shared() const { return shared_; } // a group register's (directories 2770)

    // Streams `read` through SHA-256 into a new temporary file (O_EXCL,
    // O_NOFOLLOW), fdatasyncs it and renames it to its hash's name, fsyncing
    // the directories; when a file of that name with that content is there
    // already, the temporary is dropped and that file is returned instead
    // (one that is damaged is replaced). StoreError on a system call that
    // fails; either way no temporary is left behind.
    StoredDocument store(const ContentReader& read);
    // The same for the rest of the open file `source`, copied by the kernel
    // (copy_file_range) and hashed from the copy: one copy of the bytes, as
    // cp makes, and the SHA-256 of exactly what was stored. `check(size)`
    // is called as the copy grows, and may throw (a size limit). Falls back
    // to reading `source` when the kernel cannot copy between the two.
    StoredDocument store_file(int source, const std::function<void(std::int64_t)>& check);
    // Removes a document this process created (and still holds), when the
    // command that wrote it failed before its commit.
    void discard(const StoredDocument& document);

    // The document's file opened for reading (O_NOFOLLOW), or an empty handle
    // with errno set when there is none.
    FileHandle open_document(const std::string& sha256) const;
    // Whether the document's file is there, a regular file of `size` bytes.
    bool has(const std::string& sha256, std::int64_t size) const;

    // Everything in the directory, documents as Kind::document.
    std::vector<DirectoryEntry> entries() const;
    // Removes an entry not in use (an flock taken without waiting, so a
    // running attach's files are never removed); false when it is in use.
    bool remove(const DirectoryEntry& entry);
    // Whether a running attach holds the entry (a document or temporary).
    bool in_use(const DirectoryEntry& entry) const;
    // The directory's permission bits.
    mode_t mode() const;

    // Copies `sha256` from `from` through a temporary file, fdatasynced and
    // renamed, the directories fsynced: true; false when a file of that
    // name with that content is here already. StoreError when `from` has
    // no such file or a system call fails.
    bool copy_in(const DocumentDirectory& from, const std::string& sha256);

private:
    std::filesystem::path path_;
    FileHandle dir_;
    uid_t owner_;
    gid_t group_;
    bool shared_;
    // The modes of what this directory makes: directories, documents.
    mode_t directory_mode() const { return shared_ ? 02770 : 0700; }
    mode_t document_mode() const { return shared_ ? 0440 : 0400; }
    void give_to_owner(int fd) const;
    FileHandle subdirectory(const std::string& sha256, bool& created) const;
    // Whether `name` in `subdir` is a regular, linked file of `size` bytes
    // whose content has this SHA-256; the handle opened, held shared, when so.
    FileHandle matching(int subdir, const std::string& sha256, std::int64_t size) const;
    // Renames the temporary `temp` to the document's name and fsyncs.
    void install(const std::string& temp, const std::string& sha256, int subdir, bool created_subdir);
    void write_from(const ContentReader& read, int temp, Sha256& hasher, std::int64_t& total) const;
    // fdatasync, mode 0400, then the rename (or the same content found).
    StoredDocument finish(detail::TemporaryDocument& temp, std::string sha256, std::int64_t size);
};

} // namespace plaint::store
