#pragma once
// Text at plaint's boundary: what comes in (command-line arguments, stdin,
// files read) is checked here once, and what goes out to a terminal or into
// a message is escaped here, so that no value can forge a line of a table or
// a timeline, move the cursor, or break a message.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace plaint::text {

// The byte offset of the first byte that is not part of well-formed UTF-8
// (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF);
// nullopt when all of `s` is well-formed.
std::optional<std::size_t> invalid_utf8_at(std::string_view s);
inline bool is_utf8(std::string_view s) { return !invalid_utf8_at(s); }

// Throws UsageError "`what` is not valid UTF-8 (byte N)" when `s` is not.
void require_utf8(std::string_view s, std::string_view what);

// Size limits of text fields, in bytes (README "Limits", plaint(1)).
inline constexpr std::size_t max_name = 200;        // an owner, an actor (--as), a party's name
inline constexpr std::size_t max_line = 1000;       // a summary, a subject, a reason, a key=value value
inline constexpr std::size_t max_text = 64 * 1024;  // a note, a lesson, any other argument
// Throws UsageError "`what` is N bytes: at most `max`" when `s` is longer.
void require_size(std::string_view s, std::size_t max, std::string_view what);

// `s` for a terminal or a message: control characters and the Unicode
// formatting characters that reorder or hide text are written as escapes
// (\n \r \t \e, \xNN for other C0 bytes, DEL and bytes that are not UTF-8,
// \uNNNN for C1 controls, bidirectional overrides and isolates, zero-width
// and line/paragraph separators). Everything else, backslashes included, is
// left as it is.
std::string escaped(std::string_view s);
// Whether escaped(s) would differ from s.
bool needs_escaping(std::string_view s);

// `s` for a message: escaped, cut to at most `max_chars` code points (with
// "..." in place of the rest), in single quotes: 'eve\n2026-...'.
std::string quoted(std::string_view s, std::size_t max_chars = 60);

// Reads a whole text file the user named (configuration, procedure, feed,
// template) with a size limit: refused (DataError, exit 3) when it is not a
// regular file (a FIFO, a device such as /dev/zero, a directory: opened
// without blocking and checked with fstat before any read), when it is
// larger than `max_bytes`, or when it is not UTF-8. A file that cannot be
// opened is a DataError naming the reason. `what` names the file's role in
// messages ("configuration file").
std::string read_file(const std::filesystem::path& path, std::size_t max_bytes, std::string_view what);
inline constexpr std::size_t max_file = 16 * 1024 * 1024; // configuration, procedures, feeds, templates

// What `path` is when it exists and is not a regular file ("a FIFO", "a
// device", "a directory", "a socket"); nullopt for a regular file or none.
// For files a library opens itself and would block or read without end on
// (the register, through SQLite). Symbolic links are followed.
std::optional<std::string_view> special_file_kind(const std::filesystem::path& path);

// Strict whole numbers, as every numeric argument is read: optional '-'
// then decimal digits only (no '+', spaces, hex, octal, empty or
// exponent), within [min, max]. nullopt otherwise.
std::optional<std::int64_t> parse_integer(std::string_view s, std::int64_t min = INT64_MIN,
                                          std::int64_t max = INT64_MAX);

} // namespace plaint::text
