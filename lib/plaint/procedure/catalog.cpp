#include "plaint/procedure/catalog.hpp"

#include "plaint/core/error.hpp"
#include "plaint/procedure/parse.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace plaint::procedure {

Procedure load_file(const std::filesystem::path& file) {
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec))
        throw DataError(fmt::format("{} is a directory, not a procedure file", file.string()));
    std::ifstream in(file, std::ios::binary);
    if (!in) throw DataError(fmt::format("cannot read procedure file {}", file.string()));
    std::ostringstream text;
    text << in.rdbuf();
    return parse(text.str(), file.string());
}

Catalog Catalog::load(const std::vector<std::filesystem::path>& organisation_files) {
    Catalog catalog;
    for (const auto& builtin : builtin_texts())
        catalog.procedures_.push_back(parse(builtin.text, fmt::format("builtin:{}", builtin.name)));
    for (const auto& file : organisation_files) {
        Procedure p = load_file(file);
        auto same = std::find_if(catalog.procedures_.begin(), catalog.procedures_.end(),
                                 [&](const Procedure& q) { return q.id == p.id; });
        if (same != catalog.procedures_.end()) *same = std::move(p);
        else catalog.procedures_.push_back(std::move(p));
    }
    return catalog;
}

const Procedure* Catalog::find(std::string_view id) const {
    auto it = std::find_if(procedures_.begin(), procedures_.end(), [&](const Procedure& p) { return p.id == id; });
    return it == procedures_.end() ? nullptr : &*it;
}

const Procedure& Catalog::get(std::string_view id) const {
    if (const Procedure* p = find(id)) return *p;
    std::vector<std::string> ids;
    for (const auto& p : procedures_) ids.push_back(p.id);
    throw UsageError(fmt::format("unknown procedure '{}'", id), fmt::format("procedures are {}", fmt::join(ids, ", ")));
}

} // namespace plaint::procedure
