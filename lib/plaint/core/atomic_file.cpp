#include "plaint/core/atomic_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plaint {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& doing, const fs::path& path, int error = errno) {
    throw AtomicFileError(fmt::format("cannot {} {}: {}", doing, path.string(), std::strerror(error)));
}

fs::path directory_of(const fs::path& path) {
    return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

// ".NAME.XXXXXX" beside `destination`, the pattern mkstemp and mkdtemp fill in.
std::string temporary_pattern(const fs::path& destination) {
    std::string name(1, '.');
    name.append(destination.filename().string()).append(".XXXXXX");
    return (directory_of(destination) / name).string();
}

mode_t effective_mode(const AtomicFileOptions& o) {
    if (!o.apply_umask) return o.mode;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return o.mode & ~mask;
}

void write_all(int fd, std::string_view bytes, const fs::path& path) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail("write", path);
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

// Not a regular file once opened (a device, a pipe): written in place.
bool wrote_in_place(const fs::path& destination, std::string_view text) {
    struct stat st{};
    if (::stat(destination.c_str(), &st) != 0 || S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) return false;
    const int fd = ::open(destination.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) fail("open", destination);
    // Checked again on what was opened: a symlink swapped in meanwhile to
    // point at a regular file is not written through.
    if (::fstat(fd, &st) != 0 || S_ISREG(st.st_mode)) {
        ::close(fd);
        return false;
    }
    try {
        write_all(fd, text, destination);
    } catch (...) {
        ::close(fd);
        throw;
    }
    if (::close(fd) != 0) fail("write", destination);
    return true;
}

} // namespace

void sync_path(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail("open", path);
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    // Some file systems cannot fsync a directory (EINVAL): nothing more to do there.
    if (rc != 0 && error != EINVAL) fail("flush", path, error);
}

void move_into_place(const fs::path& from, const fs::path& to, Existing existing) {
    if (existing == Existing::replace) {
        if (::rename(from.c_str(), to.c_str()) != 0) fail("replace", to);
    } else if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) != 0) {
        if (errno == EEXIST) throw AtomicFileExists(to.string());
        if (errno != EINVAL && errno != ENOSYS) fail("create", to);
        // A file system without RENAME_NOREPLACE: link(2) refuses an existing name too.
        if (::link(from.c_str(), to.c_str()) != 0) {
            if (errno == EEXIST) throw AtomicFileExists(to.string());
            fail("create", to);
        }
        ::unlink(from.c_str());
    }
    sync_path(directory_of(to));
}

AtomicFile::AtomicFile(fs::path destination, AtomicFileOptions options)
    : destination_(std::move(destination)), options_(options) {
    std::string pattern = temporary_pattern(destination_);
    fd_ = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd_ < 0) fail("create", destination_);
    temporary_ = pattern;
    if (::fchmod(fd_, effective_mode(options_)) != 0) {
        const int error = errno;
        ::close(fd_);
        ::unlink(temporary_.c_str());
        fail("set the mode of", temporary_, error);
    }
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(temporary_.c_str());
}

void AtomicFile::write(std::string_view bytes) { write_all(fd_, bytes, temporary_); }

void AtomicFile::commit() {
    if (::fsync(fd_) != 0) fail("write", temporary_);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail("write", temporary_);
    move_into_place(temporary_, destination_, options_.existing);
    committed_ = true;
}

void write_file_atomically(const fs::path& destination, std::string_view text, AtomicFileOptions options) {
    if (wrote_in_place(destination, text)) return;
    AtomicFile file(destination, options);
    file.write(text);
    file.commit();
}

StagingDirectory::StagingDirectory(const fs::path& destination) : destination_(destination) {
    std::string pattern = temporary_pattern(destination);
    if (!::mkdtemp(pattern.data())) fail("create", destination);
    path_ = pattern;
}

StagingDirectory::~StagingDirectory() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

void StagingDirectory::publish(const std::string& name, Existing existing) {
    const fs::path file = path_ / name;
    sync_path(file);
    move_into_place(file, destination_, existing);
}

} // namespace plaint
