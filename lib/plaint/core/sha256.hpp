#pragma once
// SHA-256 and random bytes, through OpenSSL.

#include <string>
#include <string_view>

namespace plaint {

// Lower-case hex digest of `data`.
std::string sha256_hex(std::string_view data);
// The digest of `first` followed by `second`, without joining them.
std::string sha256_hex(std::string_view first, std::string_view second);

// `bytes` random bytes from the system's CSPRNG, as lower-case hex.
std::string random_hex(int bytes);

} // namespace plaint
