// plaint/store documents: the directory of files named by their SHA-256
// beside a register. Written through a temporary file and a rename, once
// per content; a damaged file replaced when its content comes again;
// nothing left when the reader fails; files held by a running attach never
// removed; copies for backups.

#include "plaint/core/error.hpp"
#include "plaint/core/sha256.hpp"
#include "plaint/store/documents.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace plaint;
using namespace plaint::test;
using store::DirectoryEntry;
using store::DocumentDirectory;
namespace fs = std::filesystem;

namespace {

// A reader giving `text` in pieces of at most `piece` bytes.
store::ContentReader reader_of(const std::string& text, std::size_t piece = 7) {
    auto at = std::make_shared<std::size_t>(0);
    return [text, piece, at](char* buffer, std::size_t capacity) {
        const std::size_t n = std::min({piece, capacity, text.size() - *at});
        text.copy(buffer, n, *at);
        *at += n;
        return n;
    };
}

DocumentDirectory directory_in(const TempDir& dir, const std::string& name = "reg.db-documents") {
    return DocumentDirectory(dir / name, true, ::geteuid(), ::getegid());
}

std::vector<std::string> names_of(const DocumentDirectory& documents) {
    std::vector<std::string> names;
    for (const auto& e : documents.entries())
        names.push_back(e.kind == DirectoryEntry::Kind::other ? "(other)" : e.name);
    std::sort(names.begin(), names.end());
    return names;
}

// The message of the StoreError `body` throws.
template <typename Body>
std::string error_from_store(Body&& body) {
    try {
        body();
    } catch (const StoreError& e) {
        return e.what();
    }
    FAIL("expected a StoreError, but none was thrown");
    return {};
}

} // namespace

TEST_CASE("documents_directory and document_name", "[store][documents]") {
    CHECK(store::documents_directory("reg.db") == fs::path("reg.db-documents"));
    CHECK(store::documents_directory("/srv/plaint/complaints.plaint") == fs::path("/srv/plaint/complaints.plaint-documents"));
    const std::string hash = sha256_hex("hello");
    CHECK(store::document_name(hash) == "2c/" + hash);
}

TEST_CASE("a document is stored under its SHA-256, once", "[store][documents]") {
    TempDir dir;
    auto documents = directory_in(dir);
    REQUIRE(documents.present());
    const auto first = documents.store(reader_of("hello, world"));
    CHECK(first.sha256 == sha256_hex("hello, world"));
    CHECK(first.size == 12);
    CHECK(first.created);
    CHECK(read_text(dir / ("reg.db-documents/" + store::document_name(first.sha256))) == "hello, world");
    CHECK(documents.has(first.sha256, 12));
    CHECK_FALSE(documents.has(first.sha256, 11));
    const auto again = documents.store(reader_of("hello, world", 3));
    CHECK_FALSE(again.created); // deduplicated: the temporary dropped
    CHECK(names_of(documents) == std::vector<std::string>{store::document_name(first.sha256)});
    CHECK(documents.entries().front().size == 12);
}

TEST_CASE("a damaged document is replaced when its content is stored again", "[store][documents]") {
    TempDir dir;
    auto documents = directory_in(dir);
    const auto stored = documents.store(reader_of("the letter"));
    const fs::path file = dir / ("reg.db-documents/" + store::document_name(stored.sha256));
    fs::permissions(file, fs::perms::owner_write, fs::perm_options::add);
    std::ofstream(file, std::ios::trunc) << "the lettex";
    const auto repaired = documents.store(reader_of("the letter"));
    CHECK(repaired.created);
    CHECK(read_text(file) == "the letter");
}

TEST_CASE("a reader that fails leaves nothing behind", "[store][documents]") {
    TempDir dir;
    auto documents = directory_in(dir);
    int calls = 0;
    const auto failing = [&](char* buffer, std::size_t) -> std::size_t {
        if (++calls == 3) throw UsageError("over the limit");
        buffer[0] = 'x';
        return 1;
    };
    CHECK_THROWS_AS(documents.store(failing), UsageError);
    CHECK(names_of(documents).empty());
}

TEST_CASE("files held by a running attach are neither removed nor counted as leftovers", "[store][documents]") {
    TempDir dir;
    auto documents = directory_in(dir);
    std::optional<store::StoredDocument> held = documents.store(reader_of("being attached"));
    dir.write("reg.db-documents/.tmp-00000000000000aa", "left over");
    const auto entries = documents.entries();
    REQUIRE(entries.size() == 2);
    for (const auto& entry : entries) {
        INFO(entry.name);
        const bool is_held = entry.kind == DirectoryEntry::Kind::document;
        CHECK(documents.in_use(entry) == is_held);
        CHECK(documents.remove(entry) == !is_held);
    }
    CHECK(names_of(documents) == std::vector<std::string>{store::document_name(held->sha256)});
    held.reset(); // the attach ended
    CHECK(documents.remove(documents.entries().front()));
    CHECK(names_of(documents).empty());
}

TEST_CASE("discard removes only a document the command created", "[store][documents]") {
    TempDir dir;
    auto documents = directory_in(dir);
    const auto kept = documents.store(reader_of("there before"));
    {
        const auto reused = documents.store(reader_of("there before"));
        documents.discard(reused); // not created by it: stays
    }
    const auto created = documents.store(reader_of("new"));
    documents.discard(created);
    CHECK(names_of(documents) == std::vector<std::string>{store::document_name(kept.sha256)});
}

TEST_CASE("the directory is made 0700 when missing, and must be a directory", "[store][documents]") {
    TempDir dir;
    const DocumentDirectory absent(dir / "none-documents", false, 0, 0);
    CHECK_FALSE(absent.present());
    CHECK_FALSE(fs::exists(dir / "none-documents"));
    CHECK(absent.entries().empty());
    CHECK_FALSE(absent.open_document(sha256_hex("x")));
    const auto made = directory_in(dir);
    CHECK(made.mode() == 0700);
    fs::create_symlink(dir / "reg.db-documents", dir / "link-documents");
    const auto e = error_from_store([&] { DocumentDirectory(dir / "link-documents", true, 0, 0); });
    CHECK(e == (dir / "link-documents").string() + " is not a directory");
    dir.write("file-documents", "x");
    CHECK(error_from_store([&] { DocumentDirectory(dir / "file-documents", false, 0, 0); }) ==
          (dir / "file-documents").string() + " is not a directory");
}

TEST_CASE("copy_in copies a document through a temporary file, once", "[store][documents]") {
    TempDir dir;
    auto from = directory_in(dir, "a-documents");
    auto to = directory_in(dir, "b-documents");
    const auto stored = from.store(reader_of("a complaint letter"));
    CHECK(to.copy_in(from, stored.sha256));
    CHECK(read_text(dir / ("b-documents/" + store::document_name(stored.sha256))) == "a complaint letter");
    CHECK_FALSE(to.copy_in(from, stored.sha256));
    CHECK(names_of(to) == std::vector<std::string>{store::document_name(stored.sha256)});
    const std::string missing = sha256_hex("missing");
    CHECK(error_from_store([&] { to.copy_in(from, missing); }) ==
          "the document " + store::document_name(missing) + " is missing from " + (dir / "a-documents").string());
}
