#include "plaint/core/text.hpp"

#include "plaint/core/error.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plaint::text {
namespace {

constexpr char32_t invalid = 0xFFFFFFFF;

// Decodes the code point at s[i], advancing i past it; `invalid` (and i
// past one byte) for a byte that does not start well-formed UTF-8.
char32_t decode(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return s[i++];
    std::size_t length = 0;
    char32_t cp = 0, min = 0;
    if ((lead & 0xE0) == 0xC0) length = 2, cp = lead & 0x1F, min = 0x80;
    else if ((lead & 0xF0) == 0xE0) length = 3, cp = lead & 0x0F, min = 0x800;
    else if ((lead & 0xF8) == 0xF0) length = 4, cp = lead & 0x07, min = 0x10000;
    if (length == 0 || i + length > s.size()) return ++i, invalid;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return ++i, invalid;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return ++i, invalid;
    i += length;
    return cp;
}

// Unicode characters that reorder, hide or break lines of text on display.
bool is_format_control(char32_t cp) {
    return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

std::string escape_of(char32_t cp) {
    switch (cp) {
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case 0x1B: return "\\e";
    default: break;
    }
    if (cp < 0x20 || cp == 0x7F) return fmt::format("\\x{:02x}", static_cast<unsigned>(cp));
    return fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
}

bool must_escape(char32_t cp) { return cp < 0x20 || cp == 0x7F || is_format_control(cp); }

} // namespace

std::optional<std::size_t> invalid_utf8_at(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        if (decode(s, i) == invalid) return at;
    }
    return std::nullopt;
}

void require_utf8(std::string_view s, std::string_view what) {
    if (auto at = invalid_utf8_at(s))
        throw UsageError(fmt::format("{} is not valid UTF-8 (byte {})", what, *at + 1),
                         "plaint keeps text as UTF-8: convert it first (iconv -t UTF-8)");
}

void require_size(std::string_view s, std::size_t max, std::string_view what) {
    if (s.size() > max) throw UsageError(fmt::format("{} is {} bytes: at most {} are allowed", what, s.size(), max));
}

bool needs_escaping(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = decode(s, i);
        if (cp == invalid || must_escape(cp)) return true;
    }
    return false;
}

std::string escaped(std::string_view s) {
    if (!needs_escaping(s)) return std::string(s);
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        const char32_t cp = decode(s, i);
        if (cp == invalid) out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[at]));
        else if (must_escape(cp)) out += escape_of(cp);
        else out.append(s.substr(at, i - at));
    }
    return out;
}

std::string quoted(std::string_view s, std::size_t max_chars) {
    std::size_t i = 0, chars = 0;
    while (i < s.size() && chars < max_chars) decode(s, i), ++chars;
    const bool cut = i < s.size();
    return fmt::format("'{}{}'", escaped(s.substr(0, i)), cut ? "..." : "");
}

namespace {

// What a file that is not a regular one is, for messages.
std::string_view kind_of(mode_t mode) {
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISSOCK(mode)) return "a socket";
    return "a device";
}

} // namespace

std::optional<std::string_view> special_file_kind(const std::filesystem::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) return std::nullopt;
    return kind_of(st.st_mode);
}

std::string read_file(const std::filesystem::path& path, std::size_t max_bytes, std::string_view what) {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for one.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        throw DataError(fmt::format("cannot read the {} {}: {}", what, escaped(path.string()), std::strerror(errno)));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        throw DataError(fmt::format("cannot read the {} {}: {}", what, escaped(path.string()), std::strerror(errno)));
    if (!S_ISREG(st.st_mode))
        throw DataError(fmt::format("the {} {} is {}, not a regular file", what, escaped(path.string()),
                                    kind_of(st.st_mode)));
    const auto too_big = [&] {
        return DataError(fmt::format("the {} {} is larger than {} bytes", what, escaped(path.string()), max_bytes));
    };
    if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) throw too_big();
    std::string text;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            throw DataError(fmt::format("cannot read the {} {}: {}", what, escaped(path.string()), std::strerror(errno)));
        if (n == 0) break;
        if (text.size() + static_cast<std::size_t>(n) > max_bytes) throw too_big(); // grew while read
        text.append(buffer, static_cast<std::size_t>(n));
    }
    if (auto at = invalid_utf8_at(text))
        throw DataError(fmt::format("the {} {} is not valid UTF-8 (byte {})", what, escaped(path.string()), *at + 1));
    return text;
}

std::optional<std::int64_t> parse_integer(std::string_view s, std::int64_t min, std::int64_t max) {
    const std::string_view digits = s.starts_with('-') ? s.substr(1) : s;
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc() || end != s.data() + s.size() || n < min || n > max) return std::nullopt;
    return n;
}

} // namespace plaint::text
