// Header fields of the reminder emails: RFC 2047 encoded words for text
// that is not ASCII, folding at 78 characters, no header injection from
// names or subjects, addresses, dates and Message-IDs.

#include "remind/mail_helpers.hpp"

#include "plaint/core/error.hpp"
#include "plaint/remind/headers.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <regex>

using namespace plaint;
using namespace plaint::remind;
using namespace plaint::test;

TEST_CASE("clean_text turns control characters into single spaces", "[remind][headers]") {
    CHECK(clean_text("Sam\r\nBcc: evil@example.com") == "Sam Bcc: evil@example.com");
    CHECK(clean_text("  tab\there\x7f and\x01 nul  ") == "tab here and nul");
    CHECK(clean_text("line\xe2\x80\xa8separator") == "line separator"); // U+2028
    CHECK(clean_text("next\xc2\x85line") == "next line");                // U+0085, a C1 control
    CHECK(clean_text("Zo\xc3\xab") == "Zo\xc3\xab");                     // kept as it is
}

TEST_CASE("clean_text replaces bytes that are not UTF-8 by U+FFFD", "[remind][headers]") {
    CHECK(clean_text("a\xff" "b") == "a\xef\xbf\xbd" "b");
    CHECK(clean_text("\xc3") == "\xef\xbf\xbd");                 // truncated sequence
    CHECK(clean_text("\xc0\xaf") == "\xef\xbf\xbd\xef\xbf\xbd"); // overlong '/'
    CHECK(clean_text("\xed\xa0\x80") == "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"); // a surrogate
}

TEST_CASE("A short ASCII subject is written as it is", "[remind][headers]") {
    CHECK(unstructured_field("Subject", "Complaints due for Sam: 1 overdue") ==
          "Subject: Complaints due for Sam: 1 overdue");
}

TEST_CASE("A subject that is not ASCII becomes UTF-8 Q encoded words", "[remind][headers]") {
    const std::string field = unstructured_field("Subject", "Complaints due for Zo\xc3\xab: 1 overdue");
    CHECK(field == "Subject: =?UTF-8?Q?Complaints_due_for_Zo=C3=AB=3A_1_overdue?=");
    CHECK(decoded_value(field) == "Complaints due for Zo\xc3\xab: 1 overdue");
}

TEST_CASE("Text that looks like an encoded word is encoded itself", "[remind][headers]") {
    const std::string field = unstructured_field("Subject", "=?UTF-8?Q?fake?=");
    CHECK(field == "Subject: =?UTF-8?Q?=3D=3FUTF-8=3FQ=3Ffake=3F=3D?=");
    CHECK(decoded_value(field) == "=?UTF-8?Q?fake?=");
}

TEST_CASE("A long ASCII subject is folded between words within 78 characters", "[remind][headers]") {
    std::string subject;
    for (int i = 0; i < 20; ++i) subject += fmt::format("word{} ", i);
    const std::string field = unstructured_field("Subject", subject);
    const auto lines = field_lines(field);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "Subject: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10");
    CHECK(lines[1] == " word11 word12 word13 word14 word15 word16 word17 word18 word19");
    for (const auto& line : lines) CHECK(line.size() <= max_line);
    CHECK(unfolded(field) == fmt::format("Subject: {}", clean_text(subject)));
}

TEST_CASE("A long non-ASCII subject is split into encoded words between whole characters", "[remind][headers]") {
    std::string subject;
    for (int i = 0; i < 40; ++i) subject += "\xc3\xa9\xe2\x82\xac "; // "é€ "
    const std::string field = unstructured_field("Subject", subject);
    const auto lines = field_lines(field);
    CHECK(lines.size() > 2);
    const std::regex word("=\\?UTF-8\\?Q\\?[A-Za-z0-9!*+/_=-]*\\?=");
    for (std::size_t i = 0; i < lines.size(); ++i) {
        INFO(lines[i]);
        CHECK(lines[i].size() <= max_line);
        const std::string token = i == 0 ? lines[i].substr(9) : lines[i].substr(1);
        CHECK(std::regex_match(token, word));
        CHECK(token.size() <= 75);
        CHECK(valid_utf8(q_decode(token))); // no character cut in two
    }
    CHECK(decoded_value(field) == clean_text(subject));
}

TEST_CASE("encoded_words keeps every word within 75 characters", "[remind][headers]") {
    const auto words = encoded_words(std::string(100, 'x') + "\xc3\xa9");
    REQUIRE(words.size() == 2);
    CHECK(words[0] == fmt::format("=?UTF-8?Q?{}?=", std::string(63, 'x')));
    CHECK(words[0].size() == 75);
    CHECK(words[1] == fmt::format("=?UTF-8?Q?{}=C3=A9?=", std::string(37, 'x')));
}

TEST_CASE("A newline in a subject cannot add a header field", "[remind][headers]") {
    for (const char* subject : {"Hi\r\nBcc: evil@example.com", "Hi\nBcc: evil@example.com", "Hi\rBcc: x@y.z",
                                "Hi\r\n\r\nbody", "Zo\xc3\xab\r\nBcc: evil@example.com"}) {
        INFO(subject);
        const std::string field = unstructured_field("Subject", subject);
        CHECK(field.find('\r') == std::string::npos);
        CHECK(continuations_only(field));
        CHECK(unfolded(field).find("\nBcc") == std::string::npos);
        CHECK(decoded_value(field).find('\n') == std::string::npos);
    }
}

TEST_CASE("Display names are atoms, quoted strings or encoded words", "[remind][headers]") {
    CHECK(mailbox_field("To", {{"Sam Jones", "sam@example.org"}}) == "To: Sam Jones <sam@example.org>");
    CHECK(mailbox_field("To", {{"", "sam@example.org"}}) == "To: sam@example.org");
    CHECK(mailbox_field("To", {{"Jones, Sam (North)", "sam@example.org"}}) ==
          "To: \"Jones, Sam (North)\" <sam@example.org>");
    CHECK(mailbox_field("To", {{"Sam \"the\" Jones\\", "sam@example.org"}}) ==
          "To: \"Sam \\\"the\\\" Jones\\\\\" <sam@example.org>");
    CHECK(mailbox_field("From", {{"Zo\xc3\xab Dub\xc3\xa9", "zoe@example.org"}}) ==
          "From: =?UTF-8?Q?Zo=C3=AB_Dub=C3=A9?= <zoe@example.org>");
    CHECK(mailbox_field("To", {{"Sam", "sam@example.org"}, {"Jo", "jo@example.org"}}) ==
          "To: Sam <sam@example.org>, Jo <jo@example.org>");
}

TEST_CASE("A newline in a display name cannot add a header field", "[remind][headers]") {
    const std::string field = mailbox_field("To", {{"Sam\r\nBcc: evil@example.com", "sam@example.org"}});
    CHECK(field == "To: \"Sam Bcc: evil@example.com\" <sam@example.org>");
    const std::string encoded = mailbox_field("To", {{"Zo\xc3\xab\nBcc: evil@example.com", "zoe@example.org"}});
    CHECK(encoded == "To: =?UTF-8?Q?Zo=C3=AB_Bcc=3A_evil=40example=2Ecom?= <zoe@example.org>");
}

TEST_CASE("A long list of recipients is folded after a comma", "[remind][headers]") {
    std::vector<Mailbox> to;
    for (int i = 0; i < 4; ++i) to.push_back({fmt::format("Person Number {}", i), fmt::format("p{}@example.org", i)});
    const std::string field = mailbox_field("To", to);
    for (const auto& line : field_lines(field)) CHECK(line.size() <= max_line);
    CHECK(unfolded(field) == "To: Person Number 0 <p0@example.org>, Person Number 1 <p1@example.org>, Person Number 2 "
                             "<p2@example.org>, Person Number 3 <p3@example.org>");
}

TEST_CASE("valid_address accepts plain addr-specs only", "[remind][headers]") {
    for (const char* good : {"sam@example.org", "sam.jones+nhs@mail.example.co.uk", "o'brien@example.org", "a@b"})
        CHECK(valid_address(good));
    for (const char* bad : {"", "sam", "@example.org", "sam@", "sam@@example.org", "sam jones@example.org",
                            "sam@example..org", ".sam@example.org", "sam.@example.org", "\"sam\"@example.org",
                            "sam@exa_mple.org", "sam@example.org\r\nBcc: x@y", "-oQ/tmp@example.org",
                            "sam@example.org>", "<sam@example.org"})
        CHECK_FALSE(valid_address(bad));
}

TEST_CASE("parse_mailbox reads remind.from and remind.manager", "[remind][headers]") {
    auto m = parse_mailbox("Complaints team <complaints@example.org>");
    REQUIRE(m);
    CHECK(m->name == "Complaints team");
    CHECK(m->address == "complaints@example.org");
    m = parse_mailbox("  \"Jones, Sam\" <sam@example.org> ");
    REQUIRE(m);
    CHECK(m->name == "Jones, Sam");
    m = parse_mailbox("manager@example.org");
    REQUIRE(m);
    CHECK(m->name.empty());
    CHECK_FALSE(parse_mailbox("Complaints team"));
    CHECK_FALSE(parse_mailbox("Team <not an address>"));
    CHECK_FALSE(parse_mailbox("a@example.org, b@example.org"));
}

TEST_CASE("Dates are RFC 5322 in UTC, and asctime for mbox From lines", "[remind][headers]") {
    // Friday 20 November 2026; Monday 2 March 2026.
    CHECK(rfc5322_date({2026, 11, 20, 9, 30, 0}) == "Fri, 20 Nov 2026 09:30:00 +0000");
    CHECK(rfc5322_date({2026, 3, 2, 23, 5, 9}) == "Mon, 02 Mar 2026 23:05:09 +0000");
    CHECK(asctime_date({2026, 11, 20, 9, 30, 0}) == "Fri Nov 20 09:30:00 2026");
    CHECK(asctime_date({2026, 3, 2, 23, 5, 9}) == "Mon Mar  2 23:05:09 2026");
    CHECK(plain_field("Date", rfc5322_date({2024, 2, 29, 0, 0, 0})) == "Date: Thu, 29 Feb 2024 00:00:00 +0000");
}

TEST_CASE("Timestamps are read as the journal writes them", "[remind][headers]") {
    const Timestamp t = parse_timestamp("2026-11-20T09:30:05Z");
    CHECK(t.year == 2026);
    CHECK(t.month == 11);
    CHECK(t.day == 20);
    CHECK(t.hour == 9);
    CHECK(t.minute == 30);
    CHECK(t.second == 5);
    CHECK(timestamp_text(t) == "2026-11-20T09:30:05Z");
    for (const char* bad : {"2026-11-20", "2026-11-20T09:30:05", "2026-11-20 09:30:05Z", "2026-02-30T09:30:05Z",
                            "2026-11-20T24:00:00Z", "2026-11-20T09:60:00Z", "2026-11-2xT09:30:05Z"})
        CHECK_THROWS_AS(parse_timestamp(bad), UsageError);
}

TEST_CASE("Message-IDs are unique to the time and seed, at the sender's domain", "[remind][headers]") {
    const Timestamp t{2026, 11, 20, 9, 30, 0};
    const std::string id = message_id(t, "seed", "example.org");
    CHECK(std::regex_match(id, std::regex("<plaint\\.20261120T093000Z\\.[0-9a-f]{16}@example\\.org>")));
    CHECK(message_id(t, "seed", "example.org") == id);
    CHECK(message_id(t, "other seed", "example.org") != id);
    CHECK(message_id({2026, 11, 20, 9, 30, 1}, "seed", "example.org") != id);
    CHECK(message_id(t, "seed", "bad domain").ends_with("@plaint.invalid>"));
    CHECK(plain_field("Message-ID", id) == "Message-ID: " + id);
}
