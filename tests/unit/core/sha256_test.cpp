// plaint/core/sha256: the digest behind the journal's hash chain, checked
// against the NIST FIPS 180-2 example vectors.

#include "plaint/core/sha256.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using plaint::random_hex;
using plaint::sha256_hex;

TEST_CASE("SHA-256: the NIST example vectors", "[sha256]") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
                     "mnopqrstnopqrstu") == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 hashes bytes, embedded NULs included", "[sha256]") {
    const std::string with_nul("a\0b", 3);
    CHECK(sha256_hex(with_nul) != sha256_hex("a"));
    CHECK(sha256_hex(with_nul).size() == 64);
    // One byte changed, a different digest.
    CHECK(sha256_hex("abd") != sha256_hex("abc"));
}

TEST_CASE("random_hex gives lower-case hex of the length asked, differently each time", "[sha256]") {
    const std::string a = random_hex(16);
    const std::string b = random_hex(16);
    CHECK(a.size() == 32);
    CHECK(std::all_of(a.begin(), a.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }));
    CHECK(a != b);
    CHECK(random_hex(1).size() == 2);
}

TEST_CASE("Sha256 given the data piece by piece gives the one-shot digest", "[sha256]") {
    plaint::Sha256 hasher;
    CHECK(hasher.hex() == sha256_hex(""));
    // The NIST million 'a's in pieces of uneven sizes, across block boundaries.
    const std::string million(1000000, 'a');
    std::size_t at = 0;
    for (std::size_t piece = 1; at < million.size(); piece = piece * 3 + 1) {
        const std::size_t n = std::min(piece, million.size() - at);
        hasher.update(std::string_view(million).substr(at, n));
        at += n;
    }
    CHECK(hasher.hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // hex() starts the hasher again.
    hasher.update("ab");
    hasher.update("c");
    CHECK(hasher.hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
