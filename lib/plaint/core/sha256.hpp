#pragma once
// SHA-256 and random bytes, through OpenSSL.

#include <string>
#include <string_view>

namespace plaint {

// Lower-case hex digest of `data`.
std::string sha256_hex(std::string_view data);
// The digest of `first` followed by `second`, without joining them.
std::string sha256_hex(std::string_view first, std::string_view second);

// SHA-256 over data given piece by piece (a file read in chunks).
class Sha256 {
public:
    Sha256();
    void update(std::string_view data);
    // Lower-case hex digest of everything given so far; the hasher then
    // starts again, empty.
    std::string hex();

private:
    alignas(8) unsigned char state_[128]; // OpenSSL's SHA256_CTX
};

// `bytes` random bytes from the system's CSPRNG, as lower-case hex.
std::string random_hex(int bytes);

} // namespace plaint
