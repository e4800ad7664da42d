// Attachments: documents kept with a case. A file is read in chunks of
// 1 MiB, each hashed and written as it is read, so that plaint never holds
// a whole document, into the documents directory beside the register
// (documents.hpp), named by its SHA-256; only then are the blob and
// attachment rows and the `attached` event written, in one short
// transaction, so that a large file is written once (not into SQLite's
// write-ahead log and then again into the database) and the register's
// write lock is not held while it streams. Content stored before schema 14
// stays inside the register (blob_chunks) and is read and checked there.
// The attachment (attachments: the personal name with the case, date and
// media type) points at the content by its hash.

#include "plaint/store/register.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/sha256.hpp"
#include "plaint/core/size.hpp"
#include "plaint/register/attachment.hpp"
#include "plaint/store/documents.hpp"
#include "plaint/store/journal.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace plaint::store {
namespace {

using namespace detail;
using Attachment = Register::Attachment;

constexpr std::size_t chunk_size = std::size_t{1} << 20;
constexpr const char* attachment_columns =
    "id, case_ref, sha256, name, media_type, size, attached_on, correspondence_id";

// "1.9 MiB (2000001 bytes)"; "56 bytes".
std::string size_text(std::int64_t bytes) {
    if (bytes < 1000) return fmt::format("{} bytes", bytes);
    return fmt::format("{} ({} bytes)", format_size(bytes), bytes);
}

// A file to attach, opened and checked before anything is written. Messages
// name it by its place on the command line: its name is personal.
class SourceFile {
public:
    SourceFile(const Register::AttachmentSource& source, std::size_t position, std::size_t count,
               std::int64_t max_size)
        : label_(fmt::format("file {} of {}", position, count)) {
        fd_ = ::open(source.path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) throw UsageError(fmt::format("{}: cannot be read: {}", label_, std::strerror(errno)));
        struct stat st {};
        if (::fstat(fd_, &st) != 0) throw UsageError(fmt::format("{}: cannot be read: {}", label_, std::strerror(errno)));
        if (S_ISDIR(st.st_mode)) throw UsageError(label_ + " is a directory", "attach the files in it one by one");
        if (!S_ISREG(st.st_mode)) throw UsageError(label_ + " is not a regular file");
        size_ = st.st_size;
        check_size(size_, max_size);
        ::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
        name_ = source.name.empty() ? source.path.filename().string() : source.name;
        if (name_.empty()) throw UsageError(label_ + " has no file name");
        media_type_ = source.media_type.empty() ? reg::media_type_for_name(name_) : source.media_type;
    }
    SourceFile(const SourceFile&) = delete;
    SourceFile& operator=(const SourceFile&) = delete;
    ~SourceFile() {
        if (fd_ >= 0) ::close(fd_);
    }

    void check_size(std::int64_t size, std::int64_t max_size) const {
        if (size > max_size)
            throw UsageError(fmt::format("{} is {}, over the limit of {}; nothing was attached", label_,
                                         size_text(size), size_text(max_size)),
                             "the limit is the configuration's attachments.max_size (plaint-config(5))");
    }
    const std::string& name() const { return name_; }
    const std::string& media_type() const { return media_type_; }
    int fd() const { return fd_; }

private:
    std::string label_;
    int fd_ = -1;
    std::int64_t size_ = 0;
    std::string name_, media_type_;
};

void check_correspondence(SQLite::Database& db, const std::string& ref, std::int64_t id) {
    SQLite::Statement q(db, "SELECT case_ref FROM correspondence WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep() || q.getColumn(0).getString() != ref)
        throw NotFoundError(fmt::format("correspondence {} is not one of {}'s", id, ref),
                            fmt::format("'plaint show {}' lists its correspondence", ref));
}

// Records a document just stored in the directory as a blob, unless it is
// one already. Content kept inside the register until now moves out to the
// file, which is on the disk already: its chunks go in this transaction.
void record_blob(SQLite::Database& db, const StoredDocument& document) {
    SQLite::Statement existing(db, "SELECT id, place FROM blobs WHERE sha256 = ?");
    existing.bind(1, document.sha256);
    if (!existing.executeStep()) {
        SQLite::Statement insert(db, "INSERT INTO blobs (sha256, size, chunks, place) VALUES (?, ?, 0, 'directory')");
        insert.bind(1, document.sha256);
        insert.bind(2, document.size);
        insert.exec();
        return;
    }
    if (existing.getColumn(1).getString() == "directory") return;
    const std::int64_t id = existing.getColumn(0).getInt64();
    SQLite::Statement drop(db, "DELETE FROM blob_chunks WHERE blob_id = ?");
    drop.bind(1, id);
    drop.exec();
    SQLite::Statement move(db, "UPDATE blobs SET place = 'directory', chunks = 0 WHERE id = ?");
    move.bind(1, id);
    move.exec();
}

// What attach checks before it reads a byte, and again in its transaction.
void check_can_attach(SQLite::Database& db, const reg::CaseRecord& record, const Register::AttachOptions& options,
                      const Stamp& stamp) {
    if (options.on > stamp.today)
        throw UsageError(fmt::format("--on {} is after today ({})", options.on.iso(), stamp.today.iso()));
    if (options.on < record.received)
        throw UsageError(fmt::format("--on {} is before {} was received ({})", options.on.iso(), record.ref,
                                     record.received.iso()));
    if (options.correspondence_id) check_correspondence(db, record.ref, *options.correspondence_id);
}

std::int64_t insert_attachment(SQLite::Database& db, const Attachment& a) {
    SQLite::Statement s(db, "INSERT INTO attachments (case_ref, sha256, name, media_type, size, attached_on,"
                            " correspondence_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, a.case_ref);
    s.bind(2, a.sha256);
    s.bind(3, a.name);
    s.bind(4, a.media_type);
    s.bind(5, a.size);
    s.bind(6, a.attached_on.iso());
    if (a.correspondence_id) s.bind(7, *a.correspondence_id);
    s.exec();
    return db.getLastInsertRowid();
}

nlohmann::json attached_details(const std::string& salt, const Attachment& a) {
    nlohmann::json details = {{"sha256", a.sha256}, {"size", a.size}, {"media_type", a.media_type}};
    if (a.correspondence_id) details["correspondence"] = *a.correspondence_id;
    details["personal"] = nlohmann::json::array(
        {{{"table", "attachments"}, {"id", a.id}, {"digest", attachment_digest(salt, a)}}});
    return details;
}

Attachment read_attachment_row(SQLite::Statement& q) {
    Attachment a;
    a.id = q.getColumn(0).getInt64();
    a.case_ref = q.getColumn(1).getString();
    a.sha256 = q.getColumn(2).getString();
    a.name = q.getColumn(3).getString();
    a.media_type = q.getColumn(4).getString();
    a.size = q.getColumn(5).getInt64();
    a.attached_on = parse_iso_date(q.getColumn(6).getString()).value_or(Date());
    if (!q.getColumn(7).isNull()) a.correspondence_id = q.getColumn(7).getInt64();
    return a;
}

// verify (a): each row against the digest its event recorded.
void check_attachment_rows(SQLite::Database& db, const std::map<std::int64_t, std::string>& digests,
                           VerifyReport& report) {
    const std::string salt = register_salt(db);
    SQLite::Statement q(db, fmt::format("SELECT {} FROM attachments ORDER BY id", attachment_columns));
    std::size_t seen = 0;
    while (q.executeStep()) {
        const Attachment a = read_attachment_row(q);
        const auto it = digests.find(a.id);
        if (it == digests.end()) {
            report.problems.push_back({0, fmt::format("attachment {} of case {} was added outside plaint", a.id, a.case_ref)});
            continue;
        }
        ++seen;
        if (it->second != attachment_digest(salt, a))
            report.problems.push_back({0, fmt::format("attachment {} of case {} was changed outside plaint", a.id, a.case_ref)});
    }
    if (seen != digests.size())
        report.problems.push_back(
            {0, fmt::format("{} attachment record(s) were deleted outside plaint", digests.size() - seen)});
}

// The attachments that use the content with this hash, for messages.
std::string users_of(SQLite::Database& db, const std::string& sha256) {
    SQLite::Statement q(db, "SELECT id, case_ref FROM attachments WHERE sha256 = ? ORDER BY id");
    q.bind(1, sha256);
    std::vector<std::string> users;
    while (q.executeStep())
        users.push_back(fmt::format("attachment {} of {}", q.getColumn(0).getInt64(), q.getColumn(1).getString()));
    return users.empty() ? "no attachment" : fmt::format("{}", fmt::join(users, ", "));
}

// verify (b): each blob kept inside the register: its chunks re-hashed in
// order give its SHA-256 and size.
void check_blobs(SQLite::Database& db, VerifyReport& report) {
    SQLite::Statement blobs(db, "SELECT id, sha256, size, chunks FROM blobs WHERE place = 'register' ORDER BY id");
    SQLite::Statement chunks(db, "SELECT number, data FROM blob_chunks WHERE blob_id = ? ORDER BY number");
    while (blobs.executeStep()) {
        const std::int64_t id = blobs.getColumn(0).getInt64();
        const std::string sha256 = blobs.getColumn(1).getString();
        const std::int64_t size = blobs.getColumn(2).getInt64();
        const std::int64_t count = blobs.getColumn(3).getInt64();
        Sha256 hasher;
        std::int64_t total = 0, number = 0;
        bool in_order = true;
        chunks.bind(1, id);
        while (chunks.executeStep()) {
            in_order = in_order && chunks.getColumn(0).getInt64() == number++;
            const auto data = chunks.getColumn(1);
            hasher.update({static_cast<const char*>(data.getBlob()), static_cast<std::size_t>(data.getBytes())});
            total += data.getBytes();
        }
        chunks.reset();
        if (!in_order || number != count || total != size || hasher.hex() != sha256)
            report.problems.push_back({0, fmt::format("the content {} ({}) was altered outside plaint: its chunks do "
                                                      "not give its SHA-256 and size",
                                                      sha256.substr(0, 12), users_of(db, sha256))});
    }
}

// verify (c): every attachment's content is there, of its size.
void check_contents_present(SQLite::Database& db, VerifyReport& report) {
    SQLite::Statement q(db, "SELECT a.id, a.case_ref, b.size IS NULL FROM attachments a"
                            " LEFT JOIN blobs b ON b.sha256 = a.sha256"
                            " WHERE b.id IS NULL OR b.size != a.size ORDER BY a.id");
    while (q.executeStep())
        report.problems.push_back({0, fmt::format("the content of attachment {} of case {} is {} the register",
                                                  q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                                                  q.getColumn(2).getInt() ? "missing from" : "not the size recorded in")});
}

// Copies a source file into the directory, its size checked as it grows.
StoredDocument store_document(DocumentDirectory& documents, SourceFile& file, std::int64_t max_size) {
    // it may have grown since it was opened
    return documents.store_file(file.fd(), [&](std::int64_t total) { file.check_size(total, max_size); });
}

const char* const restore_hint = "run 'plaint verify'; copy the document back from a backup's documents directory "
                                 "(plaint-backup(1))";

// Content kept inside the register (before schema 14): its chunks in order.
void read_chunks(SQLite::Database& db, const Attachment& a, std::int64_t blob_id, std::int64_t count,
                 const std::function<void(std::string_view)>& sink) {
    SQLite::Statement chunks(db, "SELECT number, data FROM blob_chunks WHERE blob_id = ? ORDER BY number");
    chunks.bind(1, blob_id);
    Sha256 hasher;
    std::int64_t total = 0, number = 0;
    bool in_order = true;
    while (chunks.executeStep()) {
        in_order = in_order && chunks.getColumn(0).getInt64() == number++;
        const auto data = chunks.getColumn(1);
        const std::string_view bytes(static_cast<const char*>(data.getBlob()), static_cast<std::size_t>(data.getBytes()));
        hasher.update(bytes);
        total += static_cast<std::int64_t>(bytes.size());
        sink(bytes);
    }
    if (!in_order || number != count || total != a.size || hasher.hex() != a.sha256)
        throw StoreError(fmt::format("the content of attachment {} of {} does not match its SHA-256: it was altered "
                                     "outside plaint",
                                     a.id, a.case_ref),
                         "run 'plaint verify'; restore the register from a backup");
}

// Content kept in the documents directory: its file, re-hashed as it is read.
void read_document(const DocumentDirectory& documents, const Attachment& a,
                   const std::function<void(std::string_view)>& sink) {
    const FileHandle fd = open_attachment_document(documents, a);
    const auto digest = stream_file(fd.get(), sink);
    if (!digest)
        throw StoreError(fmt::format("cannot read the content of attachment {} of {} from {}: {}", a.id, a.case_ref,
                                     documents.path().string(), std::strerror(errno)));
    check_attachment_digest(a, *digest);
}

} // namespace

namespace detail {

FileHandle open_attachment_document(const DocumentDirectory& documents, const Attachment& a) {
    FileHandle fd = documents.open_document(a.sha256);
    if (!fd)
        throw StoreError(fmt::format("the content of attachment {} of {} is missing: {} has no file {} ({})", a.id,
                                     a.case_ref, documents.path().string(), document_name(a.sha256),
                                     std::strerror(errno)),
                         restore_hint);
    return fd;
}

void check_attachment_digest(const Attachment& a, const ContentDigest& digest) {
    if (digest.size != a.size || digest.sha256 != a.sha256)
        throw StoreError(fmt::format("the content of attachment {} of {} does not match its SHA-256: it was altered "
                                     "outside plaint",
                                     a.id, a.case_ref),
                         restore_hint);
}

bool kept_in_directory(SQLite::Database& db, const Attachment& a) {
    SQLite::Statement blob(db, "SELECT place FROM blobs WHERE sha256 = ?");
    blob.bind(1, a.sha256);
    return blob.executeStep() && blob.getColumn(0).getString() == "directory";
}

std::string attachment_digest(const std::string& salt, const Attachment& a) {
    const nlohmann::json fields = {salt,         "attachments", a.id,   a.case_ref,
                                   a.sha256,     a.name,        a.media_type, a.size,
                                   a.attached_on.iso(),
                                   a.correspondence_id ? nlohmann::json(*a.correspondence_id) : nlohmann::json()};
    return sha256_hex(canonical_json(fields));
}

void check_attachments(SQLite::Database& db, const std::filesystem::path& path,
                       const std::map<std::int64_t, std::string>& digests, VerifyReport& report) {
    check_attachment_rows(db, digests, report);
    check_blobs(db, report);
    check_documents(db, path, [&](const std::string& sha256) { return users_of(db, sha256); }, report);
    check_contents_present(db, report);
}

} // namespace detail

std::vector<Attachment> Register::attach(const std::string& ref, const std::vector<AttachmentSource>& files,
                                         const AttachOptions& options, const Stamp& stamp) {
    if (files.empty()) throw UsageError("no file to attach");
    std::vector<std::unique_ptr<SourceFile>> sources;
    for (std::size_t i = 0; i < files.size(); ++i)
        sources.push_back(std::make_unique<SourceFile>(files[i], i + 1, files.size(), options.max_size));
    for (const auto& source : sources)
        if (!reg::is_media_type(source->media_type()))
            throw UsageError(fmt::format("'{}' is not a media type such as application/pdf", source->media_type()));
    const std::string doing = fmt::format("attaching to {}", ref);
    // Bad input is refused before a byte is written (and again below, in
    // the transaction, in case the register changed meanwhile).
    translate_sqlite(doing, [&] { check_can_attach(impl_->db, case_or_throw(ref), options, stamp); });
    DocumentDirectory documents = documents_beside(impl_->path, true);
    std::vector<StoredDocument> stored;
    bool committing = false;
    try {
        for (auto& source : sources) stored.push_back(store_document(documents, *source, options.max_size));
        std::vector<Attachment> attached;
        translate_sqlite(doing, [&] {
            SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
            recompute_if_stale();
            reg::CaseRecord record = case_or_throw(ref);
            check_can_attach(impl_->db, record, options, stamp);
            auto events = events_of(ref);
            const std::string salt = register_salt(impl_->db);
            for (std::size_t i = 0; i < sources.size(); ++i) {
                const StoredDocument& document = stored[i];
                if (!documents.has(document.sha256, document.size))
                    throw StoreError(fmt::format("a document written for file {} of {} was removed from {} before "
                                                 "it was recorded; nothing was attached",
                                                 i + 1, sources.size(), documents.path().string()),
                                     "run the command again");
                record_blob(impl_->db, document);
                Attachment a{0, ref, document.sha256, sources[i]->name(), sources[i]->media_type(), document.size,
                             options.on, options.correspondence_id};
                a.id = insert_attachment(impl_->db, a);
                reg::Event event{0, ref, reg::attached_event, options.on, stamp.now, stamp.actor,
                                 attached_details(salt, a), {}, {}, {}};
                append_event(impl_->db, event);
                reg::apply_event(record, event);
                events.push_back(std::move(event));
                attached.push_back(std::move(a));
            }
            save_case(impl_->db, record);
            DetailWriter(impl_->db).write(record, true);
            impl_->project(record, events);
            committing = true; // a commit that fails may still have reached the disk
            tx.commit();
        });
        return attached;
    } catch (...) {
        if (!committing)
            for (const auto& document : stored) documents.discard(document);
        throw;
    }
}

std::vector<Attachment> Register::attachments_of(const std::string& ref) const {
    std::vector<Attachment> found;
    translate_sqlite("reading the attachments", [&] {
        case_or_throw(ref);
        SQLite::Statement q(impl_->db,
                            fmt::format("SELECT {} FROM attachments WHERE case_ref = ? ORDER BY id", attachment_columns));
        q.bind(1, ref);
        while (q.executeStep()) found.push_back(read_attachment_row(q));
    });
    return found;
}

Attachment Register::attachment_of(const std::string& ref, std::int64_t id) const {
    std::optional<Attachment> found;
    translate_sqlite("reading the attachment", [&] {
        case_or_throw(ref);
        SQLite::Statement q(impl_->db, fmt::format("SELECT {} FROM attachments WHERE id = ?", attachment_columns));
        q.bind(1, id);
        if (q.executeStep()) found = read_attachment_row(q);
    });
    if (!found || found->case_ref != ref)
        throw NotFoundError(fmt::format("attachment {} is not one of {}'s", id, ref),
                            fmt::format("'plaint attachments {}' lists them", ref));
    return *found;
}

void Register::read_attachment(const Attachment& a, const std::function<void(std::string_view)>& sink) const {
    const std::string which = fmt::format("attachment {} of {}", a.id, a.case_ref);
    bool in_directory = false;
    translate_sqlite("reading " + which, [&] {
        // One snapshot: a writer committing meanwhile changes nothing read here.
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::DEFERRED);
        SQLite::Statement blob(impl_->db, "SELECT id, size, chunks, place FROM blobs WHERE sha256 = ?");
        blob.bind(1, a.sha256);
        if (!blob.executeStep())
            throw StoreError(fmt::format("the content of {} is missing from the register", which),
                             "run 'plaint verify'; restore the register from a backup");
        in_directory = blob.getColumn(3).getString() == "directory";
        if (!in_directory) read_chunks(impl_->db, a, blob.getColumn(0).getInt64(), blob.getColumn(2).getInt64(), sink);
    });
    if (in_directory) read_document(documents_beside(impl_->path, false), a, sink);
}

} // namespace plaint::store
