#include "plaint/remind/curl_api.hpp"

#include "plaint/core/error.hpp"

#include <fmt/format.h>

#include <dlfcn.h>

#include <string>

namespace plaint::remind {
namespace {

constexpr const char* library = "libcurl.so.4";

template <typename F>
void bind(void* handle, F& slot, const char* name) {
    void* symbol = dlsym(handle, name);
    if (!symbol) throw DataError(fmt::format("{} has no {}: it is older than plaint needs", library, name));
    slot = reinterpret_cast<F>(symbol);
}

CurlApi load() {
    void* handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = dlerror();
        throw DataError(fmt::format("cannot load {} to send through SMTP: {}", library, why ? why : "not found"),
                        "install Debian's libcurl4 package, or set remind.transport = \"sendmail\"");
    }
    CurlApi api{};
    bind(handle, api.global_init, "curl_global_init");
    bind(handle, api.easy_init, "curl_easy_init");
    bind(handle, api.easy_cleanup, "curl_easy_cleanup");
    bind(handle, api.easy_reset, "curl_easy_reset");
    bind(handle, api.easy_setopt, "curl_easy_setopt");
    bind(handle, api.easy_perform, "curl_easy_perform");
    bind(handle, api.easy_strerror, "curl_easy_strerror");
    bind(handle, api.slist_append, "curl_slist_append");
    bind(handle, api.slist_free_all, "curl_slist_free_all");
    bind(handle, api.url, "curl_url");
    bind(handle, api.url_set, "curl_url_set");
    bind(handle, api.url_get, "curl_url_get");
    bind(handle, api.url_cleanup, "curl_url_cleanup");
    bind(handle, api.free, "curl_free");
    if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw Error(ExitCode::internal, "libcurl failed to start");
    return api; // the library stays loaded for the life of the process
}

} // namespace

const CurlApi& curl_api() {
    static const CurlApi api = load();
    return api;
}

} // namespace plaint::remind
