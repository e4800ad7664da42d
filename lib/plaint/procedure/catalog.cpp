#include "plaint/procedure/catalog.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/text.hpp"
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
    return parse(text::read_file(file, text::max_file, "procedure file"), file.string());
}

Catalog Catalog::load(const std::vector<std::filesystem::path>& organisation_files) {
    Catalog catalog;
    for (const auto& builtin : builtin_texts()) {
        std::string_view name = builtin.name;
        name.remove_suffix(name.size() - name.rfind(".toml"));
        catalog.entries_.push_back({std::string(name), builtin.name, builtin.text, nullptr});
    }
    for (const auto& file : organisation_files) {
        auto p = std::make_shared<const Procedure>(load_file(file));
        auto same = std::find_if(catalog.entries_.begin(), catalog.entries_.end(),
                                 [&](const Entry& e) { return e.id == p->id; });
        if (same != catalog.entries_.end()) *same = {p->id, nullptr, nullptr, p};
        else catalog.entries_.push_back({p->id, nullptr, nullptr, p});
    }
    return catalog;
}

const Procedure& Catalog::parsed(const Entry& entry) const {
    if (!entry.procedure) {
        auto p = std::make_shared<const Procedure>(parse(entry.builtin_text, fmt::format("builtin:{}", entry.builtin_name)));
        if (p->id != entry.id)
            throw Error(ExitCode::internal,
                        fmt::format("built-in procedure file {} defines '{}': its id must be its name", entry.builtin_name, p->id));
        entry.procedure = std::move(p);
    }
    return *entry.procedure;
}

std::vector<Procedure> Catalog::all() const {
    std::vector<Procedure> procedures;
    for (const auto& e : entries_) procedures.push_back(parsed(e));
    return procedures;
}

std::vector<std::string> Catalog::ids() const {
    std::vector<std::string> ids;
    for (const auto& e : entries_) ids.push_back(e.id);
    return ids;
}

const Procedure* Catalog::find(std::string_view id) const {
    auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.id == id; });
    return it == entries_.end() ? nullptr : &parsed(*it);
}

std::shared_ptr<const Procedure> Catalog::shared(std::string_view id) const {
    get(id);
    auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.id == id; });
    return it->procedure;
}

const Procedure& Catalog::get(std::string_view id) const {
    if (const Procedure* p = find(id)) return *p;
    throw UsageError(fmt::format("unknown procedure '{}'", id), fmt::format("procedures are {}", fmt::join(ids(), ", ")));
}

} // namespace plaint::procedure
