#include "plaint/remind/message.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::remind {
namespace {

constexpr std::size_t qp_line = 76;

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const auto end = text.find('\n');
        lines.push_back(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    }
    return lines;
}

// One body line in quoted-printable, with soft breaks. "From " starting an
// encoded line (after a soft break too) is written "=46rom ", so that no
// mbox reader or MTA mistakes it for a message separator.
std::string qp_line_of(std::string_view line) {
    std::string out;
    std::size_t column = 0;
    const auto encoded = [](unsigned char c) { return fmt::format("={:02X}", c); };
    for (std::size_t i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        const bool last = i + 1 == line.size();
        const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
        std::string piece = literal ? std::string(1, static_cast<char>(c)) : encoded(c);
        // Keep room for the soft break "=" unless this is the line's end.
        if (column + piece.size() > (last ? qp_line : qp_line - 1)) {
            out += "=\n";
            column = 0;
        }
        if (column == 0 && line.substr(i, 5) == "From ") piece = encoded(c);
        out += piece;
        column += piece.size();
    }
    return out;
}

std::string with_eol(std::string_view text, std::string_view eol) {
    std::string out;
    for (auto line : lines_of(text)) {
        out += line;
        out += eol;
    }
    return out;
}

bool is_from_line(std::string_view line) {
    const auto start = line.find_first_not_of('>');
    return start != std::string_view::npos && line.substr(start, 5) == "From ";
}

} // namespace

std::string quoted_printable(std::string_view body) {
    std::string out;
    for (auto line : lines_of(body)) out += qp_line_of(line) + "\n";
    return out;
}

std::string render(const Message& m, std::string_view eol) {
    const bool ascii = is_ascii(m.body);
    std::string head;
    for (const auto& field : {mailbox_field("From", {m.from}), mailbox_field("To", m.to),
                              unstructured_field("Subject", m.subject), plain_field("Date", rfc5322_date(m.date)),
                              plain_field("Message-ID", m.message_id), std::string("MIME-Version: 1.0"),
                              std::string("Content-Type: text/plain; charset=utf-8"),
                              plain_field("Content-Transfer-Encoding", ascii ? "7bit" : "quoted-printable"),
                              std::string("Auto-Submitted: auto-generated")})
        head += field + "\n";
    return with_eol(head, eol) + std::string(eol) + with_eol(ascii ? m.body : quoted_printable(m.body), eol);
}

std::string mbox(const std::vector<Message>& messages) {
    std::string out;
    for (const auto& m : messages) {
        out += fmt::format("From {} {}\n", m.from.address, asctime_date(m.date));
        const std::string text = render(m); // the lines below are views into it
        for (auto line : lines_of(text)) {
            if (is_from_line(line)) out += '>';
            out += line;
            out += '\n';
        }
        out += '\n';
    }
    return out;
}

} // namespace plaint::remind
