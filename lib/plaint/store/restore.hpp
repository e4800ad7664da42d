#pragma once
// plaint restore: a register's content replaced by a backup's, through
// SQLite's backup API under the register's write lock (register_backup.cpp).

#include "plaint/store/register.hpp"

#include <filesystem>
#include <functional>
#include <string>

namespace plaint::store {

struct Restored {
    VerifyReport backup;              // the backup's verification (it passed)
    std::int64_t replaced_events = 0; // the register's journal before
    std::string replaced_head;
    std::string kept_as; // where the replaced register was kept ("" when there was none)
};

// Replaces the register at `path` with the content of `backup`: the backup
// is copied beside the register, upgraded and checked with `verify` first
// (a failure throws DataError, nothing changed); then, holding the
// register's write lock, the register as it was is copied to `keep_as`
// (never replacing a file), the path checked to name the file opened still,
// and the register's pages replaced by the backup's in one transaction, so
// readers see the old or the new register whole and no -wal of the old one
// can mix in. A missing register is made from the backup. Other processes
// may have the register open meanwhile.
Restored restore_register(const std::filesystem::path& path, const std::filesystem::path& backup,
                          const std::filesystem::path& keep_as, const std::function<VerifyReport(Register&)>& verify);

} // namespace plaint::store
