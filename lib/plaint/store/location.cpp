// Parsing a register's location (location.hpp).

#include "plaint/store/location.hpp"

#include "plaint/core/error.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace plaint::store {
namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
}

// Whether a libpq URI carries a password: in its user information
// (scheme://user:password@host) or as a password= parameter.
bool has_password(std::string_view uri) {
    const auto scheme_end = uri.find("://");
    std::string_view rest = uri.substr(scheme_end + 3);
    const auto authority_end = rest.find_first_of("/?");
    const std::string_view authority = rest.substr(0, authority_end);
    if (const auto at = authority.rfind('@'); at != std::string_view::npos &&
                                              authority.substr(0, at).find(':') != std::string_view::npos)
        return true;
    if (const auto query = uri.find('?'); query != std::string_view::npos) {
        std::string_view params = uri.substr(query + 1);
        while (!params.empty()) {
            const auto amp = params.find('&');
            const std::string_view param = params.substr(0, amp);
            if (starts_with_ci(param, "password=")) return true;
            params = amp == std::string_view::npos ? std::string_view() : params.substr(amp + 1);
        }
    }
    return false;
}

} // namespace

Location Location::parse(const std::string& text) {
    if (text.empty()) throw UsageError("the register's location is empty", "give a file: PATH or sqlite:PATH");
    if (starts_with_ci(text, "postgresql://") || starts_with_ci(text, "postgres://")) {
        if (has_password(text))
            throw UsageError("the register's location holds a password",
                             "a password there shows in the process list and the shell's history: leave it out "
                             "and keep it in ~/.pgpass (or PGPASSFILE), a service file, or PGPASSWORD");
        return {Backend::postgresql, text};
    }
    if (starts_with_ci(text, "sqlite:")) {
        std::string path = text.substr(7);
        if (path.empty()) throw UsageError("sqlite: names no file", "give sqlite:PATH");
        return {Backend::sqlite, std::move(path)};
    }
    return {Backend::sqlite, text};
}

} // namespace plaint::store
