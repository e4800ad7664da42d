#pragma once
// libcurl, loaded the first time plaint talks SMTP instead of at every
// start. Linking libcurl brings some thirty shared libraries (TLS, Kerberos,
// LDAP, SSH ...) whose symbol binding cost every `plaint` invocation about
// two thirds of its start-up; only `plaint remind` with an smtp:// URL needs
// them. The function types are taken from <curl/curl.h>, so a mismatch with
// the installed library is a compile error, not a crash.

#include <curl/curl.h>

namespace plaint::remind {

struct CurlApi {
    decltype(&::curl_global_init) global_init;
    decltype(&::curl_easy_init) easy_init;
    decltype(&::curl_easy_cleanup) easy_cleanup;
    decltype(&::curl_easy_reset) easy_reset;
    decltype(&::curl_easy_setopt) easy_setopt;
    decltype(&::curl_easy_perform) easy_perform;
    decltype(&::curl_easy_strerror) easy_strerror;
    decltype(&::curl_slist_append) slist_append;
    decltype(&::curl_slist_free_all) slist_free_all;
    decltype(&::curl_url) url;
    decltype(&::curl_url_set) url_set;
    decltype(&::curl_url_get) url_get;
    decltype(&::curl_url_cleanup) url_cleanup;
    decltype(&::curl_free) free;
};

// Loads libcurl.so.4 and runs curl_global_init, once per process (thread
// safe). Throws DataError saying which package to install when it cannot.
const CurlApi& curl_api();

} // namespace plaint::remind
