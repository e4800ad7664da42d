#include "plaint/core/sha256.hpp"

#include "plaint/core/error.hpp"

#include <openssl/rand.h>
#include <openssl/sha.h>

#include <array>
#include <new>
#include <vector>

namespace plaint {
namespace {

std::string to_hex(const unsigned char* data, std::size_t size) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex(size * 2, '\0');
    for (std::size_t i = 0; i < size; ++i) {
        hex[2 * i] = digits[data[i] >> 4];
        hex[2 * i + 1] = digits[data[i] & 0x0F];
    }
    return hex;
}

} // namespace

// OpenSSL's low-level SHA256_Init/Update/Final rather than EVP: the same
// implementation, but EVP (and the one-shot SHA256(), which now goes through
// it) fetches the algorithm through the provider machinery on first use,
// which cost more than all the rest of a `plaint calendar add`
// (tests/bench/README.md, start-up). Deprecated in OpenSSL 3, not removed.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
std::string sha256_hex(std::string_view data) { return sha256_hex(data, {}); }

std::string sha256_hex(std::string_view first, std::string_view second) {
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
    SHA256_CTX context;
    if (SHA256_Init(&context) != 1 || SHA256_Update(&context, first.data(), first.size()) != 1 ||
        SHA256_Update(&context, second.data(), second.size()) != 1 || SHA256_Final(digest.data(), &context) != 1)
        throw Error(ExitCode::internal, "SHA-256 failed in OpenSSL");
    return to_hex(digest.data(), digest.size());
}

namespace {
SHA256_CTX& context_of(unsigned char* state) { return *std::launder(reinterpret_cast<SHA256_CTX*>(state)); }
} // namespace

Sha256::Sha256() {
    static_assert(sizeof(SHA256_CTX) <= sizeof(state_) && alignof(SHA256_CTX) <= 8);
    new (state_) SHA256_CTX{};
    if (SHA256_Init(&context_of(state_)) != 1) throw Error(ExitCode::internal, "SHA-256 failed in OpenSSL");
}

void Sha256::update(std::string_view data) {
    if (SHA256_Update(&context_of(state_), data.data(), data.size()) != 1)
        throw Error(ExitCode::internal, "SHA-256 failed in OpenSSL");
}

std::string Sha256::hex() {
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
    if (SHA256_Final(digest.data(), &context_of(state_)) != 1 || SHA256_Init(&context_of(state_)) != 1)
        throw Error(ExitCode::internal, "SHA-256 failed in OpenSSL");
    return to_hex(digest.data(), digest.size());
}
#pragma GCC diagnostic pop

std::string random_hex(int bytes) {
    std::vector<unsigned char> buffer(static_cast<std::size_t>(bytes));
    if (RAND_bytes(buffer.data(), bytes) != 1) throw Error(ExitCode::internal, "no random bytes from OpenSSL");
    return to_hex(buffer.data(), buffer.size());
}

} // namespace plaint
