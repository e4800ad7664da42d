// The fault-injecting SQLite VFS of fault_vfs.hpp: a shim over the platform
// VFS. Each file it opens is the platform's file placed right after a small
// header of ours, so every method but the failing ones forwards to it.
#include "store/fault_vfs.hpp"

#include <array>
#include <cstring>
#include <optional>
#include <stdexcept>

namespace plaint::test {
namespace {

struct State {
    sqlite3_vfs* real = nullptr;
    sqlite3_vfs vfs{};
    std::optional<FaultVfs::Plan> plan;
    bool fired = false;
    std::array<std::int64_t, 3> calls{};
};

State state;

struct File {
    sqlite3_file base;   // methods: ours
    sqlite3_file* real;  // the platform's file, allocated after this struct
};

sqlite3_file* real_of(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real; }

// Counts a call of `op`; returns the error to give instead, or SQLITE_OK.
int inject(FaultVfs::Operation op) {
    const auto n = state.calls[static_cast<std::size_t>(op)]++;
    if (!state.plan || state.plan->operation != op) return SQLITE_OK;
    const bool fails = state.plan->persistent ? n >= state.plan->after : n == state.plan->after;
    if (!fails) return SQLITE_OK;
    state.fired = true;
    return state.plan->error;
}

int x_close(sqlite3_file* f) {
    sqlite3_file* real = real_of(f);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}
int x_read(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset) {
    if (const int rc = inject(FaultVfs::Operation::read)) return rc;
    return real_of(f)->pMethods->xRead(real_of(f), buffer, amount, offset);
}
int x_write(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset) {
    if (const int rc = inject(FaultVfs::Operation::write)) return rc;
    return real_of(f)->pMethods->xWrite(real_of(f), buffer, amount, offset);
}
int x_truncate(sqlite3_file* f, sqlite3_int64 size) { return real_of(f)->pMethods->xTruncate(real_of(f), size); }
// Counted, never done: a test's files need not outlive a power cut, and the
// tests run thousands of commits.
int x_sync(sqlite3_file*, int) { return inject(FaultVfs::Operation::sync); }
int x_file_size(sqlite3_file* f, sqlite3_int64* size) { return real_of(f)->pMethods->xFileSize(real_of(f), size); }
int x_lock(sqlite3_file* f, int level) { return real_of(f)->pMethods->xLock(real_of(f), level); }
int x_unlock(sqlite3_file* f, int level) { return real_of(f)->pMethods->xUnlock(real_of(f), level); }
int x_check_reserved_lock(sqlite3_file* f, int* out) {
    return real_of(f)->pMethods->xCheckReservedLock(real_of(f), out);
}
int x_file_control(sqlite3_file* f, int op, void* arg) { return real_of(f)->pMethods->xFileControl(real_of(f), op, arg); }
int x_sector_size(sqlite3_file* f) { return real_of(f)->pMethods->xSectorSize(real_of(f)); }
int x_device_characteristics(sqlite3_file* f) { return real_of(f)->pMethods->xDeviceCharacteristics(real_of(f)); }
int x_shm_map(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    return real_of(f)->pMethods->xShmMap(real_of(f), region, size, extend, out);
}
int x_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
    return real_of(f)->pMethods->xShmLock(real_of(f), offset, n, flags);
}
void x_shm_barrier(sqlite3_file* f) { real_of(f)->pMethods->xShmBarrier(real_of(f)); }
int x_shm_unmap(sqlite3_file* f, int remove) { return real_of(f)->pMethods->xShmUnmap(real_of(f), remove); }

// Version 2 (WAL's shared memory); no memory-mapped I/O (version 3), so
// every page SQLite reads or writes passes through x_read and x_write.
const sqlite3_io_methods methods = {
    2,           x_close,       x_read,         x_write,          x_truncate,
    x_sync,      x_file_size,   x_lock,         x_unlock,         x_check_reserved_lock,
    x_file_control, x_sector_size, x_device_characteristics, x_shm_map, x_shm_lock,
    x_shm_barrier, x_shm_unmap, nullptr,        nullptr,
};

int x_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags) {
    auto* file = reinterpret_cast<File*>(f);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    std::memset(file->real, 0, static_cast<std::size_t>(state.real->szOsFile));
    const int rc = state.real->xOpen(state.real, name, file->real, flags, out_flags);
    // SQLite calls xClose only when pMethods is set: set it only when the
    // platform's file is open too.
    f->pMethods = file->real->pMethods ? &methods : nullptr;
    return rc;
}
int x_delete(sqlite3_vfs*, const char* name, int sync_dir) { return state.real->xDelete(state.real, name, sync_dir); }
int x_access(sqlite3_vfs*, const char* name, int flags, int* out) {
    return state.real->xAccess(state.real, name, flags, out);
}
int x_full_pathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return state.real->xFullPathname(state.real, name, size, out);
}
void* x_dl_open(sqlite3_vfs*, const char* name) { return state.real->xDlOpen(state.real, name); }
void x_dl_error(sqlite3_vfs*, int size, char* out) { state.real->xDlError(state.real, size, out); }
void (*x_dl_sym(sqlite3_vfs*, void* handle, const char* symbol))(void) {
    return state.real->xDlSym(state.real, handle, symbol);
}
void x_dl_close(sqlite3_vfs*, void* handle) { state.real->xDlClose(state.real, handle); }
int x_randomness(sqlite3_vfs*, int size, char* out) { return state.real->xRandomness(state.real, size, out); }
int x_sleep(sqlite3_vfs*, int micros) { return state.real->xSleep(state.real, micros); }
int x_current_time(sqlite3_vfs*, double* out) { return state.real->xCurrentTime(state.real, out); }
int x_get_last_error(sqlite3_vfs*, int size, char* out) {
    return state.real->xGetLastError ? state.real->xGetLastError(state.real, size, out) : 0;
}
int x_current_time_int64(sqlite3_vfs*, sqlite3_int64* out) {
    return state.real->xCurrentTimeInt64(state.real, out);
}

} // namespace

FaultVfs::FaultVfs() {
    if (state.real) throw std::logic_error("one FaultVfs at a time");
    sqlite3_initialize();
    state.real = sqlite3_vfs_find(nullptr);
    if (!state.real || state.real->iVersion < 2) throw std::logic_error("no platform VFS to wrap");
    state.vfs = {};
    state.vfs.iVersion = 2;
    state.vfs.szOsFile = static_cast<int>(sizeof(File)) + state.real->szOsFile;
    state.vfs.mxPathname = state.real->mxPathname;
    state.vfs.zName = "plaint-test-fault";
    state.vfs.xOpen = x_open;
    state.vfs.xDelete = x_delete;
    state.vfs.xAccess = x_access;
    state.vfs.xFullPathname = x_full_pathname;
    state.vfs.xDlOpen = x_dl_open;
    state.vfs.xDlError = x_dl_error;
    state.vfs.xDlSym = x_dl_sym;
    state.vfs.xDlClose = x_dl_close;
    state.vfs.xRandomness = x_randomness;
    state.vfs.xSleep = x_sleep;
    state.vfs.xCurrentTime = x_current_time;
    state.vfs.xGetLastError = x_get_last_error;
    state.vfs.xCurrentTimeInt64 = x_current_time_int64;
    state.plan.reset();
    state.fired = false;
    state.calls = {};
    sqlite3_vfs_register(&state.vfs, 1);
}

FaultVfs::~FaultVfs() {
    sqlite3_vfs_register(state.real, 1);
    sqlite3_vfs_unregister(&state.vfs);
    state.real = nullptr;
}

void FaultVfs::arm(const Plan& plan) {
    state.plan = plan;
    state.fired = false;
    state.calls = {};
}

void FaultVfs::disarm() { state.plan.reset(); }

bool FaultVfs::fired() const { return state.fired; }

std::int64_t FaultVfs::calls(Operation operation) const { return state.calls[static_cast<std::size_t>(operation)]; }

} // namespace plaint::test
