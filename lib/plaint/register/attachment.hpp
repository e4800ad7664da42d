#pragma once
// What plaint knows about an attached document without reading it.

#include <string>
#include <string_view>

namespace plaint::reg {

// The media type of a file by its name's extension (case-insensitive), for
// the documents complaints teams receive: pdf, docx, doc, xlsx, odt, txt,
// eml, msg, png, jpg, jpeg, tiff, html, csv, zip; anything else is
// application/octet-stream.
std::string media_type_for_name(std::string_view name);

// Whether `type` looks like a media type (type/subtype, no spaces or
// control characters), as --type must.
bool is_media_type(std::string_view type);

} // namespace plaint::reg
