#pragma once
// Internet message header fields (RFC 5322), with text that is not plain
// ASCII as RFC 2047 encoded words. Every text that reaches a header goes
// through clean_text first: control characters (a newline in a name or a
// subject) become spaces, so no value can end its field or add another.
// Fields are returned folded, lines joined by "\n " and no final newline;
// the renderer chooses the line ending.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plaint::remind {

struct Mailbox {
    std::string name;    // display name, any text (may be empty)
    std::string address; // addr-spec: local@domain
};

// Longest header line plaint writes (RFC 5322 2.1.1 recommends 78).
inline constexpr std::size_t max_line = 78;

// Text made safe for a header: invalid UTF-8 replaced by U+FFFD, control
// characters (CR, LF, TAB, DEL, C1) by spaces, runs of spaces collapsed,
// leading and trailing spaces removed.
std::string clean_text(std::string_view text);

// A plain addr-spec: a dot-atom local part, "@", and a domain of letters,
// digits, hyphens and dots. No quoted local parts, comments or spaces, and
// no local part starting with '-' (it could pass for a sendmail option).
bool valid_address(std::string_view address);

// "Name <local@domain>" or a bare "local@domain" (as remind.from and
// remind.manager are written); nullopt when the address is not valid.
std::optional<Mailbox> parse_mailbox(std::string_view text);

// The domain of an address ("example.org" for "a@example.org").
std::string_view address_domain(std::string_view address);

// "Subject: ..." and the like: unstructured text, encoded when needed.
std::string unstructured_field(std::string_view name, std::string_view text);
// "To: Name <addr>, ...": display names quoted or encoded as needed.
std::string mailbox_field(std::string_view name, const std::vector<Mailbox>& mailboxes);
// "Name: value" for values plaint makes itself (ASCII, no spaces to fold at).
std::string plain_field(std::string_view name, std::string_view value);

// The RFC 2047 encoded words ("=?UTF-8?Q?...?=", each at most 75
// characters) that carry `text`, split between whole characters.
std::vector<std::string> encoded_words(std::string_view text);

// A UTC timestamp "YYYY-MM-DDTHH:MM:SSZ" (as the journal records them);
// throws UsageError when `text` is not one.
struct Timestamp {
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};
Timestamp parse_timestamp(std::string_view text);
std::string timestamp_text(const Timestamp& t); // "YYYY-MM-DDTHH:MM:SSZ"

// RFC 5322 date-time: "Fri, 20 Nov 2026 09:30:00 +0000".
std::string rfc5322_date(const Timestamp& t);
// The date of an mbox "From " line (asctime): "Fri Nov 20 09:30:00 2026".
std::string asctime_date(const Timestamp& t);

// "<plaint.20261120T093000Z.0123456789abcdef@domain>": the same for the
// same time and seed, different when either differs.
std::string message_id(const Timestamp& t, std::string_view seed, std::string_view domain);

} // namespace plaint::remind
