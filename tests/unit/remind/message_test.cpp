// Rendering a message: the header block, 7bit or quoted-printable bodies,
// line endings for SMTP, and mbox (mboxrd) for --dry-run.

#include "remind/mail_helpers.hpp"

#include "plaint/remind/message.hpp"

#include <catch2/catch.hpp>

using namespace plaint;
using namespace plaint::remind;
using namespace plaint::test;

namespace {

Message sample_message(std::string body = "Hello Sam,\n\nOne overdue.\n") {
    return Message{{"Complaints team", "complaints@example.org"},
                   {{"Sam Jones", "sam@example.org"}},
                   "Complaints due for Sam Jones: 1 overdue",
                   {2026, 11, 20, 9, 30, 0},
                   "<plaint.20261120T093000Z.0123456789abcdef@example.org>",
                   std::move(body)};
}

} // namespace

TEST_CASE("An ASCII message renders as 7bit plain text with every header", "[remind][message]") {
    CHECK(render(sample_message()) == "From: Complaints team <complaints@example.org>\n"
                                      "To: Sam Jones <sam@example.org>\n"
                                      "Subject: Complaints due for Sam Jones: 1 overdue\n"
                                      "Date: Fri, 20 Nov 2026 09:30:00 +0000\n"
                                      "Message-ID: <plaint.20261120T093000Z.0123456789abcdef@example.org>\n"
                                      "MIME-Version: 1.0\n"
                                      "Content-Type: text/plain; charset=utf-8\n"
                                      "Content-Transfer-Encoding: 7bit\n"
                                      "Auto-Submitted: auto-generated\n"
                                      "\n"
                                      "Hello Sam,\n"
                                      "\n"
                                      "One overdue.\n");
}

TEST_CASE("SMTP gets CRLF at the end of every line", "[remind][message]") {
    const std::string text = render(sample_message(), "\r\n");
    CHECK(text.starts_with("From: Complaints team <complaints@example.org>\r\nTo: "));
    CHECK(text.find("\r\n\r\nHello Sam,\r\n\r\nOne overdue.\r\n") != std::string::npos);
    for (std::size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1)) CHECK(text[i - 1] == '\r');
}

TEST_CASE("A body that is not ASCII goes as quoted-printable UTF-8", "[remind][message]") {
    const std::string text = render(sample_message("Hello Zo\xc3\xab,\n"));
    CHECK(text.find("Content-Transfer-Encoding: quoted-printable\n") != std::string::npos);
    CHECK(text.ends_with("\n\nHello Zo=C3=AB,\n"));
}

TEST_CASE("A name or subject with a newline adds no header to a rendered message", "[remind][message]") {
    Message m = sample_message();
    m.to = {{"Sam\r\nBcc: evil@example.com", "sam@example.org"}};
    m.subject = "Due\nBcc: evil@example.com\n\nInjected body";
    const std::string text = render(m);
    const std::string head = text.substr(0, text.find("\n\n") + 1);
    CHECK(head.find("\nBcc:") == std::string::npos);
    CHECK(head.find("Subject: Due Bcc: evil@example.com Injected body\n") != std::string::npos);
    CHECK(text.substr(text.find("\n\n") + 2) == "Hello Sam,\n\nOne overdue.\n");
}

TEST_CASE("Quoted-printable escapes '=', trailing spaces and 'From '", "[remind][message]") {
    CHECK(quoted_printable("a=b\n") == "a=3Db\n");
    CHECK(quoted_printable("ends with space \n") == "ends with space=20\n");
    CHECK(quoted_printable("ends with tab\t\n") == "ends with tab=09\n");
    CHECK(quoted_printable("From here\n") == "=46rom here\n");
    CHECK(quoted_printable("Not From here\n") == "Not From here\n");
    CHECK(quoted_printable("no final newline") == "no final newline\n");
}

TEST_CASE("Quoted-printable lines are at most 76 characters, broken softly", "[remind][message]") {
    const std::string line = std::string(100, 'x') + "\xc3\xa9";
    const std::string qp = quoted_printable(line + "\n");
    CHECK(qp == std::string(75, 'x') + "=\n" + std::string(25, 'x') + "=C3=A9\n");
    // An escape is never cut by a soft break.
    const std::string qp2 = quoted_printable(std::string(74, 'x') + "\xc3\xa9\n");
    CHECK(qp2 == std::string(74, 'x') + "=\n=C3=A9\n");
    // A line of exactly 76 needs no soft break.
    CHECK(quoted_printable(std::string(76, 'y') + "\n") == std::string(76, 'y') + "\n");
}

TEST_CASE("'From ' after a soft break is escaped too", "[remind][message]") {
    const std::string qp = quoted_printable(std::string(75, 'x') + "From here\n");
    CHECK(qp == std::string(75, 'x') + "=\n=46rom here\n");
}

TEST_CASE("An mbox starts each message with a From line and escapes body From lines", "[remind][message]") {
    Message first = sample_message("From the team:\n>From before\n>>From older\nFrom\nFromage\n");
    Message second = sample_message();
    second.date = {2026, 3, 2, 7, 5, 0};
    const std::string box = mbox({first, second});
    const auto lines = field_lines(box);
    CHECK(lines[0] == "From complaints@example.org Fri Nov 20 09:30:00 2026");
    const std::string body = box.substr(box.find("\n\n") + 2);
    CHECK(body.starts_with(">From the team:\n>>From before\n>>>From older\nFrom\nFromage\n\n"
                           "From complaints@example.org Mon Mar  2 07:05:00 2026\nFrom: Complaints team"));
    CHECK(box.ends_with("One overdue.\n\n"));
    // The header line "From:" is not a From line.
    CHECK(box.find("\n>From: ") == std::string::npos);
}

TEST_CASE("An empty mbox is empty", "[remind][message]") { CHECK(mbox({}).empty()); }
