// plaint/store attachments: files stored inside the register in chunks,
// once per SHA-256, all of a command's files or none, read back checked,
// and check_attachments finding what was altered behind plaint's back.

#include "plaint/core/sha256.hpp"
#include "plaint/store/register_impl.hpp"
#include "store/register_helpers.hpp"

#include <SQLiteCpp/Transaction.h>

#include <map>
#include <string>
#include <vector>

using namespace plaint;
using namespace plaint::test;
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
    store::detail::check_attachments(r.database(), journal_digests(r, refs), report);
    return report;
}

std::string messages(const store::VerifyReport& report) {
    std::string text;
    for (const auto& p : report.problems) text += p.message + "\n";
    return text;
}

} // namespace

TEST_CASE("attach stores files in chunks and reads them back byte for byte", "[store][attachments]") {
    TempDir dir;
    auto r = register_with(dir / "reg.db", 1);
    const std::string big = bytes_of((5u << 19) + 7, 1); // 2.5 MiB and 7 bytes: three chunks
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
    CHECK(count_rows(dir / "reg.db", "blob_chunks") == 3);
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
    CHECK(count_rows(dir / "reg.db", "blob_chunks") == 1);
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

    SECTION("one byte of a chunk changed") {
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
    SECTION("a blob deleted, with its chunks") {
        exec_sql(file, "DELETE FROM blob_chunks WHERE blob_id = (SELECT id FROM blobs WHERE size = 5);"
                       " DELETE FROM blobs WHERE size = 5");
        CHECK(messages(checked(r, refs)) == "the content of attachment 2 of case T-2026-0002 is missing from the register\n");
    }
}
