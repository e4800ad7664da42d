// Delivery to an SMTP server through libcurl, and choosing the transport.
// TLS: smtps:// is TLS from the start; smtp:// must upgrade with STARTTLS
// (CURLUSESSL_ALL), except to a loopback address, where a local relay
// often offers no TLS and STARTTLS is used only when offered
// (CURLUSESSL_TRY). Certificates are always verified.

#include "plaint/remind/transport.hpp"

#include "plaint/core/error.hpp"
#include "plaint/remind/curl_api.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <mutex>
#include <sstream>

namespace plaint::remind {
namespace {

struct Upload {
    std::string_view data;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* upload = static_cast<Upload*>(user);
    const std::size_t n = std::min(size * count, upload->data.size());
    std::copy_n(upload->data.data(), n, buffer);
    upload->data.remove_prefix(n);
    return n;
}

CURL* handle(void* curl) { return static_cast<CURL*>(curl); }

std::string url_host(const std::string& url) {
    std::string host;
    const CurlApi& lib = curl_api();
    CURLU* parsed = lib.url();
    char* part = nullptr;
    if (lib.url_set(parsed, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK &&
        lib.url_get(parsed, CURLUPART_HOST, &part, 0) == CURLUE_OK) {
        host = part;
        lib.free(part);
    }
    lib.url_cleanup(parsed);
    return host;
}

// localhost, [::1] or an IPv4 literal in 127.0.0.0/8 (not a name such as
// 127.0.0.1.example.org, which may resolve anywhere).
bool is_loopback(const std::string& host) {
    const bool ipv4 = std::all_of(host.begin(), host.end(), [](char c) { return c == '.' || (c >= '0' && c <= '9'); });
    return host == "localhost" || host == "[::1]" || (ipv4 && host.starts_with("127."));
}

std::string password_from(const config::Settings::Remind& r, const config::Environment& env) {
    if (!r.smtp_password_env.empty()) {
        auto it = env.find(r.smtp_password_env);
        if (it == env.end() || it->second.empty())
            throw DataError(fmt::format("the environment variable {} (remind.smtp_password_env) is not set",
                                        r.smtp_password_env),
                            "set it in the environment that runs plaint remind");
        return it->second;
    }
    if (!r.smtp_password_file.empty()) {
        std::ifstream in(r.smtp_password_file, std::ios::binary);
        if (!in)
            throw DataError(fmt::format("cannot read {} (remind.smtp_password_file)", r.smtp_password_file),
                            "check that it exists and that this user may read it");
        std::ostringstream text;
        text << in.rdbuf();
        std::string password = text.str();
        while (!password.empty() && (password.back() == '\n' || password.back() == '\r')) password.pop_back();
        return password;
    }
    throw DataError("remind.smtp_user is set but no password source",
                    "set remind.smtp_password_env or remind.smtp_password_file");
}

} // namespace

SmtpTls smtp_tls_for(const std::string& url) {
    if (url.starts_with("smtps://")) return SmtpTls::implicit;
    if (!url.starts_with("smtp://"))
        throw DataError(fmt::format("remind.smtp_url '{}' is not an smtp:// or smtps:// URL", url),
                        "for example smtp://mail.example.org:587 or smtps://mail.example.org");
    return is_loopback(url_host(url)) ? SmtpTls::opportunistic : SmtpTls::required;
}

SmtpTransport::SmtpTransport(SmtpSettings settings) : settings_(std::move(settings)) {
    curl_ = curl_api().easy_init(); // loads libcurl and runs its global init, once

    if (!curl_) throw Error(ExitCode::internal, "cannot start libcurl");
}

SmtpTransport::~SmtpTransport() { curl_api().easy_cleanup(handle(curl_)); }

Delivery SmtpTransport::send(const Message& message) {
    const CurlApi& lib = curl_api();
    CURL* curl = handle(curl_);
    lib.easy_reset(curl);
    const std::string text = render(message, "\r\n");
    Upload upload{text};
    char error[CURL_ERROR_SIZE] = {};
    curl_slist* recipients = nullptr;
    for (const auto& to : message.to) recipients = lib.slist_append(recipients, ("<" + to.address + ">").c_str());
    const std::string from = "<" + message.from.address + ">";
    lib.easy_setopt(curl, CURLOPT_URL, settings_.url.c_str());
    lib.easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(settings_.tls == SmtpTls::opportunistic ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    if (!settings_.user.empty()) {
        lib.easy_setopt(curl, CURLOPT_USERNAME, settings_.user.c_str());
        lib.easy_setopt(curl, CURLOPT_PASSWORD, settings_.password.c_str());
    }
    lib.easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
    lib.easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    lib.easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    lib.easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
    lib.easy_setopt(curl, CURLOPT_READDATA, &upload);
    lib.easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(text.size()));
    lib.easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    lib.easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    lib.easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, settings_.timeout_seconds);
    lib.easy_setopt(curl, CURLOPT_TIMEOUT, settings_.timeout_seconds * 2);
    const CURLcode result = lib.easy_perform(curl);
    lib.slist_free_all(recipients);
    if (result == CURLE_OK) return {};
    const std::string why = error[0] ? std::string(error) : std::string(lib.easy_strerror(result));
    return {false, fmt::format("SMTP delivery through {} failed: {}", url_host(settings_.url), why)};
}

std::unique_ptr<Transport> make_transport(const config::Settings::Remind& r, const config::Environment& env) {
    if (r.transport == "smtp") {
        if (r.smtp_url.empty())
            throw DataError("remind.transport is smtp but remind.smtp_url is not set",
                            "set remind.smtp_url, for example smtp://mail.example.org:587");
        SmtpSettings s;
        s.url = r.smtp_url;
        s.tls = smtp_tls_for(r.smtp_url);
        s.user = r.smtp_user;
        if (!s.user.empty()) s.password = password_from(r, env);
        return std::make_unique<SmtpTransport>(std::move(s));
    }
    auto argv = command_words(r.sendmail);
    if (argv.empty()) throw DataError("remind.sendmail is empty", "set it to a command such as /usr/sbin/sendmail -t -i");
    return std::make_unique<SendmailTransport>(std::move(argv));
}

} // namespace plaint::remind
