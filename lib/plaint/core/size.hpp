#pragma once
// Sizes of files as people write them: "25MB", "50 MiB", "52428800".

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plaint {

// Bytes in `text`: a whole number, optionally followed (spaces allowed) by
// B, kB/KB, MB, GB (powers of 1000) or KiB, MiB, GiB (powers of 1024),
// case-insensitive. Empty when it is not such a size or is over 1 TiB.
std::optional<std::int64_t> parse_size(std::string_view text);

// `bytes` for people: "812 B"; a round size in the unit it is round in
// ("64 MiB", "25 MB"); else powers of 1024 with one decimal ("1.5 KiB",
// "47.7 MiB").
std::string format_size(std::int64_t bytes);

} // namespace plaint
