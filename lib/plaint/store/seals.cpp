#include "plaint/store/seals.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/sha256.hpp"
#include "plaint/store/journal.hpp"

#include <fmt/format.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace plaint::store {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t key_bytes = 32, signature_bytes = 64;

std::string to_hex(std::string_view bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(bytes.size() * 2);
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        hex += digits[byte >> 4];
        hex += digits[byte & 0x0F];
    }
    return hex;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// Lower-case hex to bytes; nothing when it is not `bytes` bytes of it.
std::optional<std::string> from_hex(std::string_view hex, std::size_t bytes) {
    if (hex.size() != bytes * 2) return std::nullopt;
    std::string raw(bytes, '\0');
    for (std::size_t i = 0; i < bytes; ++i) {
        const int high = hex_digit(hex[2 * i]), low = hex_digit(hex[2 * i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        raw[i] = static_cast<char>(high * 16 + low);
    }
    return raw;
}

const unsigned char* bytes_of(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

std::string base64(std::string_view raw) {
    std::string text(4 * ((raw.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(text.data()), bytes_of(raw), static_cast<int>(raw.size()));
    text.resize(static_cast<std::size_t>(n));
    return text;
}

std::optional<std::string> from_base64(std::string_view text) {
    if (text.size() % 4 != 0) return std::nullopt;
    if (text.empty()) return std::string();
    std::string raw(text.size() / 4 * 3, '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(raw.data()), bytes_of(text), static_cast<int>(text.size()));
    if (n < 0) return std::nullopt;
    std::size_t padding = 0;
    for (std::size_t i = text.size(); i > 0 && text[i - 1] == '='; --i) ++padding;
    raw.resize(static_cast<std::size_t>(n) - padding);
    return raw;
}

struct PkeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct MdFree {
    void operator()(EVP_MD_CTX* md) const { EVP_MD_CTX_free(md); }
};

[[noreturn]] void openssl_failed(const char* what) {
    throw Error(ExitCode::internal, fmt::format("Ed25519 {} failed in OpenSSL", what));
}

std::string read_small_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof()) throw DataError(fmt::format("cannot read the seal key {}", path.string()));
    return text.str();
}

// Refuses a key file that is missing, not a regular file, too large to be
// a key, or open to group or others.
void check_key_file(const fs::path& path) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        throw DataError(fmt::format("the seal key {} does not exist", path.string()),
                        "make one with 'plaint seal --new-key FILE' and name it in the configuration: "
                        "[seal] key = \"FILE\"");
    if (!S_ISREG(st.st_mode) || st.st_size > 16384)
        throw DataError(fmt::format("the seal key {} is not a key file", path.string()));
    if ((st.st_mode & 077) != 0)
        throw DataError(fmt::format("the seal key {} is open to others (mode {:04o}): anyone who can read it can "
                                    "make seals", path.string(), st.st_mode & 07777),
                        fmt::format("chmod 600 {}, and make a new key if others may have read it", path.string()));
}

void write_all(int fd, std::string_view text, const fs::path& path) {
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw UsageError(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
        text.remove_prefix(static_cast<std::size_t>(n));
    }
}

} // namespace

std::string signed_text(const Seal& s) {
    const nlohmann::json fields = {s.organisation, s.genesis,   s.seq,
                                   s.hash,         s.sealed_at, s.from_seq,
                                   sha256_hex(s.prefixes), s.previous_signature, s.public_key};
    return std::string(seal_format) + "\n" + canonical_json(fields);
}

std::string hash_prefix(std::string_view hash_hex) {
    const auto raw = from_hex(hash_hex.substr(0, 2 * seal_prefix_bytes), seal_prefix_bytes);
    // A hash that is not hex (edited with sqlite3) still gets a prefix,
    // which then differs from the sealed one.
    return raw ? *raw : *from_hex(sha256_hex(hash_hex).substr(0, 2 * seal_prefix_bytes), seal_prefix_bytes);
}

std::string key_id(std::string_view public_key_hex) {
    const auto raw = from_hex(public_key_hex, key_bytes);
    return sha256_hex(raw ? *raw : std::string(public_key_hex)).substr(0, 16);
}

bool is_public_key(std::string_view text) { return from_hex(text, key_bytes).has_value(); }

struct SigningKey::Impl {
    Pkey key;
};

SigningKey::SigningKey(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SigningKey::SigningKey(SigningKey&&) noexcept = default;
SigningKey& SigningKey::operator=(SigningKey&&) noexcept = default;
SigningKey::~SigningKey() = default;

SigningKey SigningKey::generate() {
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr),
                                                                      EVP_PKEY_CTX_free);
    EVP_PKEY* key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &key) != 1)
        openssl_failed("key generation");
    return SigningKey(std::make_unique<Impl>(Impl{Pkey(key)}));
}

SigningKey SigningKey::load(const fs::path& path) {
    check_key_file(path);
    const std::string pem = read_small_file(path);
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    Pkey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        throw DataError(fmt::format("the seal key {} is not an Ed25519 private key in PEM", path.string()),
                        "make one with 'plaint seal --new-key FILE'");
    return SigningKey(std::make_unique<Impl>(Impl{std::move(key)}));
}

std::string SigningKey::public_key() const {
    std::string raw(key_bytes, '\0');
    std::size_t size = raw.size();
    if (EVP_PKEY_get_raw_public_key(impl_->key.get(), reinterpret_cast<unsigned char*>(raw.data()), &size) != 1 ||
        size != key_bytes)
        openssl_failed("public key");
    return to_hex(raw);
}

std::string SigningKey::sign(std::string_view message) const {
    std::unique_ptr<EVP_MD_CTX, MdFree> md(EVP_MD_CTX_new());
    std::string signature(signature_bytes, '\0');
    std::size_t size = signature.size();
    if (!md || EVP_DigestSignInit(md.get(), nullptr, nullptr, nullptr, impl_->key.get()) != 1 ||
        EVP_DigestSign(md.get(), reinterpret_cast<unsigned char*>(signature.data()), &size, bytes_of(message),
                       message.size()) != 1 || size != signature_bytes)
        openssl_failed("signing");
    return to_hex(signature);
}

void SigningKey::save(const fs::path& path) const {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(path, ec)))
        throw UsageError(fmt::format("{} already exists", path.string()),
                         "a seal key is never overwritten: choose a new file name");
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), impl_->key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        openssl_failed("key encoding");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::string temp = (dir / ".plaint-seal-key-XXXXXX").string();
    const int fd = ::mkstemp(temp.data()); // mode 0600, O_EXCL, never a symlink
    if (fd < 0) throw UsageError(fmt::format("cannot create a file in {}: {}", dir.string(), std::strerror(errno)));
    try {
        write_all(fd, std::string_view(data, static_cast<std::size_t>(size)), path);
        if (::fsync(fd) != 0) throw UsageError(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
        ::close(fd);
        // link() never replaces an existing file, unlike rename().
        if (::link(temp.c_str(), path.c_str()) != 0) {
            const int error = errno;
            throw UsageError(fmt::format("cannot create {}: {}", path.string(), std::strerror(error)),
                             error == EEXIST ? "a seal key is never overwritten: choose a new file name" : "");
        }
        ::unlink(temp.c_str());
    } catch (...) {
        ::close(fd);
        ::unlink(temp.c_str());
        throw;
    }
    const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir_fd >= 0) {
        ::fsync(dir_fd);
        ::close(dir_fd);
    }
}

bool signature_valid(std::string_view public_key_hex, std::string_view message, std::string_view signature_hex) {
    const auto raw_key = from_hex(public_key_hex, key_bytes);
    const auto raw_signature = from_hex(signature_hex, signature_bytes);
    if (!raw_key || !raw_signature) return false;
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes_of(*raw_key), raw_key->size()));
    std::unique_ptr<EVP_MD_CTX, MdFree> md(EVP_MD_CTX_new());
    if (!key || !md || EVP_DigestVerifyInit(md.get(), nullptr, nullptr, nullptr, key.get()) != 1) return false;
    return EVP_DigestVerify(md.get(), bytes_of(*raw_signature), raw_signature->size(), bytes_of(message),
                            message.size()) == 1;
}

bool seal_signature_valid(const Seal& seal) {
    return signature_valid(seal.public_key, signed_text(seal), seal.signature);
}

nlohmann::ordered_json seal_json(const Seal& s, bool with_prefixes) {
    nlohmann::ordered_json j{{"format", std::string(seal_format)},
                             {"seal", s.number},
                             {"organisation", s.organisation},
                             {"genesis", s.genesis},
                             {"seq", s.seq},
                             {"hash", s.hash},
                             {"sealed_at", s.sealed_at},
                             {"from_seq", s.from_seq},
                             {"events", s.events()},
                             {"prefixes_sha256", sha256_hex(s.prefixes)}};
    if (with_prefixes) j["prefixes"] = base64(s.prefixes);
    j["previous_signature"] = s.previous_signature;
    j["public_key"] = s.public_key;
    j["key_id"] = key_id(s.public_key);
    j["signature"] = s.signature;
    return j;
}

namespace {

template <typename T>
T field(const nlohmann::json& j, const char* name, const std::string& where) {
    const auto it = j.find(name);
    if (it == j.end()) throw DataError(fmt::format("{}: not a seal: no \"{}\"", where, name));
    try {
        return it->get<T>();
    } catch (const nlohmann::json::exception&) {
        throw DataError(fmt::format("{}: not a seal: \"{}\" has the wrong type", where, name));
    }
}

} // namespace

Seal seal_from_json(std::string_view line, const std::string& where) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception&) {
        throw DataError(fmt::format("{}: not a seal: not JSON", where));
    }
    if (!j.is_object() || field<std::string>(j, "format", where) != seal_format)
        throw DataError(fmt::format("{}: not a seal of this plaint (format {})", where, seal_format));
    Seal s;
    s.number = field<std::int64_t>(j, "seal", where);
    s.organisation = field<std::string>(j, "organisation", where);
    s.genesis = field<std::string>(j, "genesis", where);
    s.seq = field<std::int64_t>(j, "seq", where);
    s.hash = field<std::string>(j, "hash", where);
    s.sealed_at = field<std::string>(j, "sealed_at", where);
    s.from_seq = field<std::int64_t>(j, "from_seq", where);
    const auto prefixes = from_base64(field<std::string>(j, "prefixes", where));
    if (!prefixes) throw DataError(fmt::format("{}: not a seal: \"prefixes\" is not base64", where));
    s.prefixes = *prefixes;
    s.previous_signature = field<std::string>(j, "previous_signature", where);
    s.public_key = field<std::string>(j, "public_key", where);
    s.signature = field<std::string>(j, "signature", where);
    return s;
}

} // namespace plaint::store
