#pragma once
// Delivering messages: through a sendmail-compatible command, or to an
// SMTP server through libcurl. A failed delivery is a value, not an
// exception, so that one owner's failure does not stop the others.

#include "plaint/config/config.hpp"
#include "plaint/remind/message.hpp"

#include <memory>
#include <string>
#include <vector>

namespace plaint::remind {

struct Delivery {
    bool ok = true;
    std::string error; // what went wrong, when not ok
};

class Transport {
public:
    virtual ~Transport() = default;
    virtual Delivery send(const Message& message) = 0;
};

// Runs `argv` (no shell) with the message on its standard input, lines
// ended by "\n", and waits for it; delivered when it exits with status 0.
// Without "-t" among the arguments the recipients' addresses are appended.
class SendmailTransport final : public Transport {
public:
    explicit SendmailTransport(std::vector<std::string> argv);
    Delivery send(const Message& message) override;

private:
    std::vector<std::string> argv_;
};

// How an SMTP connection must be protected.
enum class SmtpTls {
    implicit,     // smtps://: TLS from the start
    required,     // smtp://: STARTTLS, and fail when the server does not offer it
    opportunistic // smtp:// to a loopback address: STARTTLS when offered
};

struct SmtpSettings {
    std::string url;  // smtp://host:port or smtps://host:port
    std::string user; // empty: no authentication
    std::string password;
    SmtpTls tls = SmtpTls::required;
    long timeout_seconds = 60;
};

// The TLS rule for a URL; throws DataError for a scheme other than smtp
// or smtps.
SmtpTls smtp_tls_for(const std::string& url);

class SmtpTransport final : public Transport {
public:
    explicit SmtpTransport(SmtpSettings settings);
    ~SmtpTransport() override;
    SmtpTransport(const SmtpTransport&) = delete;
    SmtpTransport& operator=(const SmtpTransport&) = delete;
    Delivery send(const Message& message) override;

private:
    SmtpSettings settings_;
    void* curl_ = nullptr; // CURL*, one connection reused for the run
};

// "/usr/sbin/sendmail -t -i" as argv: words split at spaces, no shell.
std::vector<std::string> command_words(const std::string& command);

// The transport remind.transport names. The SMTP password comes from the
// variable remind.smtp_password_env names (looked up in `env`) or from
// remind.smtp_password_file, never from the command line. Throws DataError
// when the settings are incomplete.
std::unique_ptr<Transport> make_transport(const config::Settings::Remind& remind, const config::Environment& env);

} // namespace plaint::remind
