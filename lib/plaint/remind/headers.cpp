#include "plaint/remind/headers.hpp"

#include "plaint/core/date.hpp"
#include "plaint/core/error.hpp"
#include "plaint/core/sha256.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

namespace plaint::remind {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD"; // U+FFFD
constexpr std::string_view word_open = "=?UTF-8?Q?";
constexpr std::string_view word_close = "?=";
constexpr std::size_t max_word = 75; // RFC 2047 2

bool is_alnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// RFC 5322 3.2.3 atext.
bool is_atext(char c) { return is_alnum(c) || std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos; }

bool is_printable_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

// The length of the valid UTF-8 sequence at text[i] and its code point; 0
// when the bytes there are not one (overlong, surrogate, truncated, > U+10FFFF).
std::size_t utf8_sequence(std::string_view text, std::size_t i, std::uint32_t& code) {
    const auto byte = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(text[k])); };
    const std::uint32_t lead = byte(i);
    std::size_t length = 0;
    if (lead < 0x80) length = 1, code = lead;
    else if (lead >= 0xC2 && lead <= 0xDF) length = 2, code = lead & 0x1F;
    else if (lead >= 0xE0 && lead <= 0xEF) length = 3, code = lead & 0x0F;
    else if (lead >= 0xF0 && lead <= 0xF4) length = 4, code = lead & 0x07;
    else return 0;
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    if (overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) return 0;
    return length;
}

bool is_control(std::uint32_t code) {
    return code < 0x20 || code == 0x7F || (code >= 0x80 && code <= 0x9F) || code == 0x2028 || code == 0x2029;
}

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start) words.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// RFC 2047 5(3): the characters a Q-encoded word in a phrase may carry as
// they are; the same set is safe in unstructured text.
std::string q_encode(std::string_view character) {
    std::string out;
    for (char c : character) {
        if (is_alnum(c) || std::string_view("!*+-/").find(c) != std::string_view::npos) out += c;
        else if (c == ' ') out += '_';
        else out += fmt::format("={:02X}", static_cast<unsigned char>(c));
    }
    return out;
}

// Encoded words with the first at most `first_limit` characters long.
std::vector<std::string> encoded_words_within(std::string_view text, std::size_t first_limit) {
    std::vector<std::string> words;
    std::string current;
    std::size_t limit = std::clamp<std::size_t>(first_limit, 24, max_word) - word_open.size() - word_close.size();
    for (std::size_t i = 0; i < text.size();) {
        std::uint32_t code = 0;
        const std::size_t length = std::max<std::size_t>(utf8_sequence(text, i, code), 1);
        const std::string piece = q_encode(text.substr(i, length));
        if (!current.empty() && current.size() + piece.size() > limit) {
            words.push_back(std::string(word_open) + current + std::string(word_close));
            current.clear();
            limit = max_word - word_open.size() - word_close.size();
        }
        current += piece;
        i += length;
    }
    if (!current.empty() || words.empty()) words.push_back(std::string(word_open) + current + std::string(word_close));
    return words;
}

// Joins tokens after "Name:", folding before a token that would pass max_line.
std::string fold(std::string_view name, const std::vector<std::string>& tokens) {
    std::string out = std::string(name) + ":";
    std::size_t column = out.size();
    for (const auto& token : tokens) {
        if (column > name.size() + 1 && column + 1 + token.size() > max_line) {
            out += "\n ";
            column = 1;
        } else {
            out += ' ';
            ++column;
        }
        out += token;
        column += token.size();
    }
    return out;
}

bool needs_encoding(std::string_view text, std::size_t longest_word) {
    if (!is_printable_ascii(text) || text.find("=?") != std::string_view::npos) return true;
    for (const auto& word : split_words(text))
        if (word.size() > longest_word) return true;
    return false;
}

std::string quoted_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// A display name as atoms, a quoted string, or encoded words.
std::vector<std::string> phrase_tokens(std::string_view raw, std::size_t first_limit) {
    const std::string text = clean_text(raw);
    if (text.empty()) return {};
    const bool atoms = std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || is_atext(c); });
    if (!needs_encoding(text, first_limit)) {
        if (atoms) return split_words(text);
        if (quoted_string(text).size() <= first_limit) return {quoted_string(text)};
    }
    return encoded_words_within(text, first_limit);
}

bool valid_dot_atom(std::string_view text, bool (*allowed)(char)) {
    if (text.empty() || text.front() == '.' || text.back() == '.' || text.find("..") != std::string_view::npos)
        return false;
    return std::all_of(text.begin(), text.end(), [&](char c) { return c == '.' || allowed(c); });
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::string unquote(std::string_view text) {
    if (text.size() < 2 || text.front() != '"' || text.back() != '"') return std::string(text);
    std::string out;
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        if (text[i] == '\\' && i + 2 < text.size()) ++i;
        out += text[i];
    }
    return out;
}

constexpr const char* month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

} // namespace

std::string clean_text(std::string_view text) {
    std::string out;
    bool space = true; // drops leading spaces
    for (std::size_t i = 0; i < text.size();) {
        std::uint32_t code = 0;
        const std::size_t length = utf8_sequence(text, i, code);
        const bool blank = length != 0 && (code == ' ' || is_control(code));
        if (blank) {
            if (!space) out += ' ';
            space = true;
        } else {
            out += length == 0 ? replacement : text.substr(i, length);
            space = false;
        }
        i += std::max<std::size_t>(length, 1);
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool valid_address(std::string_view address) {
    const auto at = address.rfind('@');
    if (at == std::string_view::npos || address.size() > 254) return false;
    const auto local = address.substr(0, at), domain = address.substr(at + 1);
    const auto domain_char = [](char c) { return is_alnum(c) || c == '-'; };
    // A leading '-' is valid atext but would read as an option when the
    // address is handed to a sendmail command as an argument.
    return !local.empty() && local.front() != '-' && local.size() <= 64 && valid_dot_atom(local, is_atext) &&
           valid_dot_atom(domain, +domain_char);
}

std::optional<Mailbox> parse_mailbox(std::string_view text) {
    text = trim(text);
    Mailbox mailbox;
    const auto open = text.rfind('<');
    if (!text.empty() && text.back() == '>' && open != std::string_view::npos) {
        mailbox.name = clean_text(unquote(trim(text.substr(0, open))));
        mailbox.address = std::string(text.substr(open + 1, text.size() - open - 2));
    } else {
        mailbox.address = std::string(text);
    }
    if (!valid_address(mailbox.address)) return std::nullopt;
    return mailbox;
}

std::string_view address_domain(std::string_view address) {
    const auto at = address.rfind('@');
    return at == std::string_view::npos ? std::string_view() : address.substr(at + 1);
}

std::vector<std::string> encoded_words(std::string_view text) { return encoded_words_within(text, max_word); }

std::string unstructured_field(std::string_view name, std::string_view raw) {
    const std::string text = clean_text(raw);
    const std::size_t first_limit = max_line - name.size() - 2;
    if (!needs_encoding(text, first_limit)) return fold(name, split_words(text));
    return fold(name, encoded_words_within(text, first_limit));
}

std::string mailbox_field(std::string_view name, const std::vector<Mailbox>& mailboxes) {
    std::vector<std::string> tokens;
    for (std::size_t i = 0; i < mailboxes.size(); ++i) {
        const std::size_t limit = tokens.empty() ? max_line - name.size() - 2 : max_word;
        auto phrase = phrase_tokens(mailboxes[i].name, limit);
        tokens.insert(tokens.end(), phrase.begin(), phrase.end());
        std::string address = phrase.empty() ? mailboxes[i].address : "<" + mailboxes[i].address + ">";
        if (i + 1 < mailboxes.size()) address += ",";
        tokens.push_back(std::move(address));
    }
    return fold(name, tokens);
}

std::string plain_field(std::string_view name, std::string_view value) {
    return fold(name, {clean_text(value)});
}

Timestamp parse_timestamp(std::string_view text) {
    Timestamp t;
    const auto number = [&](std::size_t at, std::size_t width, int& into) {
        into = 0;
        for (std::size_t i = at; i < at + width; ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
            into = into * 10 + (text[i] - '0');
        }
        return true;
    };
    const bool shape = text.size() == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' &&
                       text[16] == ':' && text[19] == 'Z';
    const bool numbers = shape && number(0, 4, t.year) && number(5, 2, t.month) && number(8, 2, t.day) &&
                         number(11, 2, t.hour) && number(14, 2, t.minute) && number(17, 2, t.second);
    if (!numbers || t.hour > 23 || t.minute > 59 || t.second > 60 || !parse_iso_date(text.substr(0, 10)))
        throw UsageError(fmt::format("'{}' is not a UTC timestamp", text), "write it as YYYY-MM-DDTHH:MM:SSZ");
    return t;
}

std::string timestamp_text(const Timestamp& t) {
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", t.year, t.month, t.day, t.hour, t.minute, t.second);
}

std::string rfc5322_date(const Timestamp& t) {
    const Date day = Date::from_ymd(t.year, t.month, t.day);
    return fmt::format("{}, {:02} {} {:04} {:02}:{:02}:{:02} +0000", weekday_short(day.weekday()), t.day,
                       month_names[t.month - 1], t.year, t.hour, t.minute, t.second);
}

std::string asctime_date(const Timestamp& t) {
    const Date day = Date::from_ymd(t.year, t.month, t.day);
    return fmt::format("{} {} {:2} {:02}:{:02}:{:02} {:04}", weekday_short(day.weekday()), month_names[t.month - 1],
                       t.day, t.hour, t.minute, t.second, t.year);
}

std::string message_id(const Timestamp& t, std::string_view seed, std::string_view domain) {
    const std::string host = valid_address(fmt::format("x@{}", domain)) ? std::string(domain) : "plaint.invalid";
    return fmt::format("<plaint.{:04}{:02}{:02}T{:02}{:02}{:02}Z.{}@{}>", t.year, t.month, t.day, t.hour, t.minute,
                       t.second, sha256_hex(seed).substr(0, 16), host);
}

} // namespace plaint::remind
