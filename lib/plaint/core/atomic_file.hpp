#pragma once
// Files that appear whole or not at all. Content is written at a temporary
// name made with mkstemp (O_EXCL: a symlink or file planted there is never
// followed or reused) in the destination's directory, flushed to disk, and
// then given its final name by one rename; the directory is flushed too, so
// the name survives a power cut. A run that fails removes what it made; a run
// that is killed leaves at most a dot-file of its own (".NAME.XXXXXX"), never
// a partial file at the final name.

#include <sys/types.h>

#include <stdexcept>

#include <filesystem>
#include <string>
#include <string_view>

namespace plaint {

// What to do when the final name already exists.
enum class Existing {
    replace, // rename over it (a symlink there is replaced, never followed)
    refuse,  // fail with AtomicFileExists and leave it as it is
};

struct AtomicFileOptions {
    mode_t mode = 0600;
    bool apply_umask = false; // mode & ~umask, as for a file made with open()
    Existing existing = Existing::replace;
};

// The final name existed and the options said to refuse.
class AtomicFileExists : public std::runtime_error {
public:
    explicit AtomicFileExists(const std::string& path) : std::runtime_error(path + " already exists") {}
};

// Writing, flushing or naming failed; what() names the file and the system's reason.
class AtomicFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A file being written. Destroyed without commit(), its temporary is removed.
class AtomicFile {
public:
    AtomicFile(std::filesystem::path destination, AtomicFileOptions options = {});
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    int fd() const { return fd_; }
    const std::filesystem::path& temporary() const { return temporary_; }
    void write(std::string_view bytes);
    // fsync, close, then the final name (per options.existing) and an fsync
    // of the directory. Throws AtomicFileExists or AtomicFileError, after
    // which the temporary is gone.
    void commit();

private:
    std::filesystem::path destination_;
    std::filesystem::path temporary_;
    AtomicFileOptions options_;
    int fd_ = -1;
    bool committed_ = false;
};

// `text` as the whole content of `destination`. When the destination exists
// and is not a regular file (/dev/null, a pipe, a terminal) it is written in
// place instead: there is nothing to replace.
void write_file_atomically(const std::filesystem::path& destination, std::string_view text,
                           AtomicFileOptions options = {});

// A private directory (mode 0700, made with mkdtemp) beside a destination,
// for files whose writer makes companions of its own (SQLite's -journal,
// -wal and -shm): nobody else can plant anything inside it. publish() moves
// one file from it to the destination; destroyed, it is removed with
// whatever is left in it.
class StagingDirectory {
public:
    explicit StagingDirectory(const std::filesystem::path& destination);
    StagingDirectory(const StagingDirectory&) = delete;
    StagingDirectory& operator=(const StagingDirectory&) = delete;
    ~StagingDirectory();

    const std::filesystem::path& path() const { return path_; }
    // `name` inside this directory, made durable, then moved to the
    // destination as `existing` says, and the destination's directory flushed.
    void publish(const std::string& name, Existing existing);

private:
    std::filesystem::path destination_;
    std::filesystem::path path_;
};

// Gives `from` the name `to` in the same file system and flushes the
// directory: rename(2), or with Existing::refuse renameat2(RENAME_NOREPLACE)
// (link(2) and unlink(2) where the file system lacks it), which fails when
// `to` exists, even as a dangling symlink.
void move_into_place(const std::filesystem::path& from, const std::filesystem::path& to, Existing existing);
// fsync(2) of a file or directory by name.
void sync_path(const std::filesystem::path& path);

} // namespace plaint
