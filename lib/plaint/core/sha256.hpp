#pragma once
// SHA-256 and random bytes, through OpenSSL.

#include <string>
#include <string_view>

namespace plaint {

// Lower-case hex digest of `data`.
std::string sha256_hex(std::string_view data);

// `bytes` random bytes from the system's CSPRNG, as lower-case hex.
std::string random_hex(int bytes);

} // namespace plaint
