#pragma once
// The procedures available to new cases: the built-in ones, then the
// organisation's own files (which may replace a built-in of the same id).
// Existing cases use the definition stored with them in the register.

#include "plaint/procedure/definition.hpp"

#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

namespace plaint::procedure {

struct BuiltinText {
    const char* name; // file name, e.g. "nhs-complaint.toml"
    const char* text;
};
std::span<const BuiltinText> builtin_texts();

class Catalog {
public:
    // Throws DataError for a file that does not parse or validate.
    static Catalog load(const std::vector<std::filesystem::path>& organisation_files);

    const std::vector<Procedure>& all() const { return procedures_; }
    const Procedure* find(std::string_view id) const;
    // Throws UsageError naming the known procedures.
    const Procedure& get(std::string_view id) const;

private:
    std::vector<Procedure> procedures_;
};

// Reads one definition file (for `procedures check` and the catalog).
Procedure load_file(const std::filesystem::path& file);

} // namespace plaint::procedure
