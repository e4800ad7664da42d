#pragma once
// Register files made whole or not at all (plaint init, demo, backup,
// restore): built in a private directory beside the final path (mode 0700,
// made with mkdtemp, so nobody else can plant a file or symlink there for
// SQLite to follow, its -journal, -wal and -shm included) and moved to the
// final path in one step, never over an existing file. A run killed
// part-way leaves nothing at the final path, only that directory
// (".NAME.XXXXXX"), which stops no later run.

#include "plaint/core/atomic_file.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace plaint::store {

class NewFile {
public:
    // StoreError when the directory cannot be made ("cannot create PATH: ...").
    explicit NewFile(const std::filesystem::path& path);

    // Where to build the file: a new name in the private directory.
    const std::filesystem::path& staged() const { return staged_; }
    // Moves the staged file (closed, its -wal checkpointed away) to the
    // final path; StoreError "PATH already exists" with `exists_hint` when
    // something is there, or when the staged file still has a -wal or
    // -journal beside it (not finished).
    void publish(const std::string& exists_hint);

private:
    std::filesystem::path path_;
    std::unique_ptr<StagingDirectory> staging_;
    std::filesystem::path staged_;
};

// An empty file of mode 0600, which must not exist yet (StoreError).
void create_private_file(const std::filesystem::path& file);

} // namespace plaint::store
