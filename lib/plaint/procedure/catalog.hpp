#pragma once
// The procedures available to new cases: the built-in ones, then the
// organisation's own files (which may replace a built-in of the same id).
// Existing cases use the definition stored with them in the register.

#include "plaint/procedure/definition.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <span>
#include <string_view>
#include <vector>

namespace plaint::procedure {

struct BuiltinText {
    const char* name; // file name, e.g. "nhs-complaint.toml"
    const char* text;
};
std::span<const BuiltinText> builtin_texts();

// Built-in definitions are parsed when first asked for (by id, which is
// the file name's stem): a command touches one procedure, and parsing all of
// them cost more than the rest of a `plaint log`. Organisation files are
// parsed when the catalog loads, so that their errors show at once.
class Catalog {
public:
    // Throws DataError for a file that does not parse or validate.
    static Catalog load(const std::vector<std::filesystem::path>& organisation_files);

    // Every procedure, built-in ones first, in catalog order (parses all).
    std::vector<Procedure> all() const;
    const Procedure* find(std::string_view id) const;
    // Throws UsageError naming the known procedures.
    const Procedure& get(std::string_view id) const;
    // The same, shared, for a cache that outlives the catalog.
    std::shared_ptr<const Procedure> shared(std::string_view id) const;
    std::vector<std::string> ids() const;

private:
    struct Entry {
        std::string id;
        const char* builtin_name = nullptr;                  // set for a built-in not yet parsed
        const char* builtin_text = nullptr;
        mutable std::shared_ptr<const Procedure> procedure;  // parsed
    };
    const Procedure& parsed(const Entry& entry) const;
    std::vector<Entry> entries_;
};

// Reads one definition file (for `procedures check` and the catalog).
Procedure load_file(const std::filesystem::path& file);

} // namespace plaint::procedure
