// The register's side of the documents directory: which documents it uses
// (blob rows with place 'directory', attachment rows and `attached` events,
// so that a row deleted behind plaint's back never makes its document look
// unused), verify's check of each file, prune, and the copy that backup
// and restore make.

#include "plaint/store/register_documents.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/size.hpp"
#include "plaint/store/documents.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace plaint::store {
namespace {

namespace fs = std::filesystem;
using Kind = DirectoryEntry::Kind;
using detail::translate_sqlite;

std::vector<std::pair<std::string, std::int64_t>> directory_blobs(SQLite::Database& db) {
    std::vector<std::pair<std::string, std::int64_t>> blobs;
    SQLite::Statement q(db, "SELECT sha256, size FROM blobs WHERE place = 'directory' ORDER BY sha256");
    while (q.executeStep()) blobs.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt64());
    return blobs;
}

std::set<std::string> used_documents(SQLite::Database& db) {
    std::set<std::string> used;
    SQLite::Statement q(db, "SELECT sha256 FROM blobs UNION SELECT sha256 FROM attachments"
                            " UNION SELECT json_extract(details, '$.sha256') FROM events WHERE type = 'attached'");
    while (q.executeStep())
        if (!q.getColumn(0).isNull()) used.insert(q.getColumn(0).getString());
    return used;
}

// One document file against the size and SHA-256 its blob row records.
void check_document(const DocumentDirectory& documents, const std::string& sha256, std::int64_t size,
                    const std::string& users, VerifyReport& report) {
    const std::string where = fmt::format("{}/{}", documents.path().string(), document_name(sha256));
    const std::string what = fmt::format("the content {} ({})", sha256.substr(0, 12), users);
    auto problem = [&](const std::string& message) { report.problems.push_back({0, what + " " + message}); };
    const FileHandle fd = documents.open_document(sha256);
    struct stat st {};
    if (!fd && errno == ENOENT) return problem("is missing: there is no file " + where);
    if (!fd && errno == ELOOP) return problem("is not a regular file: " + where);
    if (!fd || ::fstat(fd.get(), &st) != 0) return problem(fmt::format("cannot be read: {}: {}", where, std::strerror(errno)));
    if (!S_ISREG(st.st_mode)) return problem("is not a regular file: " + where);
    if (st.st_size < size)
        return problem(fmt::format("was truncated outside plaint: {} has {} of its {} bytes", where, st.st_size, size));
    if (st.st_size != size)
        return problem(fmt::format("was altered outside plaint: {} has {} bytes, not {}", where, st.st_size, size));
    const auto digest = stream_file(fd.get(), [](std::string_view) {});
    if (!digest) return problem(fmt::format("cannot be read: {}: {}", where, std::strerror(errno)));
    if (digest->size != size || digest->sha256 != sha256)
        problem(fmt::format("was altered outside plaint: {} does not give its SHA-256", where));
}

// What verify says about the directory besides the documents it checks.
std::vector<std::string> leftovers(const DocumentDirectory& documents, const std::set<std::string>& used) {
    std::vector<std::string> notes;
    const std::string dir = documents.path().string();
    if (const mode_t mode = documents.mode(); mode & (documents.shared() ? 007 : 077))
        notes.push_back(fmt::format("{} is readable by others (mode {:04o}); it holds personal data: chmod {} {}", dir,
                                    mode, documents.shared() ? "2770" : "700", dir));
    std::int64_t unused = 0, unused_bytes = 0, temporaries = 0, temporary_bytes = 0, others = 0;
    for (const auto& entry : documents.entries()) {
        if (entry.kind == Kind::other) ++others;
        if (entry.kind == Kind::other || documents.in_use(entry)) continue;
        if (entry.kind == Kind::document && !used.count(entry.name.substr(3))) {
            ++unused;
            unused_bytes += entry.size;
        } else if (entry.kind == Kind::temporary) {
            ++temporaries;
            temporary_bytes += entry.size;
        }
    }
    if (unused)
        notes.push_back(fmt::format("{} document(s) in {} used by no attachment ({}): 'plaint attachments --prune' "
                                    "removes them",
                                    unused, dir, format_size(unused_bytes)));
    if (temporaries)
        notes.push_back(fmt::format("{} temporary file(s) in {} left by an attach that was stopped ({}): 'plaint "
                                    "attachments --prune' removes them",
                                    temporaries, dir, format_size(temporary_bytes)));
    if (others) notes.push_back(fmt::format("{} file(s) in {} that plaint did not write: left alone", others, dir));
    return notes;
}

[[noreturn]] void output_failed() {
    throw DataError(fmt::format("cannot write the output file: {}", std::strerror(errno)),
                    "check the directory and the disk");
}

bool has_places(SQLite::Database& db) {
    return db.execAndGet("SELECT count(*) FROM pragma_table_info('blobs') WHERE name = 'place'").getInt() > 0;
}

} // namespace

namespace detail {

void check_documents(SQLite::Database& db, const fs::path& path,
                     const std::function<std::string(const std::string&)>& users, VerifyReport& report) {
    const DocumentDirectory documents = documents_beside(path, false);
    for (const auto& [sha256, size] : directory_blobs(db)) check_document(documents, sha256, size, users(sha256), report);
}

std::int64_t copy_documents(const fs::path& listed_in, const fs::path& from, const fs::path& to, bool shared) {
    std::vector<std::pair<std::string, std::int64_t>> blobs;
    translate_sqlite("listing the register's documents", [&] {
        SQLite::Database db(listed_in.string(), SQLite::OPEN_READONLY);
        if (has_places(db)) blobs = directory_blobs(db);
    });
    if (blobs.empty()) return 0;
    const DocumentDirectory source(from, false, 0, 0);
    if (!source.present())
        throw StoreError(fmt::format("{} is missing: the register keeps {} document(s) there", from.string(), blobs.size()),
                         "run 'plaint verify'");
    struct stat st {};
    if (::stat(listed_in.c_str(), &st) != 0) st = {};
    DocumentDirectory target(to, true, st.st_uid, st.st_gid, shared);
    std::int64_t copied = 0;
    for (const auto& blob : blobs) copied += target.copy_in(source, blob.first) ? 1 : 0;
    return copied;
}

} // namespace detail

std::vector<std::string> document_notes(Register& reg) {
    std::vector<std::string> notes;
    translate_sqlite("looking at the documents directory", [&] {
        const DocumentDirectory documents = documents_beside(reg.path(), false);
        if (!documents.present()) return;
        SQLite::Transaction tx(detail::connection(reg), SQLite::TransactionBehavior::DEFERRED);
        notes = leftovers(documents, used_documents(detail::connection(reg)));
    });
    return notes;
}

void extract_attachment(Register& reg, const Register::Attachment& a, int fd) {
    bool in_directory = false;
    translate_sqlite(fmt::format("reading attachment {} of {}", a.id, a.case_ref),
                     [&] { in_directory = detail::kept_in_directory(detail::connection(reg), a); });
    auto write_all = [&](std::string_view bytes) {
        while (!bytes.empty()) {
            const ssize_t n = ::write(fd, bytes.data(), bytes.size());
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) output_failed();
            bytes.remove_prefix(static_cast<std::size_t>(n));
        }
    };
    if (!in_directory) return reg.read_attachment(a, write_all);
    const DocumentDirectory documents = documents_beside(reg.path(), false);
    const FileHandle source = detail::open_attachment_document(documents, a);
    const CopyResult copied = copy_and_hash(source.get(), fd, [](std::int64_t) {});
    if (copied.status == CopyResult::Status::unsupported) return reg.read_attachment(a, write_all);
    if (copied.status == CopyResult::Status::failed) output_failed();
    detail::check_attachment_digest(a, copied.digest);
}

PruneReport prune_documents(Register& reg) {
    PruneReport pruned;
    translate_sqlite("pruning the documents directory", [&] {
        // The write lock: no attach records a document while this decides
        // which are unused (one still being attached is held, and left).
        SQLite::Transaction tx(detail::connection(reg), SQLite::TransactionBehavior::IMMEDIATE);
        DocumentDirectory documents = documents_beside(reg.path(), false);
        if (!documents.present()) return;
        const std::set<std::string> used = used_documents(detail::connection(reg));
        for (const auto& entry : documents.entries()) {
            if (entry.kind == Kind::other) ++pruned.others;
            if (entry.kind == Kind::other || (entry.kind == Kind::document && used.count(entry.name.substr(3)))) continue;
            if (!documents.remove(entry)) {
                ++pruned.in_use;
                continue;
            }
            ++(entry.kind == Kind::document ? pruned.documents : pruned.temporaries);
            pruned.bytes += entry.size;
        }
        tx.commit();
    });
    return pruned;
}

} // namespace plaint::store
