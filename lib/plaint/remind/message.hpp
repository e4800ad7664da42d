#pragma once
// An email message as plaint sends it: plain UTF-8 text, with its header
// fields made by headers.hpp, rendered for a transport or into an mbox.

#include "plaint/remind/headers.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace plaint::remind {

struct Message {
    Mailbox from;
    std::vector<Mailbox> to;
    std::string subject;    // any text: cleaned and encoded when rendered
    Timestamp date;         // when it is sent (UTC)
    std::string message_id; // "<...@...>"
    std::string body;       // UTF-8 text, lines ended by "\n"
};

// The message as it goes on the wire: header fields (From, To, Subject,
// Date, Message-ID, MIME, Auto-Submitted), a blank line and the body, every
// line ended by `eol` ("\r\n" for SMTP, "\n" for sendmail and mbox). A body
// that is all ASCII goes as 7bit, any other as quoted-printable.
std::string render(const Message& message, std::string_view eol = "\n");

// The body in quoted-printable (RFC 2045 6.7): lines of at most 76
// characters, soft breaks as "=", and "From " at a line start as "=46rom ".
std::string quoted_printable(std::string_view body);

// Messages in one mbox (mboxrd): each starts with a "From SENDER DATE" line,
// body lines matching /^>*From / gain a '>', and a blank line ends each.
std::string mbox(const std::vector<Message>& messages);

} // namespace plaint::remind
