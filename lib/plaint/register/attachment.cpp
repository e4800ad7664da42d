#include "plaint/register/attachment.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace plaint::reg {

std::string media_type_for_name(std::string_view name) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> types{{
        {"csv", "text/csv"},
        {"doc", "application/msword"},
        {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {"eml", "message/rfc822"},
        {"htm", "text/html"},
        {"html", "text/html"},
        {"jpeg", "image/jpeg"},
        {"jpg", "image/jpeg"},
        {"msg", "application/vnd.ms-outlook"},
        {"odt", "application/vnd.oasis.opendocument.text"},
        {"pdf", "application/pdf"},
        {"png", "image/png"},
        {"tiff", "image/tiff"},
        {"txt", "text/plain"},
        {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {"zip", "application/zip"},
    }};
    const auto dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return "application/octet-stream";
    std::string extension(name.substr(dot + 1));
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == "tif") extension = "tiff";
    for (const auto& [ext, type] : types)
        if (ext == extension) return std::string(type);
    return "application/octet-stream";
}

bool is_media_type(std::string_view type) {
    const auto slash = type.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 == type.size() || type.size() > 255) return false;
    if (type.find('/', slash + 1) != std::string_view::npos) return false;
    return std::all_of(type.begin(), type.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '/' || c == '.' || c == '+' || c == '-' || c == '_' || c == ';' || c == '=';
    });
}

} // namespace plaint::reg
