// Choosing and using a transport: the sendmail command run without a shell
// (the message on its stdin, its exit status the verdict), and the SMTP
// settings checked before anything is sent.

#include "remind/mail_helpers.hpp"
#include "store/register_helpers.hpp"

#include "plaint/remind/transport.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace plaint;
using namespace plaint::remind;
using namespace plaint::test;

namespace {

Message sample_message() {
    return Message{{"Complaints team", "complaints@example.org"},
                   {{"Sam Jones", "sam@example.org"}},
                   "Complaints due for Sam Jones: 1 overdue",
                   {2026, 11, 20, 9, 30, 0},
                   "<plaint.20261120T093000Z.0123456789abcdef@example.org>",
                   "Hello Sam,\n"};
}

// A sendmail command: sh -c SCRIPT sh, then the arguments plaint adds.
SendmailTransport shell(const std::string& script) { return SendmailTransport({"/bin/sh", "-c", script, "sh"}); }

config::Settings::Remind smtp_settings() {
    config::Settings::Remind r;
    r.transport = "smtp";
    r.smtp_url = "smtp://mail.example.org:587";
    return r;
}

} // namespace

TEST_CASE("command_words splits at spaces and tabs, with no shell", "[remind][transport]") {
    CHECK(command_words("/usr/sbin/sendmail -t -i") == std::vector<std::string>{"/usr/sbin/sendmail", "-t", "-i"});
    CHECK(command_words("  msmtp\t--read-envelope-from  -t ") == std::vector<std::string>{"msmtp", "--read-envelope-from", "-t"});
    CHECK(command_words("sendmail '$(rm -rf x)'") == std::vector<std::string>{"sendmail", "'$(rm", "-rf", "x)'"});
    CHECK(command_words("").empty());
}

TEST_CASE("The sendmail command reads the message on stdin", "[remind][transport]") {
    TempDir dir;
    const auto saved = dir / "message.eml";
    auto transport = shell(fmt::format("cat > '{}'; printf '%s\\n' \"$@\" > '{}'", saved.string(), (dir / "argv").string()));
    const Delivery delivery = transport.send(sample_message());
    CHECK(delivery.ok);
    CHECK(delivery.error.empty());
    CHECK(read_text(saved) == render(sample_message(), "\n"));
    // Without -t among its arguments, the recipients are added to them.
    CHECK(read_text(dir / "argv") == "sam@example.org\n");
}

TEST_CASE("With -t the recipients are left to the headers", "[remind][transport]") {
    TempDir dir;
    SendmailTransport transport({"/bin/sh", "-c", fmt::format("cat >/dev/null; echo \"$#\" > '{}'", (dir / "argc").string()),
                                 "sh", "-t", "-i"});
    CHECK(transport.send(sample_message()).ok);
    CHECK(read_text(dir / "argc") == "2\n"); // -t -i, nothing added
}

TEST_CASE("A command that fails is a failed delivery, not an exception", "[remind][transport]") {
    const Delivery failed = shell("cat >/dev/null; exit 75").send(sample_message());
    CHECK_FALSE(failed.ok);
    CHECK(failed.error == "'/bin/sh' exited with status 75");
    const Delivery killed = shell("kill -9 $$").send(sample_message());
    CHECK_FALSE(killed.ok);
    CHECK(killed.error == "'/bin/sh' was killed by signal 9");
    const Delivery missing = SendmailTransport({"/nonexistent/sendmail", "-t"}).send(sample_message());
    CHECK_FALSE(missing.ok);
    CHECK(missing.error == "cannot run '/nonexistent/sendmail': No such file or directory");
}

TEST_CASE("A command that exits 0 without reading a large message has not delivered it", "[remind][transport]") {
    Message big = sample_message();
    big.body = std::string(1 << 20, 'x') + "\n"; // more than a pipe holds
    const Delivery d = shell("exit 0").send(big);
    CHECK_FALSE(d.ok);
    CHECK(d.error.starts_with("'/bin/sh' did not read the whole message: "));
}

TEST_CASE("The SMTP TLS rule follows the URL", "[remind][transport]") {
    CHECK(smtp_tls_for("smtps://mail.example.org") == SmtpTls::implicit);
    CHECK(smtp_tls_for("smtp://mail.example.org:587") == SmtpTls::required);
    CHECK(smtp_tls_for("smtp://127.0.0.1:2525") == SmtpTls::opportunistic);
    CHECK(smtp_tls_for("smtp://localhost") == SmtpTls::opportunistic);
    CHECK(smtp_tls_for("smtp://[::1]:25") == SmtpTls::opportunistic);
    CHECK(smtp_tls_for("smtp://127.0.0.1.example.org") == SmtpTls::required);
    const auto e = error_from<DataError>([] { smtp_tls_for("http://mail.example.org"); });
    CHECK(std::string(e.what()) == "remind.smtp_url 'http://mail.example.org' is not an smtp:// or smtps:// URL");
}

TEST_CASE("make_transport checks the settings before anything is sent", "[remind][transport]") {
    config::Settings::Remind r;
    CHECK(dynamic_cast<SendmailTransport*>(make_transport(r, {}).get()));
    r.sendmail = "  ";
    CHECK(std::string(error_from<DataError>([&] { make_transport(r, {}); }).what()) == "remind.sendmail is empty");

    r = smtp_settings();
    CHECK(dynamic_cast<SmtpTransport*>(make_transport(r, {}).get()));
    r.smtp_url.clear();
    CHECK(std::string(error_from<DataError>([&] { make_transport(r, {}); }).what()) ==
          "remind.transport is smtp but remind.smtp_url is not set");
}

TEST_CASE("The SMTP password comes from the environment or a file, never the command line", "[remind][transport]") {
    TempDir dir;
    auto r = smtp_settings();
    r.smtp_user = "plaint";
    CHECK(std::string(error_from<DataError>([&] { make_transport(r, {}); }).what()) ==
          "remind.smtp_user is set but no password source");

    r.smtp_password_env = "PLAINT_SMTP_PASSWORD";
    const auto unset = error_from<DataError>([&] { make_transport(r, {}); });
    CHECK(std::string(unset.what()) ==
          "the environment variable PLAINT_SMTP_PASSWORD (remind.smtp_password_env) is not set");
    CHECK(std::string(error_from<DataError>([&] { make_transport(r, {{"PLAINT_SMTP_PASSWORD", ""}}); }).what()) ==
          std::string(unset.what()));
    CHECK(make_transport(r, {{"PLAINT_SMTP_PASSWORD", "s3cret"}}));

    r.smtp_password_env.clear();
    r.smtp_password_file = (dir / "missing").string();
    const auto missing = error_from<DataError>([&] { make_transport(r, {}); });
    CHECK(std::string(missing.what()) == "cannot read " + r.smtp_password_file + " (remind.smtp_password_file)");
    r.smtp_password_file = dir.write("password", "s3cret\n").string();
    CHECK(make_transport(r, {}));
}
