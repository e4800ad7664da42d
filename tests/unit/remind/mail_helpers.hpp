#pragma once
// Shared by the remind unit tests: reading header fields back as a mail
// reader would (unfolding, decoding RFC 2047 Q encoded words), and sample
// due items without any register behind them.

#include "plaint/casework/due.hpp"
#include "support/dates.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plaint::test {

// The physical lines of a folded field (joined by "\n").
inline std::vector<std::string> field_lines(const std::string& field) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = field.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(field.substr(start, end - start));
    lines.push_back(field.substr(start));
    return lines;
}

// True when every line after the first is a continuation (starts with a space).
inline bool continuations_only(const std::string& field) {
    const auto lines = field_lines(field);
    for (std::size_t i = 1; i < lines.size(); ++i)
        if (lines[i].empty() || lines[i].front() != ' ') return false;
    return true;
}

// RFC 5322 2.2.3: unfolding removes the line breaks, keeping the space.
inline std::string unfolded(const std::string& field) {
    std::string out;
    for (const auto& line : field_lines(field)) out += line;
    return out;
}

inline int hex_digit(char c) { return c <= '9' ? c - '0' : c - 'A' + 10; }

// The bytes one "=?UTF-8?Q?...?=" word carries.
inline std::string q_decode(const std::string& word) {
    const std::string text = word.substr(10, word.size() - 12);
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_') out += ' ';
        else if (text[i] == '=' && i + 2 < text.size()) {
            out += static_cast<char>(hex_digit(text[i + 1]) * 16 + hex_digit(text[i + 2]));
            i += 2;
        } else out += text[i];
    }
    return out;
}

inline bool is_encoded_word(const std::string& token) {
    return token.size() >= 12 && token.starts_with("=?UTF-8?Q?") && token.ends_with("?=");
}

// The value of a field as a reader shows it: unfolded, encoded words
// decoded, the space between two adjacent encoded words dropped (RFC 2047 6.2).
inline std::string decoded_value(const std::string& field) {
    const std::string line = unfolded(field);
    std::string value = line.substr(line.find(": ") + 2), out;
    bool last_encoded = false;
    std::size_t start = 0;
    while (start <= value.size()) {
        const std::size_t end = std::min(value.find(' ', start), value.size());
        const std::string token = value.substr(start, end - start);
        const bool encoded = is_encoded_word(token);
        if (start > 0 && !(encoded && last_encoded)) out += ' ';
        out += encoded ? q_decode(token) : token;
        last_encoded = encoded;
        start = end + 1;
    }
    return out;
}

// Whether `text` is well-formed UTF-8 (no sequence cut short).
inline bool valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
        if (length == 0 || i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
        i += length;
    }
    return true;
}

// A due clock of `ref` for `owner` ("" for a case without one).
inline casework::DueItem due_item(const std::string& ref, const std::string& owner, casework::DueStatus status,
                                  const char* due, int left, const std::string& clock = "response",
                                  const std::string& next_step = "respond") {
    casework::DueItem item;
    item.row.ref = ref;
    item.row.kind = "complaint";
    item.row.procedure = "nhs-complaint";
    item.row.state = "acknowledged";
    if (!owner.empty()) item.row.owner = owner;
    item.row.clock.clock = clock;
    item.row.clock.title = "Response";
    item.row.clock.status = status == casework::DueStatus::overdue ? "breached" : "open";
    item.row.clock.due = d(due);
    item.row.clock.next_step = next_step;
    item.row.complainant = "Ann Example"; // must never reach a message
    item.status = status;
    item.working_days_left = left;
    return item;
}

} // namespace plaint::test
