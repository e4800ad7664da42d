#include "plaint/core/size.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace plaint {
namespace {

constexpr std::int64_t largest = std::int64_t{1} << 40;

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::optional<std::int64_t> unit_bytes(std::string_view unit) {
    static constexpr std::array<std::pair<std::string_view, std::int64_t>, 8> units{{
        {"", 1}, {"b", 1}, {"kb", 1000}, {"mb", 1000'000}, {"gb", 1000'000'000},
        {"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
    }};
    const std::string u = lower(unit);
    for (const auto& [name, bytes] : units)
        if (name == u) return bytes;
    return std::nullopt;
}

} // namespace

std::optional<std::int64_t> parse_size(std::string_view text) {
    std::size_t i = 0;
    std::int64_t number = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
        number = number * 10 + (text[i] - '0');
        if (number > largest) return std::nullopt;
        ++i;
    }
    if (i == 0) return std::nullopt;
    while (i < text.size() && text[i] == ' ') ++i;
    const auto unit = unit_bytes(text.substr(i));
    if (!unit || number > largest / *unit) return std::nullopt;
    return number * *unit;
}

std::string format_size(std::int64_t bytes) {
    if (bytes < 1000) return fmt::format("{} B", bytes);
    // A round size, as a limit usually is, in the unit it is round in.
    static constexpr std::array<std::pair<std::int64_t, const char*>, 6> round{{
        {std::int64_t{1} << 30, "GiB"}, {1000'000'000, "GB"}, {1 << 20, "MiB"},
        {1000'000, "MB"}, {1 << 10, "KiB"}, {1000, "kB"},
    }};
    for (const auto& [unit, name] : round)
        if (bytes % unit == 0 && bytes / unit < 1000) return fmt::format("{} {}", bytes / unit, name);
    static constexpr std::array<const char*, 4> units{"KiB", "MiB", "GiB", "TiB"};
    double value = static_cast<double>(bytes) / 1024;
    std::size_t unit = 0;
    while (value >= 1024 && unit + 1 < units.size()) {
        value /= 1024;
        ++unit;
    }
    return fmt::format("{:.1f} {}", value, units[unit]);
}

} // namespace plaint
