// plaint/store attachments: files stored in the documents directory beside
// the register, once per SHA-256, all of a command's files or none, read
// back checked; content from before schema 14 still read and checked inside
// the register; and check_attachments finding what was altered behind
// plaint's back, in the chunks or in the files.

#include "plaint/core/sha256.hpp"
#include "plaint/store/documents.hpp"
#include "plaint/store/register_documents.hpp"
#include "plaint/store/register_impl.hpp"
#include "store/register_helpers.hpp"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace plaint;
using namespace plaint::test;
using plaint::store::document_name;
using Attachment = store::Register::Attachment;

namespace {

// Not quite random bytes (a small LCG), `size` of them.
std::string bytes_of(std::size_t size, unsigned seed) {
    std::string out(size, '\0');
    for (auto& c : out) c = static_cast<char>((seed = seed * 1103515245u + 12345u) >> 16);
    return out;
}

store::Register::AttachOptions on_day(const char* day = "2026-11-20", std::int64_t max_size = 8 << 20) {
    store::Register::AttachOptions o;
    o.on = d(day);
    o.max_size = max_size;
    return o;
}

std::string content_of(const store::Register& r, const Attachment& a) {
    std::string out;
    r.read_attachment(a, [&](std::string_view bytes) { out += bytes; });
    return out;
}

// The digests verify collects: the "personal" entries for the attachments table.
std::map<std::int64_t, std::string> journal_digests(const store::Register& r, const std::vector<std::string>& refs) {
    std::map<std::int64_t, std::string> digests;
    for (const auto& ref : refs)
        for (const auto& e : r.events_of(ref))
            if (e.details.contains("personal"))
                for (const auto& p : e.details["personal"])
                    if (p["table"] == "attachments") digests[p["id"].get<std::int64_t>()] = p["digest"].get<std::string>();
    return digests;
}

store::VerifyReport checked(store::Register& r, const std::vector<std::string>& refs) {
    store::VerifyReport report;
    store::detail::check_attachments(store::detail::connection(r), r.path(), journal_digests(r, refs), report);
    return report;
}

std::string messages(const store::VerifyReport& report) {
    std::string text;
    for (const auto& p : report.problems) text += p.message + "\n";
    return text;
}

std::string notes(store::Register& r) {
    std::string text;
    for (const auto& n : store::document_notes(r)) text += n + "\n";
    return text;
}

// Where the document with this content is: reg.db-documents/ab/abcd...
std::filesystem::path document_file(const TempDir& dir, const std::string& sha256) {
    return dir / ("reg.db-documents/" + sha256.substr(0, 2) + "/" + sha256);
}

std::vector<std::string> files_in(const std::filesystem::path& top) {
    std::vector<std::string> found;
    for (const auto& e : std::filesystem::recursive_directory_iterator(top))
        if (!e.is_directory()) found.push_back(std::filesystem::relative(e.path(), top).string());
    std::sort(found.begin(), found.end());
    return found;
}

// What a register from before schema 14 holds: the content moved into
// blob_chunks (1 MiB each but the last) and the document file removed.
void keep_inside_register(const TempDir& dir, const std::string& sha256) {
    const std::string content = read_text(document_file(dir, sha256));
    SQLite::Database db((dir / "reg.db").string(), SQLite::OPEN_READWRITE);
    const std::int64_t blob = db.execAndGet("SELECT id FROM blobs WHERE sha256 = '" + sha256 + "'").getInt64();
    std::int64_t number = 0;
    for (std::size_t at = 0; at < content.size() || number == 0; at += 1u << 20, ++number) {
        if (at >= content.size()) break;
        SQLite::Statement insert(db, "INSERT INTO blob_chunks (blob_id, number, data) VALUES (?, ?, ?)");
        const std::string chunk = content.substr(at, 1u << 20);
        insert.bind(1, blob);
        insert.bind(2, number);
        insert.bind(3, chunk.data(), static_cast<int>(chunk.size()));
        insert.exec();
    }
    db.exec("UPDATE blobs SET place = 'register', chunks = " + std::to_string(number) + " WHERE id = " +
            std::to_string(blob));
    std::filesystem::remove(document_file(dir, sha256));
}

// Changes the document file: `edit` gets its content and returns the new one.
void rewrite_document(const TempDir& dir, const std::string& sha256,
                      const std::function<std::string(std::string)>& edit) {
    const auto file = document_file(dir, sha256);
    const std::string changed = edit(read_text(file));
    std::filesystem::permissions(file, std::filesystem::perms::owner_write, std::filesystem::perm_options::add);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << changed;
}

} // namespace

TEST_CASE("attach stores each file in the documents directory and reads it back byte for byte",
          "[store][attachments]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 1);
    CHECK_FALSE(std::filesystem::exists(dir / "reg.db-documents")); // made on the first attach
    const std::string big = bytes_of((5u << 19) + 7, 1); // 2.5 MiB and 7 bytes: three buffers
    const auto pdf = dir.write("Letter from Ann.PDF", "%PDF-1.4\n" + big);
    const auto txt = dir.write("notes.txt", "");
    const auto got = r.attach("T-2026-0001", {{pdf, "", ""}, {txt, "", ""}}, on_day(), stamp_on());
    REQUIRE(got.size() == 2);
    CHECK(got[0].name == "Letter from Ann.PDF");
    CHECK(got[0].media_type == "application/pdf");
    CHECK(got[0].size == static_cast<std::int64_t>(big.size() + 9));
    CHECK(got[0].sha256 == sha256_hex("%PDF-1.4\n" + big));
    CHECK(got[1].media_type == "text/plain");
    CHECK(got[1].size == 0);
    CHECK(got[1].sha256 == sha256_hex(""));
    // Two files named by their hashes, nothing else (no temporary left),
    // no chunks in the register.
    std::vector<std::string> names{document_name(got[0].sha256), document_name(got[1].sha256)};
    std::sort(names.begin(), names.end());
    CHECK(files_in(dir / "reg.db-documents") == names);
    CHECK(read_text(document_file(dir, got[0].sha256)) == "%PDF-1.4\n" + big);
    CHECK(file_mode(dir / "reg.db-documents") == 0700);
    CHECK(file_mode(dir / ("reg.db-documents/" + got[0].sha256.substr(0, 2))) == 0700);
    CHECK(file_mode(document_file(dir, got[0].sha256)) == 0400);
    CHECK(count_rows(dir / "reg.db", "blob_chunks") == 0);
    CHECK(dump_table(dir / "reg.db", "blobs", "id") ==
          "'1'|'" + got[0].sha256 + "'|'" + std::to_string(got[0].size) + "'|'0'|'directory'\n'2'|'" + got[1].sha256 +
              "'|'0'|'0'|'directory'\n");
    CHECK(content_of(r, got[0]) == "%PDF-1.4\n" + big);
    CHECK(content_of(r, got[1]).empty());
    CHECK(r.attachments_of("T-2026-0001") == got);
    CHECK(r.attachment_of("T-2026-0001", got[1].id) == got[1]);

    // One event each, with the content's hash, size and type, and the
    // name only under its digest.
    const auto events = r.events_of("T-2026-0001");
    REQUIRE(events.size() == 3);
    CHECK(events[1].type == "attached");
    CHECK(events[1].details["sha256"] == got[0].sha256);
    CHECK(events[1].details["size"] == got[0].size);
    CHECK(events[1].details["media_type"] == "application/pdf");
    CHECK(events[1].details.dump().find("Letter") == std::string::npos);
    CHECK(r.verify().ok());
    CHECK(checked(r, {"T-2026-0001"}).ok());
    CHECK(r.rebuild().changed == 0);
    CHECK(r.attachments_of("T-2026-0001").size() == 2); // rebuild leaves them alone
}

TEST_CASE("the same content is stored once, however many cases attach it", "[store][attachments]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 2);
    const auto a = dir.write("a.docx", bytes_of(3000, 2));
    const auto b = dir.write("copy of a.docx", bytes_of(3000, 2));
    r.attach("T-2026-0001", {{a, "", ""}}, on_day(), stamp_on());
    const auto second = r.attach("T-2026-0002", {{b, "", "application/x-custom"}, {a, "", ""}}, on_day(), stamp_on());
    CHECK(count_rows(dir / "reg.db", "attachments") == 3);
    CHECK(count_rows(dir / "reg.db", "blobs") == 1);
    CHECK(files_in(dir / "reg.db-documents") == std::vector<std::string>{document_name(second[0].sha256)});
    CHECK(second[0].media_type == "application/x-custom");
    CHECK(content_of(r, second[0]) == bytes_of(3000, 2));
    CHECK(checked(r, {"T-2026-0001", "T-2026-0002"}).ok());
}

TEST_CASE("attach writes nothing when any file is refused", "[store][attachments]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 2);
    const auto ok = dir.write("ok.pdf", "%PDF-1.4 fine");
    const auto big = dir.write("big.pdf", bytes_of(3000, 3));
    const std::string before = r.info().journal_head;
    auto refused = [&](std::vector<store::Register::AttachmentSource> files, const char* ref = "T-2026-0001",
                       store::Register::AttachOptions options = on_day("2026-11-20", 2048)) {
        return error_from([&] { r.attach(ref, files, options, stamp_on()); });
    };
    const auto over = refused({{ok, "", ""}, {big, "", ""}});
    CHECK(over.code() == ExitCode::usage);
    CHECK(std::string(over.what()) ==
          "file 2 of 2 is 3 kB (3000 bytes), over the limit of 2 KiB (2048 bytes); nothing was attached");
    CHECK(refused({{ok, "", ""}, {dir / "missing.pdf", "", ""}}).what() ==
          std::string("file 2 of 2: cannot be read: No such file or directory"));
    CHECK(refused({{dir.path(), "", ""}}).what() == std::string("file 1 of 1 is a directory"));
    CHECK(refused({{ok, "", "not a type"}}).code() == ExitCode::usage);
    CHECK(refused({{ok, "", ""}}, "T-2026-0009").code() == ExitCode::usage); // no such case
    CHECK(refused({{ok, "", ""}}, "T-2026-0001", on_day("2026-11-21")).code() == ExitCode::usage); // after today
    CHECK(refused({{ok, "", ""}}, "T-2026-0001", on_day("2026-11-17")).code() == ExitCode::usage); // before receipt
    auto with_letter = on_day();
    with_letter.correspondence_id = 1;
    CHECK(refused({{ok, "", ""}}, "T-2026-0001", with_letter).code() == ExitCode::usage); // no such letter
    CHECK(r.info().journal_head == before);
    for (const char* table : {"attachments", "blobs", "blob_chunks"}) CHECK(count_rows(dir / "reg.db", table) == 0);
    CHECK_FALSE(std::filesystem::exists(dir / "reg.db-documents")); // all refused before a byte was written
}

TEST_CASE("a command that fails after its files were stored leaves no new document", "[store][attachments]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 1);
    const auto kept = r.attach("T-2026-0001", {{dir.write("kept.txt", "kept"), "", ""}}, on_day(), stamp_on());
    // The transaction fails after both files were written (a trigger stands
    // for a disk full or a lock timeout): the new one is removed again, the
    // one that was there already (the same content) stays.
    exec_sql(dir / "reg.db", "CREATE TRIGGER refuse BEFORE INSERT ON attachments BEGIN SELECT RAISE(ABORT, 'no'); END");
    const auto e = error_from([&] {
        r.attach("T-2026-0001", {{dir.write("new.pdf", bytes_of(1500, 5)), "", ""}, {dir / "kept.txt", "", ""}},
                 on_day(), stamp_on());
    });
    CHECK(e.code() == ExitCode::store);
    CHECK(files_in(dir / "reg.db-documents") == std::vector<std::string>{document_name(kept[0].sha256)});
    CHECK(count_rows(dir / "reg.db", "attachments") == 1);
}

TEST_CASE("an attachment is found only on its own case", "[store][attachments]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 2);
    const auto a = r.attach("T-2026-0001", {{dir.write("a.txt", "a"), "", ""}}, on_day(), stamp_on()).front();
    const auto other = error_from([&] { r.attachment_of("T-2026-0002", a.id); });
    CHECK(other.code() == ExitCode::usage);
    CHECK(std::string(other.what()) == "attachment 1 is not one of T-2026-0002's");
    CHECK(std::string(error_from([&] { r.attachment_of("T-2026-0001", 99); }).what()) ==
          "attachment 99 is not one of T-2026-0001's");
    CHECK(error_from([&] { r.attachments_of("T-2026-0009"); }).code() == ExitCode::usage);
}

TEST_CASE("check_attachments finds content, rows and digests altered outside plaint", "[store][attachments][tamper]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto r = register_with(file, 2);
    const std::string content = bytes_of((1u << 20) + 100, 4);
    const auto a = r.attach("T-2026-0001", {{dir.write("a.pdf", content), "", ""}}, on_day(), stamp_on()).front();
    r.attach("T-2026-0002", {{dir.write("b.txt", "hello"), "", ""}}, on_day(), stamp_on());
    const std::vector<std::string> refs{"T-2026-0001", "T-2026-0002"};
    REQUIRE(checked(r, refs).ok());
    REQUIRE(notes(r).empty());
    const std::string hello = sha256_hex("hello");

    SECTION("one byte of a document changed") {
        rewrite_document(dir, a.sha256, [](std::string text) {
            return text.replace(50, 1, 1, static_cast<char>(text.at(50) ^ 1));
        });
        CHECK(messages(checked(r, refs)) == "the content " + a.sha256.substr(0, 12) +
                                                " (attachment 1 of T-2026-0001) was altered outside plaint: " +
                                                (dir / "reg.db-documents").string() + "/" + document_name(a.sha256) +
                                                " does not give its SHA-256\n");
        const auto e = error_from([&] { content_of(r, a); });
        CHECK(e.code() == ExitCode::store);
        CHECK(std::string(e.what()) == "the content of attachment 1 of T-2026-0001 does not match its SHA-256: it "
                                       "was altered outside plaint");
    }
    SECTION("a document truncated, or grown") {
        rewrite_document(dir, hello, [](std::string) { return std::string("hel"); });
        CHECK(messages(checked(r, refs)) == "the content " + hello.substr(0, 12) +
                                                " (attachment 2 of T-2026-0002) was truncated outside plaint: " +
                                                document_file(dir, hello).string() + " has 3 of its 5 bytes\n");
        rewrite_document(dir, hello, [](std::string) { return std::string("hello!"); });
        CHECK(messages(checked(r, refs)) == "the content " + hello.substr(0, 12) +
                                                " (attachment 2 of T-2026-0002) was altered outside plaint: " +
                                                document_file(dir, hello).string() + " has 6 bytes, not 5\n");
        CHECK(error_from([&] { content_of(r, r.attachment_of("T-2026-0002", 2)); }).code() == ExitCode::store);
    }
    SECTION("a document deleted, or replaced by a symbolic link") {
        std::filesystem::remove(document_file(dir, hello));
        CHECK(messages(checked(r, refs)) == "the content " + hello.substr(0, 12) +
                                                " (attachment 2 of T-2026-0002) is missing: there is no file " +
                                                document_file(dir, hello).string() + "\n");
        const auto e = error_from([&] { content_of(r, r.attachment_of("T-2026-0002", 2)); });
        CHECK(e.code() == ExitCode::store);
        CHECK(std::string(e.what()) == "the content of attachment 2 of T-2026-0002 is missing: " +
                                           (dir / "reg.db-documents").string() + " has no file " +
                                           document_name(hello) + " (No such file or directory)");
        std::filesystem::create_symlink(dir / "b.txt", document_file(dir, hello));
        CHECK(messages(checked(r, refs)) == "the content " + hello.substr(0, 12) +
                                                " (attachment 2 of T-2026-0002) is not a regular file: " +
                                                document_file(dir, hello).string() + "\n");
        CHECK(error_from([&] { content_of(r, r.attachment_of("T-2026-0002", 2)); }).code() == ExitCode::store);
    }
    SECTION("the whole documents directory missing") {
        std::filesystem::remove_all(dir / "reg.db-documents");
        CHECK(messages(checked(r, refs)).find("(attachment 1 of T-2026-0001) is missing: there is no file") !=
              std::string::npos);
        CHECK(checked(r, refs).problems.size() == 2);
    }
    SECTION("one byte of a chunk changed (content kept inside the register)") {
        keep_inside_register(dir, a.sha256);
        REQUIRE(checked(r, refs).ok());
        CHECK(content_of(r, a) == content);
        {
            SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
            SQLite::Statement q(db, "SELECT id, data FROM blob_chunks WHERE number = 1");
            REQUIRE(q.executeStep());
            const std::int64_t id = q.getColumn(0).getInt64();
            std::string data(static_cast<const char*>(q.getColumn(1).getBlob()), q.getColumn(1).getBytes());
            q.reset();
            data[50] = static_cast<char>(data[50] ^ 1);
            SQLite::Statement u(db, "UPDATE blob_chunks SET data = ? WHERE id = ?");
            u.bind(1, data.data(), static_cast<int>(data.size()));
            u.bind(2, id);
            u.exec();
        }
        const auto report = checked(r, refs);
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].message == "the content " + a.sha256.substr(0, 12) +
                                                " (attachment 1 of T-2026-0001) was altered outside plaint: its "
                                                "chunks do not give its SHA-256 and size");
        const auto e = error_from([&] { content_of(r, a); });
        CHECK(e.code() == ExitCode::store);
        CHECK(std::string(e.what()) == "the content of attachment 1 of T-2026-0001 does not match its SHA-256: it "
                                       "was altered outside plaint");
    }
    SECTION("a chunk deleted") {
        keep_inside_register(dir, a.sha256);
        exec_sql(file, "DELETE FROM blob_chunks WHERE number = 1");
        CHECK(messages(checked(r, refs)).find("altered outside plaint") != std::string::npos);
        CHECK(error_from([&] { content_of(r, a); }).code() == ExitCode::store);
    }
    SECTION("a name changed") {
        exec_sql(file, "UPDATE attachments SET name = 'other.pdf' WHERE id = 2");
        CHECK(messages(checked(r, refs)) == "attachment 2 of case T-2026-0002 was changed outside plaint\n");
    }
    SECTION("an attachment moved to another case") {
        exec_sql(file, "UPDATE attachments SET case_ref = 'T-2026-0002' WHERE id = 1");
        CHECK(messages(checked(r, refs)) == "attachment 1 of case T-2026-0002 was changed outside plaint\n");
    }
    SECTION("a row added, and one deleted") {
        exec_sql(file, "INSERT INTO attachments (case_ref, sha256, name, media_type, size, attached_on)"
                       " SELECT case_ref, sha256, 'x', media_type, size, attached_on FROM attachments WHERE id = 2;"
                       " DELETE FROM attachments WHERE id = 1");
        CHECK(messages(checked(r, refs)) == "attachment 3 of case T-2026-0002 was added outside plaint\n"
                                            "1 attachment record(s) were deleted outside plaint\n");
    }
    SECTION("a blob deleted") {
        exec_sql(file, "DELETE FROM blobs WHERE size = 5");
        CHECK(messages(checked(r, refs)) == "the content of attachment 2 of case T-2026-0002 is missing from the register\n");
        CHECK(notes(r).empty()); // its file is still named by the attachment and its event
    }
}

TEST_CASE("verify notes unused documents and leftover temporary files, and prune removes them",
          "[store][attachments]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 1);
    const auto a = r.attach("T-2026-0001", {{dir.write("a.txt", "kept"), "", ""}}, on_day(), stamp_on()).front();
    const std::string unused = sha256_hex("unused");
    dir.write("reg.db-documents/" + document_name(unused), "unused");
    dir.write("reg.db-documents/.tmp-0123456789abcdef", "half a docu");
    dir.write("reg.db-documents/Letter to Ann.txt", "not plaint's");
    const std::string where = (dir / "reg.db-documents").string();
    CHECK(checked(r, {"T-2026-0001"}).ok());
    CHECK(notes(r) == "1 document(s) in " + where + " used by no attachment (6 B): 'plaint attachments --prune' "
                           "removes them\n1 temporary file(s) in " + where + " left by an attach that was stopped (11 B): "
                           "'plaint attachments --prune' removes them\n1 file(s) in " + where +
                           " that plaint did not write: left alone\n");
    CHECK(notes(r).find("Ann") == std::string::npos); // a name plaint did not write may be personal
    std::filesystem::permissions(dir / "reg.db-documents", std::filesystem::perms::group_read,
                                 std::filesystem::perm_options::add);
    CHECK(store::document_notes(r).front() ==
          where + " is readable by others (mode 0740); it holds personal data: chmod 700 " + where);
    std::filesystem::permissions(dir / "reg.db-documents", std::filesystem::perms::group_read,
                                 std::filesystem::perm_options::remove);

    const auto pruned = store::prune_documents(r);
    CHECK(pruned.documents == 1);
    CHECK(pruned.temporaries == 1);
    CHECK(pruned.bytes == 17);
    CHECK(pruned.in_use == 0);
    CHECK(pruned.others == 1);
    std::vector<std::string> left{"Letter to Ann.txt", document_name(a.sha256)};
    std::sort(left.begin(), left.end());
    CHECK(files_in(dir / "reg.db-documents") == left);
    CHECK(content_of(r, a) == "kept");
    CHECK(store::prune_documents(r).documents == 0);
    CHECK(notes(r) == "1 file(s) in " + where + " that plaint did not write: left alone\n");
}

TEST_CASE("content kept inside the register before schema 14 stays readable, and moves out when attached again",
          "[store][attachments]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 2);
    const std::string content = bytes_of((1u << 20) + 3, 7);
    const auto a = r.attach("T-2026-0001", {{dir.write("a.pdf", content), "", ""}}, on_day(), stamp_on()).front();
    keep_inside_register(dir, a.sha256);
    CHECK(count_rows(dir / "reg.db", "blob_chunks") == 2);
    CHECK(files_in(dir / "reg.db-documents").empty());
    CHECK(content_of(r, a) == content);
    CHECK(checked(r, {"T-2026-0001"}).ok());
    CHECK(r.verify().ok());

    // Attached again: the file is written and on the disk before the chunks
    // are deleted, in the transaction that records the new attachment.
    const auto again = r.attach("T-2026-0002", {{dir.write("b.pdf", content), "", ""}}, on_day(), stamp_on()).front();
    CHECK(count_rows(dir / "reg.db", "blob_chunks") == 0);
    CHECK(dump_table(dir / "reg.db", "blobs", "id") ==
          "'1'|'" + a.sha256 + "'|'" + std::to_string(content.size()) + "'|'0'|'directory'\n");
    CHECK(content_of(r, a) == content);
    CHECK(content_of(r, again) == content);
    CHECK(r.verify().ok());
}
