#pragma once
// A test SQLite VFS that fails on purpose, for fault-injection tests: it
// passes everything to the platform's VFS ("unix") until told to fail, then
// returns the chosen error from writes (a full disk: SQLITE_FULL; a failing
// device: SQLITE_IOERR_WRITE), syncs (SQLITE_IOERR_FSYNC) or reads
// (SQLITE_IOERR_READ), from the Nth call on (a disk that stays full) or for
// the Nth call only (a transient error). Syncs are counted but not passed
// on (nothing here needs to survive a power cut, and fsync is slow).
//
// While a FaultVfs exists it is SQLite's default VFS, so the register code
// under test opens its files through it unchanged; its destructor restores
// the platform's. One at a time; not thread-safe (nor are the tests).

#include <sqlite3.h>

#include <cstdint>

namespace plaint::test {

class FaultVfs {
public:
    enum class Operation { write, sync, read };
    struct Plan {
        Operation operation = Operation::write;
        int error = SQLITE_FULL;    // returned instead of doing the operation
        std::int64_t after = 0;     // this many calls succeed first
        bool persistent = true;     // every later call fails too (else only one)
    };

    FaultVfs();
    ~FaultVfs();
    FaultVfs(const FaultVfs&) = delete;
    FaultVfs& operator=(const FaultVfs&) = delete;

    // Starts counting calls of plan.operation from zero.
    void arm(const Plan& plan);
    // Stops failing; files opened meanwhile keep working.
    void disarm();
    // Whether an armed plan has failed a call since arm().
    bool fired() const;
    // Calls of each operation since arm() (or construction).
    std::int64_t calls(Operation operation) const;
};

} // namespace plaint::test
